# Datas.
# $weekday and $month come from the messages below, in the form a date needs.

date-long = { $weekday }, { $day } de { $month } de { $year }
date-short = { $weekday }, { $day } de { $month }

date-weekday-1 = segunda-feira
date-weekday-2 = terça-feira
date-weekday-3 = quarta-feira
date-weekday-4 = quinta-feira
date-weekday-5 = sexta-feira
date-weekday-6 = sábado
date-weekday-7 = domingo

date-month-1 = janeiro
date-month-2 = fevereiro
date-month-3 = março
date-month-4 = abril
date-month-5 = maio
date-month-6 = junho
date-month-7 = julho
date-month-8 = agosto
date-month-9 = setembro
date-month-10 = outubro
date-month-11 = novembro
date-month-12 = dezembro
