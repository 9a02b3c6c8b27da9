//! Offers: the terms (title, start date, salary), the states an offer goes through, and
//! its approval chain: each affiliate lists the roles that must approve, in order, and
//! nobody approves an offer they made.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::staff::Role;

/// Active ISO 4217 currency codes.
const CURRENCIES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL \
BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL \
GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD \
KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD \
OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP \
SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

/// How often the salary is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SalaryPeriod {
    Year,
    Month,
    Hour,
}

impl SalaryPeriod {
    /// Every period.
    pub const ALL: [Self; 3] = [Self::Year, Self::Month, Self::Hour];

    /// The form and stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
            Self::Hour => "hour",
        }
    }

    /// Parses a form or stored value.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == raw.trim())
    }
}

/// An offer's terms, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferTerms {
    pub title: String,
    pub start_date: NaiveDate,
    /// Hundredths of the currency's unit (cents), so hourly rates can have them.
    pub salary_cents: i64,
    pub currency: String,
    pub period: SalaryPeriod,
    pub notes: Option<String>,
}

/// The offer form's fields.
pub struct RawOffer<'a> {
    pub title: &'a str,
    pub start_date: &'a str,
    pub salary: &'a str,
    pub currency: &'a str,
    pub period: &'a str,
    pub notes: &'a str,
}

/// Highest salary amount accepted, in whole units (a typing slip beyond it is caught).
const MAX_SALARY_UNITS: i64 = 1_000_000_000;

/// Reads an amount such as `85000`, `85,000`, `85 000.50` into cents.
pub fn parse_amount(raw: &str) -> Option<i64> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\''))
        .collect();
    let (units, cents) = match cleaned.split_once('.') {
        Some((units, cents)) if (1..=2).contains(&cents.len()) => (units, cents),
        Some(_) => return None,
        None => (cleaned.as_str(), "0"),
    };
    if units.is_empty()
        || !units.bytes().all(|b| b.is_ascii_digit())
        || !cents.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let units: i64 = units.parse().ok().filter(|u| *u <= MAX_SALARY_UNITS)?;
    let cents: i64 = format!("{cents:0<2}").parse().ok()?;
    let total = units * 100 + cents;
    (total > 0).then_some(total)
}

/// `85,000` or `45.50`: an amount in cents as people read it.
pub fn show_amount(cents: i64) -> String {
    let units = cents / 100;
    let digits = units.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match cents % 100 {
        0 => grouped,
        rest => format!("{grouped}.{rest:02}"),
    }
}

/// Checks the form: every field says what is wrong with it.
pub fn parse_terms(
    raw: &RawOffer<'_>,
    today: NaiveDate,
) -> Result<OfferTerms, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let title = raw.title.trim();
    if title.is_empty() || title.chars().count() > 200 || title.chars().any(char::is_control) {
        errors.push((
            "title",
            "Give the position's title, at most 200 characters.",
        ));
    }
    let start_date = NaiveDate::parse_from_str(raw.start_date.trim(), "%Y-%m-%d").ok();
    match start_date {
        None => errors.push(("start_date", "Give the start date as YYYY-MM-DD.")),
        Some(date) if date < today => errors.push(("start_date", "The start date has passed.")),
        Some(date) if date.year() > today.year() + 2 => {
            errors.push(("start_date", "The start date must be within two years."));
        }
        Some(_) => {}
    }
    let salary = parse_amount(raw.salary);
    if salary.is_none() {
        errors.push((
            "salary",
            "Give the salary as a positive amount, such as 85000 or 45.50.",
        ));
    }
    let currency = raw.currency.trim().to_ascii_uppercase();
    if currency.len() != 3 || !CURRENCIES.split(' ').any(|c| c == currency) {
        errors.push((
            "currency",
            "Choose an ISO 4217 currency, such as USD, EUR or JPY.",
        ));
    }
    let period = SalaryPeriod::parse(raw.period);
    if period.is_none() {
        errors.push(("period", "Choose per year, per month or per hour."));
    }
    let notes = raw.notes.replace("\r\n", "\n");
    let notes = notes.trim();
    if notes.chars().count() > 5000
        || notes
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        errors.push(("notes", "Notes can be at most 5,000 characters of text."));
    }
    match (errors.is_empty(), start_date, salary, period) {
        (true, Some(start_date), Some(salary_cents), Some(period)) => Ok(OfferTerms {
            title: title.to_owned(),
            start_date,
            salary_cents,
            currency,
            period,
            notes: (!notes.is_empty()).then(|| notes.to_owned()),
        }),
        _ => Err(errors),
    }
}

/// Every currency code, for the form's list.
pub fn currencies() -> Vec<&'static str> {
    CURRENCIES.split(' ').collect()
}

/// Where an offer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    Draft,
    PendingApproval,
    Approved,
    Rejected,
    Extended,
    Accepted,
    Declined,
    Withdrawn,
}

/// What staff may do to an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferStep {
    /// Change the terms (a draft or a rejected offer).
    Edit,
    /// Send it for approval (a new round after a rejection).
    Submit,
    /// Record that the applicant has been made the offer.
    Extend,
    /// Record the applicant's answer.
    Accept,
    Decline,
    /// Take it back before the applicant answered.
    Withdraw,
}

impl OfferStatus {
    const ALL: [Self; 8] = [
        Self::Draft,
        Self::PendingApproval,
        Self::Approved,
        Self::Rejected,
        Self::Extended,
        Self::Accepted,
        Self::Declined,
        Self::Withdrawn,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::PendingApproval => "pending_approval",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Extended => "extended",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// How people read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Draft => "Draft",
            Self::PendingApproval => "Waiting for approval",
            Self::Approved => "Approved",
            Self::Rejected => "Rejected by an approver",
            Self::Extended => "Extended to the applicant",
            Self::Accepted => "Accepted",
            Self::Declined => "Declined",
            Self::Withdrawn => "Withdrawn",
        }
    }

    /// Whether the offer is still in play (an application has at most one such).
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Accepted | Self::Declined | Self::Withdrawn)
    }

    /// The state a step leads to, if the step is allowed now.
    pub fn after(self, step: OfferStep) -> Option<Self> {
        use OfferStatus::*;
        use OfferStep::*;
        match (self, step) {
            (Draft | Rejected, Edit) => Some(self),
            (Draft | Rejected, Submit) => Some(PendingApproval),
            (Approved, Extend) => Some(Extended),
            (Extended, Accept) => Some(Accepted),
            (Extended, Decline) => Some(Declined),
            (Draft | PendingApproval | Approved | Rejected | Extended, Withdraw) => Some(Withdrawn),
            _ => None,
        }
    }
}

/// An approval chain: the roles that approve an affiliate's offers, in order.
pub fn default_chain() -> Vec<Role> {
    vec![Role::HiringManager, Role::HrAdmin]
}

/// Reads a chain from the form: 1 to 4 roles, in order.
pub fn parse_chain(raw: &[&str]) -> Result<Vec<Role>, &'static str> {
    let chain: Vec<Role> = raw
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .map(|r| Role::parse(r).ok_or("An approver is not one of the roles."))
        .collect::<Result<_, _>>()?;
    if chain.is_empty() || chain.len() > 4 {
        return Err("An approval chain has 1 to 4 approvers.");
    }
    Ok(chain)
}

/// Whether `approver` (with `role`) may decide a step asking for `step_role` of an offer
/// that `maker` made: the role the step names, and never one's own offer.
pub fn may_decide(step_role: Role, role: Role, approver: i32, maker: Option<i32>) -> bool {
    role == step_role && maker != Some(approver)
}

/// An approver's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

impl Decision {
    /// Parses the form's value.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "approve" => Some(Self::Approve),
            "reject" => Some(Self::Reject),
            _ => None,
        }
    }

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approved",
            Self::Reject => "rejected",
        }
    }
}

/// Checks an approver's comment: optional to approve, required to reject.
pub fn parse_comment(decision: Decision, raw: &str) -> Result<Option<String>, &'static str> {
    let comment = raw.replace("\r\n", "\n");
    let comment = comment.trim();
    if comment.chars().count() > 2000
        || comment
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err("A comment can be at most 2,000 characters of text.");
    }
    if comment.is_empty() && decision == Decision::Reject {
        return Err("Say why you reject the offer.");
    }
    Ok((!comment.is_empty()).then(|| comment.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).expect("date")
    }

    fn raw<'a>(salary: &'a str, currency: &'a str) -> RawOffer<'a> {
        RawOffer {
            title: "Senior Engineer",
            start_date: "2027-02-01",
            salary,
            currency,
            period: "year",
            notes: "",
        }
    }

    #[test]
    fn amounts_read_as_people_write_them() {
        assert_eq!(parse_amount("85000"), Some(8_500_000));
        assert_eq!(parse_amount("85,000"), Some(8_500_000));
        assert_eq!(parse_amount("85 000.5"), Some(8_500_050));
        assert_eq!(parse_amount("45.50"), Some(4550));
        for bad in [
            "",
            "0",
            "-5",
            "1e6",
            "12.345",
            "abc",
            "1.2.3",
            "99999999999",
            "NaN",
            "٣٠٠",
        ] {
            assert_eq!(parse_amount(bad), None, "{bad:?}");
        }
        assert_eq!(show_amount(8_500_000), "85,000");
        assert_eq!(show_amount(4550), "45.50");
        assert_eq!(show_amount(12_345_678_900), "123,456,789");
    }

    #[test]
    fn terms_are_checked_field_by_field() {
        let terms = parse_terms(&raw("120000", "eur"), today()).expect("valid");
        assert_eq!(
            (terms.currency.as_str(), terms.period),
            ("EUR", SalaryPeriod::Year)
        );
        let errors = parse_terms(
            &RawOffer {
                title: "",
                start_date: "2026-12-06",
                salary: "lots",
                currency: "XYZ",
                period: "week",
                notes: &"x".repeat(5001),
            },
            today(),
        )
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                "title",
                "start_date",
                "salary",
                "currency",
                "period",
                "notes"
            ]
        );
        assert!(
            parse_terms(
                &RawOffer {
                    start_date: "2029-01-01",
                    ..raw("1", "USD")
                },
                today()
            )
            .is_err()
        );
        assert!(parse_terms(&raw("1", "JPY"), today()).is_ok());
    }

    #[test]
    fn offers_move_only_along_their_steps() {
        use OfferStatus::*;
        use OfferStep::*;
        assert_eq!(Draft.after(Submit), Some(PendingApproval));
        assert_eq!(
            Rejected.after(Submit),
            Some(PendingApproval),
            "revised, a new round"
        );
        assert_eq!(Approved.after(Extend), Some(Extended));
        assert_eq!(Extended.after(Accept), Some(Accepted));
        assert_eq!(Extended.after(Decline), Some(Declined));
        for (status, step) in [
            (PendingApproval, Extend),
            (PendingApproval, Edit),
            (Draft, Extend),
            (Approved, Accept),
            (Accepted, Withdraw),
            (Declined, Submit),
            (Withdrawn, Edit),
        ] {
            assert_eq!(status.after(step), None, "{status:?} {step:?}");
        }
        for status in OfferStatus::ALL {
            assert_eq!(OfferStatus::parse(status.as_str()), Some(status));
        }
        assert!(Extended.is_open() && !Accepted.is_open());
    }

    #[test]
    fn approvers_decide_their_role_s_step_and_never_their_own_offer() {
        assert!(may_decide(
            Role::HiringManager,
            Role::HiringManager,
            7,
            Some(3)
        ));
        assert!(!may_decide(
            Role::HiringManager,
            Role::HiringManager,
            3,
            Some(3)
        ));
        assert!(!may_decide(Role::HrAdmin, Role::Recruiter, 7, Some(3)));
        assert!(
            !may_decide(Role::HiringManager, Role::HrAdmin, 7, Some(3)),
            "the step's role only"
        );
        assert_eq!(
            parse_chain(&["hiring_manager", "", "hr_admin"]),
            Ok(vec![Role::HiringManager, Role::HrAdmin])
        );
        assert!(parse_chain(&[]).is_err() && parse_chain(&["boss"]).is_err());
        assert_eq!(parse_comment(Decision::Approve, " "), Ok(None));
        assert!(parse_comment(Decision::Reject, "").is_err());
        assert_eq!(
            parse_comment(Decision::Reject, "Over budget"),
            Ok(Some("Over budget".to_owned()))
        );
    }
}
