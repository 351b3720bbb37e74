# Мовна панель (/agent/interpretation): тексти інтерфейсу. Самі фрази
# містяться в phrasebook.ftl.

panel-choose-language = Спершу виберіть мову мешканця.
panel-language = Мова мешканця
panel-find-language = Знайти мову (українською або самою цією мовою)
panel-search = Шукати
panel-no-language = Жодна мова не відповідає.
panel-situations = Ситуації
panel-search-phrases = Знайти фразу французькою
panel-results = Результати пошуку
panel-no-phrase = Жодна фраза не відповідає.
panel-phrase = Вибрана фраза
panel-french = Французька
panel-show = Показати мешканцю
panel-values = Доповнити фразу
panel-value-date = Дата
panel-value-time = Час
panel-value-place = Місце
panel-value-desk = Віконце
panel-value-service = Служба
panel-value-amount = Сума в євро
panel-value-amount-hint = Наприклад, 25 або 25,50.
panel-value-motif = Документи з питання
panel-value-documents = Документи, які потрібно принести
panel-value-documents-hint = По одному документу в рядку, французькою, або виберіть питання вище.
panel-value-count = Кількість
panel-value-days = Кількість днів
panel-value-gender = Узгодження фрази (стать мешканця)
panel-gender-unspecified = Не вказано
panel-gender-female = Жіночий
panel-gender-male = Чоловічий
panel-fill = Доповнити
panel-error-value = Не вдалося прочитати значення: виправте позначене поле. Поки що у фразі на його місці залишається пропуск.
panel-answers = Відповіді мешканця
panel-resident-said = Мешканець відповів:
panel-back = Повернутися до панелі

speech-read-aloud = Прочитати вголос
speech-voice = Голос
speech-no-voice = На цьому робочому місці немає голосу для цієї мови: краще покажіть текст мешканцю.

# Назви мов мовою інтерфейсу (назва самою мовою береться з коду).
language-fr = французька
language-en = англійська
language-ar = арабська
language-fa = перська
language-es = іспанська
language-pt = португальська
language-tr = турецька
language-ro = румунська
language-ru = російська
language-uk = українська
language-zh = китайська

# Екран мешканця, під'єднаний до панелі (/interpretation).
pairing-title = Екран мешканця
pairing-intro = Планшет або другий екран, повернутий до мешканця, показує фрази, які ви надсилаєте, і передає вам його відповіді. Нічого з розмови не зберігається.
pairing-start = Під'єднати екран
pairing-code = Код під'єднання:
pairing-how = На екрані мешканця відкрийте адресу { $address } у Guichet і введіть цей код.
pairing-joined = Екран мешканця під'єднано.
pairing-resident-tapped = Мешканець вибрав:
pairing-send = Надіслати на екран мешканця
pairing-end = Завершити розмову
pairing-none = Жоден екран не під'єднано (можливо, розмову вже завершено): під'єднайте його знову.
pairing-screen-page = Екран мешканця
pairing-ask-intro = Введіть код, показаний на мовній панелі консультанта.
pairing-code-label = Код під'єднання (6 цифр)
pairing-open = Відкрити
pairing-unknown-code = Цей код не відповідає жодній поточній розмові. Перевірте його на панелі консультанта: розмова завершується разом із візитом.
pairing-code-taken = Цей код уже відкрито на іншому екрані. Попросіть консультанта завершити розмову й показати новий код.
# Тексти самого екрана, мовою мешканця.
pairing-screen-title = Тут з Вами говорить працівник
pairing-screen-waiting = Добрий день. Працівник писатиме тут Вашою мовою.
pairing-screen-answers = Натисніть на свою відповідь:
pairing-screen-sent = Надіслано працівникові:
pairing-screen-ended = Розмову завершено. Дякуємо і до побачення.

# Перекладачі (/agent/interpretation/interpretes і панель).
interpreters-title = Перекладачі
interpreters-back-to-panel = Повернутися до мовної панелі
interpreters-my-languages = Ваші мови: { $languages }.
interpreters-new-request = Новий запит на перекладача ({ $language }): { $place }, від { $name }.
interpreters-requests = Запити за сьогодні
interpreters-no-request = Сьогодні немає активних запитів на перекладача.
interpreters-my-appointments = Записи, на яких я перекладаю
interpreters-appointments = Записи, для яких потрібен перекладач (найближчі 14 днів)
interpreters-no-appointment = Для жодного майбутнього запису перекладач не потрібен.
interpreters-when = Дата і час
interpreters-language = Мова
interpreters-where = Місце і питання
interpreters-interpreter = Перекладач
interpreters-coming = { $name } уже в дорозі.
interpreters-waiting = Очікування перекладача.
interpreters-nobody-on-duty = Зараз на зміні немає перекладачів з цієї мови.
interpreters-on-duty = На зміні: { $names }.
interpreters-asked-by = запит від { $name } о { $time }
interpreters-accept = Уже йду
interpreters-cancel = Скасувати запит
interpreters-none = Немає
interpreters-assign = Призначити
interpreters-panel-title = Перекладач
interpreters-ask = Викликати перекладача ({ $language })
interpreters-asked-at = Запит надіслано о { $time }: перекладачів на зміні сповіщено.
interpreters-error-gone = Цього запиту або запису більше не існує.
interpreters-error-not-yours = Прийняти цей запит може лише перекладач, який володіє цією мовою.
interpreters-error-taken = Цей запит уже прийняв інший перекладач.
interpreters-error-not-allowed = Перекладачі не призначають себе на записи самі: це робить консультант або керівник.
interpreters-error-language = Цей перекладач не володіє мовою, потрібною для цього запису.
interpreters-error-busy = У цього перекладача вже є запис на цей час.

# Фрази мерії (/agent/interpretation/phrases).
local-phrases-title = Фрази мерії
local-phrases-intro = Фрази, додані мерією, з'являються на мовній панелі у своїй ситуації, щойно працівник, який володіє мовою, перевірить їхній переклад.
local-phrases-none = Доданих фраз поки немає.
local-phrases-no-translation = Перекладу поки немає.
local-phrases-verified-by = Перевірено: { $name }
local-phrases-not-verified = Не перевірено
local-phrases-verify = Схвалити переклад ({ $language })
local-phrases-retire = Прибрати фразу
local-phrases-add = Додати фразу
local-phrases-french = Фраза французькою
local-phrases-translations = Переклади
local-phrases-translations-hint = Залиште порожніми мови, на які ще ніхто не переклав. Кожен переклад має статус «Не перевірено», доки його не схвалить працівник, який володіє цією мовою.
local-phrases-save = Зберегти фразу
local-phrases-saved = Фразу збережено. Її переклади чекають на перевірку.
local-phrases-verified = Переклад схвалено: тепер він показується на панелі.
local-phrases-link = Фрази мерії
local-phrases-error-french = Напишіть фразу французькою.
local-phrases-error-long = Фраза або переклад задовгі (не більше 300 символів).
local-phrases-error-situation = Виберіть ситуацію зі списку.
local-phrases-error-not-speaker = Схвалити переклад може лише працівник, який володіє цією мовою.
local-phrases-error-gone = Цього перекладу більше не існує.
panel-procedure-sheets = Пам'ятки щодо процедур
panel-procedure-sheets-in = Пам'ятки щодо процедур, мова: { $language }
