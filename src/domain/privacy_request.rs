//! Applicants' privacy requests (docs/product.md, retention and privacy requests): what can be asked, the states a request goes
//! through, its due date, and the corrected contact details. Pure rules; the flow lives
//! in `services::privacy`.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::application::{FieldErrors, FullName, Phone, ProfileUrl};
use super::country::Country;

/// What an applicant asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Access,
    Correction,
    Deletion,
    Withdraw,
}

impl Kind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [Self; 4] = [
        Self::Access,
        Self::Correction,
        Self::Deletion,
        Self::Withdraw,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::Correction => "correction",
            Self::Deletion => "deletion",
            Self::Withdraw => "withdraw",
        }
    }

    /// Parses a submitted or stored name, or says what to do.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or("request-kind-required")
    }

    /// How the applicant and HR admins read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Access => "See and download my data",
            Self::Correction => "Correct my contact details",
            Self::Deletion => "Delete my data",
            Self::Withdraw => "Withdraw all my open applications",
        }
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The link is mailed; nothing happens until it is used.
    Pending,
    /// Verified and being carried out (a withdrawal between its two steps).
    Verified,
    /// A verified deletion that a legal hold or an open offer keeps waiting; the
    /// retention sweep reads this state (`store::retention::DELETION_QUEUED`).
    Queued,
    /// Done.
    Fulfilled,
}

impl Status {
    const ALL: [Self; 4] = [Self::Pending, Self::Verified, Self::Queued, Self::Fulfilled];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Verified => "verified",
            Self::Queued => "queued",
            Self::Fulfilled => "fulfilled",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// How an HR admin reads it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Pending => "Not verified yet",
            Self::Verified => "Verified, in progress",
            Self::Queued => "Waiting (hold or open offer)",
            Self::Fulfilled => "Fulfilled",
        }
    }
}

/// How a request ended, as stored in its `outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The archive was handed over.
    Exported,
    Corrected,
    Deleted,
    Withdrawn,
}

impl Outcome {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exported => "exported",
            Self::Corrected => "corrected",
            Self::Deleted => "deleted",
            Self::Withdrawn => "withdrawn",
        }
    }
}

/// How long the emailed link works.
pub const LINK_HOURS: i64 = 24;
/// Days the portal has to fulfil a verified request (docs/product.md, staff).
pub const RESPONSE_DAYS: i64 = 30;
/// Requests one address may receive links for per hour: the form cannot be used to
/// flood someone's mailbox.
pub const LINKS_PER_EMAIL_PER_HOUR: u64 = 3;
/// How long before a talent-pool consent ends its reminder goes out.
pub const REMINDER_DAYS_BEFORE: i64 = 30;

/// When a link issued at `now` stops working.
pub fn link_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::hours(LINK_HOURS)
}

/// When a request verified at `verified_at` must be fulfilled.
pub fn due_date(verified_at: DateTime<Utc>) -> DateTime<Utc> {
    verified_at + Duration::days(RESPONSE_DAYS)
}

/// Whether a request is past its due date without being fulfilled.
pub fn is_overdue(status: Status, due_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    status != Status::Fulfilled && due_at.is_some_and(|due| due < now)
}

/// Whether a talent-pool consent ending at `expires_at` is due its one reminder: it ends
/// within [`REMINDER_DAYS_BEFORE`] days, has not ended, and no reminder went out.
pub fn reminder_due(
    expires_at: DateTime<Utc>,
    reminded_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    reminded_at.is_none()
        && expires_at > now
        && expires_at <= now + Duration::days(REMINDER_DAYS_BEFORE)
}

/// The contact fields of a correction form as they arrive, untrusted.
#[derive(Debug, Clone, Default)]
pub struct RawCorrection<'a> {
    pub full_name: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub country: Option<&'a str>,
    pub profile_url: Option<&'a str>,
    pub consent_transfer: bool,
}

/// Corrected contact details, validated with the application form's own parsers. An
/// empty phone or profile link removes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub full_name: FullName,
    pub phone: Option<Phone>,
    pub country: Country,
    pub profile_url: Option<ProfileUrl>,
    /// Given with this correction (required when the new country needs it).
    pub consent_transfer: bool,
}

/// An optional field's text, if it has any.
fn present(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

impl Correction {
    /// Parses the form; every field's problem is reported at once.
    pub fn parse(raw: RawCorrection<'_>) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let full_name = FullName::parse(raw.full_name.unwrap_or(""))
            .map_err(|e| errors.insert("full_name", e))
            .ok();
        let phone = present(raw.phone)
            .map(Phone::parse)
            .transpose()
            .map_err(|e| errors.insert("phone", e))
            .ok()
            .flatten();
        let country = Country::parse(raw.country.unwrap_or(""));
        if country.is_none() {
            errors.insert("country", "country-required");
        }
        let profile_url = present(raw.profile_url)
            .map(ProfileUrl::parse)
            .transpose()
            .map_err(|e| errors.insert("profile_url", e))
            .ok()
            .flatten();
        // Data of applicants outside the United States is transferred there: the same
        // consent the application form asks for.
        if country.is_some_and(Country::needs_transfer_consent) && !raw.consent_transfer {
            errors.insert("consent_transfer", "consent-transfer-required");
        }
        match (full_name, country) {
            (Some(full_name), Some(country)) if errors.is_empty() => Ok(Self {
                full_name,
                phone,
                country,
                profile_url,
                consent_transfer: raw.consent_transfer && country.needs_transfer_consent(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
    }

    #[test]
    fn kinds_round_trip_and_nothing_else_parses() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Ok(kind));
        }
        for junk in [
            "",
            "ACCESS",
            "delete",
            "<script>",
            "access'; DROP TABLE x;--",
        ] {
            assert!(Kind::parse(junk).is_err(), "{junk}");
        }
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
    }

    #[test]
    fn a_request_is_due_thirty_days_after_verification() {
        assert_eq!(due_date(at(2026, 1, 31)), at(2026, 3, 2));
        assert_eq!(link_expiry(at(2026, 1, 31)), at(2026, 2, 1));
    }

    #[test]
    fn only_an_unfulfilled_request_past_its_date_is_overdue() {
        let due = Some(at(2026, 3, 1));
        assert!(is_overdue(Status::Queued, due, at(2026, 3, 2)));
        assert!(!is_overdue(Status::Queued, due, at(2026, 2, 28)));
        assert!(!is_overdue(Status::Fulfilled, due, at(2026, 3, 2)));
        assert!(!is_overdue(Status::Pending, None, at(2030, 1, 1)));
    }

    #[test]
    fn a_reminder_is_due_once_in_the_last_thirty_days() {
        let now = at(2026, 1, 1);
        assert!(reminder_due(at(2026, 1, 31), None, now));
        assert!(!reminder_due(at(2026, 2, 1), None, now), "too early");
        assert!(!reminder_due(at(2025, 12, 31), None, now), "already ended");
        assert!(!reminder_due(at(2026, 1, 15), Some(now), now), "sent");
    }

    fn raw() -> RawCorrection<'static> {
        RawCorrection {
            full_name: Some("  Ana Lima "),
            phone: Some(""),
            country: Some("us"),
            profile_url: Some(""),
            consent_transfer: false,
        }
    }

    #[test]
    fn a_correction_uses_the_application_forms_rules() {
        let ok = Correction::parse(raw()).unwrap();
        assert_eq!(ok.full_name.as_str(), "Ana Lima");
        assert_eq!((ok.phone, ok.profile_url), (None, None));
        assert_eq!(ok.country.code(), "US");
        let bad = Correction::parse(RawCorrection {
            full_name: Some(""),
            phone: Some("call me"),
            country: Some("XX"),
            profile_url: Some("javascript:alert(1)"),
            consent_transfer: false,
        })
        .unwrap_err();
        let fields: Vec<_> = bad.keys().copied().collect();
        assert_eq!(fields, ["country", "full_name", "phone", "profile_url"]);
    }

    #[test]
    fn moving_outside_the_united_states_needs_the_transfer_consent() {
        let moved = RawCorrection {
            country: Some("GB"),
            ..raw()
        };
        assert!(
            Correction::parse(moved.clone())
                .unwrap_err()
                .contains_key("consent_transfer")
        );
        let consented = Correction::parse(RawCorrection {
            consent_transfer: true,
            ..moved
        })
        .unwrap();
        assert!(consented.consent_transfer);
    }
}
