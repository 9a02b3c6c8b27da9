//! Staff members: roles, what each may do, and the password rule (docs/product.md, who uses it).

use serde::Serialize;

/// Shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, in characters (docs/product.md: no maximum under 128).
pub const MAX_PASSWORD_CHARS: usize = 128;

/// A staff role. Each includes what the one before it may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    HiringManager,
    Recruiter,
    HrAdmin,
}

impl Role {
    /// Every role, least powerful first.
    pub const ALL: [Self; 3] = [Self::HiringManager, Self::Recruiter, Self::HrAdmin];

    /// The stored (and command-line) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HiringManager => "hiring_manager",
            Self::Recruiter => "recruiter",
            Self::HrAdmin => "hr_admin",
        }
    }

    /// Parses a stored or typed name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == raw.trim())
    }

    /// How people read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::HiringManager => "Hiring manager",
            Self::Recruiter => "Recruiter",
            Self::HrAdmin => "HR admin",
        }
    }

    /// Whether this role includes everything `other` may do.
    pub fn includes(self, other: Role) -> bool {
        self >= other
    }

    /// HR admins see every affiliate; the others only their own.
    pub fn sees_all_affiliates(self) -> bool {
        self == Self::HrAdmin
    }
}

/// The affiliates whose applicant data a staff member may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Affiliates(Vec<i32>),
}

impl Scope {
    /// The scope of a role with the given affiliate memberships.
    pub fn of(role: Role, affiliates: Vec<i32>) -> Self {
        if role.sees_all_affiliates() {
            Self::All
        } else {
            Self::Affiliates(affiliates)
        }
    }

    /// Whether records of this affiliate are in scope.
    pub fn covers(&self, affiliate_id: i32) -> bool {
        match self {
            Self::All => true,
            Self::Affiliates(ids) => ids.contains(&affiliate_id),
        }
    }
}

/// A signed-in staff member as every staff page and query needs them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffMember {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Affiliate ids the member belongs to.
    pub affiliates: Vec<i32>,
    /// The IANA zone the member reads times in.
    pub time_zone: String,
}

impl StaffMember {
    /// The affiliates whose applicant data this member may see.
    pub fn scope(&self) -> Scope {
        Scope::of(self.role, self.affiliates.clone())
    }

    /// The member's time zone (UTC if the stored one is no longer known).
    pub fn zone(&self) -> chrono_tz::Tz {
        super::time_zone::stored_zone(&self.time_zone)
    }

    /// A time as the member reads it: `2026-12-07 15:00 CET`.
    pub fn time(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        super::time_zone::show(at, self.zone())
    }
}

/// A staff email: a valid address, lower-cased whole, so sign-in ignores case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffEmail(String);

impl StaffEmail {
    /// Parses an address, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        // The applicant's rule; its message ids name applicant texts, staff read English.
        let email = super::application::Email::parse(raw).map_err(|id| match id {
            "email-required" => "Please enter an email address.",
            "email-too-long" => "An email address can be at most 254 characters long.",
            _ => "Please enter a valid email address, like name@example.com.",
        })?;
        Ok(Self(email.as_str().to_lowercase()))
    }

    /// The address as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A display name for a staff member: 1–100 characters, no control characters.
pub fn parse_display_name(raw: &str) -> Result<String, &'static str> {
    let name = raw.trim();
    if name.is_empty() {
        return Err("Enter the person's name.");
    }
    if name.chars().count() > 100 {
        return Err("A name can be at most 100 characters long.");
    }
    if name.chars().any(char::is_control) {
        return Err("A name cannot contain control characters.");
    }
    Ok(name.to_owned())
}

/// What a single-use staff link is for, and how long it works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Choosing the first password of a new account.
    Setup,
    /// Choosing a new password after a reset.
    Reset,
}

impl LinkPurpose {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Setup => "setup",
            Self::Reset => "reset",
        }
    }

    /// How long the link works: a reset an hour (docs/product.md), a welcome three days.
    pub fn lifetime(self) -> chrono::TimeDelta {
        match self {
            Self::Setup => chrono::TimeDelta::hours(72),
            Self::Reset => chrono::TimeDelta::hours(1),
        }
    }
}

/// A password that meets the rule: 12–128 characters, not only white space.
pub struct NewPassword(String);

impl NewPassword {
    /// Checks a chosen password, or says what is wrong with it.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let chars = raw.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            return Err("Choose a password of at least 12 characters.");
        }
        if chars > MAX_PASSWORD_CHARS {
            return Err("A password can be at most 128 characters long.");
        }
        if raw.trim().is_empty() {
            return Err("A password cannot be only spaces.");
        }
        Ok(Self(raw.to_owned()))
    }

    /// The password, to hash.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_nest_and_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert!(role.includes(Role::HiringManager));
        }
        assert!(Role::HrAdmin.includes(Role::Recruiter));
        assert!(!Role::Recruiter.includes(Role::HrAdmin));
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn only_hr_admins_see_every_affiliate() {
        assert_eq!(Scope::of(Role::HrAdmin, vec![]), Scope::All);
        let recruiter = Scope::of(Role::Recruiter, vec![2]);
        assert!(recruiter.covers(2) && !recruiter.covers(3));
        assert!(
            !Scope::of(Role::HiringManager, vec![]).covers(1),
            "no affiliate, nothing in scope"
        );
    }

    #[test]
    fn staff_emails_ignore_case_and_names_are_checked() {
        assert_eq!(
            StaffEmail::parse(" Ada.Lovelace@Panopto.TEST ")
                .expect("valid")
                .as_str(),
            "ada.lovelace@panopto.test"
        );
        assert!(StaffEmail::parse("not an email").is_err());
        assert_eq!(parse_display_name("  Zoë 李 ").as_deref(), Ok("Zoë 李"));
        assert!(parse_display_name(" ").is_err());
        assert!(parse_display_name("a\u{0}b").is_err());
        assert!(parse_display_name(&"x".repeat(101)).is_err());
    }

    #[test]
    fn passwords_are_12_to_128_characters() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse(&"a".repeat(12)).is_ok());
        assert!(
            NewPassword::parse(&"é".repeat(128)).is_ok(),
            "counted in characters"
        );
        assert!(NewPassword::parse(&"a".repeat(129)).is_err());
        assert!(NewPassword::parse(&" ".repeat(20)).is_err());
        assert_eq!(
            format!(
                "{:?}",
                NewPassword::parse("correct horse battery").expect("ok")
            ),
            "NewPassword(…)"
        );
    }
}
