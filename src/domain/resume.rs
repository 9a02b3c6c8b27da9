//! Resumes: the accepted kinds, recognised by content, and the name shown for a file.

use serde::{Deserialize, Serialize};

/// Longest original file name kept for display, in characters.
const MAX_DISPLAY_NAME_CHARS: usize = 100;

/// What a resume file is, decided by its bytes, never by its name or declared type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResumeKind {
    Pdf,
    Docx,
    Text,
}

impl ResumeKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Text => "text",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Pdf, Self::Docx, Self::Text]
            .into_iter()
            .find(|k| k.as_str() == raw)
    }

    /// The media type a download is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Text => "text/plain; charset=utf-8",
        }
    }

    /// The extension a download is named with.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Text => "txt",
        }
    }
}

/// A first guess from the opening bytes: a PDF header, a ZIP container (a DOCX if it
/// holds a Word document, checked when its text is read), or text. Anything with a
/// byte that never appears in UTF-8 text (NUL and other C0 controls but tab, CR, LF and
/// form feed) is none of these.
pub fn sniff(head: &[u8]) -> Option<ResumeKind> {
    if head.starts_with(b"%PDF-") {
        Some(ResumeKind::Pdf)
    } else if head.starts_with(b"PK\x03\x04") {
        Some(ResumeKind::Docx)
    } else if !head.is_empty()
        && head
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
    {
        Some(ResumeKind::Text)
    } else {
        None
    }
}

/// The name shown for an upload: the last path component of what the browser sent,
/// without control characters, at most 100 characters; `resume` when nothing is left.
pub fn display_name(raw: Option<&str>) -> String {
    let base = raw
        .unwrap_or_default()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_DISPLAY_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        "resume".to_owned()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Some(ResumeKind::Pdf));
        assert_eq!(sniff(b"PK\x03\x04\x14\x00"), Some(ResumeKind::Docx));
        assert_eq!(
            sniff("José Ólafur\nRust engineer".as_bytes()),
            Some(ResumeKind::Text)
        );
        assert_eq!(
            sniff(b"MZ\x90\x00\x03\x00"),
            None,
            "a Windows executable renamed .pdf"
        );
        assert_eq!(sniff(b"\x7fELF\x02\x01"), None);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn display_names_lose_paths_and_control_characters() {
        assert_eq!(display_name(Some("../../etc/passwd")), "passwd");
        assert_eq!(display_name(Some("C:\\Users\\me\\CV.pdf")), "CV.pdf");
        assert_eq!(display_name(Some("cv\u{0}\n.pdf")), "cv.pdf");
        assert_eq!(display_name(Some("..")), "resume");
        assert_eq!(display_name(Some(".htaccess")), "htaccess");
        assert_eq!(display_name(None), "resume");
        assert_eq!(display_name(Some(&"é".repeat(300))).chars().count(), 100);
        assert_eq!(
            display_name(Some("<script>.pdf")),
            "<script>.pdf",
            "kept as text; escaped when shown"
        );
    }
}
