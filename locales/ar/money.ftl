# Montants en euros.
money-decimal-separator = ,
money-euros = { $amount } €
