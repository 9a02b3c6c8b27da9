//! The resume reader's child process (`careers read-resume`): the real binary, fed the
//! files that once hurt the server.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use careers::domain::resume::ResumeKind;
use careers::services::resume_reader::Extractor;
use careers::services::resume_text::ExtractError;

use crate::helpers::{docx, pdf};

fn reader() -> Extractor {
    Extractor::new(PathBuf::from(env!("CARGO_BIN_EXE_careers")))
}

async fn read(
    extractor: &Extractor,
    kind: ResumeKind,
    bytes: &[u8],
) -> Result<String, ExtractError> {
    extractor
        .extract(kind, bytes.to_vec())
        .await
        .expect("the reader starts")
}

#[rocket::async_test]
async fn the_child_gives_the_text_of_pdfs_and_docx_files() {
    let reader = reader();
    let text = read(
        &reader,
        ResumeKind::Pdf,
        &pdf(&["Zoë Ångström", "SSN 123-45-6789"]),
    )
    .await;
    assert!(
        text.as_deref().is_ok_and(|t| t.contains("123-45-6789")),
        "{text:?}"
    );
    let text = read(
        &reader,
        ResumeKind::Docx,
        &docx(&["Ólafur", "Video engineer"]),
    )
    .await;
    assert_eq!(text.as_deref(), Ok("Ólafur\nVideo engineer\n"));
    assert_eq!(
        read(&reader, ResumeKind::Text, "José".as_bytes())
            .await
            .as_deref(),
        Ok("José")
    );
}

#[rocket::async_test]
async fn each_refusal_keeps_its_reason_across_the_process_boundary() {
    let reader = reader();
    assert_eq!(
        read(&reader, ResumeKind::Pdf, b"%PDF-1.7\n garbage").await,
        Err(ExtractError::Unreadable)
    );
    assert_eq!(
        read(&reader, ResumeKind::Docx, b"PK\x03\x04 garbage").await,
        Err(ExtractError::Unreadable)
    );
    let mut zip = std::io::Cursor::new(Vec::new());
    let mut writer = zip::ZipWriter::new(&mut zip);
    writer
        .start_file("evil.exe", zip::write::SimpleFileOptions::default())
        .expect("entry");
    std::io::Write::write_all(&mut writer, b"MZ").expect("write");
    writer.finish().expect("zip");
    assert_eq!(
        read(&reader, ResumeKind::Docx, &zip.into_inner()).await,
        Err(ExtractError::NotDocx)
    );
    assert_eq!(
        read(&reader, ResumeKind::Pdf, b"").await,
        Err(ExtractError::Unreadable)
    );
}

#[rocket::async_test]
async fn a_pdf_bomb_kills_only_the_child_and_is_too_complex() {
    // Found by fuzzing (docs/fuzzing.md): 7 KB whose stream is deflated twice and
    // inflates to 4 GiB inside lopdf, which has no limit; in the server's own process it
    // took that much memory per upload. The child dies at its address-space limit.
    let bomb = include_bytes!("../../fuzz/reproducers/resume_pdf/flate-twice-4gib.pdf");
    let started = Instant::now();
    assert_eq!(
        read(&reader(), ResumeKind::Pdf, bomb).await,
        Err(ExtractError::TooComplex)
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[rocket::async_test]
async fn a_reader_past_its_time_is_stopped_and_said_too_complex() {
    // No time at all: the child cannot answer within the poll that feeds it.
    let reader = reader().with_time_limit(Duration::ZERO);
    assert_eq!(
        read(&reader, ResumeKind::Pdf, &pdf(&["Slow"])).await,
        Err(ExtractError::TooComplex)
    );
}

#[rocket::async_test]
async fn a_missing_reader_program_is_an_error_not_a_verdict_on_the_file() {
    let reader = Extractor::new(PathBuf::from("/nonexistent/careers"));
    assert!(reader.extract(ResumeKind::Pdf, pdf(&["x"])).await.is_err());
}
