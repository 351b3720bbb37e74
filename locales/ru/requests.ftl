# Обращения: журнал контактов, обращения и их сроки, публичная форма
# /demande и страница отслеживания /suivi.

## Сотрудники: список
requests-title = Обращения
requests-list = Обращения к рассмотрению
requests-none = Нет обращений, подходящих под эти фильтры.
requests-total = { $count ->
    [one] { $count } обращение
    [few] { $count } обращения
    [many] { $count } обращений
   *[other] { $count } обращения
}
requests-count-late = { $count ->
    [0] Просроченных нет
    [one] { $count } просроченное
    [few] { $count } просроченных
    [many] { $count } просроченных
   *[other] { $count } просроченного
}
requests-count-due-soon = { $count ->
    [0] Нет обращений с близким сроком
    [one] { $count } со сроком в течение 2 рабочих дней
    [few] { $count } со сроком в течение 2 рабочих дней
    [many] { $count } со сроком в течение 2 рабочих дней
   *[other] { $count } со сроком в течение 2 рабочих дней
}
requests-reference = Номер
requests-subject = Тема
requests-channel = Канал
requests-service = Служба
requests-site = Место
requests-status = Статус
requests-due = Срок
requests-kind = Тип обращения
requests-owner = Ответственный сотрудник
requests-received = Дата получения
requests-name = Имя и фамилия
requests-phone = Телефон
requests-email = Электронная почта
requests-language = Язык
requests-message = Сообщение
requests-note = Заметка (необязательно)
requests-all = Все
requests-open = Открытые (полученные, в работе, в ожидании)
requests-no-service = Без определённой службы
requests-filter = Применить фильтр
requests-pages = Страницы списка
requests-page = Страница { $page } из { $pages }
requests-previous = Предыдущая страница
requests-next = Следующая страница
requests-mine-title = Ваши обращения, требующие внимания
requests-mine = Только мои
requests-standing-on-time = В срок
requests-standing-due-soon = Срок скоро истекает
requests-standing-late = Просрочено
requests-standing-stopped = Срок приостановлен

## Сотрудники: журнал контактов
requests-log-title = Записать контакт
requests-log-hint = Звонок или визит, решённые сразу: выберите канал и службу, затем «Ответ дан». Если нужно продолжение, откройте обращение.
requests-log-answered = Ответ дан сразу
requests-log-follow-up = Нужно продолжение: открыть обращение
requests-log-follow-up-hint = Тема и хотя бы телефон или адрес электронной почты для ответа.
requests-log-open = Открыть обращение
requests-contact-logged = Контакт записан.

## Сотрудники: одно обращение
requests-one-title = Обращение
requests-back = Назад к обращениям
requests-saved = Сохранено.
requests-opened = Обращение открыто: сообщите заявителю номер и код отслеживания.
requests-check-code = Код отслеживания
requests-resident-view = Посмотреть, что видит заявитель
requests-history = История
requests-actions = Действия
requests-text-reply = Ответ заявителю (виден на странице отслеживания)
requests-text-ask = Что запрашивается у заявителя (видно на странице отслеживания)
requests-text-note = Внутренняя заметка (заявителю никогда не показывается)
requests-text-comment = Комментарий (необязательно)
requests-action-note = Добавить внутреннюю заметку
requests-action-take = Взять в работу
requests-action-ask-resident = Запросить у заявителя документ или уточнение
requests-action-resident-answered = Заявитель ответил
requests-action-reply = Отправить ответ
requests-action-close = Закрыть обращение
requests-action-reopen = Открыть обращение снова
requests-action-transfer = Передать в другую службу
requests-action-change-kind = Изменить тип (срок будет пересчитан)
requests-event-created = Обращение получено
requests-event-assigned = Взято в работу
requests-event-status = Изменение статуса
requests-event-reply = Ответ отправлен
requests-event-note = Внутренняя заметка
requests-event-transfer = Передано в другую службу
requests-event-kind = Тип изменён

## Отказы
requests-error-subject = Укажите тему обращения.
requests-error-text = Напишите текст: он нужен для этого действия.
requests-error-too-long = Текст слишком длинный.
requests-error-channel = Выберите канал контакта.
requests-error-outcome = Укажите, решён ли вопрос или нужно продолжение.
requests-error-service = Выберите существующую службу.
requests-error-same-service = Обращение уже находится в этой службе.
requests-error-kind = Выберите тип обращения.
requests-error-same-kind = У обращения уже этот тип.
requests-error-action = Такого действия не существует.
requests-error-not-now = Статус обращения больше не позволяет это действие: страница обновлена.
requests-error-no-calendar = Ни у одного места нет часов работы: срок ответа невозможно рассчитать.

## Жители: форма /demande
request-form-title = Написать в мэрию
request-form-intro = Задайте вопрос или оставьте обращение. Вы сразу получите номер и код, чтобы следить за ответом, без создания учётной записи.
request-form-service = Нужная служба
request-form-service-unknown = Я не знаю
request-form-message-hint = Можно писать на своём языке.
request-form-you = Чтобы мы могли ответить
request-form-you-hint = Ваше имя и хотя бы адрес электронной почты или номер телефона.
request-form-privacy = Эти данные нужны только для работы с вашим обращением.
request-form-send = Отправить обращение

## Жители: отслеживание /suivi
follow-title = Следить за обращением
follow-intro = Введите номер и код отслеживания, которые вы получили при регистрации обращения (в подтверждении получения или в наших сообщениях).
follow-reference = Номер обращения
follow-reference-hint = Например, D-2026-00042
follow-code = Код отслеживания
follow-look = Посмотреть моё обращение
follow-write = Подать новое обращение
follow-no-match = Нет обращения с таким номером и кодом. Проверьте их и попробуйте ещё раз.
follow-blocked = { $minutes ->
    [one] Слишком много попыток с неверным кодом для этого номера. Попробуйте снова через { $minutes } минуту или позвоните нам.
    [few] Слишком много попыток с неверным кодом для этого номера. Попробуйте снова через { $minutes } минуты или позвоните нам.
    [many] Слишком много попыток с неверным кодом для этого номера. Попробуйте снова через { $minutes } минут или позвоните нам.
   *[other] Слишком много попыток с неверным кодом для этого номера. Попробуйте снова через { $minutes } минуты или позвоните нам.
}
follow-registered = Ваше обращение зарегистрировано.
follow-keep = Сохраните номер и код: с ними можно следить за обращением на этой странице.
follow-received = Дата получения
follow-due = Ответ не позднее
follow-service = Ответственная служба
follow-asked = Что мы просим у вас
follow-reply = Наш ответ
follow-words-received = Мы получили ваше обращение. Скоро им займётся сотрудник.
follow-words-in-progress = Сотрудник работает с вашим обращением.
follow-words-waiting = Мы ждём от вас документ или уточнение. Когда вы ответите, отсчёт срока ответа продолжится.
follow-words-answered = Мы ответили на ваше обращение.
follow-words-closed = Ваше обращение закрыто.

## Сотрудники: жители
residents-intro = Введите имя, номер телефона или адрес электронной почты: для каждого найденного человека показаны его записи на приём и обращения. Каждый поиск регистрируется.
residents-search = Имя, телефон или электронная почта
residents-search-hint = Не менее двух букв или полный номер.
residents-look = Найти
residents-too-short = Введите не менее двух букв имени, полный номер телефона или адрес электронной почты.
residents-none = По этому запросу никто не найден.
residents-needs = Указанные потребности
residents-appointments = Записи на приём
residents-requests = Обращения
residents-merge-with = Тот же человек, что и
residents-merge-hint = Если две карточки относятся к одному и тому же человеку (письмо, подписанное именем, электронное письмо с другого адреса), объедините их: его записи на приём и обращения будут показаны вместе. Это можно отменить.
residents-merge = Объединить
residents-merged = Две карточки объединены.
residents-separated = Карточки снова разделены.
residents-merge-refused = Эти две карточки нельзя объединить: выберите другого человека из списка.
residents-links = Объединённые карточки
residents-merged-by = { $first } и { $second }: объединил(а) { $agent }, { $date }.
residents-separate = Разделить
residents-campaigns = Кампании обзвона жителей
residents-calls = Звонки из мэрии
residents-call-reached = дозвонились
residents-call-no-answer = нет ответа
residents-call-unreachable = не дозвонились за 3 звонка
residents-call-wrong-number = неверный номер
residents-call-declined = просит больше не звонить

## Подтверждение получения (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Подтверждение получения
ack-title-document = Регистрация вашего обращения
ack-received = Мы получили ваше обращение «{ $subject }» (дата получения: { $date }). Оно зарегистрировано под номером { $reference }.
ack-commitment = Мы обязуемся ответить вам не позднее: { $date }.
ack-implicit-rejection = Если к указанной дате ({ $date }) вы не получите никакого ответа, ваше обращение будет считаться отклонённым: если администрация молчит в течение двух месяцев, это означает неявное решение об отказе (статья L231-4 Кодекса отношений между гражданами и администрацией (code des relations entre le public et l'administration)).
ack-appeal = Вы сможете обжаловать это решение в течение двух месяцев после указанной даты ({ $date }): попросив мэра пересмотреть решение или обратившись в компетентный административный суд (статья R421-2 Кодекса административной юстиции (code de justice administrative)), в том числе онлайн на сайте www.telerecours.fr.
ack-document = Ваше обращение касается выдачи документа: если нам нужно лишь проверить, что условия выполнены, подтверждение получения в смысле статьи L112-3 Кодекса отношений между гражданами и администрацией (code des relations entre le public et l'administration) не требуется (статья R112-4). Мы выдадим вам документ, как только он будет готов.
ack-service = Служба, которая занимается вашим обращением: { $service }, { $address }.
ack-service-phone = Телефон: { $phone }.
ack-service-email = Электронная почта: { $email }.
ack-follow = Следите за обращением на сайте { $url } (номер { $reference }, код отслеживания { $code }).
ack-sources = Правовые тексты: статьи L112-3, R112-4, R112-5 и L231-4 Кодекса отношений между гражданами и администрацией (code des relations entre le public et l'administration); статья R421-2 Кодекса административной юстиции (code de justice administrative).
ack-translation-note = Перевод для информации: юридическую силу имеет только текст на французском языке.
ack-email-subject = Подтверждение получения вашего обращения { $reference }
ack-print = Распечатать
ack-in-french = Текст на французском языке
ack-open = Подтверждение получения для печати
requests-postal-address = Почтовый адрес (необязательно)
requests-postal-address-hint = Для письма в конверте с окошком: каждую строку адреса пишите на отдельной строке.
requests-error-address = Почтовый адрес слишком длинный (не более шести строк).
follow-answer = Ваш ответ
follow-answer-hint = То, что мы у вас запросили: напишите здесь, можно на вашем языке.
follow-answer-send = Отправить ответ
follow-answer-sent = Ваш ответ отправлен: срок ответа снова идёт.
requests-event-resident = Ответ заявителя

## Ответы и вопросы заявителю: по электронной почте, SMS или письмом
requests-means = Как заявитель получит сообщение
requests-means-follow-page = Только на странице отслеживания
requests-means-email = По электронной почте
requests-means-sms = По SMS (ссылка на страницу отслеживания)
requests-means-letter = Печатным письмом по почте
requests-error-means = Выберите, как заявитель получит это сообщение.
requests-error-means-email = В этом обращении нет адреса электронной почты: выберите другой способ.
requests-error-means-sms = В этом обращении нет номера мобильного телефона: выберите другой способ.
requests-error-means-letter = В этом обращении нет почтового адреса: выберите другой способ.
requests-print-letter = Письмо для печати
reply-email-subject = Ответ на ваше обращение «{ $subject }»
question-email-subject = Нужно уточнение по вашему обращению «{ $subject }»
reply-opening = Вот ответ на ваше обращение «{ $subject }» (номер { $reference }).
question-opening = Чтобы рассмотреть ваше обращение «{ $subject }» (номер { $reference }), нам нужно уточнение или документ:
question-how-to-answer = Срок нашего ответа приостановлен, пока мы не получим ваш ответ.
question-email-reply = Вы можете ответить прямо на это письмо, сохранив номер в теме письма, и приложить запрошенные документы.
reply-follow = Следите за обращением на сайте { $url } (номер { $reference }, код отслеживания { $code }).
reply-sms = Мэрия: на ваше обращение № { $reference } дан ответ. Читайте: { $url }
question-sms = Мэрия: по вашему обращению № { $reference } нужно ваше уточнение. Подробнее: { $url }
reply-letter-title = Ответ на ваше обращение
question-letter-title = Запрос уточнения

## Вложения и полученные письма
requests-event-file = Документ добавлен
requests-files = Документы
requests-files-none = Документов нет.
requests-file-size = { $kilobytes } КБ
requests-file-add = Добавить отсканированный документ
requests-file-send = Добавить документ
requests-file-added = Документ добавлен к обращению.
requests-error-scan-missing = Выберите файл со сканом письма.
requests-error-scan-too-large = Файл больше 10 МБ: отсканируйте в чёрно-белом режиме или с разрешением 200 dpi либо разделите на несколько файлов.
requests-error-scan-type = Этот файл не является ни PDF, ни изображением JPEG или PNG.
requests-error-received-date = Дата получения должна быть в пределах последнего года и не в будущем.
requests-error-letter-address = Укажите почтовый адрес отправителя или телефон либо адрес электронной почты.
letter-title = Зарегистрировать письмо
letter-hint = Полученное письмо становится обращением: срок отсчитывается от даты получения, а подтверждение получения готово к печати.
letter-received = Дата получения
letter-sender = Отправитель (имя и фамилия)
letter-address-hint = Адрес отправителя, каждую строку адреса на отдельной строке: подтверждение получения отправляется ему в конверте с окошком.
letter-summary = Краткое содержание письма (необязательно)
letter-scan = Скан письма
letter-scan-hint = PDF, JPEG или PNG, не более { $megabytes } МБ.
letter-register = Зарегистрировать письмо

## Дубликаты
requests-action-merge = Объединить с другим обращением того же заявителя
requests-event-merged = Обращения объединены
requests-merge-target = Номер обращения, которое остаётся
requests-merge-hint = Например, D-2026-00042: это обращение закрывается, его документы и сообщение переходят в другое, а его страница отслеживания показывает другое.
requests-error-merge-target = Обращения с таким номером нет.
requests-error-merge-same = Обращение нельзя объединить с самим собой.
requests-error-merge-closed = Обращение, которое остаётся, должно быть открыто и не должно само быть объединено с другим.
requests-error-merge-other-resident = У этих двух обращений не совпадают ни электронная почта, ни телефон: объединяются только обращения одного и того же заявителя.
follow-merged = Ваше обращение № { $from } объединено с вашим обращением № { $reference }: вот на каком этапе оно сейчас.

## Шаблоны ответов
reply-templates-title = Шаблоны ответов
reply-templates-hint = Один шаблон на тип обращения (или для всех типов) и на язык: на странице обращения он заполняет ответ или вопрос, а сотрудник дорабатывает текст перед отправкой.
reply-templates-new = Новый шаблон
reply-templates-list = Шаблоны мэрии
reply-templates-none = Шаблонов пока нет.
reply-templates-name = Название шаблона
reply-templates-text = Текст
reply-templates-kind-any = Все типы
reply-templates-save = Сохранить шаблон
reply-templates-delete = Удалить шаблон
reply-templates-saved = Шаблоны сохранены.
reply-templates-use = Начать с шаблона
reply-templates-fill = Заполнить по этому шаблону
requests-error-template-title = Дайте шаблону название не длиннее 200 символов.
requests-error-template-language = Выберите язык шаблона.
requests-procedure-sheets = Памятки по процедурам этого типа
residents-rights = Права на свои данные (GDPR)
residents-export = Скачать все его данные (файл JSON)
residents-erase-confirm = Человек попросил удалить его данные. Его предстоящие записи будут отменены, листы ожидания закрыты, а в его обращениях не останется контактов для ответа. Это нельзя отменить.
residents-erase = Удалить его данные
residents-erase-unconfirmed = Отметьте поле подтверждения, чтобы удалить данные этого человека.
residents-erase-nobody = Этот поиск больше не находит этого человека: ничего не удалено и не выгружено.
residents-erased = { $count ->
    [one] Данные удалены: обезличена { $count } карточка.
    [few] Данные удалены: обезличены { $count } карточки.
   *[other] Данные удалены: обезличено { $count } карточек.
}
