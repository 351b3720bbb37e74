//! The resident's contact details for an appointment: a name, and a mobile phone and/or an
//! e-mail address. Phone numbers are normalised to E.164 (`+33612345678`) so that SMS
//! providers accept them; French habits (`06 12 34 56 78`, `0033…`) are understood.
//! Errors carry the Fluent id of the message shown to the resident.

use serde::{Deserialize, Serialize};

/// A phone number in E.164 form.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Reads what a resident typed. Spaces, dots, dashes and brackets are ignored; a
    /// national French number (ten digits from 0) gets +33; `00` means `+`.
    pub fn parse(input: &str) -> Result<PhoneNumber, ContactError> {
        let trimmed = input.trim();
        let plus = trimmed.starts_with('+');
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        if trimmed
            .chars()
            .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')' | '+' | '/')))
        {
            return Err(ContactError::Phone);
        }
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if digits.len() == 10 && digits.starts_with('0') {
            format!("33{}", &digits[1..])
        } else {
            return Err(ContactError::Phone);
        };
        // French numbers: +33 then nine digits, the first not 0 ("+33 0 6…" is a common slip).
        let international = match international.strip_prefix("330") {
            Some(rest) if rest.len() == 9 => format!("33{rest}"),
            _ => international,
        };
        if international.starts_with("33") && international.len() != 11 {
            return Err(ContactError::Phone);
        }
        // E.164: a country code and at most fifteen digits in all.
        if !(8..=15).contains(&international.len()) || international.starts_with('0') {
            return Err(ContactError::Phone);
        }
        Ok(PhoneNumber(format!("+{international}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it can receive SMS: in France, mobiles start with 6 or 7. Numbers abroad
    /// are given the benefit of the doubt.
    pub fn is_probably_mobile(&self) -> bool {
        match self.0.strip_prefix("+33") {
            Some(rest) => rest.starts_with('6') || rest.starts_with('7'),
            None => true,
        }
    }

    /// `+33 6 12 •• •• 78`: enough for the resident to recognise it, not to read it.
    pub fn masked(&self) -> String {
        let digits = &self.0[1..];
        let keep_end = 2;
        let shown = 4.min(digits.len().saturating_sub(keep_end));
        let hidden = digits.len() - shown - keep_end;
        format!(
            "+{}{}{}",
            &digits[..shown],
            "•".repeat(hidden),
            &digits[digits.len() - keep_end..]
        )
    }
}

/// The calling codes the town sends SMS to: France and its overseas numbers by default
/// (`GUICHET_SMS_COUNTRY_CODES` changes it). Texts cost the town per message, and
/// international premium numbers are the usual way to turn a public form into a
/// money pump; an SMS asked for another number is refused at the form, and never sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmsCountries(Vec<String>);

static SMS_COUNTRIES: std::sync::OnceLock<SmsCountries> = std::sync::OnceLock::new();

impl SmsCountries {
    /// Metropolitan France (+33) and the overseas codes of the ITU-T E.164 list, as the
    /// ARCEP numbering plan gives them: Réunion and Mayotte (+262), Saint-Pierre-et-Miquelon
    /// (+508), Guadeloupe, Saint-Barthélemy and Saint-Martin (+590), Guyane (+594),
    /// Martinique (+596), Wallis-et-Futuna (+681), Nouvelle-Calédonie (+687) and
    /// Polynésie française (+689).
    pub const FRANCE: [&str; 9] = ["33", "262", "508", "590", "594", "596", "681", "687", "689"];

    /// `33, 262, +32`: calling codes, with or without `+`.
    pub fn parse(list: &str) -> Result<SmsCountries, String> {
        let codes = list
            .split(',')
            .map(|c| c.trim().trim_start_matches('+'))
            .filter(|c| !c.is_empty())
            .map(|c| {
                let ok = (1..=3).contains(&c.len())
                    && c.chars().all(|d| d.is_ascii_digit())
                    && !c.starts_with('0');
                ok.then(|| c.to_owned())
                    .ok_or_else(|| format!("'{c}' is not a calling code such as 33"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        match codes.is_empty() {
            true => Err("no calling code given".into()),
            false => Ok(SmsCountries(codes)),
        }
    }

    pub fn france() -> SmsCountries {
        SmsCountries(Self::FRANCE.iter().map(|c| (*c).to_owned()).collect())
    }

    /// Whether an SMS may go to `phone`. Calling codes are prefix-free, so the number's
    /// start says its country.
    pub fn allows(&self, phone: &PhoneNumber) -> bool {
        let digits = &phone.0[1..];
        self.0.iter().any(|code| digits.starts_with(code.as_str()))
    }

    /// Makes these the codes of this process (the server, once at start-up).
    pub fn install(self) {
        // Set once; a second call (tests starting several servers) keeps the first.
        let _ = SMS_COUNTRIES.set(self);
    }

    /// The codes in force: the installed ones, France until then.
    pub fn current() -> &'static SmsCountries {
        SMS_COUNTRIES.get_or_init(SmsCountries::france)
    }
}

/// An e-mail address, checked for shape only (the confirmation e-mail proves the rest).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, ContactError> {
        let value = input.trim();
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(ContactError::Email);
        };
        let valid = !local.is_empty()
            && local.len() <= 64
            && value.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !value
                .chars()
                .any(|c| c.is_whitespace() || c == ',' || c == ';' || c == '<' || c == '>');
        if valid {
            // Domains are case-insensitive; the local part is kept as typed.
            Ok(EmailAddress(format!("{local}@{}", domain.to_lowercase())))
        } else {
            Err(ContactError::Email)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `c•••••@exemple.fr`
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or((&self.0, ""));
        let first: String = local.chars().take(1).collect();
        format!(
            "{first}{}@{domain}",
            "•".repeat(local.chars().count().saturating_sub(1).max(3))
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactError {
    Name,
    Phone,
    Email,
    /// A number the town sends no SMS to (see [`SmsCountries`]).
    PhoneCountry,
    /// Neither a phone number nor an e-mail address: nobody could be told of a change.
    NoWayToReach,
}

impl ContactError {
    pub fn message_id(self) -> &'static str {
        match self {
            ContactError::Name => "contact-error-name",
            ContactError::Phone => "contact-error-phone",
            ContactError::Email => "contact-error-email",
            ContactError::PhoneCountry => "contact-error-phone-country",
            ContactError::NoWayToReach => "contact-error-none",
        }
    }
}

/// Checked contact details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub phone: Option<PhoneNumber>,
    pub email: Option<EmailAddress>,
}

impl Contact {
    /// Checks a form where the phone number is for texts (the resident's own booking,
    /// waitlist): [`Contact::parse`], and the number in the town's SMS countries.
    pub fn parse_for_texts(
        name: &str,
        phone: &str,
        email: &str,
    ) -> Result<Contact, Vec<ContactError>> {
        let contact = Contact::parse(name, phone, email)?;
        match &contact.phone {
            Some(p) if !SmsCountries::current().allows(p) => Err(vec![ContactError::PhoneCountry]),
            _ => Ok(contact),
        }
    }

    /// Checks a form: every problem is reported, so the resident fixes them all at once.
    pub fn parse(name: &str, phone: &str, email: &str) -> Result<Contact, Vec<ContactError>> {
        let mut errors = Vec::new();
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() || name.chars().count() > 120 {
            errors.push(ContactError::Name);
        }
        let phone = (!phone.trim().is_empty())
            .then(|| PhoneNumber::parse(phone))
            .transpose()
            .unwrap_or_else(|e| {
                errors.push(e);
                None
            });
        let email = (!email.trim().is_empty())
            .then(|| EmailAddress::parse(email))
            .transpose()
            .unwrap_or_else(|e| {
                errors.push(e);
                None
            });
        if phone.is_none() && email.is_none() && errors.is_empty() {
            errors.push(ContactError::NoWayToReach);
        }
        if errors.is_empty() {
            Ok(Contact { name, phone, email })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone(s: &str) -> Result<String, ContactError> {
        PhoneNumber::parse(s).map(|p| p.as_str().to_owned())
    }

    #[test]
    fn texts_go_to_france_and_its_overseas_numbers_only_by_default() {
        let france = SmsCountries::france();
        let allows = |s: &str| france.allows(&PhoneNumber::parse(s).unwrap());
        assert!(allows("06 12 34 56 78"));
        assert!(allows("+262 692 12 34 56")); // La Réunion
        assert!(allows("+262 639 12 34 56")); // Mayotte
        assert!(allows("+590 690 12 34 56")); // Guadeloupe
        assert!(allows("+687 75 12 34")); // Nouvelle-Calédonie
        assert!(!allows("+44 7700 900123"));
        assert!(!allows("+269 332 12 34")); // Comores, not Mayotte
        assert!(!allows("+32 470 12 34 56"));
        let belgium_too = SmsCountries::parse("33, +32").unwrap();
        assert!(belgium_too.allows(&PhoneNumber::parse("+32 470 12 34 56").unwrap()));
        assert!(SmsCountries::parse("").is_err());
        assert!(SmsCountries::parse("33,abc").is_err());
        assert!(SmsCountries::parse("0033").is_err());
        // The resident's own forms say so, beside the phone field.
        let refused = Contact::parse_for_texts("Ana", "+44 7700 900123", "").unwrap_err();
        assert_eq!(refused, vec![ContactError::PhoneCountry]);
        assert!(Contact::parse_for_texts("Ana", "", "ana@example.org").is_ok());
    }

    #[test]
    fn french_numbers_as_people_write_them() {
        assert_eq!(phone("06 12 34 56 78").unwrap(), "+33612345678");
        assert_eq!(phone("06.12.34.56.78").unwrap(), "+33612345678");
        assert_eq!(phone("0612345678").unwrap(), "+33612345678");
        assert_eq!(phone("+33 6 12 34 56 78").unwrap(), "+33612345678");
        assert_eq!(phone("+33 (0)6 12 34 56 78").unwrap(), "+33612345678");
        assert_eq!(phone("0033 6 12 34 56 78").unwrap(), "+33612345678");
        assert_eq!(phone("01 23 45 67 89").unwrap(), "+33123456789");
    }

    #[test]
    fn international_numbers() {
        assert_eq!(phone("+380 67 123 4567").unwrap(), "+380671234567");
        assert_eq!(phone("00212 6 12 34 56 78").unwrap(), "+212612345678");
        assert_eq!(phone("+44 7911 123456").unwrap(), "+447911123456");
    }

    #[test]
    fn what_is_not_a_phone_number() {
        for bad in [
            "",
            "612345678",
            "06 12 34 56",
            "+33 6 12 34 56 78 90",
            "06-12-AB-56-78",
            "+0123456789",
            "+1234567890123456",
        ] {
            assert_eq!(phone(bad), Err(ContactError::Phone), "{bad:?}");
        }
    }

    #[test]
    fn mobiles_and_masks() {
        let mobile = PhoneNumber::parse("06 12 34 56 78").unwrap();
        assert!(mobile.is_probably_mobile());
        assert!(
            !PhoneNumber::parse("01 23 45 67 89")
                .unwrap()
                .is_probably_mobile()
        );
        assert_eq!(mobile.masked(), "+3361•••••78");
        assert!(!mobile.masked().contains("3456"));
        let email = EmailAddress::parse("camille.martin@Exemple.FR").unwrap();
        assert_eq!(email.as_str(), "camille.martin@exemple.fr");
        assert_eq!(email.masked(), "c•••••••••••••@exemple.fr");
    }

    #[test]
    fn email_shapes() {
        assert!(EmailAddress::parse(" a@b.fr ").is_ok());
        for bad in [
            "",
            "a",
            "a@b",
            "@b.fr",
            "a@.fr",
            "a@b..fr",
            "a b@c.fr",
            "a@b.fr, c@d.fr",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(ContactError::Email),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_form_reports_every_problem_at_once() {
        assert_eq!(
            Contact::parse("", "123", "nope"),
            Err(vec![
                ContactError::Name,
                ContactError::Phone,
                ContactError::Email
            ])
        );
        assert_eq!(
            Contact::parse("Amina Diallo", "", ""),
            Err(vec![ContactError::NoWayToReach])
        );
        let ok = Contact::parse("  Amina   Diallo ", "06 12 34 56 78", "").unwrap();
        assert_eq!(ok.name, "Amina Diallo");
        assert_eq!(ok.phone.unwrap().as_str(), "+33612345678");
        assert!(ok.email.is_none());
    }
}
