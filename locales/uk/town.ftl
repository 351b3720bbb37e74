# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Хтось інший зберіг цей елемент, поки ви його редагували: нічого не збережено. Показано поточні значення; повторіть зміну, якщо вона ще потрібна.
admin-error-slug = Недійсний ідентифікатор: лише малі латинські літери без діакритики, цифри та дефіси (наприклад mairie-annexe).
admin-error-slug-taken = Цей ідентифікатор уже використовується: виберіть інший.
admin-error-taken = Цей ідентифікатор або цю літеру щойно зайняв хтось інший: виберіть інший варіант.
admin-error-email = Недійсна адреса електронної пошти: перевірте її (наприклад accueil@mairie.fr).
admin-error-site-appointments = У цьому місці ще є заплановані записи: перенесіть або скасуйте їх, перш ніж виводити його з роботи.
admin-error-desk = Недійсна назва віконця: вона обов'язкова й має відрізнятися від інших віконець цього місця.
admin-error-service = Для активної мети візиту виберіть активну службу.
admin-error-letter = Недійсна літера талонів: одна латинська літера від A до Z.
admin-error-letter-taken = Ця літера вже належить іншій службі (навіть виведеній з роботи: її талони досі її мають).
admin-error-position = Недійсна позиція: ціле число від 1 до 999.
admin-error-service-motifs = Ця служба ще має активні цілі візиту: виведіть їх з роботи або перенесіть до іншої служби.
admin-error-import = У файлі є помилки: нічого не збережено. Виправте позначені рядки та знову натисніть «Попередній перегляд».

town-problem-name = немає назви (не більше 200 символів)
town-problem-duration = тривалість: ціле число хвилин, від 5 до 480
town-problem-buffer = перерва: ціле число хвилин, від 0 до 120
town-problem-min-delay = мінімальний термін: ціле число годин, від 0 до 720
town-problem-max-delay = максимальний термін: ціле число днів, від 1 до 366
town-problem-cells = комірок більше, ніж стовпців у заголовку
town-problem-code = недійсний код: малі латинські літери, цифри та дефіси
town-problem-code-twice = цей код уже є в одному з попередніх рядків
town-problem-service = невідома служба: вкажіть її ідентифікатор або назву
town-problem-service-retired = цю службу виведено з роботи
town-problem-online = «en ligne»: напишіть oui або non
town-import-separator = Прочитано лише один стовпець: розділяйте комірки крапкою з комою (;), як це робить французька електронна таблиця.
town-import-column-twice = Стовпець «{ $column }» трапляється в заголовку двічі.
town-import-column-unknown = Невідомий стовпець у заголовку: «{ $column }».
town-import-column-missing = У заголовку немає обов'язкового стовпця: «{ $column }».
town-import-empty = Немає рядків для імпорту: вставте заголовок і хоча б один рядок.

town-slug = Ідентифікатор
town-slug-hint = Використовується в адресах і потім не змінюється: малі латинські літери, цифри та дефіси (наприклад mairie-annexe).
town-create = Створити
town-retired = виведено з роботи
town-retire = Вивести з роботи
town-reactivate = Повернути в роботу
town-site-add = Нове місце прийому
town-site-email = Адреса електронної пошти
town-desks = Віконця
town-desk-label = Назва віконця
town-desk-rename = Перейменувати
town-desk-new = Нове віконце
town-services-title = Служби
town-services-intro = Кожна служба має свою літеру талонів. Службу можна вивести з роботи лише після того, як виведено всі її цілі візиту; минулі талони її зберігають.
town-service-add = Нова служба
town-service-motifs = { $count ->
    [0] немає активних цілей візиту
    [one] { $count } активна мета візиту
    [few] { $count } активні цілі візиту
   *[other] { $count } активних цілей візиту
}
town-service-name = Назва служби
town-service-letter = Літера талонів
town-service-letter-hint = Латинська літера від A до Z, лише для цієї служби: E для E001, E002…
town-service-position = Позиція у списках
town-service-experts = Ведуть фахівці
town-service-experts-hint = Записи цієї служби одразу надходять фахівцю, який їх приймає.
town-motif-add = Нова мета візиту
town-motif-service = Служба
town-import-title = Імпорт цілей візиту
town-import-how = Очікуваний файл
town-import-help = Збережіть таблицю у форматі CSV (роздільник — крапка з комою, UTF-8), відкрийте її в текстовому редакторі та вставте нижче. Рядок, код якого вже існує, оновлює цю мету візиту; інші створюють нову.
town-import-columns = Перший рядок: назви стовпців.
town-import-defaults = Обов'язкові: code, nom, service, durée. Якщо стовпця немає, перерва дорівнює 0, «en ligne» — oui, мінімальний термін — 2 години, максимальний — 60 днів. Потрібні документи розділяються вертикальною рискою (|).
town-import-example = Приклад:
town-import-text = Вміст файлу CSV
town-import-preview = Попередній перегляд
town-import-preview-title = Попередній перегляд
town-import-ready = { $count ->
    [one] { $count } рядок готовий до збереження.
    [few] { $count } рядки готові до збереження.
   *[other] { $count } рядків готові до збереження.
}
town-import-wrong = { $count ->
    [0] Файл неможливо прочитати: нічого не буде збережено.
    [one] У { $count } рядку є помилки: нічого не буде збережено, доки їх не виправлено.
   *[other] У { $count } рядках є помилки: нічого не буде збережено, доки їх не виправлено.
}
town-import-line = Рядок
town-import-what = Результат
town-import-new = нова мета візиту
town-import-update = оновлення
town-import-confirm = Зберегти всі цілі візиту
