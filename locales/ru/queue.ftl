# Очередь: терминал на входе, талон из дома, окно приёма, экран зала ожидания.

queue-kiosk-title = Терминал очереди
queue-kiosk-choose-family = Нажмите на службу, которая вам нужна
queue-kiosk-choose-motif = Нажмите на ваш вопрос
queue-kiosk-back = Назад
queue-kiosk-done = Готово
queue-closed-title = Приёмная закрыта
queue-priority-question = Вам нужен приём вне очереди?
queue-priority-none = Нет, получить талон
queue-priority-disability = Инвалидность
queue-priority-pregnancy = Беременность
queue-priority-elderly = Пожилой человек
queue-priority-young-child = С маленьким ребёнком
queue-priority = Приоритет
queue-wait-now = Вас вызовут очень скоро
queue-wait-few = Ожидание: несколько минут
queue-wait-about = { $minutes ->
    [one] Ожидание: примерно { $minutes } минута
    [few] Ожидание: примерно { $minutes } минуты
    [many] Ожидание: примерно { $minutes } минут
   *[other] Ожидание: примерно { $minutes } минуты
}
queue-ticket-number = Ваш номер
queue-ahead = { $count ->
    [0] Перед вами никого нет
    [one] Перед вами { $count } человек
    [few] Перед вами { $count } человека
    [many] Перед вами { $count } человек
   *[other] Перед вами { $count } человека
}
queue-qr-label = QR-код, чтобы следить за талоном в телефоне
queue-qr-hint = Отсканируйте, чтобы следить за очередью в телефоне.
queue-print = Распечатать талон

queue-home-intro = Выберите приёмную. Когда она открыта, вы можете получить талон из дома и следить за очередью в телефоне.
queue-phone-label = Мобильный телефон (необязательно)
queue-phone-hint = Мы пришлём вам SMS, когда ваша очередь будет близко. Пример: +33 6 12 34 56 78.
queue-take = Получить талон

queue-ticket-title = Мой талон
queue-called-to = Ваша очередь: пройдите к окну { $desk }.
queue-come-now = Скоро ваша очередь: подойдите в приёмную.
queue-ticket-done = Приём окончен. Спасибо за визит.
queue-ticket-no-show = Вас вызывали несколько раз, но вы не подошли. Если нужно, возьмите новый талон в приёмной.
queue-ticket-cancelled = Вы отказались от этого талона.
queue-issued-at = Талон получен: { $time }
queue-sms-to = SMS, когда подойдёт очередь:
queue-refresh = Обновить
queue-cancel-ticket = Я не приду: освободить место

queue-screen-title = Экран зала ожидания
queue-screen-sound = Включить звук
queue-screen-sound-on = Звук включён
queue-screen-calls = Вызовы
queue-screen-no-call = Пока вызовов нет
queue-screen-waits = Примерное ожидание
queue-speech = Талон { $code }, пройдите к окну { $desk }.

queue-desk = Окно
queue-desk-choose = Выбрать окно
queue-desk-needed = Выберите своё окно, чтобы вызывать посетителей.
queue-queue = Очередь
queue-common = Общая очередь
queue-current = Посетитель у окна
queue-callable = { $count ->
    [0] В этой очереди никто не ждёт.
    [one] В этой очереди ждёт { $count } посетитель.
    [few] В этой очереди ждут { $count } посетителя.
    [many] В этой очереди ждут { $count } посетителей.
   *[other] В этой очереди ждут { $count } посетителя.
}
queue-call-next = Вызвать следующего
queue-language = Язык
queue-arrived = Время прихода
queue-appointment-of = Запись на имя
queue-transfer-note = Заметка о передаче
queue-status-called = { $count ->
    [1] Вызов в { $time }
    [one] { $count } вызов, последний в { $time }
    [few] { $count } вызова, последний в { $time }
    [many] { $count } вызовов, последний в { $time }
   *[other] { $count } вызова, последний в { $time }
}
queue-status-in-service = У окна
queue-start = Начать
queue-recall = Вызвать снова
queue-no-show = Не явился
queue-no-show-after = { $count ->
    [one] «Не явился» можно выбрать после { $count } вызова.
    [few] «Не явился» можно выбрать после { $count } вызовов.
    [many] «Не явился» можно выбрать после { $count } вызовов.
   *[other] «Не явился» можно выбрать после { $count } вызова.
}
queue-set-aside = Отложить
queue-resume = Вернуть
queue-aside = Отложенные
queue-close = Завершить приём
queue-outcome = Результат
queue-outcome-handled = Решено у окна
queue-outcome-follow-up = Нужно продолжение
queue-note = Заметка (необязательно)
queue-transfer = Передать
queue-transfer-service = В службу
queue-transfer-expert = Кому
queue-transfer-anyone = Любому сотруднику службы
queue-choose = Выбрать…
queue-waiting-count = { $count ->
    [0] Никто не ждёт
    [one] Ждёт { $count } посетитель
    [few] Ждут { $count } посетителя
    [many] Ждут { $count } посетителей
   *[other] Ждут { $count } посетителя
}
queue-nobody = Никто не ждёт.
queue-ticket = Талон
queue-waited = Ожидание
queue-minutes = { $count } мин
queue-appointment-at = Запись на { $time }
queue-for-agent = Сотрудник: { $name }
queue-desk-issue = Выдать талон
queue-desk-issued = Талон { $code } выдан.

queue-admin-title = Настройки очереди
queue-admin-intro = Приоритет засчитывается как приход на несколько минут раньше: обычный талон, который ждёт дольше самого большого преимущества, никто не обгонит.
queue-admin-from-home = Жители могут взять талон из дома
queue-admin-head-start = Преимущество каждого приоритета в минутах (от 0 до { $max })
queue-admin-max-calls = Вызовов, после которых посетителя можно отметить как неявившегося (от 1 до 9)
admin-error-queue-weight = Каждое преимущество должно быть целым числом минут от 0 до 60.
admin-error-queue-calls = Число вызовов должно быть целым числом от 1 до 9.

queue-error-closed = Приёмная сейчас закрыта: талоны не выдаются.
queue-error-too-many-tickets = С вашего подключения взято слишком много талонов. Повторите попытку через четверть часа или возьмите талон в терминале у входа.
contact-error-phone-has-tickets = У этого номера уже есть талоны в очереди. Следите за ними по полученной ссылке или откажитесь от одного, прежде чем брать новый.
queue-error-no-home-tickets = Здесь нельзя получить талон из дома. Приходите лично или запишитесь на приём.
queue-error-motif = Выберите вопрос из списка.
queue-error-busy = У вас уже есть посетитель: сначала завершите или передайте этот приём.
queue-error-stale = Этот талон тем временем изменился: страница обновлена.
queue-error-too-few-calls = Вызовите посетителя ещё раз, прежде чем отметить неявку.
queue-error-empty = В этой очереди никто не ждёт.
queue-error-service = Выберите службу, в которую передать.
queue-error-outcome = Выберите результат приёма.
queue-error-note-too-long = Заметка слишком длинная: не более 500 символов.
queue-error-not-expert = Этот сотрудник не занимается запросами этой службы.
queue-procedure-sheet = Памятка по процедуре
queue-survey-receipt = После визита оцените нас по этому же коду.
queue-survey-link = Высказать мнение
queue-survey-question = Ваш визит прошёл хорошо?
queue-survey-unhappy = Не доволен
queue-survey-neutral = Так себе
queue-survey-happy = Доволен
queue-survey-thanks = Спасибо за ваше мнение!
queue-error-survey = Не удалось сохранить ваше мнение. Попробуйте ещё раз.
