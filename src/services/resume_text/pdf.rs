//! PDF resumes. `pdf-extract` interprets each page (text matrices, font widths and
//! encodings); [`LineText`] turns the glyphs' positions into lines and words, so that
//! nothing is glued across lines, columns or table cells whichever operators a generator
//! moves the pen with (`T*`, `Td`, `TD`, `Tm`, kerned `TJ` arrays). Files with scripts,
//! launch actions or embedded files are refused before any text is read.

use std::panic::{AssertUnwindSafe, catch_unwind};

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, ObjectId, Stream, dictionary};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::{ActiveContent, ExtractError, MAX_TEXT_BYTES};

pub(super) fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    let mut document = Document::load_mem(bytes).map_err(|error| match error {
        lopdf::Error::Decryption(_) | lopdf::Error::UnsupportedSecurityHandler(_) => {
            ExtractError::Encrypted
        }
        _ => ExtractError::Unreadable,
    })?;
    if document.is_encrypted() {
        return Err(ExtractError::Encrypted);
    }
    if let Some(found) = active_content(&document) {
        return Err(ExtractError::ActiveContent(found));
    }
    expand_quote_operators(&mut document);
    Ok(page_text(&document))
}

/// The first active content among the document's objects: JavaScript (in actions or
/// the names tree), launch actions, embedded files (attachments, `GoToE`), XFA forms
/// and rich media. Names are compared after parsing, so `/J#61vaScript` is caught too.
/// Nested dictionaries and arrays are walked to any depth (with a stack, not recursion:
/// a chain of `/Next` actions can be as deep as the parser allows).
fn active_content(document: &Document) -> Option<ActiveContent> {
    let mut pending: Vec<&Object> = document.objects.values().collect();
    while let Some(object) = pending.pop() {
        let dictionary = match object {
            Object::Dictionary(dictionary) => dictionary,
            Object::Stream(stream) => &stream.dict,
            Object::Array(items) => {
                pending.extend(items);
                continue;
            }
            _ => continue,
        };
        for (key, value) in dictionary.iter() {
            if let Some(found) = active_entry(key, value) {
                return Some(found);
            }
            pending.push(value);
        }
    }
    None
}

/// What one dictionary entry says, if it marks active content.
fn active_entry(key: &[u8], value: &Object) -> Option<ActiveContent> {
    match (key, value.as_name().ok()) {
        (b"JS" | b"JavaScript", _) | (b"S", Some(b"JavaScript")) => Some(ActiveContent::Script),
        (b"S", Some(b"Launch")) => Some(ActiveContent::Launch),
        (b"EmbeddedFiles" | b"EF", _)
        | (b"S", Some(b"GoToE"))
        | (b"Type", Some(b"EmbeddedFile"))
        | (b"Subtype", Some(b"FileAttachment")) => Some(ActiveContent::EmbeddedFile),
        (b"XFA", _) => Some(ActiveContent::XfaForm),
        (b"Subtype", Some(b"RichMedia")) => Some(ActiveContent::RichMedia),
        _ => None,
    }
}

/// `pdf-extract` skips the `'` and `"` operators (move to the next line and show a
/// string), which would hide whatever text they show from the scan. They are rewritten
/// into what PDF 32000-1 §9.4.3 defines them as: `T* Tj` and `aw Tw ac Tc T* Tj`.
fn expand_quote_operators(document: &mut Document) {
    let pages: Vec<ObjectId> = document.page_iter().collect();
    for page in pages {
        let Some(expanded) = document
            .get_page_content(page)
            .ok()
            .and_then(|c| expanded(&c))
        else {
            continue;
        };
        let stream = document.add_object(Stream::new(dictionary! {}, expanded));
        if let Ok(page) = document.get_dictionary_mut(page) {
            page.set("Contents", stream);
        }
    }
    for object in document.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let is_form = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Form");
        if let Some(expanded) = is_form
            .then(|| stream.get_plain_content().ok())
            .flatten()
            .and_then(|c| expanded(&c))
        {
            stream.set_plain_content(expanded);
        }
    }
}

/// The content with `'` and `"` expanded, or `None` when it has neither.
fn expanded(content: &[u8]) -> Option<Vec<u8>> {
    // Most content has no quote at all; a quote inside a string is ruled out below.
    if !content.iter().any(|b| matches!(b, b'\'' | b'"')) {
        return None;
    }
    let content = Content::decode(content).ok()?;
    if !content
        .operations
        .iter()
        .any(|op| matches!(op.operator.as_str(), "'" | "\""))
    {
        return None;
    }
    let mut operations = Vec::with_capacity(content.operations.len() + 16);
    for operation in content.operations {
        match operation.operator.as_str() {
            "'" => {
                operations.push(Operation::new("T*", vec![]));
                operations.push(Operation::new("Tj", operation.operands));
            }
            "\"" => {
                let mut operands = operation.operands.into_iter();
                if let (Some(word), Some(character), Some(string)) =
                    (operands.next(), operands.next(), operands.next())
                {
                    operations.push(Operation::new("Tw", vec![word]));
                    operations.push(Operation::new("Tc", vec![character]));
                    operations.push(Operation::new("T*", vec![]));
                    operations.push(Operation::new("Tj", vec![string]));
                }
            }
            _ => operations.push(operation),
        }
    }
    Content { operations }.encode().ok()
}

/// Every page's text through [`LineText`]. `pdf-extract` panics on some fonts and
/// content it does not support; the page where that happens and those after it are
/// read with lopdf's simpler extractor instead (lines from `T*`, `'`, `"` and `ET`).
fn page_text(document: &Document) -> String {
    let mut out = LineText::default();
    let interpreted = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::output_doc(document, &mut out)
    }));
    if out.full || matches!(interpreted, Ok(Ok(()))) {
        return out.text;
    }
    // The failed page's partial text goes; lopdf reads it again from its start.
    out.text.truncate(out.page_start);
    let failed = out.page.unwrap_or(1);
    for page in document.get_pages().into_keys().filter(|p| *p >= failed) {
        // A page whose text cannot be decoded either is skipped, not fatal.
        if let Ok(text) = document.extract_text(&[page]) {
            out.text.push_str(&text);
            out.text.push('\n');
        }
        if out.text.len() > MAX_TEXT_BYTES {
            break;
        }
    }
    out.text
}

/// Glyphs to lines and words by where they are drawn: a glyph off the previous one's
/// baseline, or more than an em back along it, starts a new line; a gap of more than
/// [`WORD_GAP`] ems is a space. Kerning stays well below that gap, and the narrowest
/// word space of justified text well above it.
#[derive(Default)]
struct LineText {
    text: String,
    pen: Option<Pen>,
    /// The page being read and where its text began, for the fallback.
    page: Option<u32>,
    page_start: usize,
    /// Set when the text reached its cap and the reading was stopped on purpose.
    full: bool,
}

/// Where the last glyph ended, the direction it was written in, and its size.
struct Pen {
    x: f64,
    y: f64,
    direction: (f64, f64),
    size: f64,
}

/// A gap wider than this many ems separates two words.
const WORD_GAP: f64 = 0.15;
/// A move across the baseline of more than this many ems starts a new line.
const LINE_SHIFT: f64 = 0.5;

impl LineText {
    fn separate(&mut self, separator: char) {
        match self.text.chars().last() {
            None | Some('\n') => {}
            Some(last) if last.is_whitespace() && separator == ' ' => {}
            Some(last) => {
                if last.is_whitespace() {
                    self.text.pop();
                }
                self.text.push(separator);
            }
        }
    }
}

impl OutputDev for LineText {
    fn begin_page(
        &mut self,
        page: u32,
        _media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.separate('\n');
        self.page = Some(page);
        self.page_start = self.text.len();
        self.pen = None;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        glyph: &str,
    ) -> Result<(), OutputError> {
        let (a, b, c, d) = (trm.m11, trm.m12, trm.m21, trm.m22);
        let (x, y) = (trm.m31, trm.m32);
        let size = font_size.abs() * (a * d - b * c).abs().sqrt();
        let length = a.hypot(b);
        let direction = if length > 0.0 {
            (a / length, b / length)
        } else {
            (1.0, 0.0)
        };
        if let Some(pen) = &self.pen {
            let (dx, dy) = (x - pen.x, y - pen.y);
            let along = dx * pen.direction.0 + dy * pen.direction.1;
            let across = dy * pen.direction.0 - dx * pen.direction.1;
            let em = pen.size.max(size);
            // NaN (a font without a size) compares false everywhere: no separator.
            if across.abs() > LINE_SHIFT * em || along < -em {
                self.separate('\n');
            } else if along > WORD_GAP * em && !glyph.starts_with(char::is_whitespace) {
                self.separate(' ');
            }
        }
        self.text.push_str(glyph);
        let advance = width * size;
        self.pen = Some(Pen {
            x: x + direction.0 * advance,
            y: y + direction.1 * advance,
            direction,
            size,
        });
        if self.text.len() > MAX_TEXT_BYTES {
            // Stops the interpretation: the scan and the preview need no more.
            self.full = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use super::*;
    use crate::domain::resume::ResumeKind;
    use crate::domain::sensitive::{Category, Scanner};

    /// A one-page PDF drawing `content` with Helvetica as `/F1`, its content stream
    /// deflated or not; `catalog` adds entries to the catalog.
    fn pdf(content: &str, deflate: bool, catalog: lopdf::Dictionary) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let mut stream = Stream::new(dictionary! {}, content.as_bytes().to_vec());
        if deflate {
            // lopdf deflates only what gets smaller: trailing blanks make sure it does.
            stream.set_plain_content(format!("{content}{}", " ".repeat(256)).into_bytes());
            stream.compress().expect("deflate");
            assert!(stream.dict.has(b"Filter"), "the content was deflated");
        }
        let content = doc.add_object(stream);
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let mut root = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
        for (key, value) in catalog.into_iter() {
            root.set(key, value);
        }
        let catalog = doc.add_object(root);
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        bytes
    }

    fn lines_of(content: &str) -> Vec<String> {
        [false, true]
            .map(|deflate| {
                extract(ResumeKind::Pdf, &pdf(content, deflate, dictionary! {})).expect("text")
            })
            .iter()
            .inspect(|text| assert!(text.len() < 1000))
            .map(|text| text.lines().map(str::to_owned).collect::<Vec<_>>())
            .reduce(|plain, deflated| {
                assert_eq!(plain, deflated, "compression changes nothing");
                plain
            })
            .expect("two readings")
    }

    const THREE_LINES: [&str; 3] = [
        "Curriculum vitae",
        "Religion: Roman Catholic",
        "Experienced engineer",
    ];

    #[test]
    fn every_operator_that_starts_a_line_ends_one() {
        let cases = [
            // ReportLab's text objects: one `T*` per line.
            "BT /F1 12 Tf 14 TL 72 700 Td (Curriculum vitae) Tj T* (Religion: Roman Catholic) Tj T* (Experienced engineer) Tj ET",
            // `'` and `"` move to the next line and show a string.
            "BT /F1 12 Tf 14 TL 72 700 Td (Curriculum vitae) Tj (Religion: Roman Catholic) ' (Experienced engineer) ' ET",
            "BT /F1 12 Tf 14 TL 72 700 Td (Curriculum vitae) Tj 1 0 (Religion: Roman Catholic) \" 0 0 (Experienced engineer) \" ET",
            // `Td` and `TD` with a vertical move, `Tm` with a new baseline.
            "BT /F1 12 Tf 72 700 Td (Curriculum vitae) Tj 0 -14 Td (Religion: Roman Catholic) Tj 0 -14 Td (Experienced engineer) Tj ET",
            "BT /F1 12 Tf 72 700 Td (Curriculum vitae) Tj 0 -14 TD (Religion: Roman Catholic) Tj T* (Experienced engineer) Tj ET",
            "BT /F1 12 Tf 1 0 0 1 72 700 Tm (Curriculum vitae) Tj 1 0 0 1 72 686 Tm (Religion: Roman Catholic) Tj 1 0 0 1 72 672 Tm (Experienced engineer) Tj ET",
            // A text matrix that scales a 1-point font, as TeX and cairo write.
            "BT /F1 1 Tf 12 0 0 12 72 700 Tm (Curriculum vitae) Tj 0 -1.2 Td (Religion: Roman Catholic) Tj 0 -1.2 Td (Experienced engineer) Tj ET",
            // Lines placed by the graphics matrix, one text object each.
            "q 1 0 0 1 72 700 cm BT /F1 12 Tf (Curriculum vitae) Tj ET Q q 1 0 0 1 72 686 cm BT /F1 12 Tf (Religion: Roman Catholic) Tj ET Q q 1 0 0 1 72 672 cm BT /F1 12 Tf (Experienced engineer) Tj ET Q",
            // A next line indented past the end of a short one, and one written at the
            // same height after a line to its right (zero leading).
            "BT /F1 12 Tf 72 700 Td (Curriculum vitae) Tj 150 -14 Td (Religion: Roman Catholic) Tj -150 -14 Td (Experienced engineer) Tj ET",
        ];
        for content in cases {
            assert_eq!(lines_of(content), THREE_LINES, "{content}");
        }
        assert_eq!(
            lines_of(
                "BT /F1 12 Tf 0 TL 300 700 Td (Religion: Roman Catholic) Tj -228 0 Td (Experienced engineer) Tj ET"
            ),
            ["Religion: Roman Catholic", "Experienced engineer"]
        );
    }

    #[test]
    fn kerning_keeps_words_whole_and_word_gaps_become_spaces() {
        assert_eq!(
            lines_of(
                "BT /F1 12 Tf 72 700 Td [(Curr) 20 (iculum) -250 (vitae)] TJ 0 -14 Td [(Religion:) -280 (Roman) -280 (Catholic)] TJ 0 -14 Td [(Ex) 30 (perienced) -1000 (engineer)] TJ ET"
            ),
            THREE_LINES
        );
        // Words placed one by one, and a word drawn glyph by glyph.
        assert_eq!(
            lines_of(
                "BT /F1 12 Tf 72 700 Td (Religion:) Tj 60 0 Td (Roman) Tj 42 0 Td (Catholic) Tj ET"
            ),
            ["Religion: Roman Catholic"]
        );
        assert_eq!(
            lines_of("BT /F1 12 Tf 72 700 Td (R) Tj 8.67 0 Td (e) Tj 6.67 0 Td (ligion:) Tj ET"),
            ["Religion:"]
        );
    }

    #[test]
    fn columns_and_table_cells_are_separate_words() {
        assert_eq!(
            lines_of(
                "BT /F1 12 Tf 72 700 Td (Religion) Tj 250 0 Td (Roman Catholic) Tj -250 -14 Td (Union) Tj 250 0 Td (member of a trade union) Tj ET"
            ),
            ["Religion Roman Catholic", "Union member of a trade union"]
        );
        assert_eq!(
            lines_of(
                "BT /F1 10 Tf 1 0 0 1 72 700 Tm (Health) Tj 1 0 0 1 110 700 Tm (diabetes) Tj 1 0 0 1 72 688 Tm (Skill) Tj 1 0 0 1 110 688 Tm (Rust) Tj ET"
            ),
            ["Health diabetes", "Skill Rust"]
        );
    }

    /// PDFs written by real generators (`tests/fixtures/resumes/make.sh` says how).
    const GENERATED: &[(&str, &[u8])] = &[
        (
            "reportlab-plain",
            include_bytes!("../../../tests/fixtures/resumes/reportlab-plain.pdf"),
        ),
        (
            "reportlab-deflate",
            include_bytes!("../../../tests/fixtures/resumes/reportlab-deflate.pdf"),
        ),
        (
            "fpdf2-plain",
            include_bytes!("../../../tests/fixtures/resumes/fpdf2-plain.pdf"),
        ),
        (
            "fpdf2-deflate",
            include_bytes!("../../../tests/fixtures/resumes/fpdf2-deflate.pdf"),
        ),
        (
            "cairo",
            include_bytes!("../../../tests/fixtures/resumes/cairo.pdf"),
        ),
        (
            "chromium",
            include_bytes!("../../../tests/fixtures/resumes/chromium.pdf"),
        ),
        (
            "libreoffice",
            include_bytes!("../../../tests/fixtures/resumes/libreoffice.pdf"),
        ),
    ];

    #[test]
    fn resumes_from_real_generators_read_as_written() {
        let scanner = Scanner::new().expect("scanner");
        for (generator, bytes) in GENERATED {
            let text = extract(ResumeKind::Pdf, bytes).expect(generator);
            let lines: Vec<&str> = text.lines().map(str::trim).collect();
            for line in THREE_LINES {
                assert!(lines.contains(&line), "{generator}: {line:?} in {text:?}");
            }
            // Each table cell or column is a word of its own, wherever the generator
            // puts it in the reading order.
            let words: Vec<&str> = text.split_whitespace().collect();
            for word in ["Skills", "Health", "Rust", "diabetes", "Criminal", "record"] {
                assert!(words.contains(&word), "{generator}: {word:?} in {text:?}");
            }
            let found: Vec<Category> = scanner.scan(&text).iter().map(|f| f.category).collect();
            assert!(
                found.contains(&Category::ReligionOrBeliefs),
                "{generator}: {found:?}"
            );
        }
    }

    #[test]
    fn scripts_launch_actions_and_embedded_files_are_refused() {
        use lopdf::Object::Reference;
        let content = "BT /F1 12 Tf 72 700 Td (Resume) Tj ET";
        let refused = |catalog: lopdf::Dictionary| match extract(
            ResumeKind::Pdf,
            &pdf(content, false, catalog),
        ) {
            Err(ExtractError::ActiveContent(found)) => Some(found),
            other => panic!("{other:?}"),
        };
        let js =
            || dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("app.alert(1)") };
        assert_eq!(
            refused(dictionary! { "OpenAction" => js() }),
            Some(ActiveContent::Script)
        );
        assert_eq!(
            refused(
                dictionary! { "Names" => dictionary! { "JavaScript" => dictionary! { "Names" => vec![] } } }
            ),
            Some(ActiveContent::Script)
        );
        assert_eq!(
            refused(dictionary! { "AA" => dictionary! { "WC" => js() } }),
            Some(ActiveContent::Script)
        );
        assert_eq!(
            refused(
                dictionary! { "OpenAction" => dictionary! { "S" => "Launch", "F" => Object::string_literal("cmd.exe") } }
            ),
            Some(ActiveContent::Launch)
        );
        assert_eq!(
            refused(
                dictionary! { "Names" => dictionary! { "EmbeddedFiles" => dictionary! { "Names" => vec![Object::string_literal("a.exe"), Reference((1, 0))] } } }
            ),
            Some(ActiveContent::EmbeddedFile)
        );
        assert_eq!(
            refused(
                dictionary! { "Outlines" => vec![Object::Dictionary(dictionary! { "Type" => "Filespec", "EF" => dictionary! {} })] }
            ),
            Some(ActiveContent::EmbeddedFile)
        );
        assert_eq!(
            refused(dictionary! { "AcroForm" => dictionary! { "XFA" => vec![] } }),
            Some(ActiveContent::XfaForm)
        );
    }

    #[test]
    fn a_script_at_the_end_of_a_long_chain_of_actions_is_found() {
        let mut action = dictionary! { "S" => "JavaScript", "JS" => Object::string_literal("x") };
        for _ in 0..60 {
            action = dictionary! { "S" => "GoTo", "D" => vec![], "Next" => action };
        }
        let bytes = pdf("BT ET", false, dictionary! { "OpenAction" => action });
        assert!(Document::load_mem(&bytes).is_ok(), "a PDF the parser takes");
        assert_eq!(
            extract(ResumeKind::Pdf, &bytes),
            Err(ExtractError::ActiveContent(ActiveContent::Script))
        );
    }

    #[test]
    fn a_name_hidden_by_hex_escapes_is_still_a_script() {
        // Written with placeholders as long as the escaped names, so offsets stay right.
        let mut bytes = pdf(
            "BT ET",
            false,
            dictionary! { "OpenAction" => dictionary! { "S" => "JXXavaScript", "JXXX" => Object::string_literal("x") } },
        );
        for (placeholder, escaped) in [
            (&b"/JXXavaScript"[..], &b"/J#61vaScript"[..]),
            (b"/JXXX", b"/J#53"),
        ] {
            let at = bytes
                .windows(placeholder.len())
                .position(|w| w == placeholder)
                .expect("the placeholder");
            bytes[at..at + escaped.len()].copy_from_slice(escaped);
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        assert!(!text.contains("/JavaScript") && !text.contains("/JS"));
        assert_eq!(
            extract(ResumeKind::Pdf, &bytes),
            Err(ExtractError::ActiveContent(ActiveContent::Script))
        );
    }

    #[test]
    fn ordinary_links_and_forms_are_not_active() {
        let text = extract(
            ResumeKind::Pdf,
            &pdf(
                "BT /F1 12 Tf 72 700 Td (Resume) Tj ET",
                true,
                dictionary! {
                    "OpenAction" => dictionary! { "S" => "URI", "URI" => Object::string_literal("https://example.com") },
                    "AcroForm" => dictionary! { "Fields" => vec![] },
                },
            ),
        );
        assert_eq!(text.as_deref().map(str::trim), Ok("Resume"));
    }

    #[test]
    fn text_stops_at_the_cap() {
        let line = "(Experienced engineer with a long line of text) Tj T* ".repeat(20_000);
        let text = extract(
            ResumeKind::Pdf,
            &pdf(
                &format!("BT /F1 12 Tf 14 TL 72 700 Td {line} ET"),
                true,
                dictionary! {},
            ),
        )
        .expect("text");
        assert!(text.len() <= MAX_TEXT_BYTES && text.len() > MAX_TEXT_BYTES - 100);
    }

    #[test]
    fn a_password_protected_pdf_is_refused_clearly() {
        let plain = pdf(
            "BT /F1 12 Tf 50 700 Td (Secret resume) Tj ET",
            false,
            dictionary! {},
        );
        let mut doc = Document::load_mem(&plain).expect("load");
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
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        assert_eq!(
            extract(ResumeKind::Pdf, &bytes),
            Err(ExtractError::Encrypted)
        );
    }

    #[test]
    fn truncated_pdfs_are_unreadable_not_a_panic() {
        let whole = pdf(
            "BT /F1 12 Tf 50 700 Td (Secret resume) Tj ET",
            true,
            dictionary! {},
        );
        assert_eq!(
            extract(ResumeKind::Pdf, &whole[..10]),
            Err(ExtractError::Unreadable)
        );
        for cut in [whole.len() / 3, whole.len() / 2, whole.len() - 10] {
            let _result = extract(ResumeKind::Pdf, &whole[..cut]);
        }
    }

    #[test]
    fn a_page_the_interpreter_cannot_read_falls_back_to_lopdf() {
        // A font without a /Subtype makes pdf-extract panic; lopdf still reads the text.
        let mut doc = Document::load_mem(&pdf(
            "BT /F1 12 Tf 72 700 Td (Curriculum vitae) Tj T* (Religion: Roman Catholic) Tj ET",
            false,
            dictionary! {},
        ))
        .expect("load");
        for object in doc.objects.values_mut() {
            if let Object::Dictionary(dict) = object
                && dict
                    .get(b"Type")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"Font")
            {
                dict.remove(b"Subtype");
            }
        }
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("save");
        let interpreted = catch_unwind(|| pdf_extract::extract_text_from_mem(&bytes));
        assert!(!matches!(interpreted, Ok(Ok(_))), "pdf-extract fails on it");
        let text = extract(ResumeKind::Pdf, &bytes).expect("text");
        assert!(text.contains("Religion: Roman Catholic"), "{text:?}");
    }
}
