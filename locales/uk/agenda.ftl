# Counsellors' agenda.

agenda-show = Показати
agenda-agent = Працівник
agenda-all-agents = Усі працівники
agenda-day = День
agenda-navigation = Навігація розкладом
agenda-previous-day = Попередній день
agenda-next-day = Наступний день
agenda-day-view = День
agenda-week-view = Тиждень
agenda-week-of = Тиждень з { $date }
agenda-count = { $count -> 
    [0] записів немає
    [one] { $count } запис
    [few] { $count } записи
   *[other] { $count } записів
}
agenda-empty = Записів немає.
agenda-time = Час
agenda-resident = Відвідувач
agenda-needs = Потреби
agenda-status = Стан
agenda-actions = Дії
agenda-interpreter = Перекладач: { $language }
agenda-speaks = Розмовляє: { $language }
agenda-check-in = Прийшов
agenda-no-show = Не прийшов
agenda-cancel = Скасувати…
agenda-cancel-reason = Причина скасування
agenda-cancel-confirm = Скасувати запис
agenda-reason-resident-request = На прохання відвідувача
agenda-reason-agent-unavailable = Працівник недоступний
agenda-reason-closure = Місце зачинене
agenda-reason-other = Інша причина
agenda-error-reason = Виберіть причину скасування зі списку.
agenda-book = Записати відвідувача
agenda-booked = Запис { $reference } створено; відвідувача повідомлено.
agenda-choose = Виберіть…
agenda-see-times = Показати час
agenda-back = Назад до розкладу
