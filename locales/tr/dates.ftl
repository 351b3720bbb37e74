# Tarihler.
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $day } { $month } { $year } { $weekday }
date-short = { $day } { $month } { $weekday }

date-weekday-1 = Pazartesi
date-weekday-2 = Salı
date-weekday-3 = Çarşamba
date-weekday-4 = Perşembe
date-weekday-5 = Cuma
date-weekday-6 = Cumartesi
date-weekday-7 = Pazar

date-month-1 = Ocak
date-month-2 = Şubat
date-month-3 = Mart
date-month-4 = Nisan
date-month-5 = Mayıs
date-month-6 = Haziran
date-month-7 = Temmuz
date-month-8 = Ağustos
date-month-9 = Eylül
date-month-10 = Ekim
date-month-11 = Kasım
date-month-12 = Aralık
