# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Valores tipados
request-status-received = Recibida
request-status-in-progress = En tramitación
request-status-waiting-resident = Pendiente de su respuesta
request-status-answered = Respuesta enviada
request-status-closed = Cerrada
request-channel-desk = Atención presencial
request-channel-phone = Teléfono
request-channel-email = Correo electrónico
request-channel-letter = Carta
request-channel-web = Formulario en línea
request-channel-outbound-call = Llamada saliente
request-kind-information = Solicitud de información
request-kind-certificate = Solicitud de acta o certificado
request-kind-notary = Consulta de un notario
request-kind-complaint = Reclamación
request-kind-other = Otra solicitud
