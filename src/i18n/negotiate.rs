//! Choosing a language from a browser's `Accept-Language` header (RFC 9110, 12.5.4).

/// Longest header read, and most entries looked at: the rest is ignored, so a hostile
/// header costs no more than a normal one.
const MAX_HEADER_BYTES: usize = 1024;
const MAX_ENTRIES: usize = 32;

/// The first of `available` the header accepts, in the header's order of preference;
/// `None` when it accepts none of them (or only `*`, which leaves the choice to us).
/// A tag matches a language with the same primary subtag: `de-AT` and `de` both pick
/// `de`, `zh-TW` picks `zh`. Entries with `q=0` are refused, not merely ranked last.
pub fn negotiate<'a>(header: &str, available: &[&'a str]) -> Option<&'a str> {
    let mut end = header.len().min(MAX_HEADER_BYTES);
    while !header.is_char_boundary(end) {
        end -= 1;
    }
    let header = &header[..end];
    let mut wanted: Vec<(u16, usize, String)> = header
        .split(',')
        .take(MAX_ENTRIES)
        .enumerate()
        .filter_map(|(order, entry)| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim().to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(parse_quality))
                .unwrap_or(Some(1000))?;
            (quality > 0 && !tag.is_empty()).then_some((quality, order, tag))
        })
        .collect();
    // Highest quality first; equal qualities keep the header's order.
    wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.iter().find_map(|(_, _, tag)| {
        let primary = tag.split('-').next().unwrap_or(tag);
        available
            .iter()
            .find(|code| code.eq_ignore_ascii_case(tag) || code.eq_ignore_ascii_case(primary))
            .copied()
    })
}

/// A quality value (`0`, `0.5`, `1.000`) in thousandths; `None` when malformed.
fn parse_quality(raw: &str) -> Option<u16> {
    let raw = raw.trim();
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: &[&str] = &["en", "ar", "de", "es", "fr", "ja", "zh"];

    #[test]
    fn the_most_preferred_language_we_have_wins() {
        assert_eq!(negotiate("de-DE,de;q=0.9,en;q=0.8", OURS), Some("de"));
        assert_eq!(
            negotiate("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", OURS),
            Some("fr")
        );
        assert_eq!(negotiate("en;q=0.5, ja", OURS), Some("ja"));
        assert_eq!(negotiate("zh-TW,zh;q=0.9", OURS), Some("zh"));
        assert_eq!(negotiate("AR-eg", OURS), Some("ar"));
        assert_eq!(negotiate("pt-BR, es;q=0.3", OURS), Some("es"));
    }

    #[test]
    fn equal_qualities_keep_the_header_order() {
        assert_eq!(negotiate("ja;q=0.8, de;q=0.8", OURS), Some("ja"));
    }

    #[test]
    fn nothing_we_have_or_only_a_wildcard_leaves_the_choice_to_us() {
        assert_eq!(negotiate("pt-BR, ru;q=0.5", OURS), None);
        assert_eq!(negotiate("*", OURS), None);
        assert_eq!(negotiate("", OURS), None);
    }

    #[test]
    fn refused_and_malformed_entries_are_skipped() {
        assert_eq!(negotiate("de;q=0, fr;q=0.1", OURS), Some("fr"));
        assert_eq!(
            negotiate("de;q=2, es;q=abc, ja;q=0.0001, fr;q=.5", OURS),
            None
        );
        assert_eq!(negotiate(";;;,,,=,de", OURS), Some("de"));
        assert_eq!(negotiate("de;q=1.000", OURS), Some("de"));
    }

    #[test]
    fn hostile_headers_cost_no_more_than_their_first_kilobyte() {
        let long = format!("{}de", "xx-yy;q=0.1,".repeat(10_000));
        assert_eq!(negotiate(&long, OURS), None);
        assert_eq!(negotiate(&"é".repeat(5_000), OURS), None);
        assert_eq!(
            negotiate(&format!("de,{}", "x,".repeat(10_000)), OURS),
            Some("de")
        );
    }
}
