//! PDF text extraction as the app runs it: a file `sniff` recognised as a PDF, through
//! `resume_text::extract`. In the app that call runs in a child process
//! (`services::resume_reader`) with memory and CPU limits, where a panic, a hang or a
//! runaway allocation costs only the child; here the call is direct, so libFuzzer's
//! `-timeout` and `-rss_limit_mb` report each one.

#![no_main]

use careers::domain::resume::{ResumeKind, sniff};
use careers::services::resume_text::{MAX_TEXT_BYTES, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if sniff(&data[..data.len().min(16)]) != Some(ResumeKind::Pdf) {
        return;
    }
    if let Ok(text) = extract(ResumeKind::Pdf, data) {
        assert!(text.len() <= MAX_TEXT_BYTES);
    }
});
