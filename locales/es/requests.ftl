# Solicitudes: el registro de contactos, las solicitudes y sus plazos, el formulario público
# /demande y el seguimiento /suivi.

## Personal: la lista
requests-title = Solicitudes
requests-list = Solicitudes por tramitar
requests-none = Ninguna solicitud coincide con estos filtros.
requests-total = { $count ->
    [one] Una solicitud
   *[other] { $count } solicitudes
}
requests-count-late = { $count ->
    [0] Ninguna con retraso
    [one] 1 con retraso
   *[other] { $count } con retraso
}
requests-count-due-soon = { $count ->
    [0] Ninguna con plazo próximo
    [one] 1 vence en 2 días hábiles
   *[other] { $count } vencen en 2 días hábiles
}
requests-reference = Referencia
requests-subject = Asunto
requests-channel = Canal
requests-service = Servicio
requests-site = Lugar
requests-status = Estado
requests-due = Plazo
requests-kind = Tipo de solicitud
requests-owner = Agente responsable
requests-received = Recibida el
requests-name = Nombre y apellidos
requests-phone = Teléfono
requests-email = Correo electrónico
requests-language = Idioma
requests-message = Mensaje
requests-note = Nota (opcional)
requests-all = Todos
requests-open = Abiertas (recibidas, en tramitación, pendientes)
requests-no-service = Sin servicio concreto
requests-filter = Filtrar
requests-pages = Páginas de la lista
requests-page = Página { $page } de { $pages }
requests-previous = Página anterior
requests-next = Página siguiente
requests-mine-title = Sus solicitudes que vigilar
requests-mine = Solo las mías
requests-standing-on-time = En plazo
requests-standing-due-soon = Vence pronto
requests-standing-late = Con retraso
requests-standing-stopped = Plazo suspendido

## Personal: el registro de contactos
requests-log-title = Anotar un contacto
requests-log-hint = Una llamada o una visita resuelta en el momento: elija el canal y el servicio y después «Respondido». Si requiere seguimiento, abra una solicitud.
requests-log-answered = Respondido en el momento
requests-log-follow-up = Requiere seguimiento: abrir una solicitud
requests-log-follow-up-hint = El asunto y, al menos, un teléfono o un correo electrónico para responder.
requests-log-open = Abrir la solicitud
requests-contact-logged = Contacto anotado.

## Personal: una solicitud
requests-one-title = Solicitud
requests-back = Volver a las solicitudes
requests-saved = Guardado.
requests-opened = Solicitud abierta: dé la referencia y el código de seguimiento al usuario.
requests-check-code = Código de seguimiento
requests-resident-view = Ver lo que ve el usuario
requests-history = Historial
requests-actions = Acciones
requests-text-reply = Respuesta al usuario (visible en la página de seguimiento)
requests-text-ask = Lo que se pide al usuario (visible en la página de seguimiento)
requests-text-note = Nota interna (nunca se muestra al usuario)
requests-text-comment = Comentario (opcional)
requests-action-note = Añadir una nota interna
requests-action-take = Hacerme cargo
requests-action-ask-resident = Pedir al usuario un documento o una aclaración
requests-action-resident-answered = El usuario ha respondido
requests-action-reply = Enviar la respuesta
requests-action-close = Cerrar la solicitud
requests-action-reopen = Reabrir la solicitud
requests-action-transfer = Pasar a otro servicio
requests-action-change-kind = Cambiar el tipo (el plazo se vuelve a calcular)
requests-event-created = Solicitud recibida
requests-event-assigned = Asumida por un agente
requests-event-status = Cambio de estado
requests-event-reply = Respuesta enviada
requests-event-note = Nota interna
requests-event-transfer = Pasada a otro servicio
requests-event-kind = Tipo cambiado

## Rechazos
requests-error-subject = Indique el asunto de la solicitud.
requests-error-text = Escriba el texto: es necesario para esta acción.
requests-error-too-long = El texto es demasiado largo.
requests-error-channel = Elija el canal del contacto.
requests-error-outcome = Indique si el contacto está resuelto o si requiere seguimiento.
requests-error-service = Elija un servicio que exista.
requests-error-same-service = La solicitud ya está en este servicio.
requests-error-kind = Elija un tipo de solicitud.
requests-error-same-kind = La solicitud ya es de este tipo.
requests-error-action = Esta acción no existe.
requests-error-not-now = El estado de la solicitud ya no permite esta acción: la página se ha actualizado.
requests-error-no-calendar = Ningún lugar tiene horario de apertura: no se puede calcular el plazo de respuesta.

## Vecinos: el formulario /demande
request-form-title = Escribir al ayuntamiento
request-form-intro = Haga su pregunta o su solicitud. Recibirá enseguida una referencia y un código para seguir la respuesta, sin crear una cuenta.
request-form-service = Servicio al que se dirige
request-form-service-unknown = No lo sé
request-form-message-hint = Puede escribir en su idioma.
request-form-you = Para responderle
request-form-you-hint = Su nombre y, al menos, un correo electrónico o un número de teléfono.
request-form-privacy = Estos datos solo sirven para tramitar su solicitud.
request-form-send = Enviar mi solicitud

## Vecinos: el seguimiento /suivi
follow-title = Seguir una solicitud
follow-intro = Escriba la referencia y el código de seguimiento que recibió cuando se registró su solicitud (en el acuse de recibo o en nuestros mensajes).
follow-reference = Referencia
follow-reference-hint = Por ejemplo D-2026-00042
follow-code = Código de seguimiento
follow-look = Ver mi solicitud
follow-write = Hacer una nueva solicitud
follow-no-match = Ninguna solicitud coincide con esta referencia y este código. Compruébelos y vuelva a intentarlo.
follow-blocked = Demasiados intentos con un código incorrecto para esta referencia. Vuelva a intentarlo dentro de { $minutes } minutos o llámenos.
follow-registered = Su solicitud está registrada.
follow-keep = Guarde la referencia y el código: con ellos puede seguir su solicitud en esta página.
follow-received = Recibida el
follow-due = Respuesta prevista como muy tarde el
follow-service = Servicio responsable
follow-asked = Lo que le pedimos
follow-reply = Nuestra respuesta
follow-words-received = Hemos recibido su solicitud. Una persona de nuestro equipo se encargará de ella.
follow-words-in-progress = Una persona de nuestro equipo está tramitando su solicitud.
follow-words-waiting = Esperamos de usted un documento o una aclaración. El plazo de respuesta vuelve a contar cuando nos responda.
follow-words-answered = Hemos respondido a su solicitud.
follow-words-closed = Su solicitud está cerrada.

## Personal: los vecinos
residents-intro = Escriba un nombre, un número de teléfono o un correo electrónico: cada persona encontrada aparece con sus citas y sus solicitudes. Cada búsqueda queda registrada.
residents-search = Nombre, teléfono o correo electrónico
residents-search-hint = Al menos dos letras, o un número completo.
residents-look = Buscar
residents-too-short = Escriba al menos dos letras de un nombre, un número de teléfono completo o un correo electrónico.
residents-none = Nadie coincide con esta búsqueda.
residents-needs = Necesidades indicadas
residents-appointments = Citas
residents-requests = Solicitudes
residents-merge-with = Misma persona que
residents-merge-hint = Cuando dos fichas corresponden a la misma persona (una carta firmada con un nombre, un correo electrónico desde otra dirección), fusiónelas: sus citas y sus solicitudes se muestran juntas. Se puede deshacer.
residents-merge = Fusionar
residents-merged = Las dos fichas están fusionadas.
residents-separated = Las fichas vuelven a estar separadas.
residents-merge-refused = Estas dos fichas no se pueden fusionar: elija otra persona de la lista.
residents-links = Fichas fusionadas
residents-merged-by = { $first } y { $second }: fusionadas por { $agent } el { $date }.
residents-separate = Separar
residents-campaigns = Campañas de llamadas para ir al encuentro de los vecinos
residents-calls = Llamadas del ayuntamiento
residents-call-reached = persona localizada
residents-call-no-answer = no contesta
residents-call-unreachable = ilocalizable tras 3 llamadas
residents-call-wrong-number = número equivocado
residents-call-declined = no desea que se le llame

## Acuse de recibo (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Acuse de recibo
ack-title-document = Registro de su solicitud
ack-received = El { $date } recibimos su solicitud «{ $subject }», registrada con la referencia { $reference }.
ack-commitment = Nos comprometemos a responderle como muy tarde el { $date }.
ack-implicit-rejection = Si el { $date } no ha recibido ninguna respuesta, su solicitud se considerará rechazada: cuando la administración guarda silencio durante dos meses, esto equivale a una decisión implícita de rechazo (artículo L231-4 del Código de las relaciones entre el público y la administración (code des relations entre le public et l'administration)).
ack-appeal = Podrá impugnar esta decisión en los dos meses siguientes al { $date }: pidiendo al alcalde que reconsidere la decisión o presentando un recurso ante el tribunal administrativo competente (artículo R421-2 del Código de justicia administrativa (code de justice administrative)), también en línea en www.telerecours.fr.
ack-document = Su solicitud se refiere a la expedición de un documento: cuando solo tenemos que comprobar que se cumplen las condiciones, no requiere acuse de recibo en el sentido del artículo L112-3 del Código de las relaciones entre el público y la administración (code des relations entre le public et l'administration) (artículo R112-4). Le entregaremos el documento en cuanto esté listo.
ack-service = Servicio encargado de su solicitud: { $service }, { $address }.
ack-service-phone = Teléfono: { $phone }.
ack-service-email = Correo electrónico: { $email }.
ack-follow = Siga su solicitud en { $url } (referencia { $reference }, código de seguimiento { $code }).
ack-sources = Textos legales: artículos L112-3, R112-4, R112-5 y L231-4 del Código de las relaciones entre el público y la administración (code des relations entre le public et l'administration); artículo R421-2 del Código de justicia administrativa (code de justice administrative).
ack-translation-note = Traducción a título informativo: solo el texto en francés tiene valor legal.
ack-email-subject = Acuse de recibo de su solicitud { $reference }
ack-print = Imprimir
ack-in-french = Texto en francés
ack-open = Acuse de recibo para imprimir
requests-postal-address = Dirección postal (opcional)
requests-postal-address-hint = Para una carta en sobre con ventana: una línea por cada línea de la dirección.
requests-error-address = La dirección postal es demasiado larga (seis líneas como máximo).
follow-answer = Su respuesta
follow-answer-hint = Lo que le pedimos: escríbalo aquí, en su idioma si lo prefiere.
follow-answer-send = Enviar mi respuesta
follow-answer-sent = Su respuesta se ha enviado: el plazo de respuesta se reanuda.
requests-event-resident = Respuesta del vecino

## Respuestas y preguntas al usuario: por correo electrónico, SMS o carta
requests-means = Cómo la recibe el usuario
requests-means-follow-page = Solo en la página de seguimiento
requests-means-email = Por correo electrónico
requests-means-sms = Por SMS (un enlace a la página de seguimiento)
requests-means-letter = Por carta impresa
requests-error-means = Elija cómo recibe el usuario este mensaje.
requests-error-means-email = Esta solicitud no tiene dirección de correo electrónico: elija otro medio.
requests-error-means-sms = Esta solicitud no tiene número de móvil: elija otro medio.
requests-error-means-letter = Esta solicitud no tiene dirección postal: elija otro medio.
requests-print-letter = Carta para imprimir
reply-email-subject = Respuesta a su solicitud «{ $subject }»
question-email-subject = Necesitamos una aclaración sobre su solicitud «{ $subject }»
reply-opening = Esta es la respuesta a su solicitud «{ $subject }» (referencia { $reference }).
question-opening = Para tramitar su solicitud «{ $subject }» (referencia { $reference }), necesitamos una aclaración o un documento:
question-how-to-answer = Nuestro plazo de respuesta queda suspendido hasta que recibamos su respuesta.
question-email-reply = Puede responder directamente a este correo, manteniendo la referencia en el asunto, y adjuntar los documentos que le pedimos.
reply-follow = Siga su solicitud en { $url } (referencia { $reference }, código de seguimiento { $code }).
reply-sms = Ayuntamiento: su solicitud { $reference } tiene respuesta. Léala en { $url }
question-sms = Ayuntamiento: su solicitud { $reference } espera una aclaración suya. Vea { $url }
reply-letter-title = Respuesta a su solicitud
question-letter-title = Petición de aclaración

## Documentos adjuntos y cartas recibidas
requests-event-file = Documento añadido
requests-files = Documentos
requests-files-none = Ningún documento.
requests-file-size = { $kilobytes } KB
requests-file-add = Añadir un documento escaneado
requests-file-send = Añadir el documento
requests-file-added = El documento se ha añadido a la solicitud.
requests-error-scan-missing = Elija el archivo escaneado de la carta.
requests-error-scan-too-large = El archivo supera los 10 MB: escanee en blanco y negro o a 200 ppp, o en varios archivos.
requests-error-scan-type = Este archivo no es ni un PDF ni una imagen JPEG o PNG.
requests-error-received-date = La fecha de recepción debe estar dentro del último año, y no en el futuro.
requests-error-letter-address = Indique la dirección postal del remitente, o un teléfono o un correo electrónico.
letter-title = Registrar una carta
letter-hint = Una carta recibida se convierte en una solicitud: su plazo cuenta desde la fecha de recepción, y el acuse de recibo está listo para imprimir.
letter-received = Recibida el
letter-sender = Remitente (nombre y apellidos)
letter-address-hint = La dirección del remitente, una línea por cada línea de la dirección: el acuse de recibo se le envía en un sobre con ventana.
letter-summary = Resumen de la carta (opcional)
letter-scan = Carta escaneada
letter-scan-hint = PDF, JPEG o PNG, { $megabytes } MB como máximo.
letter-register = Registrar la carta

## Duplicados
requests-action-merge = Fusionar con otra solicitud del mismo usuario
requests-event-merged = Solicitudes fusionadas
requests-merge-target = Referencia de la solicitud que se conserva
requests-merge-hint = Por ejemplo D-2026-00042: esta solicitud se cierra, sus documentos y su mensaje pasan a la otra, y su página de seguimiento muestra la otra.
requests-error-merge-target = Ninguna solicitud tiene esta referencia.
requests-error-merge-same = Una solicitud no se puede fusionar consigo misma.
requests-error-merge-closed = La solicitud que se conserva debe estar abierta, y no haber sido fusionada a su vez.
requests-error-merge-other-resident = Las dos solicitudes no tienen ni el mismo correo electrónico ni el mismo teléfono: solo se fusionan las solicitudes de un mismo usuario.
follow-merged = Su solicitud { $from } se ha fusionado con su solicitud { $reference }: este es su estado actual.

## Plantillas de respuesta
reply-templates-title = Plantillas de respuesta
reply-templates-hint = Una plantilla por tipo de solicitud (o para todos) y por idioma: en la página de una solicitud, rellena la respuesta o la pregunta, que el agente adapta antes de enviarla.
reply-templates-new = Nueva plantilla
reply-templates-list = Plantillas del ayuntamiento
reply-templates-none = Todavía no hay ninguna plantilla.
reply-templates-name = Título de la plantilla
reply-templates-text = Texto
reply-templates-kind-any = Todos los tipos
reply-templates-save = Guardar la plantilla
reply-templates-delete = Eliminar la plantilla
reply-templates-saved = Plantillas guardadas.
reply-templates-use = Partir de una plantilla
reply-templates-fill = Rellenar con esta plantilla
requests-error-template-title = Dé a la plantilla un título de 200 caracteres como máximo.
requests-error-template-language = Elija el idioma de la plantilla.
requests-procedure-sheets = Fichas de trámites de este tipo
residents-rights = Derechos sobre sus datos (RGPD)
residents-export = Descargar todos sus datos (archivo JSON)
residents-erase-confirm = La persona pidió que se borraran sus datos. Sus próximas citas se anularán, sus listas de espera terminarán y sus solicitudes ya no tendrán datos de contacto para responderle. No se puede deshacer.
residents-erase = Borrar sus datos
residents-erase-unconfirmed = Marque la casilla de confirmación para borrar los datos de esta persona.
residents-erase-nobody = Esta búsqueda ya no encuentra a esta persona: no se ha borrado ni exportado nada.
residents-erased = { $count ->
    [one] Datos borrados: un registro anonimizado.
   *[other] Datos borrados: { $count } registros anonimizados.
}
