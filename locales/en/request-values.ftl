# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Typed values
request-status-received = Received
request-status-in-progress = Being handled
request-status-waiting-resident = Waiting for your reply
request-status-answered = Reply sent
request-status-closed = Closed
request-channel-desk = Reception desk
request-channel-phone = Phone
request-channel-email = E-mail
request-channel-letter = Letter
request-channel-web = Online form
request-channel-outbound-call = Outgoing call
request-kind-information = Request for information
request-kind-certificate = Request for a record or certificate
request-kind-notary = Question from a notary
request-kind-complaint = Complaint
request-kind-other = Other request
