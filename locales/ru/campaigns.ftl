## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Кампании обзвона
campaigns-intro = Сами выходим на связь с жителями: список людей, которым нужно позвонить по одному поводу (жара, запись в школу, напоминание о процедуре). Каждый консультант берёт следующего человека; никому не звонят двое одновременно, и каждый звонок записывается как контакт.
campaigns-back-residents = Назад к жителям
campaigns-back = Все кампании
campaigns-back-campaign = Назад к кампании
campaigns-list = Кампании
campaigns-none = Кампаний пока нет.
campaigns-name = Название
campaigns-service = Служба
campaigns-no-service = Все службы
campaigns-created = Создана
campaigns-progress = Ход работы
campaigns-left = Осталось позвонить: { $left } из { $people }
campaigns-left-short = { $left ->
    [0] звонить больше некому
    [one] ещё { $left } человек в очереди на звонок
    [few] ещё { $left } человека в очереди на звонок
    [many] ещё { $left } человек в очереди на звонок
   *[other] ещё { $left } человека в очереди на звонок
}
campaigns-closed = Завершена
campaigns-new = Новая кампания
campaigns-purpose = Что говорить
campaigns-purpose-hint = Консультант читает это при каждом звонке: причина звонка, что спросить, какие номера дать.
campaigns-source = Кому звонить
campaigns-source-list = Список (CSV-файл или ячейки, скопированные из электронной таблицы)
campaigns-source-filter = Жители, с которыми давно не было контакта
campaigns-list-field = Вставьте список
campaigns-list-hint = Один человек в строке: имя, телефон, затем при желании язык (fr, ar, en…) и примечание. Разделитель — точка с запятой, запятая или табуляция; строка заголовков допускается. Не более 5000 человек.
campaigns-filter-months = Ни записи на приём, ни обращения за последние
campaigns-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}
campaigns-create = Создать кампанию
campaigns-created-ok = Кампания создана: можно начинать звонить.
campaigns-closed-ok = Кампания завершена.
campaigns-closed-hint = Эта кампания завершена: больше никому не звонят.
campaigns-finished = Всем уже позвонили.
campaigns-called = Звонок записан.
campaigns-resume = Вернуться к моему текущему звонку
campaigns-nobody-left = В этой кампании звонить больше некому.
campaigns-next = Позвонить следующему
campaigns-people = Люди в списке
campaigns-person = Человек
campaigns-phone = Телефон
campaigns-status = Состояние
campaigns-attempts = Звонки
campaigns-last-call = Последний звонок
campaigns-note = Заметка
campaigns-close = Завершить кампанию
campaigns-close-hint = После завершения кампании звонки прекращаются; список и его результаты остаются доступными.
campaigns-call-title = Звонок
campaigns-no-call = У вас нет текущего звонка в этой кампании.
campaigns-language = Язык
campaigns-detail = Примечание
campaigns-last-note = Заметка о последнем звонке
campaigns-attempts-before = { $count ->
    [0] первый звонок
    [one] уже звонили { $count } раз
    [few] уже звонили { $count } раза
    [many] уже звонили { $count } раз
   *[other] уже звонили { $count } раза
}
campaigns-outcome = Как прошёл звонок?
campaigns-outcome-reached = Дозвонились
campaigns-outcome-no-answer = Нет ответа
campaigns-outcome-wrong-number = Неверный номер
campaigns-outcome-declined = Просит больше не звонить
campaigns-save-next = Записать и позвонить следующему
campaigns-save = Записать и вернуться к кампании
campaigns-status-to-call = Позвонить
campaigns-status-reached = Дозвонились
campaigns-status-unreachable = Не дозвонились за 3 звонка
campaigns-status-wrong-number = Неверный номер
campaigns-status-declined = Отказ
campaigns-error-title = Дайте кампании название (не более 120 символов).
campaigns-error-purpose = Напишите, что говорить людям при звонке (не более 2000 символов).
campaigns-error-service = Такой службы нет: выберите службу из списка.
campaigns-error-source = Выберите, откуда взять людей для звонков: список или жители без контакта.
campaigns-error-empty = В списке никого нет: один человек в строке, сначала имя, затем телефон.
campaigns-error-too-many = Список слишком длинный: не более 5000 человек в одной кампании.
campaigns-error-lines = Ничего не сохранено: в этих строках нет имени или пригодного номера телефона: { $lines }. Исправьте их и вставьте список снова.
campaigns-error-filter = Выберите срок из списка.
campaigns-error-nobody = Никто не подходит: нет жителей с телефоном, с которыми так долго не было контакта.
campaigns-error-closed = Эта кампания завершена: больше никому не звонят.
campaigns-error-busy = Сейчас звонят сразу много консультантов: попробуйте ещё раз.
campaigns-error-not-yours = Этот звонок уже не ваш (уже записан или его взял коллега): позвоните следующему человеку.
campaigns-error-outcome = Укажите, как прошёл звонок.
campaigns-error-note = Заметка слишком длинная (не более 1000 символов).
