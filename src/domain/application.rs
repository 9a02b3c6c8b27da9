//! An application as the form sends it, parsed into validated values (docs/product.md, applying). The
//! date of birth is used for the age check inside [`NewApplication::parse`] and dropped
//! there: no type outside this function can hold it.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use validator::{ValidateEmail, ValidateUrl};

use super::age::is_adult;
use super::country::Country;

/// Longest full name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest email address, in bytes (RFC 5321).
pub const MAX_EMAIL_LEN: usize = 254;
/// Longest phone number, in characters.
pub const MAX_PHONE_CHARS: usize = 32;
/// Longest cover letter, in characters.
pub const MAX_COVER_LETTER_CHARS: usize = 10_000;
/// Longest profile URL, in characters.
pub const MAX_URL_CHARS: usize = 2_000;

/// A person's name in any script: trimmed, 1–200 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FullName(String);

impl FullName {
    /// Parses a name, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let name = raw.trim();
        if name.is_empty() {
            return Err("name-required");
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err("name-too-long");
        }
        if name.chars().any(char::is_control) {
            return Err("name-control");
        }
        Ok(Self(name.to_owned()))
    }

    /// The name as entered.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An email address: valid, at most 254 characters, the domain lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Parses an address, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let email = raw.trim();
        if email.is_empty() {
            return Err("email-required");
        }
        if email.len() > MAX_EMAIL_LEN {
            return Err("email-too-long");
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err("email-invalid");
        };
        // The validator accepts dotless domains ("user@localhost"): no mail reaches those.
        if !email.validate_email() || !domain.contains('.') || domain.ends_with('.') {
            return Err("email-invalid");
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    /// The address, domain lower-cased.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone number: digits, spaces and `+ - ( )`, at most 32 characters, with a digit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone(String);

impl Phone {
    /// Parses a number, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let phone = raw.trim();
        if phone.chars().count() > MAX_PHONE_CHARS {
            return Err("phone-too-long");
        }
        let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')');
        if !phone.chars().all(allowed) || !phone.chars().any(|c| c.is_ascii_digit()) {
            return Err("phone-invalid");
        }
        Ok(Self(phone.to_owned()))
    }

    /// The number as entered.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A cover letter: at most 10,000 characters, line breaks and tabs the only control
/// characters, line endings normalised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverLetter(String);

impl CoverLetter {
    /// Parses a letter, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let letter = raw.replace("\r\n", "\n").replace('\r', "\n");
        let letter = letter.trim();
        if letter.chars().count() > MAX_COVER_LETTER_CHARS {
            return Err("cover-letter-too-long");
        }
        if letter
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err("cover-letter-control");
        }
        Ok(Self(letter.to_owned()))
    }

    /// The letter.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A profile link: an `http` or `https` URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileUrl(String);

impl ProfileUrl {
    /// Parses a URL, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let url = raw.trim();
        let lower = url.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        if url.chars().count() > MAX_URL_CHARS
            || !web
            || !url.validate_url()
            || url.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err("url-invalid");
        }
        Ok(Self(url.to_owned()))
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The form's text fields as they arrive, untrusted.
#[derive(Debug, Clone, Default)]
pub struct RawApplication<'a> {
    pub full_name: Option<&'a str>,
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub country: Option<&'a str>,
    pub date_of_birth: Option<&'a str>,
    pub cover_letter: Option<&'a str>,
    pub profile_url: Option<&'a str>,
    pub consent_privacy: bool,
    pub consent_transfer: bool,
    pub talent_pool: bool,
}

/// A message id (`locales/*/apply.ftl`) per form field that could not be accepted,
/// keyed by the field's name: the page shows it in its own language.
pub type FieldErrors = BTreeMap<&'static str, &'static str>;

/// Why a form cannot become an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// One or more fields are wrong: the form is shown again with these messages.
    Invalid(FieldErrors),
    /// The applicant is under 18: nothing of the submission may be kept.
    Underage,
}

/// A validated application's applicant data. It has no date of birth: only the time the
/// age check passed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApplication {
    pub full_name: FullName,
    pub email: Email,
    pub phone: Option<Phone>,
    pub country: String,
    pub cover_letter: Option<CoverLetter>,
    pub profile_url: Option<ProfileUrl>,
    pub consent_transfer: bool,
    pub talent_pool: bool,
    pub age_verified_at: DateTime<Utc>,
}

/// Parses a `YYYY-MM-DD` date of birth that could be real on `today`.
fn parse_birth_date(raw: &str, today: NaiveDate) -> Result<NaiveDate, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("dob-required");
    }
    let date = (raw.len() == 10)
        .then(|| NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok())
        .flatten()
        .ok_or("dob-format")?;
    if date > today || date < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN) {
        return Err("dob-check");
    }
    Ok(date)
}

/// An optional field's text, if it has any.
fn present(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// The value of a field, or its message recorded in `errors`.
fn take<T>(
    errors: &mut FieldErrors,
    name: &'static str,
    result: Result<T, &'static str>,
) -> Option<T> {
    result.map_err(|message| errors.insert(name, message)).ok()
}

impl NewApplication {
    /// Parses the form at `now`. An applicant under 18 is refused before anything else
    /// is looked at; otherwise every field's problem is reported at once.
    pub fn parse(raw: RawApplication<'_>, now: DateTime<Utc>) -> Result<Self, Rejection> {
        let mut errors = FieldErrors::new();
        let today = now.date_naive();
        let birth = take(
            &mut errors,
            "date_of_birth",
            parse_birth_date(raw.date_of_birth.unwrap_or(""), today),
        );
        if birth.is_some_and(|birth| !is_adult(birth, today)) {
            return Err(Rejection::Underage);
        }

        let full_name = take(
            &mut errors,
            "full_name",
            FullName::parse(raw.full_name.unwrap_or("")),
        );
        let email = take(&mut errors, "email", Email::parse(raw.email.unwrap_or("")));
        let phone = present(raw.phone).and_then(|p| take(&mut errors, "phone", Phone::parse(p)));
        let country = take(
            &mut errors,
            "country",
            Country::parse(raw.country.unwrap_or("")).ok_or("country-required"),
        );
        let cover_letter = present(raw.cover_letter)
            .and_then(|c| take(&mut errors, "cover_letter", CoverLetter::parse(c)));
        let profile_url = present(raw.profile_url)
            .and_then(|u| take(&mut errors, "profile_url", ProfileUrl::parse(u)));
        if !raw.consent_privacy {
            errors.insert("consent_privacy", "consent-privacy-required");
        }
        let needs_transfer = country.is_some_and(|c| c.needs_transfer_consent());
        if needs_transfer && !raw.consent_transfer {
            errors.insert("consent_transfer", "consent-transfer-required");
        }
        if !errors.is_empty() {
            return Err(Rejection::Invalid(errors));
        }
        match (full_name, email, country) {
            (Some(full_name), Some(email), Some(country)) => Ok(Self {
                full_name,
                email,
                phone,
                country: country.code().to_owned(),
                cover_letter,
                profile_url,
                consent_transfer: needs_transfer && raw.consent_transfer,
                talent_pool: raw.talent_pool,
                age_verified_at: now,
            }),
            // Unreachable: a missing value always leaves an error behind.
            _ => Err(Rejection::Invalid(errors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
            .single()
            .expect("time")
    }

    fn valid() -> RawApplication<'static> {
        RawApplication {
            full_name: Some("  José Ólafur 王小明  "),
            email: Some("Jose.Olafur@Example.COM"),
            phone: Some("+44 (0)20 7946-0958"),
            country: Some("gb"),
            date_of_birth: Some("1990-04-23"),
            cover_letter: Some("Hello\r\nthere"),
            profile_url: Some("https://example.com/~jose?x=1"),
            consent_privacy: true,
            consent_transfer: true,
            talent_pool: true,
        }
    }

    fn errors(raw: RawApplication<'_>) -> FieldErrors {
        match NewApplication::parse(raw, now()) {
            Err(Rejection::Invalid(errors)) => errors,
            other => panic!("expected field errors, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_form_parses_and_keeps_no_birth_date() {
        let app = NewApplication::parse(valid(), now()).expect("valid");
        assert_eq!(app.full_name.as_str(), "José Ólafur 王小明");
        assert_eq!(
            app.email.as_str(),
            "Jose.Olafur@example.com",
            "only the domain is lower-cased"
        );
        assert_eq!(app.country, "GB");
        assert_eq!(
            app.cover_letter.as_ref().map(CoverLetter::as_str),
            Some("Hello\nthere")
        );
        assert_eq!(app.age_verified_at, now());
        let json = serde_json::to_string(&app).expect("json");
        assert!(
            !json.contains("1990"),
            "no trace of the date of birth: {json}"
        );
    }

    #[test]
    fn under_18_is_refused_whatever_else_is_wrong() {
        let raw = RawApplication {
            date_of_birth: Some("2008-11-28"),
            full_name: None,
            ..valid()
        };
        assert_eq!(NewApplication::parse(raw, now()), Err(Rejection::Underage));
        let raw = RawApplication {
            date_of_birth: Some("2008-11-27"),
            ..valid()
        };
        assert!(
            NewApplication::parse(raw, now()).is_ok(),
            "18 today is old enough"
        );
    }

    #[test]
    fn every_missing_required_field_gets_its_own_message() {
        let found = errors(RawApplication::default());
        for field in [
            "full_name",
            "email",
            "country",
            "date_of_birth",
            "consent_privacy",
        ] {
            assert!(found.contains_key(field), "{field}");
        }
        assert!(!found.contains_key("phone") && !found.contains_key("consent_transfer"));
    }

    #[test]
    fn transfer_consent_is_required_outside_the_us_only() {
        let raw = RawApplication {
            consent_transfer: false,
            ..valid()
        };
        assert!(errors(raw).contains_key("consent_transfer"));
        let raw = RawApplication {
            consent_transfer: false,
            country: Some("US"),
            ..valid()
        };
        let app = NewApplication::parse(raw, now()).expect("US needs no transfer consent");
        assert!(!app.consent_transfer);
    }

    #[test]
    fn names_are_bounded_and_free_of_control_characters() {
        assert!(FullName::parse(&"é".repeat(200)).is_ok());
        assert!(FullName::parse(&"é".repeat(201)).is_err());
        assert!(FullName::parse("Ana\nBanana").is_err());
        assert!(FullName::parse("Ana\u{0}").is_err());
        assert!(FullName::parse("   ").is_err());
        assert_eq!(
            FullName::parse("<script>alert(1)</script>").map(|n| n.0),
            Ok("<script>alert(1)</script>".into())
        );
        assert!(
            FullName::parse("Robert'); DROP TABLE candidates;--").is_ok(),
            "stored as text, not refused"
        );
    }

    #[test]
    fn emails_must_be_deliverable_shaped_and_bounded() {
        for bad in [
            "",
            "plain",
            "a@b",
            "a@@b.com",
            "a b@c.com",
            "<a@b.com>",
            "a@b.com.",
            "a@.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
        let long_local = format!("{}@example.com", "a".repeat(64));
        assert!(Email::parse(&long_local).is_ok());
        let too_long = format!("{}@{}.com", "a".repeat(64), "b".repeat(190));
        assert!(Email::parse(&too_long).is_err());
        assert_eq!(
            Email::parse(" x@Ünï.Example ").map(|e| e.0),
            Ok("x@ünï.example".into())
        );
    }

    #[test]
    fn phones_allow_only_their_characters() {
        assert!(Phone::parse("+1 (206) 555-0100").is_ok());
        assert!(Phone::parse("555 0100 ext 4").is_err());
        assert!(Phone::parse("+()-").is_err());
        assert!(Phone::parse(&"1".repeat(33)).is_err());
    }

    #[test]
    fn profile_urls_are_web_addresses() {
        assert!(ProfileUrl::parse("https://github.com/jose").is_ok());
        assert!(ProfileUrl::parse("HTTP://example.com").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.com",
            "https://",
            "example.com",
            "https://a b.com",
            "data:text/html,x",
        ] {
            assert!(ProfileUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cover_letters_are_bounded() {
        assert!(CoverLetter::parse(&"x".repeat(10_000)).is_ok());
        assert!(CoverLetter::parse(&"x".repeat(10_001)).is_err());
        assert!(CoverLetter::parse("tab\tand\nnewline").is_ok());
        assert!(CoverLetter::parse("bell\u{7}").is_err());
    }

    #[test]
    fn birth_dates_must_be_real_past_dates_in_iso_form() {
        for bad in [
            "1990-02-30",
            "23/04/1990",
            "1990-4-23",
            "2027-01-01",
            "1899-12-31",
            "abc",
            "1990-04-23T00:00",
        ] {
            let raw = RawApplication {
                date_of_birth: Some(bad),
                ..valid()
            };
            assert!(errors(raw).contains_key("date_of_birth"), "{bad}");
        }
        let raw = RawApplication {
            date_of_birth: Some("2000-02-29"),
            ..valid()
        };
        assert!(
            NewApplication::parse(raw, now()).is_ok(),
            "a leap day is a real birthday"
        );
    }
}
