//! Legal holds (docs/product.md, staff): what a hold covers and what placing one takes. A hold
//! stops anonymisation and deletion, deletion requests included, for everything it
//! covers: one application, every application of one person (by email), or every
//! application to one job.

use serde::Serialize;

use super::application::Email;
use super::text::clean_line;

/// What a hold is placed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldScope {
    Application,
    Candidate,
    Job,
}

/// The target of a hold, parsed for its scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoldTarget {
    Application(i32),
    Candidate(Email),
    Job(i32),
}

/// A hold ready to be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHold {
    pub target: HoldTarget,
    pub case_reference: String,
    pub reason: String,
}

/// The longest case reference and reason kept.
pub const MAX_CASE_REFERENCE_CHARS: usize = 100;
pub const MAX_REASON_CHARS: usize = 2_000;

/// Messages per form field.
pub type HoldErrors = Vec<(&'static str, &'static str)>;

impl HoldScope {
    /// Every scope, as the form offers them.
    pub const ALL: [Self; 3] = [Self::Application, Self::Candidate, Self::Job];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Application => "application",
            Self::Candidate => "candidate",
            Self::Job => "job",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }

    /// How an HR admin reads it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Application => "One application (its id)",
            Self::Candidate => "A person (their email: every application of theirs)",
            Self::Job => "A job (its id: every application to it)",
        }
    }
}

impl HoldTarget {
    /// The scope this target belongs to.
    pub fn scope(&self) -> HoldScope {
        match self {
            Self::Application(_) => HoldScope::Application,
            Self::Candidate(_) => HoldScope::Candidate,
            Self::Job(_) => HoldScope::Job,
        }
    }
}

fn positive_id(raw: &str) -> Option<i32> {
    raw.trim().parse::<i32>().ok().filter(|id| *id > 0)
}

impl NewHold {
    /// Parses the form's `scope`, `target`, `case_reference` and `reason`.
    pub fn parse(
        scope: &str,
        target: &str,
        case_reference: &str,
        reason: &str,
    ) -> Result<Self, HoldErrors> {
        let mut errors = HoldErrors::new();
        let target = match HoldScope::parse(scope) {
            None => {
                errors.push(("scope", "Choose what the hold is on."));
                None
            }
            Some(HoldScope::Application) => positive_id(target)
                .map(HoldTarget::Application)
                .or_else(|| {
                    errors.push(("target", "Enter the application's number."));
                    None
                }),
            Some(HoldScope::Job) => positive_id(target).map(HoldTarget::Job).or_else(|| {
                errors.push(("target", "Enter the job's number."));
                None
            }),
            Some(HoldScope::Candidate) => match Email::parse(target) {
                Ok(email) => Some(HoldTarget::Candidate(email)),
                Err(_) => {
                    errors.push(("target", "Enter the person's email address."));
                    None
                }
            },
        };
        let case_reference = clean_line(case_reference, usize::MAX);
        if case_reference.is_empty() {
            errors.push(("case_reference", "Enter the case reference."));
        } else if case_reference.chars().count() > MAX_CASE_REFERENCE_CHARS {
            errors.push((
                "case_reference",
                "A case reference can be at most 100 characters.",
            ));
        }
        let reason = reason.replace("\r\n", "\n");
        let reason: String = reason
            .trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect();
        if reason.is_empty() {
            errors.push(("reason", "Say why the data must be kept."));
        } else if reason.chars().count() > MAX_REASON_CHARS {
            errors.push(("reason", "A reason can be at most 2,000 characters."));
        }
        match target {
            Some(target) if errors.is_empty() => Ok(Self {
                target,
                case_reference,
                reason,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_scope_takes_its_own_kind_of_target() {
        let hold = NewHold::parse("application", " 42 ", "CASE-7", "Tribunal claim").unwrap();
        assert_eq!(hold.target, HoldTarget::Application(42));
        let hold = NewHold::parse("candidate", "Zoe@Example.COM", "C", "R").unwrap();
        assert_eq!(hold.target.scope(), HoldScope::Candidate);
        let hold = NewHold::parse("job", "7", "C", "R").unwrap();
        assert_eq!(hold.target, HoldTarget::Job(7));
    }

    #[test]
    fn wrong_missing_and_hostile_values_are_refused_per_field() {
        for (scope, target) in [
            ("application", "abc"),
            ("application", "-1"),
            ("application", "0"),
            ("application", "1 OR 1=1"),
            ("job", "99999999999"),
            ("candidate", "not an email"),
            ("candidate", ""),
        ] {
            let errors = NewHold::parse(scope, target, "C", "R").unwrap_err();
            assert_eq!(
                errors.iter().map(|e| e.0).collect::<Vec<_>>(),
                ["target"],
                "{scope} {target}"
            );
        }
        let errors = NewHold::parse("everything", "1", "", " ").unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.0).collect();
        assert_eq!(fields, ["scope", "case_reference", "reason"]);
        let long = "x".repeat(101);
        assert!(NewHold::parse("job", "1", &long, "R").is_err());
        assert!(NewHold::parse("job", "1", "C", &"y".repeat(2_001)).is_err());
    }

    #[test]
    fn control_characters_are_dropped_and_script_tags_kept_as_text() {
        let hold =
            NewHold::parse("job", "1", "A\u{0}B", "<script>alert(1)</script>\r\nline").unwrap();
        assert_eq!(hold.case_reference, "A B");
        assert_eq!(hold.reason, "<script>alert(1)</script>\nline");
    }
}
