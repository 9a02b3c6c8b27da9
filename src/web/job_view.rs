//! How a job is shown: one serialisable shape for pages, the JSON API and the feed.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::job::{Block, EmploymentType, description_blocks};
use crate::store::jobs::JobWithAffiliate;

/// A job in a list, the API and the feed.
#[derive(Debug, Clone, Serialize)]
pub struct JobSummary {
    pub slug: String,
    pub title: String,
    pub affiliate: String,
    pub affiliate_name: String,
    pub location: String,
    pub department: String,
    pub employment_type: &'static str,
    pub employment_type_label: &'static str,
    pub remote: bool,
    pub published_at: Option<String>,
    pub published_on: Option<String>,
    pub closes_at: Option<String>,
    pub url: String,
}

/// A job's own page.
#[derive(Debug, Clone, Serialize)]
pub struct JobDetail {
    #[serde(flatten)]
    pub summary: JobSummary,
    pub affiliate_region: String,
    pub closes_on: Option<String>,
    pub salary: Option<String>,
    pub blocks: Vec<Block>,
}

fn employment_type(raw: &str) -> EmploymentType {
    // Stored values come from `EmploymentType::as_str`; full-time is the safe reading.
    EmploymentType::parse(raw).unwrap_or(EmploymentType::FullTime)
}

/// "2026-11-27T09:30:00Z": RFC 3339 to the second, as HTML's `<time datetime>` accepts
/// (at most three digits of fractions) and the API shows.
pub fn machine_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// "27 November 2026".
pub fn human_date(at: DateTime<Utc>) -> String {
    at.format("%-d %B %Y").to_string()
}

impl JobSummary {
    /// The summary of a job, with absolute links under `base_url`.
    pub fn new(item: &JobWithAffiliate, base_url: &str) -> Self {
        let job = &item.job;
        let kind = employment_type(&job.employment_type);
        Self {
            slug: job.slug.clone(),
            title: job.title.clone(),
            affiliate: item.affiliate.code.clone(),
            affiliate_name: item.affiliate.legal_name.clone(),
            location: job.location.clone(),
            department: job.department.clone(),
            employment_type: kind.as_str(),
            employment_type_label: kind.label(),
            remote: job.remote,
            published_at: job.published_at.map(machine_time),
            published_on: job.published_at.map(human_date),
            closes_at: job.closes_at.map(machine_time),
            url: format!("{base_url}/jobs/{}", job.slug),
        }
    }
}

impl JobDetail {
    /// The full view of a job.
    pub fn new(item: &JobWithAffiliate, base_url: &str) -> Self {
        let job = &item.job;
        Self {
            summary: JobSummary::new(item, base_url),
            affiliate_region: item.affiliate.region.clone(),
            closes_on: job.closes_at.map(human_date),
            salary: salary_text(
                job.salary_min,
                job.salary_max,
                job.salary_currency.as_deref(),
                job.salary_period.as_deref(),
            ),
            blocks: description_blocks(&job.description),
        }
    }
}

/// "USD 165,000–215,000 a year".
fn salary_text(
    min: Option<i32>,
    max: Option<i32>,
    currency: Option<&str>,
    period: Option<&str>,
) -> Option<String> {
    let (min, max, currency) = (min?, max?, currency?);
    let per = match period {
        Some("hour") => "an hour",
        _ => "a year",
    };
    Some(format!(
        "{currency} {}–{} {per}",
        thousands(min),
        thousands(max)
    ))
}

fn thousands(value: i32) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salaries_read_naturally() {
        assert_eq!(
            salary_text(Some(165_000), Some(215_000), Some("USD"), Some("year")).as_deref(),
            Some("USD 165,000–215,000 a year")
        );
        assert_eq!(
            salary_text(Some(28), Some(34), Some("USD"), Some("hour")).as_deref(),
            Some("USD 28–34 an hour")
        );
        assert_eq!(salary_text(None, Some(1), Some("USD"), None), None);
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(thousands(999), "999");
    }
}
