//! DOCX text extraction as the app runs it: a file `sniff` recognised as a ZIP, through
//! `resume_text::extract` (the zip bomb cap, the XML walk). In the app that call runs in
//! a child process with memory and CPU limits (`services::resume_reader`); here it is
//! direct, so libFuzzer's `-timeout` and `-rss_limit_mb` report a hang, a runaway
//! allocation or a panic.

#![no_main]

use careers::domain::resume::{ResumeKind, sniff};
use careers::services::resume_text::{MAX_TEXT_BYTES, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if sniff(&data[..data.len().min(16)]) != Some(ResumeKind::Docx) {
        return;
    }
    if let Ok(text) = extract(ResumeKind::Docx, data) {
        assert!(text.len() <= MAX_TEXT_BYTES);
    }
});
