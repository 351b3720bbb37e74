# Counsellors' agenda.

agenda-show = Mostrar
agenda-agent = Agente
agenda-all-agents = Todos los agentes
agenda-day = Día
agenda-navigation = Navegar por la agenda
agenda-previous-day = Día anterior
agenda-next-day = Día siguiente
agenda-day-view = Vista del día
agenda-week-view = Vista de la semana
agenda-week-of = Semana del { $date }
agenda-count = { $count -> 
    [0] ninguna cita
    [one] una cita
   *[other] { $count } citas
}
agenda-empty = Ninguna cita.
agenda-time = Hora
agenda-resident = Usuario
agenda-needs = Necesidades
agenda-status = Estado
agenda-actions = Acciones
agenda-interpreter = Intérprete: { $language }
agenda-speaks = Habla: { $language }
agenda-check-in = Ha llegado
agenda-no-show = No se presentó
agenda-cancel = Anular…
agenda-cancel-reason = Motivo de la anulación
agenda-cancel-confirm = Anular la cita
agenda-reason-resident-request = A petición del usuario
agenda-reason-agent-unavailable = Agente no disponible
agenda-reason-closure = Cierre del lugar
agenda-reason-other = Otro motivo
agenda-error-reason = Elija un motivo de anulación de la lista.
agenda-book = Pedir cita para un usuario
agenda-booked = Cita { $reference } registrada; el usuario ha sido avisado.
agenda-choose = Elegir…
agenda-see-times = Ver las horas
agenda-back = Volver a la agenda
