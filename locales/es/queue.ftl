# Cola de espera: terminal de entrada, turno desde casa, ventanilla, pantalla de la sala de espera.

queue-kiosk-title = Terminal de turnos
queue-kiosk-choose-family = Toque el servicio que necesita
queue-kiosk-choose-motif = Toque su trámite
queue-kiosk-back = Volver
queue-kiosk-done = Terminado
queue-closed-title = La atención al público está cerrada
queue-priority-question = ¿Necesita que le atiendan con prioridad?
queue-priority-none = No, sacar mi turno
queue-priority-disability = Discapacidad
queue-priority-pregnancy = Embarazo
queue-priority-elderly = Persona mayor
queue-priority-young-child = Con un niño pequeño
queue-priority = Prioridad
queue-wait-now = Le llamaremos muy pronto
queue-wait-few = Espera: unos minutos
queue-wait-about = Espera: unos { $minutes } min
queue-ticket-number = Su número
queue-ahead = { $count ->
    [0] No hay nadie delante de usted
    [one] 1 persona delante de usted
   *[other] { $count } personas delante de usted
}
queue-qr-label = Código QR para seguir su turno en el teléfono
queue-qr-hint = Escanéelo para seguir su turno en el teléfono.
queue-print = Imprimir mi turno

queue-home-intro = Elija el punto de atención. Cuando esté abierto, podrá sacar turno desde casa y seguir su turno en el teléfono.
queue-phone-label = Teléfono móvil (opcional)
queue-phone-hint = Le enviaremos un SMS cuando falte poco para su turno. Ejemplo: +33 6 12 34 56 78.
queue-take = Sacar turno

queue-ticket-title = Mi turno
queue-called-to = Le toca: acuda a { $desk }.
queue-come-now = Su turno se acerca: venga a la atención al público.
queue-ticket-done = Su visita ha terminado. Gracias por venir.
queue-ticket-no-show = Le hemos llamado varias veces sin respuesta. Si lo necesita, saque otro turno en la atención al público.
queue-ticket-cancelled = Ha renunciado a este turno.
queue-issued-at = Turno sacado el { $time }
queue-sms-to = SMS cuando se acerque su turno:
queue-refresh = Actualizar
queue-cancel-ticket = Ya no vengo: liberar mi sitio

queue-screen-title = Pantalla de la sala de espera
queue-screen-sound = Activar el sonido
queue-screen-sound-on = Sonido activado
queue-screen-calls = Llamadas
queue-screen-no-call = Ninguna llamada por ahora
queue-screen-waits = Espera estimada
queue-speech = Turno { $code }, acuda a { $desk }.

queue-desk = Ventanilla
queue-desk-choose = Elegir una ventanilla
queue-desk-needed = Elija su ventanilla para llamar a los visitantes.
queue-queue = Cola
queue-common = Cola común
queue-current = Visitante en la ventanilla
queue-callable = { $count ->
    [0] No hay nadie esperando en esta cola.
    [one] 1 visitante espera en esta cola.
   *[other] { $count } visitantes esperan en esta cola.
}
queue-call-next = Llamar al siguiente
queue-language = Idioma
queue-arrived = Llegó a las
queue-appointment-of = Cita de
queue-transfer-note = Nota de transferencia
queue-status-called = { $count ->
    [one] Llamado a las { $time }
   *[other] Llamado { $count } veces, la última a las { $time }
}
queue-status-in-service = En la ventanilla
queue-start = Empezar
queue-recall = Volver a llamar
queue-no-show = Ausente
queue-no-show-after = { $count ->
    [one] «Ausente» se puede elegir tras { $count } llamada.
   *[other] «Ausente» se puede elegir tras { $count } llamadas.
}
queue-set-aside = Apartar
queue-resume = Retomar
queue-aside = Apartados
queue-close = Cerrar la atención
queue-outcome = Resultado
queue-outcome-handled = Resuelto en la ventanilla
queue-outcome-follow-up = Requiere seguimiento
queue-note = Nota (opcional)
queue-transfer = Transferir
queue-transfer-service = Al servicio
queue-transfer-expert = A la atención de
queue-transfer-anyone = Cualquier agente del servicio
queue-choose = Elegir…
queue-waiting-count = { $count ->
    [0] Nadie espera
    [one] 1 visitante espera
   *[other] { $count } visitantes esperan
}
queue-nobody = No hay nadie esperando.
queue-ticket = Turno
queue-waited = Espera
queue-minutes = { $count } min
queue-appointment-at = Cita a las { $time }
queue-for-agent = Para { $name }
queue-desk-issue = Emitir un turno
queue-desk-issued = Turno { $code } emitido.

queue-admin-title = Ajustes de la cola de espera
queue-admin-intro = Una prioridad cuenta como una llegada unos minutos antes: un turno normal que lleva esperando más que la mayor ventaja nunca es adelantado.
queue-admin-from-home = Los vecinos pueden sacar un turno desde casa
queue-admin-head-start = Ventaja de cada prioridad, en minutos (de 0 a { $max })
queue-admin-max-calls = Llamadas antes de poder marcar a un visitante como ausente (de 1 a 9)
admin-error-queue-weight = Cada ventaja debe ser un número entero de minutos, de 0 a 60.
admin-error-queue-calls = El número de llamadas debe ser un número entero, de 1 a 9.

queue-error-closed = El punto de atención está cerrado en este momento: no se pueden sacar turnos.
queue-error-too-many-tickets = Se han sacado demasiados números desde su conexión. Vuelva a intentarlo dentro de un cuarto de hora, o saque un número en el terminal de la entrada.
contact-error-phone-has-tickets = Este número ya tiene números de espera pendientes. Sígalos con el enlace recibido, o renuncie a uno antes de sacar otro.
queue-error-no-home-tickets = Este lugar no ofrece turnos desde casa. Venga en persona o pida cita.
queue-error-motif = Elija un trámite de la lista.
queue-error-busy = Ya tiene un visitante: primero termine o transfiera esta atención.
queue-error-stale = Este turno ha cambiado mientras tanto: la página ya está actualizada.
queue-error-too-few-calls = Vuelva a llamar al visitante antes de marcarlo como ausente.
queue-error-empty = No hay nadie esperando en esta cola.
queue-error-service = Elija el servicio al que transferir.
queue-error-outcome = Elija el resultado de la atención.
queue-error-note-too-long = La nota es demasiado larga: 500 caracteres como máximo.
queue-error-not-expert = Este agente no atiende las solicitudes de este servicio.
queue-procedure-sheet = Ficha del trámite
queue-survey-receipt = Después de su visita, dé su opinión con este mismo código.
queue-survey-link = Dar mi opinión
queue-survey-question = ¿Su visita fue bien?
queue-survey-unhappy = No satisfecho
queue-survey-neutral = Regular
queue-survey-happy = Satisfecho
queue-survey-thanks = ¡Gracias por su opinión!
queue-error-survey = No se ha podido guardar su opinión. Inténtelo de nuevo.
