//! Pseudo-localisation: every translated text made longer and accented, so that a page
//! built for short English strings shows where longer languages would overflow, and any
//! text still plain is text nobody translates (the `pseudo_localise` setting).

/// `text` with its letters accented, vowels doubled and padded to at least 40% longer
/// (German or French next to English), the padding glued to the last word as a long
/// compound would be, and the whole in brackets so that cut-off text shows. Markup
/// (`<…>`) and character references (`&…;`) pass through unchanged and do not count.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2 + 4);
    out.push('[');
    let mut in_tag = false;
    let mut in_reference = false;
    // Visible characters in, and how many more went out.
    let (mut visible, mut grown) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '<' if !in_reference => in_tag = true,
            '&' if !in_tag => in_reference = true,
            _ => {}
        }
        if in_tag || in_reference {
            out.push(c);
            in_tag &= c != '>';
            in_reference &= c != ';' && !c.is_whitespace();
            continue;
        }
        visible += 1;
        match accent(c) {
            Some(accented) if "aeiouAEIOU".contains(c) => {
                out.push(accented);
                out.push(accented);
                grown += 1;
            }
            Some(accented) => out.push(accented),
            None => out.push(c),
        }
    }
    let wanted = (visible * 2).div_ceil(5);
    out.extend(std::iter::repeat_n('·', wanted.saturating_sub(grown)));
    out.push(']');
    out
}

fn accent(c: char) -> Option<char> {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_vowels_doubled() {
        assert_eq!(pseudo("Apply now"), "[ÀÀþþļý ñööŵ··]");
        assert_eq!(pseudo("3 jobs!"), "[3 ĵööƀš!··]");
    }

    #[test]
    fn markup_and_references_pass_through() {
        assert_eq!(
            pseudo(r#"Read the <a href="/privacy">notice</a> &amp; more"#),
            r#"[Ŕééààđ ţĥéé <a href="/privacy">ñööţîîçéé</a> &amp; ɱööŕéé·]"#
        );
        // A lone ampersand is text, not the start of a reference that swallows the rest.
        assert_eq!(pseudo("R & D"), "[Ŕ & Đ··]");
    }

    #[test]
    fn the_result_is_at_least_forty_percent_longer() {
        for english in [
            "Please enter your date of birth as YYYY-MM-DD, for example 1990-04-23.",
            "Jobs",
            "x",
        ] {
            let longer = pseudo(english).chars().count() - 2;
            assert!(longer * 5 >= english.chars().count() * 7, "{english}");
        }
    }
}
