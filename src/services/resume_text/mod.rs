//! Text out of a resume file, for the sensitive-data scan and the staff preview: plain
//! functions over bytes, with a cap on what a file may inflate to and on the text kept.
//! Files with active content (macros, scripts, embedded files) are refused here too: the
//! parsers are the ones that see a file's structure. The server never calls these on a
//! PDF or DOCX itself: `resume_reader` runs them in a child process with memory and
//! time limits.

mod docx;
mod pdf;

use crate::domain::resume::ResumeKind;

/// Most text kept from one resume; the scan and preview need no more.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;

/// Why a resume's text could not be read. The messages are shown to the applicant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("The PDF is password-protected. Please upload a version without a password.")]
    Encrypted,
    #[error(
        "The file could not be read as a PDF, Word (.docx) or text document. It may be damaged."
    )]
    Unreadable,
    #[error("The file is not a Word (.docx) document.")]
    NotDocx,
    /// Past the reader's time or memory limit (`resume_reader`).
    #[error("Reading the file took too long or too much memory. Please upload a simpler version.")]
    TooComplex,
    /// Macros, scripts, launch actions, embedded files or objects: things that run or
    /// carry other files, which a resume never needs.
    #[error("The file holds active content ({0}). Please upload a plain document.")]
    ActiveContent(ActiveContent),
}

/// The kinds of active content a resume may not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ActiveContent {
    #[error("JavaScript")]
    Script,
    #[error("an action that opens another file or program")]
    Launch,
    #[error("embedded files")]
    EmbeddedFile,
    #[error("an XFA form")]
    XfaForm,
    #[error("rich media")]
    RichMedia,
    #[error("macros")]
    Macros,
    #[error("ActiveX controls")]
    ActiveX,
    #[error("embedded objects")]
    EmbeddedObject,
    #[error("a template loaded from elsewhere")]
    RemoteTemplate,
}

impl ActiveContent {
    /// Every kind, in the order of the child's exit codes (`resume_reader`).
    pub const ALL: [Self; 9] = [
        Self::Script,
        Self::Launch,
        Self::EmbeddedFile,
        Self::XfaForm,
        Self::RichMedia,
        Self::Macros,
        Self::ActiveX,
        Self::EmbeddedObject,
        Self::RemoteTemplate,
    ];
}

/// The text of a resume, or why it cannot be read.
pub fn extract(kind: ResumeKind, bytes: &[u8]) -> Result<String, ExtractError> {
    let text = match kind {
        ResumeKind::Pdf => pdf::text(bytes)?,
        ResumeKind::Docx => docx::text(bytes)?,
        ResumeKind::Text => std::str::from_utf8(bytes)
            .map_err(|_| ExtractError::Unreadable)?
            .to_owned(),
    };
    Ok(truncate(without_control_characters(text)))
}

/// Control characters other than tabs and line ends carry no text, and PostgreSQL
/// refuses NUL in text: a glyph a PDF font cannot map comes out as U+0000.
fn without_control_characters(text: String) -> String {
    if !text.chars().any(is_stray_control) {
        return text;
    }
    text.chars().filter(|c| !is_stray_control(*c)).collect()
}

fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

fn truncate(mut text: String) -> String {
    if text.len() > MAX_TEXT_BYTES {
        let mut end = MAX_TEXT_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_in_any_kind_is_a_clear_error() {
        assert_eq!(
            extract(ResumeKind::Pdf, b"%PDF-1.4 garbage"),
            Err(ExtractError::Unreadable)
        );
        assert_eq!(
            extract(ResumeKind::Docx, b"PK\x03\x04 garbage"),
            Err(ExtractError::Unreadable)
        );
        assert_eq!(
            extract(ResumeKind::Text, b"\xff\xfe\x00bad"),
            Err(ExtractError::Unreadable)
        );
        assert_eq!(extract(ResumeKind::Pdf, b""), Err(ExtractError::Unreadable));
    }

    #[test]
    fn control_characters_other_than_line_ends_are_dropped() {
        assert_eq!(
            extract(ResumeKind::Text, "a\0b\u{7}c\td\r\ne\u{85}f".as_bytes()).as_deref(),
            Ok("abc\td\r\nef")
        );
    }

    #[test]
    fn long_text_is_cut_on_a_character_boundary() {
        let text = extract(ResumeKind::Text, "é".repeat(MAX_TEXT_BYTES).as_bytes()).expect("text");
        assert!(text.len() <= MAX_TEXT_BYTES && text.chars().all(|c| c == 'é'));
    }

    #[test]
    fn refusals_for_active_content_name_what_was_found() {
        assert_eq!(
            ExtractError::ActiveContent(ActiveContent::Macros).to_string(),
            "The file holds active content (macros). Please upload a plain document."
        );
    }
}
