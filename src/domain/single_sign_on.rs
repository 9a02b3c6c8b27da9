//! Rules of staff single sign-on (OpenID Connect): what a verified identity from the
//! company's provider may open, and how a groups claim maps to a new account.

use super::staff::Role;

/// What the provider vouched for, after the ID token was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub email: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
    pub groups: Vec<String>,
}

/// The account an identity matched, as far as these rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Active,
    Deactivated,
    None,
}

/// Why a single sign-on was refused. Each has a page of its own words and an audit
/// reason; none says more about an account than the person already knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No sign-in was started from this browser, or it was started too long ago, or the
    /// provider sent back another `state`.
    NotStarted,
    /// The provider answered with an error (the person cancelled, or it refused them).
    ProviderDeclined,
    /// The provider could not be reached, or its answer (the code exchange, the ID
    /// token: issuer, audience, signature, expiry, nonce) did not check out.
    TokenRejected,
    NoEmail,
    UnverifiedEmail,
    NoAccount,
    Deactivated,
}

impl Refusal {
    /// The audit reason.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::ProviderDeclined => "provider_declined",
            Self::TokenRejected => "token_rejected",
            Self::NoEmail => "no_email",
            Self::UnverifiedEmail => "unverified_email",
            Self::NoAccount => "no_account",
            Self::Deactivated => "deactivated",
        }
    }

    /// What the refused person reads.
    pub fn message(self) -> &'static str {
        match self {
            Self::NotStarted => {
                "This sign-in was not started here, or it took too long. Start again from the sign-in page."
            }
            Self::ProviderDeclined => {
                "Your company's sign-in service did not sign you in. Start again, or ask your IT team."
            }
            Self::TokenRejected => {
                "The answer from your company's sign-in service could not be trusted, so you are not signed in. Start again; if it happens again, tell your IT team."
            }
            Self::NoEmail => {
                "Your company's sign-in service did not tell us your email address, so we cannot find your account. Ask your IT team."
            }
            Self::UnverifiedEmail => {
                "Your company's sign-in service has not verified your email address, so it cannot sign you in here. Ask your IT team."
            }
            // The same words: the page does not say an account exists but is closed.
            Self::NoAccount | Self::Deactivated => {
                "There is no active staff account for your email address. Ask an HR admin to add you."
            }
        }
    }
}

/// What to do with a checked identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    SignIn,
    /// Create the account (just-in-time) with this grant, then sign it in.
    Provision(Grant),
    Refuse(Refusal),
}

/// Decides on a checked identity and the account its email matched. Only a verified
/// email counts; a deactivated account stays closed; an unknown one is created only when
/// provisioning is on and a configured group grants a role.
pub fn decide(identity: &Identity, account: Match, provisioning: Option<&GroupRoles>) -> Decision {
    if identity
        .email
        .as_deref()
        .is_none_or(|e| e.trim().is_empty())
    {
        return Decision::Refuse(Refusal::NoEmail);
    }
    if !identity.email_verified {
        return Decision::Refuse(Refusal::UnverifiedEmail);
    }
    match account {
        Match::Active => Decision::SignIn,
        Match::Deactivated => Decision::Refuse(Refusal::Deactivated),
        Match::None => match provisioning.and_then(|roles| roles.grant(&identity.groups)) {
            Some(grant) => Decision::Provision(grant),
            None => Decision::Refuse(Refusal::NoAccount),
        },
    }
}

/// Whether a password may sign this role in. With `oidc_only`, passwords are kept for
/// HR admins alone: the break-glass way in when the provider is down.
pub fn password_allowed(oidc_only: bool, role: Role) -> bool {
    !oidc_only || role == Role::HrAdmin
}

/// The role and affiliates (by code) one group gives a new account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub affiliates: Vec<String>,
}

/// The configured mapping of groups to grants, in the order written; the first group
/// an identity is in decides (`CAREERS_OIDC_GROUP_ROLES`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupRoles(Vec<(String, Grant)>);

impl GroupRoles {
    /// Parses `group=role[:AFF,AFF]` entries separated by `;`, such as
    /// `careers-hr=hr_admin; careers-us=recruiter:US; careers-emea=hiring_manager:DE,FR`.
    /// HR admins see every affiliate, so theirs take no list; the others need one.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut entries = Vec::new();
        for entry in raw.split(';').map(str::trim).filter(|e| !e.is_empty()) {
            let (group, grant) = entry
                .split_once('=')
                .ok_or_else(|| format!("`{entry}`: expected group=role[:AFFILIATES]"))?;
            let group = group.trim();
            if group.is_empty() {
                return Err(format!("`{entry}`: the group name is empty"));
            }
            let (role, affiliates) = grant.split_once(':').unwrap_or((grant, ""));
            let role = Role::parse(role).ok_or_else(|| {
                format!("`{entry}`: the role must be hiring_manager, recruiter or hr_admin")
            })?;
            let affiliates: Vec<String> = affiliates
                .split(',')
                .map(|code| code.trim().to_uppercase())
                .filter(|code| !code.is_empty())
                .collect();
            if let Some(bad) = affiliates
                .iter()
                .find(|code| !code.bytes().all(|b| b.is_ascii_alphanumeric()))
            {
                return Err(format!("`{entry}`: `{bad}` is not an affiliate code"));
            }
            match (role.sees_all_affiliates(), affiliates.is_empty()) {
                (true, false) => {
                    return Err(format!(
                        "`{entry}`: HR admins see every affiliate; list none"
                    ));
                }
                (false, true) => {
                    return Err(format!("`{entry}`: name the affiliates, as role:US,DE"));
                }
                _ => {}
            }
            entries.push((group.to_owned(), Grant { role, affiliates }));
        }
        Ok(Self(entries))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The grant of the first configured group among `groups` (compared exactly).
    pub fn grant(&self, groups: &[String]) -> Option<Grant> {
        self.0
            .iter()
            .find(|(group, _)| groups.iter().any(|g| g == group))
            .map(|(_, grant)| grant.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(email: Option<&str>, verified: bool, groups: &[&str]) -> Identity {
        Identity {
            email: email.map(str::to_owned),
            email_verified: verified,
            name: None,
            groups: groups.iter().map(|g| (*g).to_owned()).collect(),
        }
    }

    #[test]
    fn only_a_verified_email_of_an_active_account_signs_in() {
        let verified = identity(Some("rita@panopto.test"), true, &[]);
        assert_eq!(decide(&verified, Match::Active, None), Decision::SignIn);
        assert_eq!(
            decide(&verified, Match::Deactivated, None),
            Decision::Refuse(Refusal::Deactivated)
        );
        assert_eq!(
            decide(&verified, Match::None, None),
            Decision::Refuse(Refusal::NoAccount)
        );
        let unverified = identity(Some("rita@panopto.test"), false, &[]);
        assert_eq!(
            decide(&unverified, Match::Active, None),
            Decision::Refuse(Refusal::UnverifiedEmail)
        );
        for missing in [None, Some(""), Some("  ")] {
            assert_eq!(
                decide(&identity(missing, true, &[]), Match::None, None),
                Decision::Refuse(Refusal::NoEmail)
            );
        }
    }

    #[test]
    fn provisioning_needs_a_mapped_group_and_never_reopens_an_account() {
        let roles = GroupRoles::parse("careers-hr=hr_admin; careers-us=recruiter:us,de").unwrap();
        let in_us = identity(Some("new@panopto.test"), true, &["staff", "careers-us"]);
        assert_eq!(
            decide(&in_us, Match::None, Some(&roles)),
            Decision::Provision(Grant {
                role: Role::Recruiter,
                affiliates: vec!["US".into(), "DE".into()]
            })
        );
        let elsewhere = identity(Some("new@panopto.test"), true, &["Careers-US", "staff"]);
        assert_eq!(
            decide(&elsewhere, Match::None, Some(&roles)),
            Decision::Refuse(Refusal::NoAccount),
            "groups compare exactly"
        );
        assert_eq!(
            decide(&in_us, Match::Deactivated, Some(&roles)),
            Decision::Refuse(Refusal::Deactivated)
        );
        let unverified = identity(Some("new@panopto.test"), false, &["careers-hr"]);
        assert_eq!(
            decide(&unverified, Match::None, Some(&roles)),
            Decision::Refuse(Refusal::UnverifiedEmail)
        );
    }

    #[test]
    fn the_first_configured_group_decides() {
        let roles = GroupRoles::parse("a=hiring_manager:US;b=hr_admin").unwrap();
        let grant = roles.grant(&["b".into(), "a".into()]).unwrap();
        assert_eq!(grant.role, Role::HiringManager);
        assert_eq!(roles.grant(&[]), None);
    }

    #[test]
    fn a_mapping_with_mistakes_is_refused_with_the_entry() {
        for (raw, says) in [
            ("careers-hr", "expected group=role"),
            ("=hr_admin", "group name is empty"),
            ("g=owner", "the role must be"),
            ("g=hr_admin:US", "list none"),
            ("g=recruiter", "name the affiliates"),
            ("g=recruiter:U S", "not an affiliate code"),
            (
                "g=recruiter:'; DROP TABLE staff_users;--",
                "not an affiliate code",
            ),
        ] {
            let error = GroupRoles::parse(raw).unwrap_err();
            assert!(error.contains(says), "{raw}: {error}");
        }
        assert!(GroupRoles::parse(" ; ").unwrap().is_empty());
        let unicode = GroupRoles::parse("Кадры=hr_admin").unwrap();
        assert!(unicode.grant(&["Кадры".into()]).is_some());
    }

    #[test]
    fn passwords_stay_for_hr_admins_when_single_sign_on_is_the_only_way() {
        assert!(password_allowed(false, Role::HiringManager));
        assert!(password_allowed(true, Role::HrAdmin));
        assert!(!password_allowed(true, Role::Recruiter));
        assert!(!password_allowed(true, Role::HiringManager));
    }
}
