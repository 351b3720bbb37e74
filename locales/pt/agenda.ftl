# Counsellors' agenda.

agenda-show = Mostrar
agenda-agent = Agente
agenda-all-agents = Todos os agentes
agenda-day = Dia
agenda-navigation = Navegar na agenda
agenda-previous-day = Dia anterior
agenda-next-day = Dia seguinte
agenda-day-view = Vista do dia
agenda-week-view = Vista da semana
agenda-week-of = Semana de { $date }
agenda-count = { $count -> 
    [0] nenhuma marcação
    [one] uma marcação
   *[other] { $count } marcações
}
agenda-empty = Nenhuma marcação.
agenda-time = Hora
agenda-resident = Utente
agenda-needs = Necessidades
agenda-status = Estado
agenda-actions = Ações
agenda-interpreter = Intérprete: { $language }
agenda-speaks = Fala: { $language }
agenda-check-in = Chegou
agenda-no-show = Faltou
agenda-cancel = Cancelar…
agenda-cancel-reason = Motivo do cancelamento
agenda-cancel-confirm = Cancelar a marcação
agenda-reason-resident-request = A pedido do utente
agenda-reason-agent-unavailable = Agente indisponível
agenda-reason-closure = Local fechado
agenda-reason-other = Outro motivo
agenda-error-reason = Escolha um motivo de cancelamento da lista.
agenda-book = Fazer uma marcação para um utente
agenda-booked = Marcação { $reference } registada; o utente foi avisado.
agenda-choose = Escolher…
agenda-see-times = Ver os horários
agenda-back = Voltar à agenda
