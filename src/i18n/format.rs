//! Dates, times, numbers and alphabetical order as a language writes them, from the
//! Unicode CLDR data ICU4X compiles in: `5. Dezember 2026`, `2026年12月5日`, `165.000`.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use icu_calendar::{Date, Gregorian};
use icu_collator::{Collator, CollatorBorrowed, options::CollatorOptions};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDE, YMDET};
use icu_datetime::input::{DateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

/// One language's formatters, made once: making them reads CLDR data.
pub struct Formats {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDET>,
    number: DecimalFormatter,
    collator: CollatorBorrowed<'static>,
}

/// CLDR has no data for the locale (not even its root fallback): a broken build.
#[derive(Debug, thiserror::Error)]
#[error("no formatting data for {locale}: {reason}")]
pub struct FormatsError {
    locale: String,
    reason: String,
}

impl Formats {
    /// The formatters for `locale` (a BCP 47 tag such as `en-GB` or `zh`).
    pub fn new(locale: &str) -> Result<Self, FormatsError> {
        let fail = |reason: String| FormatsError {
            locale: locale.to_owned(),
            reason,
        };
        let parsed: Locale = locale.parse().map_err(|e| fail(format!("{e:?}")))?;
        Ok(Self {
            date: FixedCalendarDateTimeFormatter::try_new((&parsed).into(), YMD::long())
                .map_err(|e| fail(format!("{e:?}")))?,
            date_time: FixedCalendarDateTimeFormatter::try_new(
                (&parsed).into(),
                YMDE::long().with_time_hm(),
            )
            .map_err(|e| fail(format!("{e:?}")))?,
            number: DecimalFormatter::try_new((&parsed).into(), Default::default())
                .map_err(|e| fail(format!("{e:?}")))?,
            collator: Collator::try_new((&parsed).into(), CollatorOptions::default())
                .map_err(|e| fail(format!("{e:?}")))?,
        })
    }

    /// A calendar date, written out: `27 November 2026`, `27. November 2026`.
    pub fn date(&self, date: NaiveDate) -> String {
        match gregorian(date) {
            Some(date) => self.date.format(&date).to_string(),
            None => date.to_string(),
        }
    }

    /// A wall-clock time with its weekday: `Monday 7 December 2026, 14:30`.
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        let time = Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0);
        match (gregorian(at.date()), time) {
            (Some(date), Ok(time)) => self.date_time.format(&DateTime { date, time }).to_string(),
            _ => at.format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    /// A whole number with the language's digits and grouping: `165,000`, `165.000`.
    pub fn number(&self, value: i64) -> String {
        self.number.format(&Decimal::from(value)).to_string()
    }

    /// Alphabetical order in the language, for lists people scan (countries).
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }
}

fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 5).expect("date")
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let cases = [
            ("en-GB", "5 December 2026"),
            ("de", "5. Dezember 2026"),
            ("fr", "5 décembre 2026"),
            ("es", "5 de diciembre de 2026"),
            ("ja", "2026年12月5日"),
            ("zh", "2026年12月5日"),
        ];
        for (locale, expected) in cases {
            let formats = Formats::new(locale).expect("formats");
            assert_eq!(formats.date(day()), expected, "{locale}");
        }
        let arabic = Formats::new("ar").expect("formats").date(day());
        assert!(arabic.contains("ديسمبر"), "{arabic}");
        // The portal's Arabic (ar-AE) writes Western digits, as its forms and references do.
        let gulf = Formats::new("ar-AE").expect("formats").date(day());
        assert!(gulf.contains("ديسمبر") && gulf.contains("2026"), "{gulf}");
    }

    #[test]
    fn times_carry_the_weekday_and_the_twenty_four_hour_clock_where_usual() {
        let at = day().and_hms_opt(14, 30, 0).expect("time");
        let german = Formats::new("de").expect("formats").date_time(at);
        assert!(
            german.contains("Samstag") && german.contains("14:30"),
            "{german}"
        );
        let english = Formats::new("en-GB").expect("formats").date_time(at);
        assert!(
            english.contains("Saturday") && english.contains("14:30"),
            "{english}"
        );
    }

    #[test]
    fn numbers_are_grouped_the_local_way() {
        assert_eq!(Formats::new("en-GB").expect("f").number(165_000), "165,000");
        assert_eq!(Formats::new("de").expect("f").number(165_000), "165.000");
        assert_eq!(
            Formats::new("es").expect("f").number(1_650_000),
            "1.650.000"
        );
        assert_eq!(Formats::new("ja").expect("f").number(-1_000), "-1,000");
    }

    #[test]
    fn alphabetical_order_follows_the_language() {
        let german = Formats::new("de").expect("f");
        assert_eq!(german.compare("Österreich", "Polen"), Ordering::Less);
        assert_eq!(german.compare("Ägypten", "Albanien"), Ordering::Less);
        let english = Formats::new("en-GB").expect("f");
        assert_eq!(english.compare("Åland", "Zambia"), Ordering::Less);
    }

    #[test]
    fn an_unknown_tag_is_an_error_not_a_panic() {
        assert!(Formats::new("not a tag").is_err());
    }
}
