# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Типизированные значения
request-status-received = Получено
request-status-in-progress = В работе
request-status-waiting-resident = Ждём ответа от вас
request-status-answered = Ответ отправлен
request-status-closed = Закрыто
request-channel-desk = Приёмная
request-channel-phone = Телефон
request-channel-email = Электронная почта
request-channel-letter = Письмо по почте
request-channel-web = Онлайн-форма
request-channel-outbound-call = Исходящий звонок
request-kind-information = Запрос информации
request-kind-certificate = Запрос свидетельства или справки
request-kind-notary = Запрос нотариуса
request-kind-complaint = Жалоба
request-kind-other = Другое обращение
