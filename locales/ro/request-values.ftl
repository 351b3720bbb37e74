# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Valori tipizate
request-status-received = Primită
request-status-in-progress = În curs de soluționare
request-status-waiting-resident = Așteptăm răspunsul dumneavoastră
request-status-answered = Răspuns trimis
request-status-closed = Închisă
request-channel-desk = Recepție
request-channel-phone = Telefon
request-channel-email = E-mail
request-channel-letter = Scrisoare
request-channel-web = Formular online
request-channel-outbound-call = Apel efectuat de noi
request-kind-information = Cerere de informații
request-kind-certificate = Cerere de act sau adeverință
request-kind-notary = Întrebare de la un notar
request-kind-complaint = Reclamație
request-kind-other = Altă cerere
