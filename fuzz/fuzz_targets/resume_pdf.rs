//! PDF text extraction as the app runs it: a file `sniff` recognised as a PDF, through
//! `resume_text::extract`. In the app that call runs in a child process
//! (`services::resume_reader`) with memory and CPU limits, where a panic, a hang or a
//! runaway allocation costs only the child; here the call is direct, so libFuzzer's
//! `-timeout` and `-rss_limit_mb` report each one.
//!
//! `extract` catches pdf-extract's panics (unsupported fonts or content) and falls back to
//! lopdf for that page, so the panic hook libfuzzer-sys installs, which aborts at any
//! panic, caught or not, is put back to the default here: a panic that escapes `extract`
//! still reaches libfuzzer-sys's `catch_unwind`, which aborts and reports it.

#![no_main]

use careers::domain::resume::{ResumeKind, sniff};
use careers::services::resume_text::{MAX_TEXT_BYTES, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    if sniff(&data[..data.len().min(16)]) != Some(ResumeKind::Pdf) {
        return;
    }
    if let Ok(text) = extract(ResumeKind::Pdf, data) {
        assert!(text.len() <= MAX_TEXT_BYTES);
    }
});
