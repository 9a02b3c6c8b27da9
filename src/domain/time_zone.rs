//! Time zones: staff and applicants in the US, EMEA and APAC read times in their own
//! zone, while every stored time is UTC. Local times typed into forms are read in a
//! zone with its daylight-saving rules: a time that does not exist there (the hour
//! skipped in spring) is refused, a time that happens twice (the hour repeated in
//! autumn) is taken at its first occurrence.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::i18n::Lang;

/// The zone of each country whose zones all keep the same time.
const COUNTRY_ZONES: &str = include_str!("country_zones.txt");

/// A valid IANA zone name (`Europe/Berlin`, `America/New_York`, `UTC`).
pub fn parse_zone(raw: &str) -> Result<Tz, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("Please choose a time zone.");
    }
    raw.parse::<Tz>()
        .map_err(|_| "This is not a time zone we know. Please choose one from the list.")
}

/// A stored zone name read back; a name no longer known counts as UTC.
pub fn stored_zone(raw: &str) -> Tz {
    raw.parse().unwrap_or(Tz::UTC)
}

/// The zones offered in forms: every canonical `Area/Location` name and UTC, sorted.
pub fn choices() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|name| {
            name.contains('/')
                && ![
                    "Etc/", "US/", "SystemV/", "Canada/", "Brazil/", "Chile/", "Mexico/",
                ]
                .iter()
                .any(|legacy| name.starts_with(legacy))
        })
        .collect();
    names.push("UTC");
    names.sort_unstable();
    names
}

/// The zone of a country that keeps one time everywhere, if it does.
pub fn of_country(code: &str) -> Option<Tz> {
    COUNTRY_ZONES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| {
            let (country, zone) = line.split_once(' ')?;
            (country == code)
                .then(|| zone.trim().parse().ok())
                .flatten()
        })
}

/// Why a local time cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LocalTimeError {
    #[error("Please enter a date and time as YYYY-MM-DD HH:MM.")]
    Malformed,
    #[error(
        "That time does not exist in this time zone (the clocks skip it for daylight saving time)."
    )]
    Skipped,
}

/// A local time typed as `YYYY-MM-DDTHH:MM` (a `datetime-local` field) or
/// `YYYY-MM-DD HH:MM`, read in `zone`.
pub fn parse_local(raw: &str, zone: Tz) -> Result<DateTime<Utc>, LocalTimeError> {
    let raw = raw.trim();
    let naive = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(raw, format).ok())
        .ok_or(LocalTimeError::Malformed)?;
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(LocalTimeError::Skipped),
    }
}

/// `2026-12-07 15:00 CET`: a time as people in `zone` read it, with the zone's
/// abbreviation (or its offset where it has none).
pub fn show(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .format("%Y-%m-%d %H:%M %Z")
        .to_string()
}

/// `Monday 7 December 2026, 15:00 CET`: the same, for mails and invitations.
pub fn show_long(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .format("%A %-d %B %Y, %H:%M %Z")
        .to_string()
}

/// The same in an applicant's language: `Montag, 7. Dezember 2026 um 15:00 CET`.
pub fn show_in(lang: Lang, at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    format!(
        "{} {}",
        lang.formats().date_time(local.naive_local()),
        local.format("%Z")
    )
}

/// `2026-12-07T15:00`: the value of a `datetime-local` field for this time in `zone`.
pub fn field_value(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;
    use proptest::prelude::*;

    #[test]
    fn zones_parse_by_their_iana_names_only() {
        assert_eq!(parse_zone("Europe/Berlin"), Ok(Tz::Europe__Berlin));
        assert_eq!(parse_zone(" Asia/Tokyo "), Ok(Tz::Asia__Tokyo));
        assert_eq!(parse_zone("UTC"), Ok(Tz::UTC));
        for bad in [
            "",
            "Mars/Olympus",
            "CET+1",
            "europe/berlin/x",
            "<script>",
            "'; DROP",
        ] {
            assert!(parse_zone(bad).is_err(), "{bad:?}");
        }
        assert_eq!(stored_zone("Nowhere/Gone"), Tz::UTC);
        let choices = choices();
        assert!(choices.contains(&"America/New_York") && choices.contains(&"Asia/Singapore"));
        assert!(
            !choices
                .iter()
                .any(|z| z.starts_with("Etc/") || z.starts_with("US/"))
        );
    }

    #[test]
    fn countries_with_one_time_get_it_and_others_none() {
        assert_eq!(of_country("GB"), Some(Tz::Europe__London));
        assert_eq!(of_country("DE"), Some(Tz::Europe__Berlin));
        assert_eq!(of_country("JP"), Some(Tz::Asia__Tokyo));
        assert_eq!(of_country("SG"), Some(Tz::Asia__Singapore));
        assert_eq!(of_country("CN"), Some(Tz::Asia__Shanghai));
        assert_eq!(of_country("IN"), Some(Tz::Asia__Kolkata));
        for several in ["US", "AU", "ES", "BR", "CA", "RU", "XX"] {
            assert_eq!(of_country(several), None, "{several}");
        }
    }

    #[test]
    fn local_times_follow_daylight_saving_rules() {
        let berlin = Tz::Europe__Berlin;
        // Winter: UTC+1; summer: UTC+2.
        assert_eq!(
            parse_local("2026-12-07T15:00", berlin).map(|t| t.to_rfc3339()),
            Ok("2026-12-07T14:00:00+00:00".into())
        );
        assert_eq!(
            parse_local("2026-07-01 15:00", berlin).map(|t| t.to_rfc3339()),
            Ok("2026-07-01T13:00:00+00:00".into())
        );
        // 29 March 2026, 02:30 does not happen in Berlin.
        assert_eq!(
            parse_local("2026-03-29T02:30", berlin),
            Err(LocalTimeError::Skipped)
        );
        // 25 October 2026, 02:30 happens twice: the first (summer time) counts.
        assert_eq!(
            parse_local("2026-10-25T02:30", berlin).map(|t| t.to_rfc3339()),
            Ok("2026-10-25T00:30:00+00:00".into())
        );
        // New York's own dates; Tokyo and Singapore have none.
        assert_eq!(
            parse_local("2026-03-08T02:30", Tz::America__New_York),
            Err(LocalTimeError::Skipped)
        );
        for bad in [
            "",
            "tomorrow",
            "2026-02-30T10:00",
            "2026-12-07",
            "2026-12-07T25:00",
        ] {
            assert_eq!(
                parse_local(bad, berlin),
                Err(LocalTimeError::Malformed),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn times_show_with_the_zone() {
        let at = Utc
            .with_ymd_and_hms(2026, 12, 7, 14, 0, 0)
            .single()
            .expect("time");
        assert_eq!(show(at, Tz::Europe__Berlin), "2026-12-07 15:00 CET");
        assert_eq!(show(at, Tz::America__New_York), "2026-12-07 09:00 EST");
        assert_eq!(show(at, Tz::Asia__Tokyo), "2026-12-07 23:00 JST");
        assert_eq!(show(at, Tz::UTC), "2026-12-07 14:00 UTC");
        assert_eq!(
            show_long(at, Tz::Asia__Singapore),
            "Monday 7 December 2026, 22:00 +08"
        );
        assert_eq!(field_value(at, Tz::Europe__London), "2026-12-07T14:00");
    }

    proptest! {
        #[test]
        fn a_shown_field_value_reads_back_to_the_same_minute(minutes in 0i64..(60 * 24 * 366 * 3), zone in 0usize..chrono_tz::TZ_VARIANTS.len()) {
            let zone = chrono_tz::TZ_VARIANTS[zone];
            let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().expect("time") + Duration::minutes(minutes);
            let back = parse_local(&field_value(at, zone), zone).expect("a time that happened reads back");
            // Ambiguous local times read back as their first occurrence.
            prop_assert!(back <= at && at - back <= Duration::hours(2), "{at} -> {back} in {zone}");
        }
    }
}
