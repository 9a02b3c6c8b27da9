//! CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark so names in any
//! script open correctly, and cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return) neutralised with a leading `'`.

/// The byte-order mark spreadsheets need to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// One cell, neutralised and quoted as needed.
pub fn cell(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if risky {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// One line of cells, ending with CRLF.
pub fn line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = cells
        .iter()
        .map(|c| cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(
            cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(cell("+1 555"), "'+1 555");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tcmd"), "'\tcmd");
        assert_eq!(cell("\r=1"), "\"'\r=1\"");
        assert_eq!(cell("O'Brien, Seán"), "\"O'Brien, Seán\"");
        assert_eq!(cell("王小明"), "王小明");
        assert_eq!(line(&["a", "b,c", ""]), "a,\"b,c\",\r\n");
    }

    proptest! {
        #[test]
        fn no_cell_starts_a_formula_and_every_cell_reads_back(value in ".{0,40}") {
            let out = cell(&value);
            let unquoted = out.strip_prefix('"').map_or(out.clone(), |s| s.strip_suffix('"').unwrap_or(s).replace("\"\"", "\""));
            prop_assert!(!unquoted.starts_with(['=', '+', '-', '@', '\t', '\r']));
            let original = unquoted.strip_prefix('\'').filter(|_| value.starts_with(['=', '+', '-', '@', '\t', '\r'])).unwrap_or(&unquoted);
            prop_assert_eq!(original, value.as_str());
        }
    }
}
