//! The multipart intake of an application form: `multipart::receive_body`, which
//! `receive` calls with the request body, over a body delivered in chunks of a size the
//! input chooses, into an in-memory resume store. Checks what the intake promises: a
//! refused form leaves no file behind, an accepted resume is stored whole with its size,
//! hash and kind, and fields stay within their limits.
//!
//! Input: `[delivery][limit] boundary \n body`. `delivery`: the low 7 bits are the
//! chunk size (0: all at once), the high bit makes every other read wait. `limit`
//! picks the largest resume: 10 MiB (the default), 4 KiB, 64 bytes or 1 byte.

#![no_main]

use std::collections::{HashMap, HashSet};
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll};

use careers::domain::resume::sniff;
use careers::store::files::{ResumeSink, ResumeStore, StorageKey, StoredFile};
use careers::web::multipart::receive_body;
use libfuzzer_sys::fuzz_target;
use rocket::tokio::io::{AsyncRead, ReadBuf};
use rocket::tokio::runtime::Runtime;
use sha2::{Digest, Sha256};

/// Most fields kept and the most bytes kept of a text field (`multipart.rs`).
const MAX_FIELDS: usize = 40;
const MAX_TEXT_FIELD: usize = 64 * 1024;
/// The longest boundary RFC 2046 allows.
const MAX_BOUNDARY: usize = 70;

fuzz_target!(|data: &[u8]| {
    let [delivery, limit, rest @ ..] = data else {
        return;
    };
    let Some(newline) = rest.iter().take(MAX_BOUNDARY + 1).position(|&b| b == b'\n') else {
        return;
    };
    let Ok(boundary) = std::str::from_utf8(&rest[..newline]) else {
        return;
    };
    let body = ChunkedBody {
        rest: &rest[newline + 1..],
        chunk: match delivery & 0x7f {
            0 => usize::MAX,
            n => usize::from(n),
        },
        stall: delivery & 0x80 != 0,
        stalled: false,
    };
    let max_file: u64 = match limit % 4 {
        0 => 10 * 1024 * 1024,
        1 => 4096,
        2 => 64,
        _ => 1,
    };

    let store = MemoryStore::default();
    let outcome = runtime().block_on(receive_body(body, boundary, max_file, &store));

    let files = store.files.lock().expect("store lock");
    assert!(files.partial.is_empty(), "a partial upload was left behind");
    let received = match outcome {
        Ok(received) => received,
        Err(_) => {
            assert!(files.complete.is_empty(), "a refused form left a file");
            return;
        }
    };
    assert!(received.fields.len() <= MAX_FIELDS);
    assert!(
        received
            .fields
            .values()
            .all(|v| v.len() <= MAX_TEXT_FIELD + 1)
    );
    match &received.resume {
        None => assert!(files.complete.is_empty(), "a file without a resume"),
        Some(file) => {
            assert_eq!(files.complete.len(), 1);
            let bytes = &files.complete[&file.key];
            assert_eq!(bytes.len() as u64, file.size);
            assert!(file.size > 0 && file.size <= max_file);
            assert_eq!(hex::encode(Sha256::digest(bytes)), file.sha256);
            assert_eq!(file.kind, sniff(&bytes[..bytes.len().min(16)]));
            let name_chars = file.display_name.chars().count();
            assert!(name_chars > 0 && name_chars <= 100);
        }
    }
});

fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        rocket::tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a tokio runtime")
    })
}

/// A request body arriving `chunk` bytes at a time, and with `stall` not ready every
/// other read, as from a slow client.
struct ChunkedBody<'a> {
    rest: &'a [u8],
    chunk: usize,
    stall: bool,
    stalled: bool,
}

impl AsyncRead for ChunkedBody<'_> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.stall && !self.stalled {
            self.stalled = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        self.stalled = false;
        let n = self.rest.len().min(self.chunk).min(buf.remaining());
        let (now, later) = self.rest.split_at(n);
        buf.put_slice(now);
        self.rest = later;
        Poll::Ready(Ok(()))
    }
}

#[derive(Default)]
struct Files {
    complete: HashMap<StorageKey, Vec<u8>>,
    partial: HashSet<StorageKey>,
}

/// Resumes in memory, with the uploads folder's rules: a sink dropped unfinished leaves
/// nothing.
#[derive(Default)]
struct MemoryStore {
    files: Arc<Mutex<Files>>,
}

#[rocket::async_trait]
impl ResumeStore for MemoryStore {
    async fn create(&self, key: &StorageKey) -> io::Result<Box<dyn ResumeSink>> {
        let mut files = self.files.lock().expect("store lock");
        if files.complete.contains_key(key) || !files.partial.insert(key.clone()) {
            return Err(io::ErrorKind::AlreadyExists.into());
        }
        Ok(Box::new(MemorySink {
            key: key.clone(),
            bytes: Vec::new(),
            files: Arc::clone(&self.files),
            done: false,
        }))
    }

    async fn read(&self, key: &StorageKey) -> io::Result<Vec<u8>> {
        let files = self.files.lock().expect("store lock");
        files
            .complete
            .get(key)
            .cloned()
            .ok_or_else(|| io::ErrorKind::NotFound.into())
    }

    async fn remove(&self, key: &StorageKey) -> io::Result<()> {
        self.files.lock().expect("store lock").complete.remove(key);
        Ok(())
    }

    async fn remove_leftover(&self, _name: &str) -> io::Result<()> {
        Ok(())
    }

    async fn inventory(&self) -> io::Result<Vec<StoredFile>> {
        Ok(Vec::new())
    }
}

struct MemorySink {
    key: StorageKey,
    bytes: Vec<u8>,
    files: Arc<Mutex<Files>>,
    done: bool,
}

impl MemorySink {
    fn settle(&mut self, keep: bool) {
        let mut files = self.files.lock().expect("store lock");
        files.partial.remove(&self.key);
        if keep {
            files
                .complete
                .insert(self.key.clone(), std::mem::take(&mut self.bytes));
        }
        self.done = true;
    }
}

impl Drop for MemorySink {
    fn drop(&mut self) {
        if !self.done {
            self.settle(false);
        }
    }
}

#[rocket::async_trait]
impl ResumeSink for MemorySink {
    async fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        self.bytes.extend_from_slice(chunk);
        Ok(())
    }

    async fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.settle(true);
        Ok(())
    }

    async fn abort(mut self: Box<Self>) {
        self.settle(false);
    }
}
