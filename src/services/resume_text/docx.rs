//! Word (.docx) resumes: the paragraphs of `word/document.xml`, after refusing files that
//! carry macros, ActiveX controls, embedded objects, or a template, object or frame
//! fetched from elsewhere (a `.docm` renamed `.docx` holds its macros in
//! `word/vbaProject.bin`).

use std::io::Read;

use super::{ActiveContent, ExtractError, MAX_TEXT_BYTES};

/// Most bytes `word/document.xml` may inflate to: a zip bomb stops here.
const MAX_DOCX_XML_BYTES: u64 = 32 * 1024 * 1024;
/// Most bytes read of the small parts that declare content types and relationships.
const MAX_PART_BYTES: u64 = 1024 * 1024;
/// Most relationship parts a document may have.
const MAX_RELATIONSHIP_PARTS: usize = 256;

type Archive<'a> = zip::ZipArchive<std::io::Cursor<&'a [u8]>>;

pub(super) fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| ExtractError::Unreadable)?;
    if let Some(found) = active_content(&mut archive)? {
        return Err(ExtractError::ActiveContent(found));
    }
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
    xml_text(&xml)
}

/// The first kind of active content the package holds, judged by its part names, its
/// declared content types and every relationship part (`*.rels`).
fn active_content(archive: &mut Archive<'_>) -> Result<Option<ActiveContent>, ExtractError> {
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    for name in &names {
        let name = name.to_ascii_lowercase();
        let file = name.rsplit('/').next().unwrap_or_default();
        if file == "vbaproject.bin" || file == "vbadata.xml" {
            return Ok(Some(ActiveContent::Macros));
        }
        if name.contains("/activex/") || name.starts_with("activex/") {
            return Ok(Some(ActiveContent::ActiveX));
        }
        // OLE objects (`oleObject1.bin`) can wrap programs; embedded Office documents
        // (charts' `.xlsx`) cannot run by themselves and stay allowed.
        if name.contains("embeddings/") && file.ends_with(".bin") {
            return Ok(Some(ActiveContent::EmbeddedObject));
        }
    }
    if part(archive, "[Content_Types].xml")?.is_some_and(|xml| contains(&xml, b"macroEnabled")) {
        return Ok(Some(ActiveContent::Macros));
    }
    let relationships: Vec<&String> = names
        .iter()
        .filter(|n| n.to_ascii_lowercase().ends_with(".rels"))
        .collect();
    // A document has a handful; thousands would only make us inflate for nothing.
    if relationships.len() > MAX_RELATIONSHIP_PARTS {
        return Err(ExtractError::Unreadable);
    }
    for name in relationships {
        if let Some(xml) = part(archive, name)?
            && let Some(found) = active_relationship(&xml)?
        {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// What a relationship part points at that runs or loads code: a VBA project under any
/// name, or an external template, OLE object, frame or sub-document, which Word fetches
/// when the document opens (remote template injection, the "Follina" family). External
/// hyperlinks and images are ordinary.
fn active_relationship(xml: &[u8]) -> Result<Option<ActiveContent>, ExtractError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buffer = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .map_err(|_| ExtractError::Unreadable)?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let mut kind = String::new();
                let mut external = false;
                for attribute in e.attributes().flatten() {
                    let value = attribute
                        .unescape_value()
                        .map_err(|_| ExtractError::Unreadable)?;
                    match attribute.key.local_name().as_ref() {
                        b"Type" => kind = value.rsplit('/').next().unwrap_or_default().to_owned(),
                        b"TargetMode" => external = value.eq_ignore_ascii_case("External"),
                        _ => {}
                    }
                }
                match kind.as_str() {
                    "vbaProject" => return Ok(Some(ActiveContent::Macros)),
                    "attachedTemplate" if external => {
                        return Ok(Some(ActiveContent::RemoteTemplate));
                    }
                    "oleObject" | "frame" | "subDocument" if external => {
                        return Ok(Some(ActiveContent::EmbeddedObject));
                    }
                    _ => {}
                }
            }
            Event::Eof => return Ok(None),
            _ => {}
        }
        buffer.clear();
    }
}

/// A small part's bytes, if the package has it.
fn part(archive: &mut Archive<'_>, name: &str) -> Result<Option<Vec<u8>>, ExtractError> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(ExtractError::Unreadable),
    };
    let mut bytes = Vec::new();
    entry
        .take(MAX_PART_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|_| ExtractError::Unreadable)?;
    Ok(Some(bytes))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The text runs of a WordprocessingML body, a line per paragraph (table cells hold
/// paragraphs too); tabs and breaks end a word.
fn xml_text(xml: &[u8]) -> Result<String, ExtractError> {
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
            Event::Empty(e) if matches!(e.local_name().as_ref(), b"tab" | b"br" | b"cr") => {
                text.push(' ');
            }
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
    use super::super::extract;
    use super::*;
    use crate::domain::resume::ResumeKind;
    use std::io::Write;

    /// A package of the given parts.
    fn package(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        for (name, bytes) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(bytes).expect("write");
        }
        zip.finish().expect("finish");
        out.into_inner()
    }

    const BODY: &[u8] = br#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Plain resume</w:t></w:r></w:p></w:body></w:document>"#;

    #[test]
    fn paragraphs_and_runs_become_lines() {
        let xml = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>José</w:t></w:r><w:r><w:t xml:space="preserve"> Ólafur</w:t></w:r></w:p><w:p><w:r><w:t>SSN 123-45-6789 &amp; more</w:t></w:r></w:p></w:body></w:document>"#;
        let text = extract(
            ResumeKind::Docx,
            &package(&[("word/document.xml", xml.as_bytes())]),
        )
        .expect("text");
        assert_eq!(text, "José Ólafur\nSSN 123-45-6789 & more\n");
    }

    #[test]
    fn table_cells_never_glue_their_words() {
        let xml = br#"<w:document xmlns:w="x"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Religion</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>none</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Line</w:t></w:r><w:r><w:br/><w:t>break</w:t></w:r></w:p></w:body></w:document>"#;
        let text =
            extract(ResumeKind::Docx, &package(&[("word/document.xml", xml)])).expect("text");
        assert_eq!(text, "Religion\nnone\nLine break\n");
    }

    #[test]
    fn a_zip_without_a_word_document_is_not_a_docx() {
        assert_eq!(
            extract(ResumeKind::Docx, &package(&[("evil.exe", b"MZ")])),
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
        let bomb = package(&[("word/document.xml", body.as_bytes())]);
        assert!(bomb.len() < 1 << 20, "compressed to {} bytes", bomb.len());
        assert_eq!(
            extract(ResumeKind::Docx, &bomb),
            Err(ExtractError::Unreadable)
        );
    }

    #[test]
    fn macros_activex_ole_objects_and_remote_templates_are_refused() {
        let refused = |parts: &[(&str, &[u8])]| match extract(ResumeKind::Docx, &package(parts)) {
            Err(ExtractError::ActiveContent(found)) => Some(found),
            _ => None,
        };
        let with = |name: &'static str, bytes: &'static [u8]| {
            vec![("word/document.xml", BODY), (name, bytes)]
        };
        assert_eq!(
            refused(&with("word/vbaProject.bin", b"\xd0\xcf\x11\xe0")),
            Some(ActiveContent::Macros)
        );
        // Whatever the case or folder a renamed .docm uses.
        assert_eq!(
            refused(&with("Word/VBAPROJECT.BIN", b"x")),
            Some(ActiveContent::Macros)
        );
        assert_eq!(
            refused(&with(
                "[Content_Types].xml",
                br#"<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>"#
            )),
            Some(ActiveContent::Macros)
        );
        assert_eq!(
            refused(&with("word/activeX/activeX1.xml", b"<ax/>")),
            Some(ActiveContent::ActiveX)
        );
        assert_eq!(
            refused(&with("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0")),
            Some(ActiveContent::EmbeddedObject)
        );
        assert_eq!(
            refused(&with(
                "word/_rels/settings.xml.rels",
                br#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/></Relationships>"#
            )),
            Some(ActiveContent::RemoteTemplate)
        );
        // Single quotes and any relationship part.
        assert_eq!(
            refused(&with(
                "word/_rels/settings.xml.rels",
                br#"<Relationships><Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate' Target='https://evil.example/t.dotm' TargetMode='External'/></Relationships>"#
            )),
            Some(ActiveContent::RemoteTemplate)
        );
        // An OLE object loaded from an address (the "Follina" document).
        assert_eq!(
            refused(&with(
                "word/_rels/document.xml.rels",
                br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId996" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="https://evil.example/x.html!" TargetMode="External"/></Relationships>"#
            )),
            Some(ActiveContent::EmbeddedObject)
        );
        // A VBA project renamed, found by its relationship.
        assert_eq!(
            refused(&with(
                "word/_rels/document.xml.rels",
                br#"<Relationships><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="innocent.png"/></Relationships>"#
            )),
            Some(ActiveContent::Macros)
        );
    }

    #[test]
    fn ordinary_parts_and_embedded_charts_are_not_active() {
        let parts: &[(&str, &[u8])] = &[
            ("word/document.xml", BODY),
            (
                "[Content_Types].xml",
                br#"<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
            ),
            ("word/media/image1.png", b"\x89PNG"),
            ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", b"PK"),
            (
                "word/_rels/settings.xml.rels",
                br#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="Normal.dotm"/></Relationships>"#,
            ),
            (
                "word/_rels/document.xml.rels",
                br#"<Relationships><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/portfolio" TargetMode="External"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>"#,
            ),
        ];
        assert_eq!(
            extract(ResumeKind::Docx, &package(parts)).as_deref(),
            Ok("Plain resume\n")
        );
    }
}
