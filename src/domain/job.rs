//! Job postings: their lifecycle, kinds of employment, slugs and descriptions.

use serde::Serialize;

/// Where a posting is in its life. Only `Open` is visible to the public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    Draft,
    Open,
    Closed,
}

impl JobStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "draft" => Some(Self::Draft),
            "open" => Some(Self::Open),
            "closed" => Some(Self::Closed),
            _ => None,
        }
    }
}

/// What the public may do with a posting in a given status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicAccess {
    /// Shown and open to applications.
    Open,
    /// Not shown; its apply route says the job is closed (410).
    Closed,
    /// As if it did not exist (404).
    Hidden,
}

impl From<JobStatus> for PublicAccess {
    fn from(status: JobStatus) -> Self {
        match status {
            JobStatus::Open => Self::Open,
            JobStatus::Closed => Self::Closed,
            JobStatus::Draft => Self::Hidden,
        }
    }
}

/// The kind of employment offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentType {
    FullTime,
    PartTime,
    Contract,
    Internship,
    Temporary,
}

impl EmploymentType {
    /// All kinds, in the order forms list them.
    pub const ALL: [Self; 5] = [
        Self::FullTime,
        Self::PartTime,
        Self::Contract,
        Self::Internship,
        Self::Temporary,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FullTime => "full_time",
            Self::PartTime => "part_time",
            Self::Contract => "contract",
            Self::Internship => "internship",
            Self::Temporary => "temporary",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == raw)
    }

    /// How people read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::FullTime => "Full-time",
            Self::PartTime => "Part-time",
            Self::Contract => "Contract",
            Self::Internship => "Internship",
            Self::Temporary => "Temporary",
        }
    }

    /// The schema.org `employmentType` value.
    pub fn schema_org(self) -> &'static str {
        match self {
            Self::FullTime => "FULL_TIME",
            Self::PartTime => "PART_TIME",
            Self::Contract => "CONTRACTOR",
            Self::Internship => "INTERN",
            Self::Temporary => "TEMPORARY",
        }
    }
}

/// Longest slug accepted in a URL.
pub const MAX_SLUG_LEN: usize = 120;

/// Makes a URL slug from a title: ASCII letters and digits joined by single hyphens.
/// Titles in other scripts fall back to `job`; callers make slugs unique.
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= MAX_SLUG_LEN - 8 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "job".to_owned()
    } else {
        slug.to_owned()
    }
}

/// Whether a path segment could be a slug; anything else is answered 404 without a lookup.
pub fn is_slug(candidate: &str) -> bool {
    !candidate.is_empty()
        && candidate.len() <= MAX_SLUG_LEN
        && candidate
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A piece of a job description: descriptions are plain text where blank lines separate
/// paragraphs and lines starting with `- ` make a list. No HTML is ever taken from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// Splits a description into paragraphs and lists.
pub fn description_blocks(description: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    for chunk in description
        .split("\n\n")
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let lines: Vec<&str> = chunk
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.iter().all(|line| line.starts_with("- ")) {
            blocks.push(Block::List(
                lines
                    .iter()
                    .map(|line| line[2..].trim().to_owned())
                    .collect(),
            ));
        } else {
            blocks.push(Block::Paragraph(lines.join(" ")));
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_with_single_hyphens() {
        assert_eq!(
            slugify("Senior Software Engineer, Video Platform"),
            "senior-software-engineer-video-platform"
        );
        assert_eq!(slugify("  C++ / Rust -- Developer!  "), "c-rust-developer");
        assert_eq!(slugify("王小明"), "job");
        assert!(is_slug(&slugify(&"long title ".repeat(50))));
    }

    #[test]
    fn only_slug_shaped_segments_are_slugs() {
        assert!(is_slug("product-designer-2"));
        assert!(!is_slug("../etc/passwd"));
        assert!(!is_slug("Product"));
        assert!(!is_slug("a'; DROP TABLE jobs;--"));
        assert!(!is_slug(""));
        assert!(!is_slug(&"a".repeat(MAX_SLUG_LEN + 1)));
    }

    #[test]
    fn stored_names_round_trip() {
        for kind in EmploymentType::ALL {
            assert_eq!(EmploymentType::parse(kind.as_str()), Some(kind));
        }
        for status in [JobStatus::Draft, JobStatus::Open, JobStatus::Closed] {
            assert_eq!(JobStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(JobStatus::parse("OPEN"), None);
    }

    #[test]
    fn only_open_jobs_are_public_and_closed_ones_say_so() {
        assert_eq!(PublicAccess::from(JobStatus::Open), PublicAccess::Open);
        assert_eq!(PublicAccess::from(JobStatus::Closed), PublicAccess::Closed);
        assert_eq!(PublicAccess::from(JobStatus::Draft), PublicAccess::Hidden);
    }

    #[test]
    fn descriptions_become_paragraphs_and_lists() {
        let text = "We build video.\nAll day.\n\n- Rust\n- SQL\n\nApply now.";
        assert_eq!(
            description_blocks(text),
            vec![
                Block::Paragraph("We build video. All day.".into()),
                Block::List(vec!["Rust".into(), "SQL".into()]),
                Block::Paragraph("Apply now.".into()),
            ]
        );
    }
}
