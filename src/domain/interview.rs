//! Interviews: a job's plan (ordered steps, each with focus attributes by category), what
//! a scheduled interview needs, the slots an applicant may pick from, and scorecards with
//! the rule that keeps interviewers' feedback independent.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::staff::Role;
use super::time_zone::{self, LocalTimeError};

/// Steps a plan may have.
pub const MAX_STEPS: usize = 12;
/// Focus attributes a step may have.
pub const MAX_FOCUS: usize = 12;
/// Interviewers per interview.
pub const MAX_INTERVIEWERS: usize = 6;
/// Slots an applicant may be offered at once.
pub const SLOTS: std::ops::RangeInclusive<usize> = 2..=20;
/// How long a self-scheduling link lives at most.
pub const PICK_LINK_DAYS: i64 = 14;
/// Interview lengths allowed, in minutes.
pub const DURATION_MINUTES: std::ops::RangeInclusive<i32> = 15..=480;

/// A focus attribute: what a step assesses, grouped by category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Focus {
    pub category: String,
    pub name: String,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    pub name: String,
    pub duration_minutes: i32,
    pub focus: Vec<Focus>,
}

/// What new jobs start with: a screen, a skills interview, a team conversation and the
/// hiring manager's interview.
pub fn default_plan() -> Vec<PlanStep> {
    let step = |name: &str, minutes, focus: &[(&str, &str)]| PlanStep {
        name: name.to_owned(),
        duration_minutes: minutes,
        focus: focus
            .iter()
            .map(|(category, name)| Focus {
                category: (*category).to_owned(),
                name: (*name).to_owned(),
            })
            .collect(),
    };
    vec![
        step(
            "Recruiter screen",
            30,
            &[
                ("Motivation", "Interest in the role"),
                ("Communication", "Clarity"),
            ],
        ),
        step(
            "Skills interview",
            60,
            &[
                ("Skills", "Role knowledge"),
                ("Skills", "Problem solving"),
                ("Communication", "Explaining their thinking"),
            ],
        ),
        step(
            "Team conversation",
            45,
            &[
                ("Collaboration", "Working with others"),
                ("Collaboration", "Giving and taking feedback"),
            ],
        ),
        step(
            "Hiring manager interview",
            45,
            &[
                ("Ownership", "Taking responsibility"),
                ("Motivation", "Fit with the team's goals"),
            ],
        ),
    ]
}

/// A plan step as the editor sent it: name, minutes, and focus lines
/// (`Category: attribute`, one per line).
#[derive(Debug, Clone, Default)]
pub struct RawStep<'a> {
    pub name: &'a str,
    pub duration: &'a str,
    pub focus: &'a str,
}

/// Reads the editor's rows into a plan; rows with no name and no focus are left out (the
/// editor's blank rows). Errors name the row (1-based).
pub fn parse_plan(rows: &[RawStep<'_>]) -> Result<Vec<PlanStep>, String> {
    let mut plan = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let row_no = index + 1;
        let name = row.name.trim();
        if name.is_empty() && row.focus.trim().is_empty() {
            continue;
        }
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(format!(
                "Step {row_no}: give it a name of 1 to 100 characters."
            ));
        }
        let duration_minutes = row
            .duration
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|m| DURATION_MINUTES.contains(m))
            .ok_or_else(|| format!("Step {row_no}: the length must be 15 to 480 minutes."))?;
        let mut focus = Vec::new();
        for line in row.focus.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (category, attribute) = line.split_once(':').ok_or_else(|| {
                format!("Step {row_no}: write each focus attribute as \"Category: attribute\".")
            })?;
            let (category, attribute) = (category.trim(), attribute.trim());
            let fits = |s: &str| {
                !s.is_empty() && s.chars().count() <= 60 && !s.chars().any(char::is_control)
            };
            if !fits(category) || !fits(attribute) {
                return Err(format!(
                    "Step {row_no}: categories and attributes are 1 to 60 characters each."
                ));
            }
            focus.push(Focus {
                category: category.to_owned(),
                name: attribute.to_owned(),
            });
        }
        if focus.is_empty() || focus.len() > MAX_FOCUS {
            return Err(format!(
                "Step {row_no}: give it 1 to {MAX_FOCUS} focus attributes."
            ));
        }
        plan.push(PlanStep {
            name: name.to_owned(),
            duration_minutes,
            focus,
        });
    }
    if plan.is_empty() || plan.len() > MAX_STEPS {
        return Err(format!("A plan has 1 to {MAX_STEPS} steps."));
    }
    Ok(plan)
}

/// The focus lines of a step, as the editor shows them.
pub fn focus_lines(focus: &[Focus]) -> String {
    focus
        .iter()
        .map(|f| format!("{}: {}", f.category, f.name))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where an interview takes place: a room or address, or a video link (https only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Location(String),
    Video(String),
}

impl Place {
    /// Reads the form's two fields: exactly one of them.
    pub fn parse(location: &str, video_url: &str) -> Result<Self, &'static str> {
        let (location, video_url) = (location.trim(), video_url.trim());
        match (location.is_empty(), video_url.is_empty()) {
            (true, true) => Err("Give a location or a video link."),
            (false, false) => Err("Give a location or a video link, not both."),
            (false, true) => {
                if location.chars().count() > 200 || location.chars().any(char::is_control) {
                    Err("The location can be at most 200 characters.")
                } else {
                    Ok(Self::Location(location.to_owned()))
                }
            }
            (true, false) => {
                let valid = video_url.strip_prefix("https://").is_some_and(|rest| {
                    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
                    !host.is_empty() && !host.contains('@') && host.contains('.')
                }) && video_url.len() <= 500
                    && !video_url.chars().any(|c| {
                        c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                    });
                if valid {
                    Ok(Self::Video(video_url.to_owned()))
                } else {
                    Err("The video link must be an https:// address of at most 500 characters.")
                }
            }
        }
    }
}

/// An optional message to the applicant.
pub fn parse_message(raw: &str) -> Result<Option<String>, &'static str> {
    let message = raw.replace("\r\n", "\n");
    let message = message.trim();
    if message.chars().count() > 2000 {
        return Err("The message can be at most 2,000 characters.");
    }
    if message
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err("The message contains characters that are not allowed.");
    }
    Ok((!message.is_empty()).then(|| message.to_owned()))
}

/// A start time typed in `zone`, which must lie in the future.
pub fn parse_start(raw: &str, zone: Tz, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let at = time_zone::parse_local(raw, zone).map_err(|e: LocalTimeError| e.to_string())?;
    if at <= now {
        return Err("That time has passed: choose a time in the future.".to_owned());
    }
    if at > now + Duration::days(366) {
        return Err("Choose a time within the next year.".to_owned());
    }
    Ok(at)
}

/// Slots typed one per line in `zone`: 2 to 20 distinct future times, sorted.
pub fn parse_slots(raw: &str, zone: Tz, now: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>, String> {
    let mut slots = Vec::new();
    for (index, line) in raw
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let at = parse_start(line, zone, now).map_err(|e| format!("Slot {}: {e}", index + 1))?;
        slots.push(at);
    }
    slots.sort();
    slots.dedup();
    if !SLOTS.contains(&slots.len()) {
        return Err(format!(
            "Offer {} to {} different times, one per line.",
            SLOTS.start(),
            SLOTS.end()
        ));
    }
    Ok(slots)
}

/// When a self-scheduling link stops working: at its last slot, or after 14 days.
pub fn pick_link_expiry(slots: &[DateTime<Utc>], now: DateTime<Utc>) -> DateTime<Utc> {
    let last = slots.iter().max().copied().unwrap_or(now);
    last.min(now + Duration::days(PICK_LINK_DAYS))
}

/// Whether two interviews overlap in time.
pub fn overlaps(a: DateTime<Utc>, a_minutes: i32, b: DateTime<Utc>, b_minutes: i32) -> bool {
    a < b + Duration::minutes(i64::from(b_minutes))
        && b < a + Duration::minutes(i64::from(a_minutes))
}

/// An interview's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewStatus {
    Scheduled,
    AwaitingPick,
    Cancelled,
}

impl InterviewStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::AwaitingPick => "awaiting_pick",
            Self::Cancelled => "cancelled",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Scheduled, Self::AwaitingPick, Self::Cancelled]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }
}

/// A rating of one focus attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    StrongNo,
    No,
    Yes,
    StrongYes,
    NotAssessed,
}

impl Rating {
    /// Every rating, worst first, "not assessed" last.
    pub const ALL: [Self; 5] = [
        Self::StrongNo,
        Self::No,
        Self::Yes,
        Self::StrongYes,
        Self::NotAssessed,
    ];

    /// The form and stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::StrongNo => "strong_no",
            Self::No => "no",
            Self::Yes => "yes",
            Self::StrongYes => "strong_yes",
            Self::NotAssessed => "not_assessed",
        }
    }

    /// How people read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::StrongNo => "Strong no",
            Self::No => "No",
            Self::Yes => "Yes",
            Self::StrongYes => "Strong yes",
            Self::NotAssessed => "Not assessed",
        }
    }

    /// Parses a form or stored value.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw.trim())
    }
}

/// The overall recommendation: the four-point scale without "not assessed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
pub struct Recommendation(Rating);

impl Recommendation {
    /// Every recommendation, worst first.
    pub const ALL: [Self; 4] = [
        Self(Rating::StrongNo),
        Self(Rating::No),
        Self(Rating::Yes),
        Self(Rating::StrongYes),
    ];

    /// Parses a form or stored value.
    pub fn parse(raw: &str) -> Option<Self> {
        Rating::parse(raw)
            .filter(|r| *r != Rating::NotAssessed)
            .map(Self)
    }

    /// The form and stored value.
    pub fn as_str(self) -> &'static str {
        self.0.as_str()
    }

    /// How people read it.
    pub fn label(self) -> &'static str {
        self.0.label()
    }
}

/// One focus attribute's rating on a scorecard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttributeRating {
    pub category: String,
    pub name: String,
    pub rating: Rating,
}

/// A scorecard as the form sent it, checked for a draft or for submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScorecardEntry {
    pub ratings: Vec<AttributeRating>,
    pub recommendation: Option<Recommendation>,
    pub takeaways: Option<String>,
}

/// What a scorecard form holds, by attribute index.
pub struct RawScorecard<'a> {
    pub ratings: Vec<Option<&'a str>>,
    pub recommendation: Option<&'a str>,
    pub takeaways: Option<&'a str>,
}

/// Longest key take-aways, in characters.
pub const MAX_TAKEAWAYS: usize = 5000;

/// Checks a scorecard against its interview's focus: every attribute rated (or marked
/// not assessed) and, to submit, a recommendation and take-aways. A draft may be partial
/// (unrated attributes count as not assessed).
pub fn parse_scorecard(
    focus: &[Focus],
    raw: &RawScorecard<'_>,
    submitting: bool,
) -> Result<ScorecardEntry, Vec<&'static str>> {
    let mut errors = Vec::new();
    let mut ratings = Vec::with_capacity(focus.len());
    for (index, attribute) in focus.iter().enumerate() {
        let given = raw
            .ratings
            .get(index)
            .copied()
            .flatten()
            .filter(|r| !r.trim().is_empty());
        let rating = match given.map(Rating::parse) {
            Some(Some(rating)) => rating,
            Some(None) => {
                errors.push("A rating is not one of the scale's values.");
                Rating::NotAssessed
            }
            None if submitting => {
                errors.push("Rate every attribute, or mark it not assessed.");
                Rating::NotAssessed
            }
            None => Rating::NotAssessed,
        };
        ratings.push(AttributeRating {
            category: attribute.category.clone(),
            name: attribute.name.clone(),
            rating,
        });
    }
    let recommendation = match raw.recommendation.map(str::trim).filter(|r| !r.is_empty()) {
        Some(raw) => match Recommendation::parse(raw) {
            Some(r) => Some(r),
            None => {
                errors.push("Choose an overall recommendation from the scale.");
                None
            }
        },
        None => None,
    };
    if submitting
        && recommendation.is_none()
        && !errors.contains(&"Choose an overall recommendation from the scale.")
    {
        errors.push("Choose an overall recommendation.");
    }
    let takeaways = raw
        .takeaways
        .map(|t| t.replace("\r\n", "\n").trim().to_owned())
        .filter(|t| !t.is_empty());
    match &takeaways {
        Some(t) if t.chars().count() > MAX_TAKEAWAYS => {
            errors.push("Key take-aways can be at most 5,000 characters.");
        }
        Some(t) if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') => {
            errors.push("Key take-aways contain characters that are not allowed.");
        }
        None if submitting => errors.push("Write your key take-aways."),
        _ => {}
    }
    errors.dedup();
    if errors.is_empty() {
        Ok(ScorecardEntry {
            ratings,
            recommendation,
            takeaways,
        })
    } else {
        Err(errors)
    }
}

/// Whether a staff member may read other people's scorecards of an application. Until
/// an interviewer has submitted their own scorecard for it, they see none of the others'
/// (independent feedback); recruiters and HR admins, who run the process, see all, and
/// so does anyone who interviews nobody in it.
pub fn sees_others_scorecards(role: Role, interviews_in_it: bool, submitted_own: bool) -> bool {
    role.includes(Role::Recruiter) || !interviews_in_it || submitted_own
}

/// When an interviewer who has not submitted is reminded: 24 hours after the end.
pub fn reminder_due(starts_at: DateTime<Utc>, minutes: i32) -> DateTime<Utc> {
    starts_at + Duration::minutes(i64::from(minutes)) + Duration::hours(24)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0)
            .single()
            .expect("now")
    }

    #[test]
    fn the_default_plan_is_a_valid_plan() {
        let plan = default_plan();
        let rows: Vec<(String, String, String)> = plan
            .iter()
            .map(|s| {
                (
                    s.name.clone(),
                    s.duration_minutes.to_string(),
                    focus_lines(&s.focus),
                )
            })
            .collect();
        let raw: Vec<RawStep<'_>> = rows
            .iter()
            .map(|(n, d, f)| RawStep {
                name: n,
                duration: d,
                focus: f,
            })
            .collect();
        assert_eq!(parse_plan(&raw), Ok(plan));
    }

    #[test]
    fn plan_rows_are_checked_and_blank_ones_dropped() {
        let row = |name, duration, focus| RawStep {
            name,
            duration,
            focus,
        };
        assert_eq!(
            parse_plan(&[
                row("Screen", "30", "Skills: Rust\n\n Values : Candour "),
                row("", "", "")
            ]),
            Ok(vec![PlanStep {
                name: "Screen".into(),
                duration_minutes: 30,
                focus: vec![
                    Focus {
                        category: "Skills".into(),
                        name: "Rust".into()
                    },
                    Focus {
                        category: "Values".into(),
                        name: "Candour".into()
                    },
                ],
            }])
        );
        assert!(parse_plan(&[]).is_err());
        assert!(parse_plan(&[row("", "", "")]).is_err());
        for (bad, says) in [
            (row("", "30", "A: b"), "name"),
            (row("X", "10", "A: b"), "15 to 480"),
            (row("X", "abc", "A: b"), "15 to 480"),
            (row("X", "30", "no colon"), "Category: attribute"),
            (row("X", "30", ""), "focus attributes"),
            (row("X", "30", ": b"), "1 to 60"),
        ] {
            let error = parse_plan(&[bad]).expect_err(says);
            assert!(
                error.contains(says) && error.starts_with("Step 1"),
                "{error}"
            );
        }
        let many: Vec<RawStep<'_>> = (0..13).map(|_| row("X", "30", "A: b")).collect();
        assert!(parse_plan(&many).is_err());
    }

    #[test]
    fn a_place_is_a_location_or_an_https_link() {
        assert_eq!(
            Place::parse("Room 4, Seattle", ""),
            Ok(Place::Location("Room 4, Seattle".into()))
        );
        assert_eq!(
            Place::parse("", "https://meet.example.com/abc-def"),
            Ok(Place::Video("https://meet.example.com/abc-def".into()))
        );
        for (location, link) in [
            ("", ""),
            ("Room", "https://x.example"),
            ("", "http://meet.example.com/x"),
            ("", "javascript:alert(1)"),
            ("", "https://"),
            ("", "https://user@evil.example/"),
            ("", "https://meet.example.com/a b"),
            ("", "https://localhost/x"),
        ] {
            assert!(
                Place::parse(location, link).is_err(),
                "{location:?} {link:?}"
            );
        }
    }

    #[test]
    fn starts_and_slots_are_future_times_in_the_schedulers_zone() {
        let berlin = Tz::Europe__Berlin;
        assert_eq!(
            parse_start("2026-12-08T10:00", berlin, now()).map(|t| t.to_rfc3339()),
            Ok("2026-12-08T09:00:00+00:00".into())
        );
        assert!(
            parse_start("2026-12-07T09:59", berlin, now())
                .unwrap_err()
                .contains("passed")
        );
        assert!(
            parse_start("2028-01-01T10:00", berlin, now())
                .unwrap_err()
                .contains("next year")
        );
        let slots = parse_slots(
            "2026-12-09 10:00\n2026-12-08 10:00\n\n2026-12-08 10:00\n",
            berlin,
            now(),
        )
        .expect("slots");
        assert_eq!(slots.len(), 2, "sorted and without repeats");
        assert!(slots[0] < slots[1]);
        assert!(
            parse_slots("2026-12-08 10:00", berlin, now()).is_err(),
            "one slot"
        );
        let many: String = (0..21)
            .map(|h| format!("2026-12-{:02} 10:00\n", 8 + h))
            .collect();
        assert!(parse_slots(&many, berlin, now()).is_err(), "21 slots");
        let error =
            parse_slots("2026-12-08 10:00\n2026-03-29 02:30", berlin, now()).expect_err("gap");
        assert!(error.starts_with("Slot 2"), "{error}");
    }

    #[test]
    fn a_pick_link_ends_at_the_last_slot_or_after_two_weeks() {
        let soon = now() + Duration::days(3);
        assert_eq!(
            pick_link_expiry(&[now() + Duration::days(1), soon], now()),
            soon
        );
        let late = now() + Duration::days(30);
        assert_eq!(pick_link_expiry(&[late], now()), now() + Duration::days(14));
    }

    #[test]
    fn overlaps_are_any_shared_minute() {
        let at = now();
        assert!(overlaps(at, 60, at + Duration::minutes(30), 30));
        assert!(
            !overlaps(at, 60, at + Duration::minutes(60), 30),
            "back to back"
        );
        assert!(overlaps(at + Duration::minutes(30), 10, at, 60));
    }

    fn focus() -> Vec<Focus> {
        vec![
            Focus {
                category: "Skills".into(),
                name: "Rust".into(),
            },
            Focus {
                category: "Values".into(),
                name: "Candour".into(),
            },
        ]
    }

    #[test]
    fn a_submitted_scorecard_needs_every_rating_a_recommendation_and_take_aways() {
        let complete = RawScorecard {
            ratings: vec![Some("strong_yes"), Some("not_assessed")],
            recommendation: Some("yes"),
            takeaways: Some("  Clear and kind.\r\n"),
        };
        let entry = parse_scorecard(&focus(), &complete, true).expect("complete");
        assert_eq!(entry.ratings[0].rating, Rating::StrongYes);
        assert_eq!(entry.takeaways.as_deref(), Some("Clear and kind."));
        let partial = RawScorecard {
            ratings: vec![Some("no")],
            recommendation: None,
            takeaways: None,
        };
        let draft = parse_scorecard(&focus(), &partial, false).expect("a draft may be partial");
        assert_eq!(draft.ratings[1].rating, Rating::NotAssessed);
        let errors = parse_scorecard(&focus(), &partial, true).expect_err("incomplete");
        assert_eq!(errors.len(), 3, "{errors:?}");
        let hostile = RawScorecard {
            ratings: vec![Some("maybe"), Some("yes")],
            recommendation: Some("not_assessed"),
            takeaways: Some("x"),
        };
        assert_eq!(
            parse_scorecard(&focus(), &hostile, false)
                .expect_err("bad")
                .len(),
            2
        );
        let long = "x".repeat(MAX_TAKEAWAYS + 1);
        let too_long = RawScorecard {
            ratings: vec![],
            recommendation: None,
            takeaways: Some(&long),
        };
        assert!(parse_scorecard(&focus(), &too_long, false).is_err());
    }

    #[test]
    fn interviewers_see_others_feedback_only_after_their_own() {
        use Role::*;
        assert!(!sees_others_scorecards(HiringManager, true, false));
        assert!(sees_others_scorecards(HiringManager, true, true));
        assert!(sees_others_scorecards(HiringManager, false, false));
        assert!(sees_others_scorecards(Recruiter, true, false));
        assert!(sees_others_scorecards(HrAdmin, true, false));
    }
}
