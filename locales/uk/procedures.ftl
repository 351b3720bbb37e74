# Картки процедур: сторінки для мешканців (/demarches) і для працівників (/agent/demarches).

procedures-title = Процедури
procedures-intro = Що потрібно знати і що взяти з собою для кожної процедури — французькою мовою для легкого читання та вашою мовою.
procedures-search-label = Знайти процедуру
procedures-search = Шукати
procedures-results = { $count ->
    [0] Немає карток за запитом «{ $query }»
    [one] { $count } картка за запитом «{ $query }»
    [few] { $count } картки за запитом «{ $query }»
    [many] { $count } карток за запитом «{ $query }»
   *[other] { $count } картки за запитом «{ $query }»
}
procedures-no-result = Спробуйте інше слово або запитайте в приймальні: ми відповімо вам вашою мовою.
procedures-back = Усі процедури
procedures-back-to-sheet = Повернутися до картки
procedures-to-falc = Версія для легкого читання
procedures-to-standard = Повна версія
procedures-print = Надрукувати
procedures-print-hint = Щоб надрукувати цю сторінку на аркуші A4, скористайтеся командою «Друк» у вашому браузері (Ctrl + P).
procedures-qr = QR-код для переходу до картки онлайн
procedures-languages = Мови картки
procedures-variant-standard = Повна версія
procedures-variant-falc = Легке читання
procedures-out-of-date = Французька версія цієї картки змінилася після цього перекладу: можливо, переклад уже неточний.
procedures-read-french = Читати французьку версію
procedures-not-translated = Цю картку ще не перекладено вашою мовою: ось вона французькою.
procedures-audience = Для кого?
procedures-situations = Ваша ситуація
procedures-steps = Етапи
procedures-documents = Документи, які потрібно взяти з собою
procedures-cost = Скільки це коштує?
procedures-free = Безкоштовно
procedures-delay = Строк
procedures-delay-on-the-spot = Одразу на місці
procedures-delay-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
procedures-delay-range = { $max ->
    [one] Від { $min } до { $max } дня
   *[other] Від { $min } до { $max } днів
}
procedures-where = Куди звертатися?
procedures-appointment-required = Лише за записом.
procedures-appointment-recommended = За записом або без нього; за записом вам не доведеться чекати.
procedures-appointment-none = Без запису, у години роботи.
procedures-book = Записатися на прийом
procedures-online = Онлайн
procedures-online-link = Оформити онлайн
procedures-note-know = Варто знати:
procedures-note-warning = Увага:
procedures-legal = Нормативні тексти
procedures-sources = Джерела
procedures-reviewed = Картку перевірено: { $date }
procedures-version = версія { $version }, опублікована: { $date }
procedures-falc-checked = Версію для легкого читання перевірив(-ла) { $who }, { $date }

# Працівники
procedures-staff-title = Картки процедур
procedures-staff-intro = Та сама відповідь для всіх: кожна картка, її версія для легкого читання, її переклади та її версії. Мешканці завжди читають опубліковану версію.
procedures-translations-of = Що перекласти мовою
procedures-no-language = (мову не вибрано)
procedures-tasks = { $count ->
    [0] Перекладати нічого
    [one] { $count } текст потрібно перекласти або оновити
    [few] { $count } тексти потрібно перекласти або оновити
    [many] { $count } текстів потрібно перекласти або оновити
   *[other] { $count } тексту потрібно перекласти або оновити
}
procedures-tasks-none = Усі картки перекладено цією мовою, переклади актуальні.
procedures-tasks-caption = Тексти, які потрібно перекласти або оновити
procedures-sheet = Картка
procedures-variant = Версія
procedures-state = Стан
procedures-actions = Дії
procedures-translate = Перекласти
procedures-sheets-count = { $count ->
    [one] { $count } картка
    [few] { $count } картки
    [many] { $count } карток
   *[other] { $count } картки
}
procedures-service = Служба
procedures-reviewed-on = Дата перевірки
procedures-falc = Легке читання
procedures-falc-ok = Перевірено людиною, для якої її написано
procedures-falc-to-check = Потрібно дати на перевірку
procedures-to-translate = Мови для перекладу
procedures-draft = Чернетка
procedures-published = Опубліковано
procedures-translation-missing = Потрібно перекласти
procedures-translation-up-to-date = Актуально
procedures-translation-to-update = Потрібно оновити
procedures-translation-out-of-date = Застаріло (читачів попереджено)
procedures-back-staff = Усі картки
procedures-public-page = Сторінка для мешканців
procedures-edit-standard = Змінити повну версію
procedures-edit-falc = Змінити версію для легкого читання
procedures-staff-notes = Нотатки для працівників
procedures-owner = Картку веде { $name }
procedures-translations = Переклади
procedures-language = Мова
procedures-versions = Версії
procedures-when = Дата
procedures-author = Автор
procedures-falc-check = Перевірка людиною, для якої написано текст
procedures-edit-minor = Незначна зміна
procedures-edit-medium = Середня зміна
procedures-edit-major = Суттєва зміна

# Редактор
procedures-editor-title = Змінити картку
procedures-editing = { $variant }, мова: { $language }
procedures-published-ok = Опубліковано: тепер мешканці читають цю версію.
procedures-draft-ok = Чернетку збережено: мешканці й далі читають опубліковану версію.
procedures-facts-ok = Відомості картки збережено.
procedures-checked-ok = Перевірку записано.
procedures-draft-pending = Чернетка чекає на публікацію: мешканці поки що читають опубліковану версію.
procedures-french-beside = Французький текст для перекладу
procedures-advice = Поради щодо зрозумілості тексту
procedures-advice-long-sentence = Довге речення: розділіть його
procedures-advice-rare-word = Рідкісне слово: замініть або поясніть його
procedures-advice-abbreviation = Скорочення: напишіть повністю
procedures-edit-level = Значущість зміни
procedures-edit-level-hint = Середня: переклади потрібно оновити. Суттєва (змінюється факт: ціна, строк, документ): крім того, попереджають їхніх читачів.
procedures-part-title = Заголовок
procedures-part-summary = Коротко
procedures-part-audience = Для кого
procedures-part-keywords = Інші слова для пошуку
procedures-part-situations = Ситуації
procedures-part-steps = Етапи
procedures-part-documents = Документи, які потрібно взяти з собою
procedures-part-costs = Вартість
procedures-part-delay = Пояснення щодо строку
procedures-part-online = Онлайн
procedures-part-notes = Врізки
procedures-keywords-hint = Через кому: скорочення, повсякденні слова.
procedures-situations-hint = Одна ситуація в рядку: ситуація, потім «|» і що вона змінює.
procedures-lines-hint = Один етап у рядку.
procedures-documents-hint = Один документ у рядку; якщо він потрібен лише в одному випадку, додайте «|» і цей випадок.
procedures-costs-hint = Один випадок у рядку: сума в євро (0, якщо безкоштовно), потім «|» і випадок.
procedures-notes-hint = Одна врізка в рядку; почніть із «!» для «Варто знати» або з «!!» для «Увага».
procedures-delay-min = Найкоротший строк (днів)
procedures-delay-max = Найдовший строк (днів)
procedures-save-draft = Зберегти чернетку
procedures-publish = Опублікувати
procedures-falc-check-hint = Версію для легкого читання перевіряє людина, для якої її написано. Кожна нова версія потребує окремої перевірки.
procedures-checked-by = Хто перевірив
procedures-checked-on = Дата перевірки
procedures-record-check = Записати перевірку
procedures-facts = Відомості картки
procedures-motif = Мета візиту
procedures-no-motif = (без запису на прийом)
procedures-appointment = Запис на прийом
procedures-online-url = Адреса онлайн-процедури
procedures-references-hint = Одне посилання в рядку: назва, потім «|» і адреса (https://…).
procedures-owner-field = Працівник, який веде картку
procedures-no-owner = (ніхто)
procedures-save-facts = Зберегти відомості

procedures-error-too-long = Одне з полів задовге.
procedures-error-too-many = У списку забагато рядків (не більше 30).
procedures-error-situation = Після кожної ситуації потрібен знак «|» і те, що вона змінює.
procedures-error-cost = Кожен рядок вартості починається із суми в євро, потім «|» і випадок.
procedures-error-delay = Строк має йти від певної кількості днів до такої самої або більшої.
procedures-error-missing = Одна з частин картки порожня: потрібні всі частини — заголовок, короткий опис, для кого, ситуації, етапи, документи, вартість, строк і «онлайн».
procedures-error-url = Адреса має починатися з https://.
procedures-error-language = Ця мова не пропонується.
procedures-error-version = Такої версії картки не існує.
procedures-error-level = Вкажіть, незначна, середня чи суттєва це зміна.
procedures-error-no-french = Спершу опублікуйте французьку версію.
procedures-error-shape = Переклад має містити ті самі частини, що й французький текст: стільки ж ситуацій, етапів, документів і врізок, ті самі суми й ті самі строки.
procedures-error-sources = Потрібен принаймні один нормативний текст і одне джерело з адресою.
procedures-error-appointment = Виберіть, чи потрібен запис на прийом.
procedures-error-date = Недійсна дата (РРРР-ММ-ДД, не в майбутньому).
procedures-error-motif = Такої мети візиту не існує.
procedures-error-owner = Такого працівника не існує.
procedures-error-checked-by = Вкажіть, хто перевірив картку.
procedures-error-no-falc = Спершу опублікуйте версію для легкого читання.
procedures-read-aloud = Прочитати вголос
procedures-stop-reading = Зупинити читання
procedures-no-voice = На цьому пристрої немає голосу для цієї мови.
procedures-of-kind = Пам'ятки, що відповідають на звернення типу «{ $kind }».
