# Fila de espera: terminal de entrada, senha a partir de casa, balcão, ecrã da sala de espera.

queue-kiosk-title = Terminal de senhas
queue-kiosk-choose-family = Toque no serviço que procura
queue-kiosk-choose-motif = Toque no assunto que quer tratar
queue-kiosk-back = Voltar
queue-kiosk-done = Concluído
queue-closed-title = O atendimento está fechado
queue-priority-question = Precisa de atendimento prioritário?
queue-priority-none = Não, tirar a minha senha
queue-priority-disability = Deficiência
queue-priority-pregnancy = Gravidez
queue-priority-elderly = Pessoa idosa
queue-priority-young-child = Com uma criança pequena
queue-priority = Prioridade
queue-wait-now = Vai ser chamado muito em breve
queue-wait-few = Espera: alguns minutos
queue-wait-about = Espera: cerca de { $minutes } min
queue-ticket-number = O seu número
queue-ahead = { $count ->
    [0] Ninguém à sua frente
    [one] 1 pessoa à sua frente
   *[other] { $count } pessoas à sua frente
}
queue-qr-label = Código QR para acompanhar a sua senha no telemóvel
queue-qr-hint = Leia o código para acompanhar a sua vez no telemóvel.
queue-print = Imprimir a minha senha

queue-home-intro = Escolha o local de atendimento. Quando estiver aberto, pode tirar uma senha a partir de casa e acompanhar a sua vez no telemóvel.
queue-phone-label = Telemóvel (opcional)
queue-phone-hint = Enviamos-lhe um SMS quando a sua vez estiver próxima. Exemplo: +33 6 12 34 56 78.
queue-take = Tirar uma senha

queue-ticket-title = A minha senha
queue-called-to = Chegou a sua vez: dirija-se a { $desk }.
queue-come-now = A sua vez está a chegar: dirija-se ao atendimento.
queue-ticket-done = O seu atendimento terminou. Obrigado pela sua visita.
queue-ticket-no-show = Foi chamado várias vezes sem resposta. Se precisar, tire uma nova senha no atendimento.
queue-ticket-cancelled = Desistiu desta senha.
queue-issued-at = Senha tirada em { $time }
queue-sms-to = SMS quando a sua vez estiver próxima:
queue-refresh = Atualizar
queue-cancel-ticket = Já não venho: libertar o meu lugar

queue-screen-title = Ecrã da sala de espera
queue-screen-sound = Ativar o som
queue-screen-sound-on = Som ativado
queue-screen-calls = Chamadas
queue-screen-no-call = Nenhuma chamada de momento
queue-screen-waits = Espera estimada
queue-speech = Senha { $code }, dirija-se a { $desk }.

queue-desk = Balcão
queue-desk-choose = Escolher um balcão
queue-desk-needed = Escolha o seu balcão para chamar os visitantes.
queue-queue = Fila
queue-common = Fila comum
queue-current = Visitante ao balcão
queue-callable = { $count ->
    [0] Ninguém está à espera nesta fila.
    [one] 1 visitante está à espera nesta fila.
   *[other] { $count } visitantes estão à espera nesta fila.
}
queue-call-next = Chamar o seguinte
queue-language = Língua
queue-arrived = Chegou às
queue-appointment-of = Marcação de
queue-transfer-note = Nota de transferência
queue-status-called = { $count ->
    [one] Chamado às { $time }
   *[other] Chamado { $count } vezes, a última às { $time }
}
queue-status-in-service = Ao balcão
queue-start = Começar
queue-recall = Chamar de novo
queue-no-show = Ausente
queue-no-show-after = { $count ->
    [one] «Ausente» fica disponível após { $count } chamada.
   *[other] «Ausente» fica disponível após { $count } chamadas.
}
queue-set-aside = Pôr de lado
queue-resume = Retomar
queue-aside = Postos de lado
queue-close = Encerrar o atendimento
queue-outcome = Resultado
queue-outcome-handled = Resolvido ao balcão
queue-outcome-follow-up = Requer seguimento
queue-note = Nota (opcional)
queue-transfer = Transferir
queue-transfer-service = Para o serviço
queue-transfer-expert = À atenção de
queue-transfer-anyone = Qualquer funcionário do serviço
queue-choose = Escolher…
queue-waiting-count = { $count ->
    [0] Ninguém à espera
    [one] 1 visitante à espera
   *[other] { $count } visitantes à espera
}
queue-nobody = Ninguém está à espera.
queue-ticket = Senha
queue-waited = Espera
queue-minutes = { $count } min
queue-appointment-at = Marcação às { $time }
queue-for-agent = Para { $name }
queue-desk-issue = Emitir uma senha
queue-desk-issued = Senha { $code } emitida.

queue-admin-title = Definições da fila de espera
queue-admin-intro = Uma prioridade conta como uma chegada alguns minutos mais cedo: uma senha normal que espera há mais tempo do que a maior vantagem nunca é ultrapassada.
queue-admin-from-home = Os munícipes podem tirar uma senha a partir de casa
queue-admin-head-start = Vantagem de cada prioridade, em minutos (de 0 a { $max })
queue-admin-max-calls = Chamadas antes de se poder marcar um visitante como ausente (de 1 a 9)
admin-error-queue-weight = Cada vantagem deve ser um número inteiro de minutos, de 0 a 60.
admin-error-queue-calls = O número de chamadas deve ser um número inteiro, de 1 a 9.

queue-error-closed = O local de atendimento está fechado neste momento: não é possível tirar senhas.
queue-error-too-many-tickets = Foram tiradas demasiadas senhas a partir da sua ligação. Tente novamente dentro de um quarto de hora, ou tire uma senha no terminal da entrada.
contact-error-phone-has-tickets = Este número já tem senhas em espera. Acompanhe-as com a ligação recebida, ou desista de uma antes de tirar outra.
queue-error-no-home-tickets = Este local não disponibiliza senhas a partir de casa. Venha pessoalmente ou faça uma marcação.
queue-error-motif = Escolha um assunto da lista.
queue-error-busy = Já tem um visitante: primeiro termine ou transfira este atendimento.
queue-error-stale = Esta senha mudou entretanto: a página já está atualizada.
queue-error-too-few-calls = Chame de novo o visitante antes de o marcar como ausente.
queue-error-empty = Ninguém está à espera nesta fila.
queue-error-service = Escolha o serviço para onde transferir.
queue-error-outcome = Escolha o resultado do atendimento.
queue-error-note-too-long = A nota é demasiado longa: 500 caracteres no máximo.
queue-error-not-expert = Este funcionário não trata pedidos deste serviço.
queue-procedure-sheet = Ficha do procedimento
queue-survey-receipt = Depois da sua visita, dê a sua opinião com este mesmo código.
queue-survey-link = Dar a minha opinião
queue-survey-question = A sua visita correu bem?
queue-survey-unhappy = Não satisfeito
queue-survey-neutral = Mais ou menos
queue-survey-happy = Satisfeito
queue-survey-thanks = Obrigado pela sua opinião!
queue-error-survey = Não foi possível registar a sua opinião. Tente novamente.
