# 日期。
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $year }年{ $month }{ $day }日 { $weekday }
date-short = { $month }{ $day }日 { $weekday }

date-weekday-1 = 星期一
date-weekday-2 = 星期二
date-weekday-3 = 星期三
date-weekday-4 = 星期四
date-weekday-5 = 星期五
date-weekday-6 = 星期六
date-weekday-7 = 星期日

date-month-1 = 1月
date-month-2 = 2月
date-month-3 = 3月
date-month-4 = 4月
date-month-5 = 5月
date-month-6 = 6月
date-month-7 = 7月
date-month-8 = 8月
date-month-9 = 9月
date-month-10 = 10月
date-month-11 = 11月
date-month-12 = 12月
