//! Retention (docs/product.md, retention and privacy requests): what becomes of an application, and when.
//!
//! [`decide`] takes an application's facts, the rules and the time, and answers keep,
//! anonymise or delete, with the reason and the date the action falls due. In order:
//!
//! 1. a legal hold keeps everything it covers, whatever else holds;
//! 2. an application reported as a minor's is deleted at once;
//! 3. a verified deletion request deletes at once what was submitted before it, unless
//!    an offer to that person is open (then an HR admin decides);
//! 4. an open application is kept: no rule removes it;
//! 5. otherwise the rule for its outcome (the affiliate's own, else the general one)
//!    acts `after_days` after the decision. A live talent-pool consent postpones that
//!    to the consent's end plus the talent-pool rule's days, and while another
//!    application of the person is open the postponed action waits for it; the
//!    action is then the stronger of the two rules'.
//!
//! An anonymised application has nothing left to anonymise: only a delete rule still
//! acts on it, which is what makes the sweep idempotent.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::pipeline::Stage;

/// How an application ended, as far as retention is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Rejected,
    Withdrawn,
    Hired,
}

/// What a rule applies to: an outcome, or the end of a talent-pool consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleSubject {
    Outcome(Outcome),
    TalentPool,
}

/// What a rule does. Ordered by strength: deleting covers anonymising.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleAction {
    Keep,
    Anonymise,
    Delete,
}

/// One retention rule; `affiliate` `None` is the rule for every affiliate without its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub subject: RuleSubject,
    pub affiliate: Option<i32>,
    pub action: RuleAction,
    /// Days after the decision (or the consent's end) before acting; 0 = at once.
    pub after_days: u32,
}

/// Why a rule is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("choose rejected, withdrawn, hired or talent pool")]
    Subject,
    #[error("choose keep, anonymise or delete")]
    Action,
    #[error("enter a whole number of days from 0 to {MAX_DAYS}")]
    Days,
}

/// About 30 years: longer than any retention duty, short enough to add to a date.
pub const MAX_DAYS: u32 = 11_000;

impl Outcome {
    /// The outcome of a decided stage; `None` while the application is open.
    pub fn of(stage: Stage) -> Option<Self> {
        match stage {
            Stage::Rejected => Some(Self::Rejected),
            Stage::Withdrawn => Some(Self::Withdrawn),
            Stage::Hired => Some(Self::Hired),
            _ => None,
        }
    }
}

impl RuleSubject {
    /// Every subject, in the order the rules page lists them.
    pub const ALL: [Self; 4] = [
        Self::Outcome(Outcome::Rejected),
        Self::Outcome(Outcome::Withdrawn),
        Self::Outcome(Outcome::Hired),
        Self::TalentPool,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Outcome(Outcome::Rejected) => "rejected",
            Self::Outcome(Outcome::Withdrawn) => "withdrawn",
            Self::Outcome(Outcome::Hired) => "hired",
            Self::TalentPool => "talent_pool",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(raw: &str) -> Result<Self, RuleError> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
            .ok_or(RuleError::Subject)
    }

    /// How an HR admin reads it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Outcome(Outcome::Rejected) => "Rejected",
            Self::Outcome(Outcome::Withdrawn) => "Withdrawn",
            Self::Outcome(Outcome::Hired) => "Hired",
            Self::TalentPool => "Talent-pool consent ended",
        }
    }
}

impl RuleAction {
    /// Every action.
    pub const ALL: [Self; 3] = [Self::Keep, Self::Anonymise, Self::Delete];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Anonymise => "anonymise",
            Self::Delete => "delete",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(raw: &str) -> Result<Self, RuleError> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == raw.trim())
            .ok_or(RuleError::Action)
    }
}

impl Rule {
    /// A rule from a form or a row.
    pub fn parse(
        subject: &str,
        affiliate: Option<i32>,
        action: &str,
        after_days: &str,
    ) -> Result<Self, RuleError> {
        let subject = RuleSubject::parse(subject)?;
        let action = RuleAction::parse(action)?;
        let after_days = match after_days.trim() {
            "" if action == RuleAction::Keep => 0,
            raw => raw
                .parse::<u32>()
                .ok()
                .filter(|d| *d <= MAX_DAYS)
                .ok_or(RuleError::Days)?,
        };
        Ok(Self {
            subject,
            affiliate,
            action,
            after_days,
        })
    }

    /// the defaults of docs/product.md, retention and privacy requests, for every affiliate.
    pub fn defaults() -> Vec<Self> {
        let rule = |subject, action, after_days| Self {
            subject,
            affiliate: None,
            action,
            after_days,
        };
        vec![
            rule(
                RuleSubject::Outcome(Outcome::Rejected),
                RuleAction::Anonymise,
                365,
            ),
            rule(
                RuleSubject::Outcome(Outcome::Withdrawn),
                RuleAction::Delete,
                30,
            ),
            rule(RuleSubject::Outcome(Outcome::Hired), RuleAction::Keep, 0),
            rule(RuleSubject::TalentPool, RuleAction::Anonymise, 0),
        ]
    }
}

/// The rules in force: an affiliate's own rule wins over the general one, and a subject
/// without any rule falls back to docs/product.md, retention and privacy requests's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules(Vec<Rule>);

impl Rules {
    /// The given rules over the defaults.
    pub fn new(rules: Vec<Rule>) -> Self {
        Self(rules)
    }

    /// The rule that applies to `subject` in `affiliate`.
    pub fn rule_for(&self, subject: RuleSubject, affiliate: i32) -> Rule {
        let own = self
            .0
            .iter()
            .find(|r| r.subject == subject && r.affiliate == Some(affiliate));
        let general = || {
            self.0
                .iter()
                .find(|r| r.subject == subject && r.affiliate.is_none())
        };
        match own.or_else(general) {
            Some(rule) => rule.clone(),
            None => Rule::defaults()
                .into_iter()
                .find(|r| r.subject == subject)
                .unwrap_or(Rule {
                    subject,
                    affiliate: None,
                    action: RuleAction::Keep,
                    after_days: 0,
                }),
        }
    }

    /// The rules as given.
    pub fn all(&self) -> &[Rule] {
        &self.0
    }
}

/// A verified deletion request from the applicant, not yet fulfilled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeletionRequest {
    /// The request, for the tombstones.
    pub id: i32,
    pub verified_at: DateTime<Utc>,
    /// An HR admin ordered it fulfilled: an open offer no longer stops it (a hold does).
    pub ordered_by_admin: bool,
}

/// What retention needs to know about one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub affiliate: i32,
    pub stage: Stage,
    pub submitted_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub anonymised: bool,
    /// When a staff member reported the applicant as under 18.
    pub minor_reported_at: Option<DateTime<Utc>>,
    /// Whether a standing legal hold covers it (its own, its person's or its job's).
    pub held: bool,
    /// When the person's talent-pool consent ends, if they gave one.
    pub talent_pool_until: Option<DateTime<Utc>>,
    /// Whether another application of the same person is open.
    pub other_application_open: bool,
    /// Whether an application of the same person is at the offer stage.
    pub offer_open: bool,
    pub deletion_request: Option<DeletionRequest>,
}

/// Why an application is kept or acted on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    LegalHold,
    Minor,
    DeletionRequest,
    /// A deletion request waits for an HR admin while an offer is open.
    OfferOpen,
    Open,
    Rule {
        subject: RuleSubject,
        own_affiliate_rule: bool,
    },
    /// The talent-pool consent postponed the outcome's rule.
    TalentPool,
    /// The consent has ended but another application of the person is open.
    TalentPoolApplicationOpen,
    AlreadyAnonymised,
}

impl Reason {
    /// How an HR admin reads it.
    pub fn label(self) -> &'static str {
        match self {
            Self::LegalHold => "legal hold",
            Self::Minor => "reported as under 18",
            Self::DeletionRequest => "the applicant's deletion request",
            Self::OfferOpen => "deletion request waiting: an offer is open",
            Self::Open => "open application",
            Self::Rule {
                subject,
                own_affiliate_rule: true,
            } => match subject {
                RuleSubject::Outcome(Outcome::Rejected) => "the affiliate's rule for rejected",
                RuleSubject::Outcome(Outcome::Withdrawn) => "the affiliate's rule for withdrawn",
                RuleSubject::Outcome(Outcome::Hired) => "the affiliate's rule for hired",
                RuleSubject::TalentPool => "the affiliate's talent-pool rule",
            },
            Self::Rule { subject, .. } => match subject {
                RuleSubject::Outcome(Outcome::Rejected) => "the rule for rejected",
                RuleSubject::Outcome(Outcome::Withdrawn) => "the rule for withdrawn",
                RuleSubject::Outcome(Outcome::Hired) => "the rule for hired",
                RuleSubject::TalentPool => "the talent-pool rule",
            },
            Self::TalentPool => "talent-pool consent ended",
            Self::TalentPoolApplicationOpen => "talent pool: another application is open",
            Self::AlreadyAnonymised => "already anonymised",
        }
    }
}

/// The answer for one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub action: RuleAction,
    pub reason: Reason,
    /// When the action falls due; `None` when kept.
    pub due: Option<DateTime<Utc>>,
}

impl Decision {
    fn keep(reason: Reason) -> Self {
        Self {
            action: RuleAction::Keep,
            reason,
            due: None,
        }
    }

    fn act(action: RuleAction, reason: Reason, due: DateTime<Utc>) -> Self {
        if action == RuleAction::Keep {
            return Self::keep(reason);
        }
        Self {
            action,
            reason,
            due: Some(due),
        }
    }

    /// The action to take now: `Keep` until the due date.
    pub fn now(&self, now: DateTime<Utc>) -> RuleAction {
        match self.due {
            Some(due) if due <= now => self.action,
            _ => RuleAction::Keep,
        }
    }
}

fn days(n: u32) -> Duration {
    Duration::days(i64::from(n))
}

/// What becomes of an application with `facts` under `rules` (see the module's order).
/// `now` is when a minor report or deletion request without its own date acts.
pub fn decide(facts: &Facts, rules: &Rules, now: DateTime<Utc>) -> Decision {
    if facts.held {
        return Decision::keep(Reason::LegalHold);
    }
    if facts.minor_reported_at.is_some() {
        let at = facts.minor_reported_at.unwrap_or(now);
        return Decision::act(RuleAction::Delete, Reason::Minor, at);
    }
    // A request covers what was submitted before it was verified: a later application
    // is a new beginning, not part of what the applicant asked to delete.
    if let Some(request) = facts
        .deletion_request
        .filter(|r| facts.submitted_at <= r.verified_at)
    {
        if facts.offer_open && !request.ordered_by_admin {
            return Decision::keep(Reason::OfferOpen);
        }
        return Decision::act(
            RuleAction::Delete,
            Reason::DeletionRequest,
            request.verified_at,
        );
    }
    let (Some(outcome), Some(decided_at)) = (Outcome::of(facts.stage), facts.decided_at) else {
        return Decision::keep(Reason::Open);
    };
    let subject = RuleSubject::Outcome(outcome);
    let rule = rules.rule_for(subject, facts.affiliate);
    let reason = Reason::Rule {
        subject,
        own_affiliate_rule: rule.affiliate.is_some(),
    };
    if rule.action == RuleAction::Keep {
        return Decision::keep(reason);
    }
    let mut decision = Decision::act(rule.action, reason, decided_at + days(rule.after_days));
    if let Some(until) = facts.talent_pool_until {
        let pool = rules.rule_for(RuleSubject::TalentPool, facts.affiliate);
        let pool_due = until + days(pool.after_days);
        if decision.due.is_some_and(|due| pool_due > due) {
            if facts.other_application_open {
                return Decision::keep(Reason::TalentPoolApplicationOpen);
            }
            decision = Decision::act(rule.action.max(pool.action), Reason::TalentPool, pool_due);
        }
    }
    if facts.anonymised && decision.action == RuleAction::Anonymise {
        return Decision::keep(Reason::AlreadyAnonymised);
    }
    decision
}

/// Open applications untouched this long are flagged to their recruiters.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Whether an open application has seen no activity for [`STALE_AFTER_DAYS`].
pub fn is_stale(stage: Stage, last_activity: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    !stage.is_decided() && now - last_activity >= Duration::days(STALE_AFTER_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap()
    }

    fn decided(stage: Stage, on: DateTime<Utc>) -> Facts {
        Facts {
            affiliate: 1,
            stage,
            submitted_at: on - Duration::days(30),
            decided_at: Some(on),
            anonymised: false,
            minor_reported_at: None,
            held: false,
            talent_pool_until: None,
            other_application_open: false,
            offer_open: false,
            deletion_request: None,
        }
    }

    fn defaults() -> Rules {
        Rules::new(Rule::defaults())
    }

    #[test]
    fn the_defaults_are_those_of_the_spec() {
        let now = at(2026, 1, 1);
        let rejected = decide(&decided(Stage::Rejected, at(2025, 1, 1)), &defaults(), now);
        assert_eq!(rejected.action, RuleAction::Anonymise);
        assert_eq!(rejected.due, Some(at(2026, 1, 1)));
        let withdrawn = decide(&decided(Stage::Withdrawn, at(2025, 1, 1)), &defaults(), now);
        assert_eq!(
            (withdrawn.action, withdrawn.due),
            (RuleAction::Delete, Some(at(2025, 1, 31)))
        );
        let hired = decide(&decided(Stage::Hired, at(2000, 1, 1)), &defaults(), now);
        assert_eq!((hired.action, hired.due), (RuleAction::Keep, None));
    }

    #[test]
    fn an_affiliates_own_rule_wins_over_the_general_one() {
        let mut rules = Rule::defaults();
        rules.push(Rule::parse("rejected", Some(2), "delete", "90").unwrap());
        let rules = Rules::new(rules);
        let mut facts = decided(Stage::Rejected, at(2025, 1, 1));
        facts.affiliate = 2;
        let own = decide(&facts, &rules, at(2026, 1, 1));
        assert_eq!(own.action, RuleAction::Delete);
        assert_eq!(own.due, Some(at(2025, 4, 1)));
        assert!(matches!(
            own.reason,
            Reason::Rule {
                own_affiliate_rule: true,
                ..
            }
        ));
        facts.affiliate = 3;
        assert_eq!(
            decide(&facts, &rules, at(2026, 1, 1)).action,
            RuleAction::Anonymise
        );
    }

    #[test]
    fn a_live_talent_pool_consent_postpones_the_rule_to_its_end() {
        let mut facts = decided(Stage::Rejected, at(2025, 1, 1));
        facts.talent_pool_until = Some(at(2027, 1, 1));
        let decision = decide(&facts, &defaults(), at(2026, 6, 1));
        assert_eq!(decision.reason, Reason::TalentPool);
        assert_eq!(decision.due, Some(at(2027, 1, 1)));
        assert_eq!(decision.now(at(2026, 6, 1)), RuleAction::Keep);
        assert_eq!(decision.now(at(2027, 1, 1)), RuleAction::Anonymise);
        // The withdrawn rule is stronger than the talent pool's: still a deletion.
        facts.stage = Stage::Withdrawn;
        assert_eq!(
            decide(&facts, &defaults(), at(2027, 2, 1)).action,
            RuleAction::Delete
        );
        // An ended consent while another application is open: wait for that one.
        facts.other_application_open = true;
        assert_eq!(
            decide(&facts, &defaults(), at(2027, 2, 1)).reason,
            Reason::TalentPoolApplicationOpen
        );
    }

    #[test]
    fn a_consent_ending_before_the_rule_changes_nothing() {
        let mut facts = decided(Stage::Rejected, at(2025, 1, 1));
        facts.talent_pool_until = Some(at(2025, 6, 1));
        facts.other_application_open = true;
        let decision = decide(&facts, &defaults(), at(2026, 1, 1));
        assert_eq!(decision.due, Some(at(2026, 1, 1)));
        assert_eq!(decision.action, RuleAction::Anonymise);
    }

    #[test]
    fn minors_and_deletion_requests_act_at_once_but_holds_stop_them() {
        let now = at(2026, 1, 1);
        let mut facts = decided(Stage::Hired, at(2025, 12, 1));
        facts.minor_reported_at = Some(now);
        assert_eq!(
            decide(&facts, &defaults(), now).now(now),
            RuleAction::Delete
        );
        facts.minor_reported_at = None;
        facts.stage = Stage::Interview;
        facts.decided_at = None;
        let mut request = DeletionRequest {
            id: 1,
            verified_at: now,
            ordered_by_admin: false,
        };
        facts.deletion_request = Some(request);
        assert_eq!(
            decide(&facts, &defaults(), now).now(now),
            RuleAction::Delete
        );
        facts.offer_open = true;
        assert_eq!(decide(&facts, &defaults(), now).reason, Reason::OfferOpen);
        // An HR admin who orders it fulfilled decides past the open offer...
        request.ordered_by_admin = true;
        facts.deletion_request = Some(request);
        assert_eq!(
            decide(&facts, &defaults(), now).now(now),
            RuleAction::Delete
        );
        // ...but never past a legal hold.
        facts.held = true;
        assert_eq!(decide(&facts, &defaults(), now).reason, Reason::LegalHold);
        facts.offer_open = false;
        assert_eq!(decide(&facts, &defaults(), now).reason, Reason::LegalHold);
    }

    #[test]
    fn a_deletion_request_does_not_reach_applications_made_after_it() {
        let now = at(2026, 1, 1);
        let mut facts = decided(Stage::Rejected, at(2025, 12, 1));
        facts.deletion_request = Some(DeletionRequest {
            id: 7,
            verified_at: at(2025, 12, 15),
            ordered_by_admin: false,
        });
        assert_eq!(
            decide(&facts, &defaults(), now).reason,
            Reason::DeletionRequest
        );
        facts.submitted_at = at(2025, 12, 20);
        let later = decide(&facts, &defaults(), now);
        assert!(matches!(later.reason, Reason::Rule { .. }), "{later:?}");
        assert_eq!(later.now(now), RuleAction::Keep);
    }

    #[test]
    fn an_anonymised_skeleton_is_only_ever_deleted() {
        let mut facts = decided(Stage::Rejected, at(2020, 1, 1));
        facts.anonymised = true;
        assert_eq!(
            decide(&facts, &defaults(), at(2026, 1, 1)).reason,
            Reason::AlreadyAnonymised
        );
        let rules = Rules::new(vec![
            Rule::parse("rejected", None, "delete", "3650").unwrap(),
        ]);
        assert_eq!(
            decide(&facts, &rules, at(2030, 1, 1)).now(at(2030, 1, 1)),
            RuleAction::Delete
        );
    }

    #[test]
    fn rules_are_parsed_strictly() {
        assert_eq!(
            Rule::parse("archived", None, "keep", ""),
            Err(RuleError::Subject)
        );
        assert_eq!(
            Rule::parse("rejected", None, "shred", "1"),
            Err(RuleError::Action)
        );
        for days in ["-1", "1.5", "", "11001", "99999999999", "1; DROP TABLE"] {
            assert_eq!(
                Rule::parse("rejected", None, "delete", days),
                Err(RuleError::Days),
                "{days}"
            );
        }
        assert_eq!(
            Rule::parse("hired", None, "keep", "").unwrap().after_days,
            0
        );
    }

    #[test]
    fn stale_means_open_and_untouched_for_a_year() {
        let now = at(2026, 1, 1);
        assert!(is_stale(Stage::Screening, at(2025, 1, 1), now));
        assert!(!is_stale(Stage::Screening, at(2025, 1, 2), now));
        assert!(!is_stale(Stage::Rejected, at(2020, 1, 1), now));
    }

    fn facts_strategy() -> impl Strategy<Value = Facts> {
        (
            0usize..7,
            0i64..2_000,
            any::<bool>(),
            proptest::option::of(0i64..2_000),
            any::<bool>(),
            proptest::option::of(0i64..2_000),
            (any::<bool>(), any::<bool>()),
            proptest::option::of((0i64..2_000, any::<bool>())),
            1i32..4,
        )
            .prop_map(
                |(stage, decided, anonymised, minor, held, pool, (other, offer), request, aff)| {
                    let base = at(2024, 2, 29);
                    let stage = Stage::ALL[stage];
                    Facts {
                        affiliate: aff,
                        stage,
                        submitted_at: base - Duration::days(60),
                        decided_at: stage.is_decided().then(|| base + Duration::days(decided)),
                        anonymised,
                        minor_reported_at: minor.map(|d| base + Duration::days(d)),
                        held,
                        talent_pool_until: pool.map(|d| base + Duration::days(d)),
                        other_application_open: other,
                        offer_open: offer,
                        deletion_request: request.map(|(d, ordered)| DeletionRequest {
                            id: 1,
                            verified_at: base + Duration::days(d),
                            ordered_by_admin: ordered,
                        }),
                    }
                },
            )
    }

    fn rules_strategy() -> impl Strategy<Value = Rules> {
        proptest::collection::vec(
            (
                0usize..4,
                0usize..3,
                0u32..800,
                proptest::option::of(1i32..4),
            ),
            0..6,
        )
        .prop_map(|raw| {
            Rules::new(
                raw.into_iter()
                    .map(|(s, a, d, aff)| Rule {
                        subject: RuleSubject::ALL[s],
                        affiliate: aff,
                        action: RuleAction::ALL[a],
                        after_days: d,
                    })
                    .collect(),
            )
        })
    }

    proptest! {
        #[test]
        fn a_held_application_is_never_touched(mut facts in facts_strategy(), rules in rules_strategy(), now in 0i64..5_000) {
            facts.held = true;
            let now = at(2024, 1, 1) + Duration::days(now);
            prop_assert_eq!(decide(&facts, &rules, now).now(now), RuleAction::Keep);
        }

        #[test]
        fn no_rule_removes_an_open_application(mut facts in facts_strategy(), rules in rules_strategy(), now in 0i64..5_000) {
            facts.minor_reported_at = None;
            facts.deletion_request = None;
            facts.decided_at = None;
            let now = at(2024, 1, 1) + Duration::days(now);
            for stage in [Stage::Submitted, Stage::Screening, Stage::Interview, Stage::Offer] {
                facts.stage = stage;
                prop_assert_eq!(decide(&facts, &rules, now).now(now), RuleAction::Keep);
            }
        }

        #[test]
        fn deciding_after_acting_finds_nothing_more_to_do(facts in facts_strategy(), rules in rules_strategy(), now in 0i64..5_000) {
            let now = at(2024, 1, 1) + Duration::days(now);
            let first = decide(&facts, &rules, now);
            prop_assert_eq!(first, decide(&facts, &rules, now));
            if first.now(now) == RuleAction::Anonymise {
                let anonymised = Facts { anonymised: true, talent_pool_until: None, ..facts.clone() };
                prop_assert_eq!(decide(&anonymised, &rules, now).now(now), RuleAction::Keep);
            }
        }

        #[test]
        fn a_due_date_is_exact_to_the_instant(facts in facts_strategy(), rules in rules_strategy()) {
            let decision = decide(&facts, &rules, at(2024, 1, 1));
            if let Some(due) = decision.due {
                prop_assert_eq!(decision.now(due - Duration::nanoseconds(1)), RuleAction::Keep);
                prop_assert_eq!(decision.now(due), decision.action);
                prop_assert!(decision.action != RuleAction::Keep);
            }
        }

        #[test]
        fn the_due_date_is_whole_days_after_the_decision(day in 0i64..3_000, after in 0u32..MAX_DAYS) {
            let decided_at = at(2024, 2, 29) + Duration::days(day);
            let rules = Rules::new(vec![Rule { subject: RuleSubject::Outcome(Outcome::Rejected), affiliate: None, action: RuleAction::Anonymise, after_days: after }]);
            let decision = decide(&decided(Stage::Rejected, decided_at), &rules, decided_at);
            prop_assert_eq!(decision.due, Some(decided_at + Duration::days(i64::from(after))));
        }
    }
}
