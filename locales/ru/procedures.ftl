# Карточки процедур: страницы для жителей (/demarches) и для сотрудников (/agent/demarches).

procedures-title = Процедуры
procedures-intro = Что нужно знать и что взять с собой для каждой процедуры — на французском языке для лёгкого чтения и на вашем языке.
procedures-search-label = Найти процедуру
procedures-search = Найти
procedures-results = { $count ->
    [0] Нет карточек по запросу «{ $query }»
    [one] { $count } карточка по запросу «{ $query }»
    [few] { $count } карточки по запросу «{ $query }»
    [many] { $count } карточек по запросу «{ $query }»
   *[other] { $count } карточки по запросу «{ $query }»
}
procedures-no-result = Попробуйте другое слово или спросите в приёмной: мы ответим вам на вашем языке.
procedures-back = Все процедуры
procedures-back-to-sheet = Вернуться к карточке
procedures-to-falc = Версия для лёгкого чтения
procedures-to-standard = Полная версия
procedures-print = Распечатать
procedures-print-hint = Чтобы распечатать эту страницу на листе A4, используйте команду «Печать» в вашем браузере (Ctrl + P).
procedures-qr = QR-код для перехода к карточке онлайн
procedures-languages = Языки карточки
procedures-variant-standard = Полная версия
procedures-variant-falc = Лёгкое чтение
procedures-out-of-date = Французская версия этой карточки изменилась после этого перевода: возможно, перевод уже неточен.
procedures-read-french = Читать французскую версию
procedures-not-translated = Эта карточка ещё не переведена на ваш язык: вот она на французском.
procedures-audience = Для кого?
procedures-situations = Ваша ситуация
procedures-steps = Этапы
procedures-documents = Документы, которые нужно взять с собой
procedures-cost = Сколько это стоит?
procedures-free = Бесплатно
procedures-delay = Срок
procedures-delay-on-the-spot = Сразу на месте
procedures-delay-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
procedures-delay-range = { $max ->
    [one] От { $min } до { $max } дня
   *[other] От { $min } до { $max } дней
}
procedures-where = Куда обращаться?
procedures-appointment-required = Только по записи.
procedures-appointment-recommended = С записью или без; по записи вам не придётся ждать.
procedures-appointment-none = Без записи, в часы работы.
procedures-book = Записаться на приём
procedures-online = Онлайн
procedures-online-link = Оформить онлайн
procedures-note-know = Полезно знать:
procedures-note-warning = Внимание:
procedures-legal = Нормативные тексты
procedures-sources = Источники
procedures-reviewed = Карточка проверена: { $date }
procedures-version = версия { $version }, опубликована: { $date }
procedures-falc-checked = Версию для лёгкого чтения проверил(а) { $who }, { $date }

# Сотрудники
procedures-staff-title = Карточки процедур
procedures-staff-intro = Один и тот же ответ для всех: каждая карточка, её версия для лёгкого чтения, её переводы и её версии. Жители всегда читают опубликованную версию.
procedures-translations-of = Что перевести на язык
procedures-no-language = (язык не выбран)
procedures-tasks = { $count ->
    [0] Переводить нечего
    [one] { $count } текст нужно перевести или обновить
    [few] { $count } текста нужно перевести или обновить
    [many] { $count } текстов нужно перевести или обновить
   *[other] { $count } текста нужно перевести или обновить
}
procedures-tasks-none = Все карточки переведены на этот язык, переводы актуальны.
procedures-tasks-caption = Тексты, которые нужно перевести или обновить
procedures-sheet = Карточка
procedures-variant = Версия
procedures-state = Состояние
procedures-actions = Действия
procedures-translate = Перевести
procedures-sheets-count = { $count ->
    [one] { $count } карточка
    [few] { $count } карточки
    [many] { $count } карточек
   *[other] { $count } карточки
}
procedures-service = Служба
procedures-reviewed-on = Дата проверки
procedures-falc = Лёгкое чтение
procedures-falc-ok = Проверена человеком, для которого написана
procedures-falc-to-check = Нужно дать на проверку
procedures-to-translate = Языки для перевода
procedures-draft = Черновик
procedures-published = Опубликована
procedures-translation-missing = Нужно перевести
procedures-translation-up-to-date = Актуально
procedures-translation-to-update = Нужно обновить
procedures-translation-out-of-date = Устарело (читатели предупреждены)
procedures-back-staff = Все карточки
procedures-public-page = Страница для жителей
procedures-edit-standard = Изменить полную версию
procedures-edit-falc = Изменить версию для лёгкого чтения
procedures-staff-notes = Заметки для сотрудников
procedures-owner = Карточку ведёт { $name }
procedures-translations = Переводы
procedures-language = Язык
procedures-versions = Версии
procedures-when = Дата
procedures-author = Автор
procedures-falc-check = Проверка человеком, для которого написан текст
procedures-edit-minor = Незначительное изменение
procedures-edit-medium = Среднее изменение
procedures-edit-major = Существенное изменение

# Редактор
procedures-editor-title = Изменить карточку
procedures-editing = { $variant }, язык: { $language }
procedures-published-ok = Опубликовано: теперь жители читают эту версию.
procedures-draft-ok = Черновик сохранён: жители по-прежнему читают опубликованную версию.
procedures-facts-ok = Сведения карточки сохранены.
procedures-checked-ok = Проверка записана.
procedures-draft-pending = Черновик ждёт публикации: жители пока читают опубликованную версию.
procedures-french-beside = Французский текст для перевода
procedures-advice = Советы по понятности текста
procedures-advice-long-sentence = Длинное предложение: разделите его
procedures-advice-rare-word = Редкое слово: замените или объясните его
procedures-advice-abbreviation = Сокращение: напишите полностью
procedures-edit-level = Значимость изменения
procedures-edit-level-hint = Среднее: переводы нужно обновить. Существенное (меняется факт: цена, срок, документ): кроме того, предупреждаются их читатели.
procedures-part-title = Заголовок
procedures-part-summary = Кратко
procedures-part-audience = Для кого
procedures-part-keywords = Другие слова для поиска
procedures-part-situations = Ситуации
procedures-part-steps = Этапы
procedures-part-documents = Документы, которые нужно взять с собой
procedures-part-costs = Стоимость
procedures-part-delay = Пояснение о сроке
procedures-part-online = Онлайн
procedures-part-notes = Врезки
procedures-keywords-hint = Через запятую: сокращения, повседневные слова.
procedures-situations-hint = Одна ситуация в строке: ситуация, затем «|» и что она меняет.
procedures-lines-hint = Один этап в строке.
procedures-documents-hint = Один документ в строке; если он нужен только в одном случае, добавьте «|» и этот случай.
procedures-costs-hint = Один случай в строке: сумма в евро (0, если бесплатно), затем «|» и случай.
procedures-notes-hint = Одна врезка в строке; начните с «!» для «Полезно знать» или с «!!» для «Внимание».
procedures-delay-min = Самый короткий срок (дней)
procedures-delay-max = Самый долгий срок (дней)
procedures-save-draft = Сохранить черновик
procedures-publish = Опубликовать
procedures-falc-check-hint = Версию для лёгкого чтения проверяет человек, для которого она написана. Каждой новой версии нужна своя проверка.
procedures-checked-by = Кто проверил
procedures-checked-on = Дата проверки
procedures-record-check = Записать проверку
procedures-facts = Сведения карточки
procedures-motif = Цель визита
procedures-no-motif = (без записи на приём)
procedures-appointment = Запись на приём
procedures-online-url = Адрес онлайн-процедуры
procedures-references-hint = Одна ссылка в строке: название, затем «|» и адрес (https://…).
procedures-owner-field = Сотрудник, который ведёт карточку
procedures-no-owner = (никто)
procedures-save-facts = Сохранить сведения

procedures-error-too-long = Одно из полей слишком длинное.
procedures-error-too-many = В списке слишком много строк (не более 30).
procedures-error-situation = После каждой ситуации нужен знак «|» и то, что она меняет.
procedures-error-cost = Каждая строка стоимости начинается с суммы в евро, затем «|» и случай.
procedures-error-delay = Срок должен идти от какого-то числа дней до такого же или большего числа.
procedures-error-missing = Одна из частей карточки пуста: нужны все части — заголовок, краткое описание, для кого, ситуации, этапы, документы, стоимость, срок и «онлайн».
procedures-error-url = Адрес должен начинаться с https://.
procedures-error-language = Этот язык не предлагается.
procedures-error-version = Такой версии карточки не существует.
procedures-error-level = Укажите, незначительное, среднее или существенное это изменение.
procedures-error-no-french = Сначала опубликуйте французскую версию.
procedures-error-shape = В переводе должны быть те же части, что и во французском тексте: столько же ситуаций, этапов, документов и врезок, те же суммы и те же сроки.
procedures-error-sources = Нужен хотя бы один нормативный текст и один источник с адресом.
procedures-error-appointment = Выберите, нужна ли запись на приём.
procedures-error-date = Недопустимая дата (ГГГГ-ММ-ДД, не в будущем).
procedures-error-motif = Такой цели визита не существует.
procedures-error-owner = Такого сотрудника не существует.
procedures-error-checked-by = Укажите, кто проверил карточку.
procedures-error-no-falc = Сначала опубликуйте версию для лёгкого чтения.
procedures-read-aloud = Прочитать вслух
procedures-stop-reading = Остановить чтение
procedures-no-voice = На этом устройстве нет голоса для этого языка.
procedures-of-kind = Памятки, которые отвечают на обращения типа «{ $kind }».
