//! Cleaning of free text that arrives from visitors.

/// Removes control characters (NUL included), folds runs of white space into one
/// space and trims; then keeps at most `max_chars` characters.
pub fn clean_line(raw: &str, max_chars: usize) -> String {
    raw.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max_chars)
        .collect()
}

/// The form used to match search text: cleaned and lower-cased in every script.
pub fn search_key(raw: &str, max_chars: usize) -> String {
    clean_line(raw, max_chars).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_runs_of_space_are_folded() {
        assert_eq!(clean_line("  a\u{0}b \t\r\n  c ", 100), "a b c");
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        assert_eq!(clean_line("王小明王小明", 3), "王小明");
    }

    #[test]
    fn search_key_folds_case_beyond_ascii() {
        assert_eq!(search_key("ÓLAFUR Ärger", 100), "ólafur ärger");
    }
}
