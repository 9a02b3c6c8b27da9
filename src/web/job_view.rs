//! How a job is shown: one serialisable shape for pages, the JSON API and the feed.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::job::{Block, EmploymentType, description_blocks};
use crate::i18n::Lang;
use crate::store::jobs::JobWithAffiliate;

/// A job in a list, the API and the feed, as shown in one language: its translation
/// into that language where it has one, else its own text (`lang` says which).
#[derive(Debug, Clone, Serialize)]
pub struct JobSummary {
    pub slug: String,
    pub title: String,
    pub affiliate: String,
    pub affiliate_name: String,
    pub location: String,
    pub department: String,
    pub employment_type: &'static str,
    pub employment_type_label: String,
    pub remote: bool,
    pub published_at: Option<String>,
    pub published_on: Option<String>,
    pub closes_at: Option<String>,
    pub url: String,
    /// The language of `title` and `location`.
    pub lang: &'static str,
    /// The language the job is written in (its department, and any text not translated).
    pub primary_lang: &'static str,
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
    /// The name of `lang`, in the page's language.
    pub lang_name: String,
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

/// "27 November 2026", "27. November 2026": a day in `lang`.
pub fn date_in(lang: Lang, at: DateTime<Utc>) -> String {
    lang.formats().date(at.date_naive())
}

/// "27 November 2026": a day on staff pages, which are in the default language.
pub fn human_date(at: DateTime<Utc>) -> String {
    date_in(Lang::default_lang(), at)
}

/// The text a job shows in `lang`: its translation's, else its own, and which language
/// that is. A translation without a location label keeps the job's.
fn shown_text(item: &JobWithAffiliate) -> (&str, &str, &str, Lang) {
    let job = &item.job;
    match &item.translation {
        Some(t) => (
            &t.title,
            if t.location.is_empty() {
                &job.location
            } else {
                &t.location
            },
            &t.description,
            Lang::stored(&t.language),
        ),
        None => (
            &job.title,
            &job.location,
            &job.description,
            Lang::stored(&job.language),
        ),
    }
}

impl JobSummary {
    /// The summary of a job in `lang`, with absolute links under `base_url`.
    pub fn new(item: &JobWithAffiliate, base_url: &str, lang: Lang) -> Self {
        let job = &item.job;
        let kind = employment_type(&job.employment_type);
        let (title, location, _, shown) = shown_text(item);
        Self {
            slug: job.slug.clone(),
            title: title.to_owned(),
            affiliate: item.affiliate.code.clone(),
            affiliate_name: item.affiliate.legal_name.clone(),
            location: location.to_owned(),
            department: job.department.clone(),
            employment_type: kind.as_str(),
            employment_type_label: lang.text(&format!("employment-{}", kind.as_str()), None),
            remote: job.remote,
            published_at: job.published_at.map(machine_time),
            published_on: job.published_at.map(|at| date_in(lang, at)),
            closes_at: job.closes_at.map(machine_time),
            url: format!("{base_url}{}/jobs/{}", lang.prefix(), job.slug),
            lang: shown.code(),
            primary_lang: Lang::stored(&job.language).code(),
        }
    }
}

impl JobDetail {
    /// The full view of a job in `lang`.
    pub fn new(item: &JobWithAffiliate, base_url: &str, lang: Lang) -> Self {
        let job = &item.job;
        let (_, _, description, shown) = shown_text(item);
        Self {
            summary: JobSummary::new(item, base_url, lang),
            affiliate_region: item.affiliate.region.clone(),
            closes_on: job.closes_at.map(|at| date_in(lang, at)),
            salary: salary_text(
                lang,
                job.salary_min,
                job.salary_max,
                job.salary_currency.as_deref(),
                job.salary_period.as_deref(),
            ),
            blocks: description_blocks(description),
            lang_name: shown.name().to_owned(),
        }
    }
}

/// "USD 165,000–215,000 a year", "USD 165.000–215.000 pro Jahr".
fn salary_text(
    lang: Lang,
    min: Option<i32>,
    max: Option<i32>,
    currency: Option<&str>,
    period: Option<&str>,
) -> Option<String> {
    let (min, max, currency) = (min?, max?, currency?);
    let key = match period {
        Some("hour") => "salary-hour",
        _ => "salary-year",
    };
    let (min, max) = (
        lang.formats().number(i64::from(min)),
        lang.formats().number(i64::from(max)),
    );
    let args = crate::i18n::args(&[("currency", currency), ("min", &min), ("max", &max)]);
    Some(lang.text(key, Some(&args)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salaries_read_naturally_in_each_language() {
        let en = Lang::default_lang();
        assert_eq!(
            salary_text(en, Some(165_000), Some(215_000), Some("USD"), Some("year")).as_deref(),
            Some("USD 165,000–215,000 a year")
        );
        assert_eq!(
            salary_text(en, Some(28), Some(34), Some("USD"), Some("hour")).as_deref(),
            Some("USD 28–34 an hour")
        );
        assert_eq!(salary_text(en, None, Some(1), Some("USD"), None), None);
        let de = Lang::from_code("de").expect("German");
        let german = salary_text(
            de,
            Some(1_650_000),
            Some(2_150_000),
            Some("EUR"),
            Some("year"),
        )
        .expect("salary");
        assert!(
            german.contains("1.650.000") && german.contains("2.150.000"),
            "{german}"
        );
    }
}
