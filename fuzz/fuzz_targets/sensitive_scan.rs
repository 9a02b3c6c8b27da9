//! The sensitive-data scanner over any text: the cover letter and the resume text go
//! through `Scanner::scan` when an application is submitted, and the stored resume text
//! through `Scanner::mask_identification_numbers` when staff open it.

#![no_main]

use std::sync::OnceLock;

use careers::domain::sensitive::{MAX_FINDINGS, Scanner};
use careers::services::resume_text::MAX_TEXT_BYTES;
use libfuzzer_sys::fuzz_target;

/// What masked characters become (`sensitive.rs` keeps it private).
const MASK: char = '•';

fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| Scanner::new().expect("the compiled-in phrase lists parse"))
}

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 as it is, anything else as a lossy text extraction would give it; no
    // longer than the app ever scans.
    let text = String::from_utf8_lossy(&data[..data.len().min(MAX_TEXT_BYTES)]);
    let scanner = scanner();

    let findings = scanner.scan(&text);
    assert!(findings.len() <= MAX_FINDINGS);

    // Masking only ever turns letters and digits into the mask, one for one.
    let masked = scanner.mask_identification_numbers(&text);
    assert_eq!(masked.chars().count(), text.chars().count());
    for (original, shown) in text.chars().zip(masked.chars()) {
        assert!(
            shown == original || (shown == MASK && original.is_alphanumeric()),
            "{original:?} became {shown:?}"
        );
    }
});
