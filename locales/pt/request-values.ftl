# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Valores tipificados
request-status-received = Recebido
request-status-in-progress = Em tratamento
request-status-waiting-resident = A aguardar resposta sua
request-status-answered = Resposta enviada
request-status-closed = Encerrado
request-channel-desk = Atendimento presencial
request-channel-phone = Telefone
request-channel-email = E-mail
request-channel-letter = Carta
request-channel-web = Formulário em linha
request-channel-outbound-call = Chamada efetuada
request-kind-information = Pedido de informação
request-kind-certificate = Pedido de certidão ou declaração
request-kind-notary = Questão de um notário
request-kind-complaint = Reclamação
request-kind-other = Outro pedido
