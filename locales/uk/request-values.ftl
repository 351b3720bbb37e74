# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Типізовані значення
request-status-received = Отримано
request-status-in-progress = В роботі
request-status-waiting-resident = Чекаємо на вашу відповідь
request-status-answered = Відповідь надіслано
request-status-closed = Закрито
request-channel-desk = Приймальня
request-channel-phone = Телефон
request-channel-email = Електронна пошта
request-channel-letter = Лист поштою
request-channel-web = Онлайн-форма
request-channel-outbound-call = Вихідний дзвінок
request-kind-information = Запит інформації
request-kind-certificate = Запит свідоцтва або довідки
request-kind-notary = Запит нотаріуса
request-kind-complaint = Скарга
request-kind-other = Інше звернення
