# Даты (месяцы в родительном падеже).
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $weekday }, { $day } { $month } { $year }
date-short = { $weekday }, { $day } { $month }

date-weekday-1 = понедельник
date-weekday-2 = вторник
date-weekday-3 = среда
date-weekday-4 = четверг
date-weekday-5 = пятница
date-weekday-6 = суббота
date-weekday-7 = воскресенье

date-month-1 = января
date-month-2 = февраля
date-month-3 = марта
date-month-4 = апреля
date-month-5 = мая
date-month-6 = июня
date-month-7 = июля
date-month-8 = августа
date-month-9 = сентября
date-month-10 = октября
date-month-11 = ноября
date-month-12 = декабря
