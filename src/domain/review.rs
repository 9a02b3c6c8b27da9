//! What reviewers write: notes and ratings.

/// Longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 5000;

/// A note's text: trimmed, 1 to 5,000 characters, no control characters but line breaks.
pub fn parse_note(raw: &str) -> Result<String, &'static str> {
    let body = raw.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err("Write the note first.");
    }
    if body.chars().count() > MAX_NOTE_CHARS {
        return Err("A note can be at most 5,000 characters long.");
    }
    if body
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err("A note cannot contain control characters.");
    }
    Ok(body)
}

/// A rating from 1 to 5.
pub fn parse_score(raw: &str) -> Result<i16, &'static str> {
    match raw.trim().parse::<i16>() {
        Ok(score) if (1..=5).contains(&score) => Ok(score),
        _ => Err("Choose a rating from 1 to 5."),
    }
}

/// The average of some scores, to one decimal, if any.
pub fn average(scores: &[i16]) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let sum: i32 = scores.iter().map(|s| i32::from(*s)).sum();
    let mean = f64::from(sum) / scores.len() as f64;
    Some((mean * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_trimmed_bounded_and_keep_line_breaks() {
        assert_eq!(
            parse_note("  first line\r\nsecond  ").as_deref(),
            Ok("first line\nsecond")
        );
        assert!(parse_note(" \n ").is_err());
        assert!(parse_note(&"é".repeat(5000)).is_ok());
        assert!(parse_note(&"é".repeat(5001)).is_err());
        assert!(parse_note("bell\u{7}").is_err());
        assert_eq!(
            parse_note("<script>x</script>").as_deref(),
            Ok("<script>x</script>"),
            "escaped when shown, not here"
        );
    }

    #[test]
    fn scores_are_one_to_five() {
        assert_eq!(parse_score(" 5 "), Ok(5));
        for bad in ["0", "6", "-1", "3.5", "", "five", "99999999"] {
            assert!(parse_score(bad).is_err(), "{bad}");
        }
        assert_eq!(average(&[]), None);
        assert_eq!(average(&[4, 5, 5]), Some(4.7));
    }
}
