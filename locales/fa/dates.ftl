# تاریخ‌ها (میلادی).
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $weekday } { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month }

date-weekday-1 = دوشنبه
date-weekday-2 = سه‌شنبه
date-weekday-3 = چهارشنبه
date-weekday-4 = پنجشنبه
date-weekday-5 = جمعه
date-weekday-6 = شنبه
date-weekday-7 = یکشنبه

date-month-1 = ژانویه
date-month-2 = فوریه
date-month-3 = مارس
date-month-4 = آوریل
date-month-5 = مه
date-month-6 = ژوئن
date-month-7 = ژوئیه
date-month-8 = اوت
date-month-9 = سپتامبر
date-month-10 = اکتبر
date-month-11 = نوامبر
date-month-12 = دسامبر
