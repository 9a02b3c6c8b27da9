//! What list pages share about their `?filters`: a day range from two typed dates, and
//! the query string that page links carry so a filter survives paging.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

/// A typed `YYYY-MM-DD` date, if it is one.
fn day(raw: Option<&str>) -> Option<NaiveDate> {
    raw.and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
}

/// From the start of the day `from` to the end of the day `to` (exclusive bound the
/// next midnight); a date that does not parse is no bound.
pub fn day_range(
    from: Option<&str>,
    to: Option<&str>,
) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    (
        day(from).and_then(midnight),
        day(to).and_then(midnight).map(|t| t + TimeDelta::days(1)),
    )
}

/// The non-empty pairs as `k=v&…&`, values percent-encoded, ready for `page=` to follow.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}&", rocket::http::RawStr::new(v).percent_encode()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_range_covers_whole_days_and_ignores_junk() {
        let (from, until) = day_range(Some("2026-02-28"), Some(" 2026-02-28 "));
        assert_eq!(
            from.map(|t| t.to_rfc3339()),
            Some("2026-02-28T00:00:00+00:00".into())
        );
        assert_eq!(
            until.map(|t| t.to_rfc3339()),
            Some("2026-03-01T00:00:00+00:00".into())
        );
        assert_eq!(
            day_range(Some("2026-02-30"), Some("yesterday")),
            (None, None)
        );
    }

    #[test]
    fn query_strings_skip_empty_values_and_encode_the_rest() {
        assert_eq!(
            query_string(&[("q", "a&b c"), ("stage", ""), ("job", "7")]),
            "q=a%26b%20c&job=7&"
        );
    }
}
