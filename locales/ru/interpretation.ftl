# Языковая панель (/agent/interpretation): тексты интерфейса. Сами фразы
# находятся в phrasebook.ftl.

panel-choose-language = Сначала выберите язык жителя.
panel-language = Язык жителя
panel-find-language = Найти язык (по-русски или на самом этом языке)
panel-search = Найти
panel-no-language = Подходящих языков нет.
panel-situations = Ситуации
panel-search-phrases = Найти фразу на французском
panel-results = Результаты поиска
panel-no-phrase = Подходящих фраз нет.
panel-phrase = Выбранная фраза
panel-french = Французский
panel-show = Показать жителю
panel-values = Дополнить фразу
panel-value-date = Дата
panel-value-time = Время
panel-value-place = Место
panel-value-desk = Окно
panel-value-service = Служба
panel-value-amount = Сумма в евро
panel-value-amount-hint = Например, 25 или 25,50.
panel-value-motif = Документы по вопросу
panel-value-documents = Документы, которые нужно принести
panel-value-documents-hint = По одному документу в строке, на французском, или выберите вопрос выше.
panel-value-count = Количество
panel-value-days = Количество дней
panel-value-gender = Согласование фразы (пол жителя)
panel-gender-unspecified = Не указан
panel-gender-female = Женский
panel-gender-male = Мужской
panel-fill = Дополнить
panel-error-value = Не удалось прочитать значение: исправьте отмеченное поле. Пока во фразе на его месте остаётся пропуск.
panel-answers = Ответы жителя
panel-resident-said = Житель ответил:
panel-back = Вернуться к панели

speech-read-aloud = Прочитать вслух
speech-voice = Голос
speech-no-voice = На этом рабочем месте нет голоса для этого языка: лучше покажите текст жителю.

# Названия языков на языке интерфейса (название на самом языке берётся из кода).
language-fr = французский
language-en = английский
language-ar = арабский
language-fa = персидский
language-es = испанский
language-pt = португальский
language-tr = турецкий
language-ro = румынский
language-ru = русский
language-uk = украинский
language-zh = китайский

# Экран жителя, подключённый к панели (/interpretation).
pairing-title = Экран жителя
pairing-intro = Планшет или второй экран, повёрнутый к жителю, показывает фразы, которые вы отправляете, и передаёт вам его ответы. Ничего из разговора не сохраняется.
pairing-start = Подключить экран
pairing-code = Код подключения:
pairing-how = На экране жителя откройте адрес { $address } в Guichet и введите этот код.
pairing-joined = Экран жителя подключён.
pairing-resident-tapped = Житель выбрал:
pairing-send = Отправить на экран жителя
pairing-end = Завершить разговор
pairing-none = Экран не подключён (возможно, разговор уже завершён): подключите его снова.
pairing-screen-page = Экран жителя
pairing-ask-intro = Введите код, показанный на языковой панели консультанта.
pairing-code-label = Код подключения (6 цифр)
pairing-open = Открыть
pairing-unknown-code = Этот код не соответствует ни одному текущему разговору. Проверьте его на панели консультанта: разговор завершается вместе с визитом.
pairing-code-taken = Этот код уже открыт на другом экране. Попросите консультанта завершить разговор и показать новый код.
# Тексты самого экрана, на языке жителя.
pairing-screen-title = Здесь с Вами говорит сотрудник
pairing-screen-waiting = Здравствуйте. Сотрудник будет писать здесь на Вашем языке.
pairing-screen-answers = Нажмите на свой ответ:
pairing-screen-sent = Отправлено сотруднику:
pairing-screen-ended = Разговор окончен. Спасибо и до свидания.

# Переводчики (/agent/interpretation/interpretes и панель).
interpreters-title = Переводчики
interpreters-back-to-panel = Вернуться к языковой панели
interpreters-my-languages = Ваши языки: { $languages }.
interpreters-new-request = Новый запрос на переводчика ({ $language }): { $place }, от { $name }.
interpreters-requests = Запросы за сегодня
interpreters-no-request = Сегодня нет активных запросов на переводчика.
interpreters-my-appointments = Записи, на которых я перевожу
interpreters-appointments = Записи, для которых нужен переводчик (ближайшие 14 дней)
interpreters-no-appointment = Ни для одной предстоящей записи переводчик не нужен.
interpreters-when = Дата и время
interpreters-language = Язык
interpreters-where = Место и вопрос
interpreters-interpreter = Переводчик
interpreters-coming = { $name } уже в пути.
interpreters-waiting = Ожидание переводчика.
interpreters-nobody-on-duty = Сейчас на смене нет переводчиков с этого языка.
interpreters-on-duty = На смене: { $names }.
interpreters-asked-by = запрос от { $name } в { $time }
interpreters-accept = Уже иду
interpreters-cancel = Отменить запрос
interpreters-none = Нет
interpreters-assign = Назначить
interpreters-panel-title = Переводчик
interpreters-ask = Вызвать переводчика ({ $language })
interpreters-asked-at = Запрос отправлен в { $time }: переводчики на смене оповещены.
interpreters-error-gone = Этого запроса или этой записи больше не существует.
interpreters-error-not-yours = Принять этот запрос может только переводчик, владеющий этим языком.
interpreters-error-taken = Этот запрос уже принял другой переводчик.
interpreters-error-not-allowed = Переводчики не назначают себя на записи сами: это делает консультант или руководитель.
interpreters-error-language = Этот переводчик не владеет языком, запрошенным для этой записи.
interpreters-error-busy = У этого переводчика уже есть запись на это время.

# Фразы мэрии (/agent/interpretation/phrases).
local-phrases-title = Фразы мэрии
local-phrases-intro = Фразы, добавленные мэрией, появляются на языковой панели в своей ситуации, как только сотрудник, владеющий языком, проверит их перевод.
local-phrases-none = Добавленных фраз пока нет.
local-phrases-no-translation = Перевода пока нет.
local-phrases-verified-by = Проверено: { $name }
local-phrases-not-verified = Не проверено
local-phrases-verify = Одобрить перевод ({ $language })
local-phrases-retire = Убрать фразу
local-phrases-add = Добавить фразу
local-phrases-french = Фраза на французском
local-phrases-translations = Переводы
local-phrases-translations-hint = Оставьте пустыми языки, на которые ещё никто не перевёл. Каждый перевод остаётся в статусе «Не проверено», пока его не одобрит сотрудник, владеющий этим языком.
local-phrases-save = Сохранить фразу
local-phrases-saved = Фраза сохранена. Её переводы ждут проверки.
local-phrases-verified = Перевод одобрен: теперь он показывается на панели.
local-phrases-link = Фразы мэрии
local-phrases-error-french = Напишите фразу на французском.
local-phrases-error-long = Фраза или перевод слишком длинные (не более 300 символов).
local-phrases-error-situation = Выберите ситуацию из списка.
local-phrases-error-not-speaker = Одобрить перевод может только сотрудник, владеющий этим языком.
local-phrases-error-gone = Этого перевода больше не существует.
panel-procedure-sheets = Памятки по процедурам
panel-procedure-sheets-in = Памятки по процедурам, язык: { $language }
