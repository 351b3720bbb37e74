# Counsellors' agenda.

agenda-show = Показать
agenda-agent = Сотрудник
agenda-all-agents = Все сотрудники
agenda-day = День
agenda-navigation = Навигация по расписанию
agenda-previous-day = Предыдущий день
agenda-next-day = Следующий день
agenda-day-view = День
agenda-week-view = Неделя
agenda-week-of = Неделя с { $date }
agenda-count = { $count -> 
    [0] записей нет
    [one] { $count } запись
    [few] { $count } записи
   *[other] { $count } записей
}
agenda-empty = Записей нет.
agenda-time = Время
agenda-resident = Посетитель
agenda-needs = Потребности
agenda-status = Статус
agenda-actions = Действия
agenda-interpreter = Переводчик: { $language }
agenda-speaks = Говорит: { $language }
agenda-check-in = Пришёл
agenda-no-show = Не пришёл
agenda-cancel = Отменить…
agenda-cancel-reason = Причина отмены
agenda-cancel-confirm = Отменить запись
agenda-reason-resident-request = По просьбе посетителя
agenda-reason-agent-unavailable = Сотрудник недоступен
agenda-reason-closure = Место закрыто
agenda-reason-other = Другая причина
agenda-error-reason = Выберите причину отмены из списка.
agenda-book = Записать посетителя
agenda-booked = Запись { $reference } создана; посетитель уведомлён.
agenda-choose = Выберите…
agenda-see-times = Показать время
agenda-back = Назад к расписанию
