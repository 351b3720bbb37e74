# Дати (місяці в родовому відмінку).
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $weekday }, { $day } { $month } { $year }
date-short = { $weekday }, { $day } { $month }

date-weekday-1 = понеділок
date-weekday-2 = вівторок
date-weekday-3 = середа
date-weekday-4 = четвер
date-weekday-5 = пʼятниця
date-weekday-6 = субота
date-weekday-7 = неділя

date-month-1 = січня
date-month-2 = лютого
date-month-3 = березня
date-month-4 = квітня
date-month-5 = травня
date-month-6 = червня
date-month-7 = липня
date-month-8 = серпня
date-month-9 = вересня
date-month-10 = жовтня
date-month-11 = листопада
date-month-12 = грудня
