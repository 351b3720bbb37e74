## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Кампанії обдзвону
campaigns-intro = Самі виходимо на зв'язок із мешканцями: список людей, яким треба зателефонувати з одного приводу (спека, запис до школи, нагадування про процедуру). Кожен консультант бере наступну людину; нікому не телефонують двоє одночасно, і кожен дзвінок записується як контакт.
campaigns-back-residents = Назад до мешканців
campaigns-back = Усі кампанії
campaigns-back-campaign = Назад до кампанії
campaigns-list = Кампанії
campaigns-none = Кампаній поки немає.
campaigns-name = Назва
campaigns-service = Служба
campaigns-no-service = Усі служби
campaigns-created = Створено
campaigns-progress = Хід роботи
campaigns-left = Залишилося зателефонувати: { $left } з { $people }
campaigns-left-short = { $left ->
    [0] телефонувати більше нікому
    [one] ще { $left } людина в черзі на дзвінок
    [few] ще { $left } людини в черзі на дзвінок
    [many] ще { $left } людей у черзі на дзвінок
   *[other] ще { $left } людини в черзі на дзвінок
}
campaigns-closed = Завершено
campaigns-new = Нова кампанія
campaigns-purpose = Що казати
campaigns-purpose-hint = Консультант читає це під час кожного дзвінка: причина дзвінка, що запитати, які номери дати.
campaigns-source = Кому телефонувати
campaigns-source-list = Список (CSV-файл або комірки, скопійовані з електронної таблиці)
campaigns-source-filter = Мешканці, з якими давно не було контакту
campaigns-list-field = Вставте список
campaigns-list-hint = Одна людина в рядку: ім'я, телефон, потім за бажанням мова (fr, ar, en…) і примітка. Роздільник — крапка з комою, кома або табуляція; рядок заголовків допускається. Не більше 5000 людей.
campaigns-filter-months = Ні запису на прийом, ні звернення за останні
campaigns-months = { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}
campaigns-create = Створити кампанію
campaigns-created-ok = Кампанію створено: можна починати дзвонити.
campaigns-closed-ok = Кампанію завершено.
campaigns-closed-hint = Цю кампанію завершено: більше нікому не телефонують.
campaigns-finished = Усім уже зателефонували.
campaigns-called = Дзвінок записано.
campaigns-resume = Повернутися до мого поточного дзвінка
campaigns-nobody-left = У цій кампанії телефонувати більше нікому.
campaigns-next = Зателефонувати наступній людині
campaigns-people = Люди зі списку
campaigns-person = Людина
campaigns-phone = Телефон
campaigns-status = Стан
campaigns-attempts = Дзвінки
campaigns-last-call = Останній дзвінок
campaigns-note = Нотатка
campaigns-close = Завершити кампанію
campaigns-close-hint = Після завершення кампанії дзвінки припиняються; список і його результати залишаються доступними.
campaigns-call-title = Дзвінок
campaigns-no-call = У вас немає поточного дзвінка в цій кампанії.
campaigns-language = Мова
campaigns-detail = Примітка
campaigns-last-note = Нотатка про останній дзвінок
campaigns-attempts-before = { $count ->
    [0] перший дзвінок
    [one] уже телефонували { $count } раз
    [few] уже телефонували { $count } рази
    [many] уже телефонували { $count } разів
   *[other] уже телефонували { $count } рази
}
campaigns-outcome = Як пройшов дзвінок?
campaigns-outcome-reached = Додзвонилися
campaigns-outcome-no-answer = Немає відповіді
campaigns-outcome-wrong-number = Неправильний номер
campaigns-outcome-declined = Просить більше не телефонувати
campaigns-save-next = Записати й зателефонувати наступній
campaigns-save = Записати й повернутися до кампанії
campaigns-status-to-call = Зателефонувати
campaigns-status-reached = Додзвонилися
campaigns-status-unreachable = Не додзвонилися за 3 дзвінки
campaigns-status-wrong-number = Неправильний номер
campaigns-status-declined = Відмова
campaigns-error-title = Дайте кампанії назву (не більше 120 символів).
campaigns-error-purpose = Напишіть, що казати людям під час дзвінка (не більше 2000 символів).
campaigns-error-service = Такої служби немає: виберіть службу зі списку.
campaigns-error-source = Виберіть, звідки взяти людей для дзвінків: список або мешканці без контакту.
campaigns-error-empty = У списку нікого немає: одна людина в рядку, спочатку ім'я, потім телефон.
campaigns-error-too-many = Список задовгий: не більше 5000 людей в одній кампанії.
campaigns-error-lines = Нічого не збережено: у цих рядках немає імені або придатного номера телефону: { $lines }. Виправте їх і вставте список знову.
campaigns-error-filter = Виберіть строк зі списку.
campaigns-error-nobody = Ніхто не підходить: немає мешканців із телефоном, з якими так довго не було контакту.
campaigns-error-closed = Цю кампанію завершено: більше нікому не телефонують.
campaigns-error-busy = Зараз телефонує одночасно багато консультантів: спробуйте ще раз.
campaigns-error-not-yours = Цей дзвінок уже не ваш (уже записаний або його взяв колега): зателефонуйте наступній людині.
campaigns-error-outcome = Вкажіть, як пройшов дзвінок.
campaigns-error-note = Нотатка задовга (не більше 1000 символів).
