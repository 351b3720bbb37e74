# Amounts in euros.
money-decimal-separator = .
money-euros = €{ $amount }
