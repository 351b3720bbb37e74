# Date.
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $weekday }, { $day } { $month } { $year }
date-short = { $weekday }, { $day } { $month }

date-weekday-1 = luni
date-weekday-2 = marți
date-weekday-3 = miercuri
date-weekday-4 = joi
date-weekday-5 = vineri
date-weekday-6 = sâmbătă
date-weekday-7 = duminică

date-month-1 = ianuarie
date-month-2 = februarie
date-month-3 = martie
date-month-4 = aprilie
date-month-5 = mai
date-month-6 = iunie
date-month-7 = iulie
date-month-8 = august
date-month-9 = septembrie
date-month-10 = octombrie
date-month-11 = noiembrie
date-month-12 = decembrie
