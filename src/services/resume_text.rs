//! Text out of a resume file, for the sensitive-data scan and the staff preview: plain
//! functions over bytes, with a cap on what a DOCX may inflate to and on the text kept.
//! The server never calls them on a PDF or DOCX itself: `resume_reader` runs them in a
//! child process with memory and time limits.

use std::io::Read;

use crate::domain::resume::ResumeKind;

/// Most text kept from one resume; the scan and preview need no more.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;
/// Most bytes `word/document.xml` may inflate to: a zip bomb stops here.
const MAX_DOCX_XML_BYTES: u64 = 32 * 1024 * 1024;

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
}

/// The text of a resume, or why it cannot be read.
pub fn extract(kind: ResumeKind, bytes: &[u8]) -> Result<String, ExtractError> {
    let text = match kind {
        ResumeKind::Pdf => pdf_text(bytes)?,
        ResumeKind::Docx => docx_text(bytes)?,
        ResumeKind::Text => std::str::from_utf8(bytes)
            .map_err(|_| ExtractError::Unreadable)?
            .to_owned(),
    };
    Ok(truncate(text))
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

fn pdf_text(bytes: &[u8]) -> Result<String, ExtractError> {
    let document = lopdf::Document::load_mem(bytes).map_err(|error| match error {
        lopdf::Error::Decryption(_) | lopdf::Error::UnsupportedSecurityHandler(_) => {
            ExtractError::Encrypted
        }
        _ => ExtractError::Unreadable,
    })?;
    if document.is_encrypted() {
        return Err(ExtractError::Encrypted);
    }
    let mut text = String::new();
    for page in document.get_pages().keys() {
        // A page whose text cannot be decoded (odd fonts) is skipped, not fatal.
        if let Ok(page_text) = document.extract_text(&[*page]) {
            text.push_str(&page_text);
            text.push('\n');
        }
        if text.len() > MAX_TEXT_BYTES {
            break;
        }
    }
    Ok(text)
}

fn docx_text(bytes: &[u8]) -> Result<String, ExtractError> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| ExtractError::Unreadable)?;
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| ExtractError::NotDocx)?;
    if entry.encrypted() {
        return Err(ExtractError::Encrypted);
    }
    let mut xml = Vec::new();
    // `take` bounds what is inflated, whatever the entry's header claims.
    entry
        .take(MAX_DOCX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|_| ExtractError::Unreadable)?;
    if xml.len() as u64 > MAX_DOCX_XML_BYTES {
        return Err(ExtractError::Unreadable);
    }
    docx_xml_text(&xml)
}

/// The text runs of a WordprocessingML body, a line per paragraph.
fn docx_xml_text(xml: &[u8]) -> Result<String, ExtractError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut text = String::new();
    let mut in_text = false;
    loop {
        match reader
            .read_event_into(&mut buffer)
            .map_err(|_| ExtractError::Unreadable)?
        {
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == b"t" => in_text = false,
            Event::End(e) if e.local_name().as_ref() == b"p" => text.push('\n'),
            Event::Empty(e) if matches!(e.local_name().as_ref(), b"tab" | b"br") => text.push(' '),
            Event::Text(t) if in_text => {
                text.push_str(&t.unescape().map_err(|_| ExtractError::Unreadable)?);
                if text.len() > MAX_TEXT_BYTES {
                    break;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    pub(crate) fn docx(body_xml: &str) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", options).expect("entry");
        zip.write_all(body_xml.as_bytes()).expect("write");
        zip.finish().expect("finish");
        out.into_inner()
    }

    #[test]
    fn docx_paragraphs_and_runs_become_lines() {
        let xml = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>José</w:t></w:r><w:r><w:t xml:space="preserve"> Ólafur</w:t></w:r></w:p><w:p><w:r><w:t>SSN 123-45-6789 &amp; more</w:t></w:r></w:p></w:body></w:document>"#;
        let text = extract(ResumeKind::Docx, &docx(xml)).expect("text");
        assert_eq!(text, "José Ólafur\nSSN 123-45-6789 & more\n");
    }

    #[test]
    fn a_zip_without_a_word_document_is_not_a_docx() {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file("evil.exe", zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(b"MZ").expect("write");
        zip.finish().expect("finish");
        assert_eq!(
            extract(ResumeKind::Docx, &out.into_inner()),
            Err(ExtractError::NotDocx)
        );
    }

    #[test]
    fn a_zip_bomb_stops_at_the_inflation_cap() {
        // 40 MiB of one repeated character compresses to a few dozen KiB.
        let body = format!(
            "<w:document><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
            "a".repeat(40 << 20)
        );
        let bomb = docx(&body);
        assert!(bomb.len() < 1 << 20, "compressed to {} bytes", bomb.len());
        assert_eq!(
            extract(ResumeKind::Docx, &bomb),
            Err(ExtractError::Unreadable)
        );
    }

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
    fn long_text_is_cut_on_a_character_boundary() {
        let text = extract(ResumeKind::Text, "é".repeat(MAX_TEXT_BYTES).as_bytes()).expect("text");
        assert!(text.len() <= MAX_TEXT_BYTES && text.chars().all(|c| c == 'é'));
    }
}

#[cfg(test)]
mod pdf_tests {
    use super::*;
    use lopdf::{Document, Object, Stream, dictionary};

    fn pdf_with(encrypt: bool) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let content = doc.add_object(Stream::new(
            dictionary! {},
            b"BT /F1 12 Tf 50 700 Td (Secret resume) Tj ET".to_vec(),
        ));
        let font = doc.add_object(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        );
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        if encrypt {
            let handler = doc.add_object(dictionary! {
                "Filter" => "Standard", "V" => 2, "R" => 3, "Length" => 128, "P" => -4,
                "O" => Object::string_literal(vec![7u8; 32]), "U" => Object::string_literal(vec![9u8; 32]),
            });
            doc.trailer.set("Encrypt", handler);
            doc.trailer.set(
                "ID",
                vec![
                    Object::string_literal(vec![1u8; 16]),
                    Object::string_literal(vec![1u8; 16]),
                ],
            );
        }
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        bytes
    }

    #[test]
    fn a_plain_pdf_gives_its_text() {
        assert!(
            extract(ResumeKind::Pdf, &pdf_with(false))
                .expect("text")
                .contains("Secret resume")
        );
    }

    #[test]
    fn a_password_protected_pdf_is_refused_clearly() {
        assert_eq!(
            extract(ResumeKind::Pdf, &pdf_with(true)),
            Err(ExtractError::Encrypted)
        );
    }

    #[test]
    fn truncated_pdfs_are_unreadable_not_a_panic() {
        let whole = pdf_with(false);
        assert_eq!(
            extract(ResumeKind::Pdf, &whole[..10]),
            Err(ExtractError::Unreadable)
        );
        for cut in [whole.len() / 3, whole.len() / 2, whole.len() - 10] {
            let _result = extract(ResumeKind::Pdf, &whole[..cut]);
        }
    }
}
