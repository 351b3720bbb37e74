# Guichet — textos de la interfaz en español.

## Común

app-name = Guichet — Ayuntamiento
skip-to-content = Ir al contenido
footer-text = Ayuntamiento: una sola atención para todos los servicios, en su idioma.
footer-staff-link = Área del personal
footer-results-link = Nuestros resultados de calidad del servicio
language-picker-label = Idioma
back-home = Volver al inicio
back-to-login = Ir al inicio de sesión

## Páginas de error

not-found-title = Página no encontrada
not-found-body = La dirección solicitada no existe o ya no existe. Compruebe el enlace o vuelva a empezar desde el inicio.
error-not-signed-in = Inicie sesión para abrir esta página.
error-forbidden = Su función no le permite abrir esta página.
error-device-not-enrolled = Este puesto no está registrado.
error-not-found = Este elemento no existe o ya no existe.
error-internal = Se ha producido un problema por nuestra parte. Vuelva a intentarlo en un momento.
error-bad-request = Esta solicitud contiene caracteres que no se pueden leer. Vuelva atrás y compruebe lo que ha escrito.
error-too-many-title = Demasiadas solicitudes
error-too-many = Para proteger el servicio, han llegado demasiadas solicitudes desde su conexión en poco tiempo. Vuelva a intentarlo dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
error-too-many-back = Volver al formulario
error-too-many-codes = Demasiados códigos erróneos desde su conexión. Espere unos minutos antes de volver a intentarlo.

## Inicio para los vecinos

home-description = Pedir cita, sacar un número de turno, seguir una solicitud y consultar el horario del ayuntamiento.
home-title = Bienvenido al ayuntamiento
home-lead = Una sola atención para todos los servicios. ¿Qué desea hacer?
home-actions-label = Acciones principales
home-action-appointment = Pedir cita
home-action-appointment-hint = Elija un motivo, un lugar y una hora
home-action-ticket = Sacar un número
home-action-ticket-hint = Haga la cola desde casa
home-action-follow = Seguir una solicitud
home-action-follow-hint = Con su número de referencia
home-action-procedures = Trámites
home-action-procedures-hint = Los documentos necesarios, explicados de forma sencilla
home-action-hours = Horarios y direcciones
home-action-hours-hint = Nuestros puntos de atención hoy
home-sites-title = Nuestros puntos de atención
home-week-hours = Horario de la semana

hours-open-today = Abierto hoy: { $hours }
hours-closed-today = Cerrado hoy
hours-holiday-today = Cerrado hoy: { $holiday }
hours-closure-today = Cierre excepcional hoy: { $reason }
hours-closed = Cerrado

weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miércoles
weekday-thursday = Jueves
weekday-friday = Viernes
weekday-saturday = Sábado
weekday-sunday = Domingo

holiday-new-year = Año Nuevo
holiday-easter-monday = Lunes de Pascua
holiday-labour-day = Día del Trabajo
holiday-victory-in-europe = Día de la Victoria de 1945
holiday-ascension = Ascensión
holiday-whit-monday = Lunes de Pentecostés
holiday-bastille-day = Fiesta nacional francesa
holiday-assumption = Asunción
holiday-all-saints = Todos los Santos
holiday-armistice = Armisticio de 1918
holiday-christmas = Navidad
holiday-good-friday = Viernes Santo
holiday-st-stephen = San Esteban


## Área del personal: puesto compartido

login-title = Acceso del personal
login-continue = Continuar a mi área
login-not-enrolled-title = Puesto no registrado
login-not-enrolled-body = El personal solo inicia sesión desde un puesto registrado por un administrador. Si ha recibido un código de registro, introdúzcalo.
enrol-link = Registrar este puesto
login-choose-title = ¿Quién es usted?
login-workstation = Puesto: { $name }
login-locked-notice = El puesto se bloqueó tras un periodo de inactividad. Elija su nombre para continuar.
login-hello = Hola, { $name }
login-pin-label = Su código personal
login-pin-hint = De 4 a 8 cifras.
login-submit = Iniciar sesión
login-not-me = No soy yo
login-error-pin =
    { $left ->
        [one] Código incorrecto. Queda { $left } intento antes del bloqueo.
       *[other] Código incorrecto. Quedan { $left } intentos antes del bloqueo.
    }
login-error-locked = Demasiados intentos: el acceso está bloqueado hasta las { $until }.
login-error-workstation-locked = Demasiados códigos erróneos en este puesto: no acepta ningún código hasta las { $until }.
login-error-format = El código tiene de 4 a 8 cifras.

enrol-title = Registrar este puesto
enrol-intro = Introduzca el código de registro que le ha dado un administrador. Solo sirve una vez.
enrol-code-label = Código de registro
enrol-submit = Registrar
enrol-error = Este código no es válido: es incorrecto, ya se ha usado o ha caducado.

staff-brand = Guichet — área del personal
staff-switch = Cambiar de asesor
staff-nav-label = Área del personal
staff-home-title = Mi área
staff-hello = Hola, { $name }

role-counsellor = Asesor
role-expert = Técnico especialista
role-interpreter = Intérprete
role-supervisor = Responsable de calidad
role-admin = Administrador

section-queue = Cola de espera
section-queue-summary = Llamar al siguiente visitante, atenderlo, derivarlo y cerrar la visita.
section-appointments = Citas
section-appointments-summary = Las citas de hoy y las próximas, la recepción de las personas y la reserva en nombre de un vecino.
section-requests = Solicitudes
section-requests-summary = Las solicitudes recibidas por todos los canales, con su responsable, plazo e historial.
section-residents = Vecinos
section-residents-summary = Las fichas de los vecinos, limitadas a lo necesario.
section-procedures = Trámites
section-procedures-summary = Las fichas de procedimiento, con notas internas.
section-interpretation = Interpretación
section-interpretation-summary = Frases verificadas en el idioma del vecino, leídas en voz alta y mostradas en grande.
section-quality = Seguimiento
section-quality-summary = Los indicadores de calidad por lugar, canal, servicio y periodo, y su exportación.
section-admin = Administración
section-admin-summary = Lugares, ventanillas, servicios, motivos, horarios, personal y puestos.

## contact

contact-error-name = Indique su nombre (120 caracteres como máximo).
contact-error-phone = Este número de teléfono no es válido. Ejemplo: 06 12 34 56 78 o +33 6 12 34 56 78.
contact-error-email = Esta dirección de correo electrónico no es válida. Ejemplo: nombre@ejemplo.fr.
contact-error-none = Indique un número de móvil o una dirección de correo electrónico para avisarle de cualquier cambio.
contact-error-phone-country = Solo enviamos SMS a números franceses (Francia metropolitana y ultramar). Indique un número francés o una dirección de correo electrónico.

## Messages

messages-title = Mensajes enviados
messages-intro = Los SMS y correos enviados a los vecinos, del más reciente al más antiguo, con los fallos y su causa. En la demostración no sale nada: los mensajes se guardan aquí.
messages-empty = Aún no hay mensajes.
messages-table-caption = Últimos mensajes
messages-col-when = Fecha
messages-col-to = Destinatario
messages-col-text = Mensaje
messages-col-status = Estado
channel-sms = SMS
channel-email = Correo electrónico
notification-status-pending = En espera
messages-planned = Envío previsto el { $when }
notification-status-sending = Enviando
notification-status-sent = Enviado
notification-status-failed = Fallido
messages-attempts =
    { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }

## Alerts in the staff frame, on every page
alerts-label = Alertas
alert-my-requests-late = { $count ->
    [one] 1 de sus solicitudes ha superado su plazo de respuesta
   *[other] { $count } de sus solicitudes han superado su plazo de respuesta
}
alert-my-requests-due-soon = { $count ->
    [one] 1 de sus solicitudes vence en 2 días hábiles
   *[other] { $count } de sus solicitudes vencen en 2 días hábiles
}
alert-service-requests-late = { $count ->
    [one] 1 solicitud de sus servicios va con retraso
   *[other] { $count } solicitudes de sus servicios van con retraso
}
