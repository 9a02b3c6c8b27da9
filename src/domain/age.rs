//! The minimum-age rule (docs/product.md, applying): 18 full calendar years on the submission date (UTC).
//! Someone born on 29 February turns 18 on 1 March of a common year.

use chrono::{Datelike, NaiveDate};

/// The minimum age to apply.
pub const MINIMUM_AGE: i32 = 18;

/// The day a person born on `birth` reaches `years` of age.
pub fn birthday_at_age(birth: NaiveDate, years: i32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(years)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        // Only 29 February can be missing: the birthday is then taken on 1 March.
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// Whether a person born on `birth` is at least 18 on `today`.
pub fn is_adult(birth: NaiveDate, today: NaiveDate) -> bool {
    birthday_at_age(birth, MINIMUM_AGE).is_some_and(|eighteenth| today >= eighteenth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn eighteen_today_is_old_enough_and_tomorrow_is_not() {
        assert!(is_adult(date(2008, 11, 27), date(2026, 11, 27)));
        assert!(!is_adult(date(2008, 11, 28), date(2026, 11, 27)));
        assert!(!is_adult(date(2008, 11, 27), date(2026, 11, 26)));
    }

    #[test]
    fn a_leap_day_baby_turns_eighteen_on_the_first_of_march_in_a_common_year() {
        let birth = date(2008, 2, 29);
        assert!(!is_adult(birth, date(2026, 2, 28)));
        assert!(is_adult(birth, date(2026, 3, 1)));
        // In a leap year the birthday exists.
        let birth = date(2004, 2, 29);
        assert!(!is_adult(birth, date(2022, 2, 28)));
        assert!(is_adult(birth, date(2022, 3, 1)));
        assert_eq!(
            birthday_at_age(date(2000, 2, 29), 24),
            Some(date(2024, 2, 29))
        );
    }

    #[test]
    fn the_last_day_of_a_month_is_not_shifted() {
        assert!(!is_adult(date(2008, 12, 31), date(2026, 12, 30)));
        assert!(is_adult(date(2008, 12, 31), date(2026, 12, 31)));
        assert!(is_adult(date(2008, 1, 1), date(2026, 1, 1)));
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1900i32..2100, 1u32..=366).prop_filter_map("a real day", |(y, ordinal)| {
            NaiveDate::from_yo_opt(y, ordinal)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn adulthood_starts_exactly_on_the_eighteenth_birthday(birth in any_date()) {
            let eighteenth = birthday_at_age(birth, MINIMUM_AGE).expect("in range");
            prop_assert!(is_adult(birth, eighteenth));
            prop_assert!(!is_adult(birth, eighteenth.pred_opt().expect("a day before")));
        }

        #[test]
        fn once_adult_always_adult(birth in any_date(), today in any_date(), later in 0u64..40_000) {
            if is_adult(birth, today) {
                let later = today.checked_add_days(chrono::Days::new(later)).expect("in range");
                prop_assert!(is_adult(birth, later));
            }
        }

        #[test]
        fn the_rule_agrees_with_counting_full_years(birth in any_date(), today in any_date()) {
            // Full years by comparing (month, day), with 29 February counted as 1 March.
            let as_common = |d: NaiveDate| if d.month() == 2 && d.day() == 29 { (3, 1) } else { (d.month(), d.day()) };
            let birth_md = as_common(birth);
            let today_md = (today.month(), today.day());
            let mut years = today.year() - birth.year();
            let leap_birthday_exists = birth.month() == 2 && birth.day() == 29
                && NaiveDate::from_ymd_opt(today.year(), 2, 29).is_some();
            let reached = if leap_birthday_exists { today_md >= (2, 29) } else { today_md >= birth_md };
            if !reached {
                years -= 1;
            }
            prop_assert_eq!(is_adult(birth, today), years >= MINIMUM_AGE);
        }
    }
}
