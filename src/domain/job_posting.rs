//! A job posting as recruiters write it: the form's raw text parsed into checked values,
//! or a message per field.

use chrono::{DateTime, NaiveDate, Utc};

use super::country::Country;
use super::job::EmploymentType;
use super::text::clean_line;
use crate::i18n::Lang;

/// Currencies salaries may be given in.
pub const CURRENCIES: [&str; 6] = ["USD", "EUR", "GBP", "SGD", "AUD", "JPY"];
/// Periods salaries may be given per.
pub const PERIODS: [&str; 2] = ["year", "hour"];

/// The form as posted.
#[derive(Debug, Clone, Default)]
pub struct RawPosting<'a> {
    pub title: &'a str,
    pub department: &'a str,
    pub location: &'a str,
    pub country: &'a str,
    pub remote: bool,
    pub employment_type: &'a str,
    pub description: &'a str,
    pub salary_min: &'a str,
    pub salary_max: &'a str,
    pub salary_currency: &'a str,
    pub salary_period: &'a str,
    pub closes_on: &'a str,
    /// The language the job's own text is written in (a `locales/` folder name).
    pub language: &'a str,
    pub translations: Vec<RawTranslation<'a>>,
}

/// One language's version of the job's text as posted; all empty means none.
#[derive(Debug, Clone, Default)]
pub struct RawTranslation<'a> {
    pub language: &'a str,
    pub title: &'a str,
    pub location: &'a str,
    pub description: &'a str,
}

/// A checked translation: the public pages in its language show it. An empty location
/// means the job's own location reads the same in this language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub language: Lang,
    pub title: String,
    pub location: String,
    pub description: String,
}

/// A salary range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryRange {
    pub min: i32,
    pub max: i32,
    pub currency: &'static str,
    pub period: &'static str,
}

/// A checked posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub title: String,
    pub department: String,
    pub location: String,
    pub country: Country,
    pub remote: bool,
    pub employment_type: EmploymentType,
    pub description: String,
    pub salary: Option<SalaryRange>,
    /// The end of the day the posting closes, UTC.
    pub closes_at: Option<DateTime<Utc>>,
    pub language: Lang,
    /// At most one per other language.
    pub translations: Vec<Translation>,
}

/// Messages per form field (the field's `id` in the form).
pub type PostingErrors = Vec<(String, &'static str)>;

fn line(
    raw: &str,
    max: usize,
    field: &str,
    empty: &'static str,
    long: &'static str,
    errors: &mut PostingErrors,
) -> String {
    let value = clean_line(raw, usize::MAX);
    if value.is_empty() {
        errors.push((field.to_owned(), empty));
    } else if value.chars().count() > max {
        errors.push((field.to_owned(), long));
    }
    value
}

/// A description: trimmed, line endings normalised, 1–20,000 characters of text.
fn description(raw: &str, field: &str, errors: &mut PostingErrors) -> String {
    let description = raw.trim().replace("\r\n", "\n");
    let problem = if description.is_empty() {
        Some("Describe the job.")
    } else if description.chars().count() > 20_000 {
        Some("A description can be at most 20,000 characters.")
    } else if description
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Some("The description cannot contain control characters.")
    } else {
        None
    };
    if let Some(problem) = problem {
        errors.push((field.to_owned(), problem));
    }
    description
}

/// The translations that were filled in, checked; one in the primary language, or a
/// second one for a language, is refused rather than dropped.
fn translations(
    raw: &[RawTranslation<'_>],
    primary: Option<Lang>,
    errors: &mut PostingErrors,
) -> Vec<Translation> {
    let mut out: Vec<Translation> = Vec::new();
    for t in raw {
        let filled = [t.title, t.location, t.description]
            .iter()
            .any(|v| !v.trim().is_empty());
        if !filled {
            continue;
        }
        let field = |name: &str| format!("translation-{}-{name}", t.language);
        let Some(language) = Lang::from_code(t.language.trim()) else {
            errors.push((field("title"), "That is not one of the portal's languages."));
            continue;
        };
        if Some(language) == primary {
            errors.push((
                field("title"),
                "This is the job's own language: write its text in the fields above.",
            ));
            continue;
        }
        if out.iter().any(|o| o.language == language) {
            errors.push((field("title"), "Give each language's text once."));
            continue;
        }
        let title = line(
            t.title,
            120,
            &field("title"),
            "Give the translated title, or leave this language empty.",
            "A title can be at most 120 characters.",
            errors,
        );
        let location = clean_line(t.location, usize::MAX);
        if location.chars().count() > 120 {
            errors.push((
                field("location"),
                "A location can be at most 120 characters.",
            ));
        }
        let description = description(t.description, &field("description"), errors);
        out.push(Translation {
            language,
            title,
            location,
            description,
        });
    }
    out
}

impl Posting {
    /// Checks every field; all problems are reported at once.
    pub fn parse(raw: &RawPosting<'_>, today: NaiveDate) -> Result<Self, PostingErrors> {
        let mut errors = PostingErrors::new();
        let title = line(
            raw.title,
            120,
            "title",
            "Enter the job title.",
            "A title can be at most 120 characters.",
            &mut errors,
        );
        let department = line(
            raw.department,
            80,
            "department",
            "Enter the department.",
            "A department can be at most 80 characters.",
            &mut errors,
        );
        let location = line(
            raw.location,
            120,
            "location",
            "Enter the location.",
            "A location can be at most 120 characters.",
            &mut errors,
        );
        let country = Country::parse(raw.country);
        if country.is_none() {
            errors.push(("country".to_owned(), "Choose the country of the job."));
        }
        let employment_type = EmploymentType::parse(raw.employment_type.trim());
        if employment_type.is_none() {
            errors.push((
                "employment_type".to_owned(),
                "Choose the kind of employment.",
            ));
        }
        let description = description(raw.description, "description", &mut errors);
        let language = Lang::from_code(raw.language.trim());
        if language.is_none() {
            errors.push((
                "language".to_owned(),
                "Choose the language the job is written in.",
            ));
        }
        let translations = translations(&raw.translations, language, &mut errors);
        let salary = match (raw.salary_min.trim(), raw.salary_max.trim()) {
            ("", "") => None,
            (min, max) => {
                let amounts = (min.parse::<i32>(), max.parse::<i32>());
                let currency = CURRENCIES
                    .into_iter()
                    .find(|c| *c == raw.salary_currency.trim());
                let period = PERIODS.into_iter().find(|p| *p == raw.salary_period.trim());
                match (amounts, currency, period) {
                    ((Ok(min), Ok(max)), Some(currency), Some(period)) if 0 < min && min <= max => {
                        Some(SalaryRange {
                            min,
                            max,
                            currency,
                            period,
                        })
                    }
                    _ => {
                        errors.push((
                            "salary_min".to_owned(),
                            "Give both salary amounts as whole numbers, the first no larger than the second, with a currency and a period; or leave both empty.",
                        ));
                        None
                    }
                }
            }
        };
        let closes_at = match raw.closes_on.trim() {
            "" => None,
            day => match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                Ok(day) if day >= today => day.and_hms_opt(23, 59, 59).map(|t| t.and_utc()),
                Ok(_) => {
                    errors.push((
                        "closes_on".to_owned(),
                        "The closing date cannot be in the past.",
                    ));
                    None
                }
                Err(_) => {
                    errors.push((
                        "closes_on".to_owned(),
                        "Give the closing date as a date, like 2027-03-31.",
                    ));
                    None
                }
            },
        };
        match (country, employment_type, language, errors.is_empty()) {
            (Some(country), Some(employment_type), Some(language), true) => Ok(Self {
                title,
                department,
                location,
                country,
                remote: raw.remote,
                employment_type,
                description,
                salary,
                closes_at,
                language,
                translations,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> RawPosting<'static> {
        RawPosting {
            title: " Ingénieur vidéo ",
            department: "Engineering",
            location: "Paris",
            country: "fr",
            remote: true,
            employment_type: "full_time",
            description: "Build things.\r\nWith us.",
            salary_min: "50000",
            salary_max: "70000",
            salary_currency: "EUR",
            salary_period: "year",
            closes_on: "2027-01-31",
            language: "fr",
            translations: vec![
                RawTranslation {
                    language: "en",
                    title: "Video engineer",
                    location: "",
                    description: "Build things.",
                },
                RawTranslation {
                    language: "de",
                    ..RawTranslation::default()
                },
            ],
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
    }

    #[test]
    fn a_complete_posting_parses() {
        let posting = Posting::parse(&valid(), today()).expect("valid");
        assert_eq!(posting.title, "Ingénieur vidéo");
        assert_eq!(posting.country.code(), "FR");
        assert_eq!(posting.description, "Build things.\nWith us.");
        assert_eq!(
            posting.salary.map(|s| (s.min, s.currency)),
            Some((50000, "EUR"))
        );
        assert_eq!(
            posting.closes_at.map(|t| t.to_rfc3339()),
            Some("2027-01-31T23:59:59+00:00".into())
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let raw = RawPosting {
            title: "",
            country: "XX",
            employment_type: "forever",
            description: " ",
            salary_min: "70000",
            salary_max: "50000",
            closes_on: "2020-01-01",
            ..valid()
        };
        let errors = Posting::parse(&raw, today()).expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "title",
                "country",
                "employment_type",
                "description",
                "salary_min",
                "closes_on"
            ]
        );
        let no_salary = RawPosting {
            salary_min: "",
            salary_max: "",
            closes_on: "",
            ..valid()
        };
        assert_eq!(
            Posting::parse(&no_salary, today()).expect("valid").salary,
            None
        );
        let half = RawPosting {
            salary_max: "",
            ..valid()
        };
        assert!(Posting::parse(&half, today()).is_err());
    }

    #[test]
    fn translations_are_checked_and_empty_ones_skipped() {
        let posting = Posting::parse(&valid(), today()).expect("valid");
        assert_eq!(posting.language.code(), "fr");
        assert_eq!(
            posting.translations.len(),
            1,
            "the empty German one is not kept"
        );
        assert_eq!(posting.translations[0].language.code(), "en");
        assert_eq!(posting.translations[0].location, "");
        let field = |raw: RawPosting<'_>| -> Vec<String> {
            Posting::parse(&raw, today())
                .expect_err("invalid")
                .into_iter()
                .map(|(f, _)| f)
                .collect()
        };
        let one = |t: RawTranslation<'static>| RawPosting {
            translations: vec![t],
            ..valid()
        };
        let german = RawTranslation {
            language: "de",
            title: "Videoingenieur",
            location: "Paris",
            description: "Dinge bauen.",
        };
        assert_eq!(
            field(one(RawTranslation {
                language: "fr",
                ..german.clone()
            })),
            ["translation-fr-title"],
            "the primary language is not a translation"
        );
        assert_eq!(
            field(one(RawTranslation {
                language: "xx",
                ..german.clone()
            })),
            ["translation-xx-title"]
        );
        assert_eq!(
            field(one(RawTranslation {
                title: " ",
                ..german.clone()
            })),
            ["translation-de-title"],
            "a translation needs its title"
        );
        assert_eq!(
            field(one(RawTranslation {
                description: "\u{7}",
                ..german.clone()
            })),
            ["translation-de-description"]
        );
        let twice = RawPosting {
            translations: vec![german.clone(), german.clone()],
            ..valid()
        };
        assert_eq!(field(twice), ["translation-de-title"]);
        assert_eq!(
            field(RawPosting {
                language: "klingon",
                ..valid()
            }),
            ["language"]
        );
        let script = one(RawTranslation {
            title: "<script>alert(1)</script>",
            ..german
        });
        let parsed = Posting::parse(&script, today()).expect("text is text");
        assert_eq!(parsed.translations[0].title, "<script>alert(1)</script>");
    }
}
