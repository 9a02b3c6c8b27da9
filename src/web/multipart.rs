//! The streaming intake of a `multipart/form-data` application: text fields into memory
//! (bounded), the resume straight into the [`ResumeStore`] while hashing it, never the
//! whole body in memory. Over the limit the rest of the body is read and dropped (up to a
//! cap) so the browser gets the 413 page rather than a reset connection.

use std::collections::HashMap;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use rocket::data::{Data, ToByteUnit};
use rocket::tokio::io::{AsyncRead, ReadBuf};
use sha2::{Digest, Sha256};

use crate::domain::resume::{ResumeKind, display_name, sniff};
use crate::store::files::{ResumeStore, StorageKey};

/// The file field.
pub const RESUME_FIELD: &str = "resume";
/// Most bytes of one text field; larger values are cut here and refused by validation.
const MAX_TEXT_FIELD: usize = 64 * 1024;
/// Most fields in one form.
const MAX_FIELDS: usize = 40;
/// Room for the text fields and multipart framing on top of the file.
const FORM_OVERHEAD: u64 = 512 * 1024;
/// How much of an oversized body is read and dropped before giving up on it.
const DRAIN_CAP: u64 = 64 * 1024 * 1024;
/// Bytes kept from the start of the file to recognise its kind.
const HEAD_BYTES: usize = 16;

/// A resume that arrived and is stored.
#[derive(Debug, Clone)]
pub struct ReceivedFile {
    pub key: StorageKey,
    pub size: u64,
    pub sha256: String,
    pub display_name: String,
    /// The kind its first bytes suggest; `None` is a type we do not take.
    pub kind: Option<ResumeKind>,
}

/// What the form carried.
#[derive(Debug, Default)]
pub struct Received {
    pub fields: HashMap<String, String>,
    pub resume: Option<ReceivedFile>,
}

impl Received {
    /// A text field, if sent.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }

    /// Whether a checkbox was ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.field(name).is_some_and(|v| !v.is_empty())
    }
}

/// Why the body could not be taken in.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("body over the size limit")]
    TooLarge,
    #[error("malformed multipart body")]
    Malformed,
    #[error("storing the upload failed: {0}")]
    Store(#[from] io::Error),
}

/// Reads the whole form. On any error nothing it stored is left behind.
pub async fn receive(
    data: Data<'_>,
    boundary: &str,
    max_file: u64,
    store: &dyn ResumeStore,
) -> Result<Received, IntakeError> {
    let body_limit = max_file + FORM_OVERHEAD;
    receive_body(
        data.open((body_limit + DRAIN_CAP).bytes()),
        boundary,
        max_file,
        store,
    )
    .await
}

/// [`receive`] over any byte stream, with the same limits: the part without Rocket
/// types, which the fuzz target in `fuzz/` drives.
pub async fn receive_body<R: AsyncRead + Unpin + Send>(
    body: R,
    boundary: &str,
    max_file: u64,
    store: &dyn ResumeStore,
) -> Result<Received, IntakeError> {
    let reader = LimitedBody::new(body, max_file + FORM_OVERHEAD);
    let mut multipart = multer::Multipart::with_reader(reader, boundary);
    let mut received = Received::default();
    let outcome = read_fields(&mut multipart, &mut received, max_file, store).await;
    if outcome.is_err()
        && let Some(file) = received.resume.take()
        && let Err(error) = store.remove(&file.key).await
    {
        tracing::error!(%error, "could not remove a refused upload");
    }
    outcome.map(|()| received)
}

async fn read_fields(
    multipart: &mut multer::Multipart<'_>,
    received: &mut Received,
    max_file: u64,
    store: &dyn ResumeStore,
) -> Result<(), IntakeError> {
    let mut too_large = false;
    match read_all_fields(multipart, received, max_file, store, &mut too_large).await {
        // Once the resume is over the limit the body may also pass the form's limit and
        // end in the middle of a later field (as a browser sends them, fields follow the
        // file): the answer is the 413 either way, not a "malformed form".
        Err(_) | Ok(()) if too_large => Err(IntakeError::TooLarge),
        outcome => outcome,
    }
}

async fn read_all_fields(
    multipart: &mut multer::Multipart<'_>,
    received: &mut Received,
    max_file: u64,
    store: &dyn ResumeStore,
    too_large: &mut bool,
) -> Result<(), IntakeError> {
    let mut count = 0;
    while let Some(mut field) = multipart.next_field().await.map_err(multer_error)? {
        count += 1;
        if count > MAX_FIELDS {
            return Err(IntakeError::Malformed);
        }
        let name = field.name().unwrap_or_default().to_owned();
        if name == RESUME_FIELD {
            if received.resume.is_some() {
                return Err(IntakeError::Malformed);
            }
            let file_name = field.file_name().map(str::to_owned);
            match store_file(&mut field, file_name.as_deref(), max_file, store).await? {
                Stored::File(file) => received.resume = Some(file),
                Stored::Empty => {}
                Stored::TooLarge => *too_large = true,
            }
        } else {
            let mut value = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(multer_error)? {
                let room = (MAX_TEXT_FIELD + 1).saturating_sub(value.len());
                value.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            let value = String::from_utf8(value).map_err(|_| IntakeError::Malformed)?;
            // The first value of a repeated field counts, as in a browser's form.
            received.fields.entry(name).or_insert(value);
        }
    }
    Ok(())
}

enum Stored {
    File(ReceivedFile),
    Empty,
    TooLarge,
}

async fn store_file(
    field: &mut multer::Field<'_>,
    file_name: Option<&str>,
    max_file: u64,
    store: &dyn ResumeStore,
) -> Result<Stored, IntakeError> {
    let key = StorageKey::random();
    let mut sink = store.create(&key).await?;
    let mut hasher = Sha256::new();
    let mut head = Vec::with_capacity(HEAD_BYTES);
    let mut size: u64 = 0;
    let result: Result<(), IntakeError> = async {
        while let Some(chunk) = field.chunk().await.map_err(multer_error)? {
            size += chunk.len() as u64;
            if size > max_file {
                // Read the rest of this field and drop it; the form gets a 413.
                while field.chunk().await.map_err(multer_error)?.is_some() {}
                return Err(IntakeError::TooLarge);
            }
            if head.len() < HEAD_BYTES {
                head.extend_from_slice(&chunk[..chunk.len().min(HEAD_BYTES - head.len())]);
            }
            hasher.update(&chunk);
            sink.write(&chunk).await?;
        }
        Ok(())
    }
    .await;
    match result {
        Ok(()) if size == 0 => {
            sink.abort().await;
            Ok(Stored::Empty)
        }
        Ok(()) => {
            sink.finish().await?;
            Ok(Stored::File(ReceivedFile {
                key,
                size,
                sha256: hex::encode(hasher.finalize()),
                display_name: display_name(file_name),
                kind: sniff(&head),
            }))
        }
        Err(IntakeError::TooLarge) => {
            sink.abort().await;
            Ok(Stored::TooLarge)
        }
        Err(error) => {
            sink.abort().await;
            Err(error)
        }
    }
}

fn multer_error(error: multer::Error) -> IntakeError {
    match error {
        multer::Error::StreamReadFailed(source) if source.to_string().contains(OVER_LIMIT) => {
            IntakeError::TooLarge
        }
        _ => IntakeError::Malformed,
    }
}

const OVER_LIMIT: &str = "request body over the limit";

/// Bytes handed to multer before the reader yields once. multer reads its source until
/// it would block, so on a fast link it would otherwise buffer a whole 10 MiB body.
const YIELD_EVERY: u64 = 128 * 1024;

/// Reads at most `limit` bytes; past it, reads on (discarding) to the end of the body or
/// the drain cap, then fails with [`OVER_LIMIT`]. Yields every [`YIELD_EVERY`] bytes so
/// the parser upstream never buffers more than that.
struct LimitedBody<R> {
    inner: R,
    limit: u64,
    read: u64,
    since_yield: u64,
}

impl<R> LimitedBody<R> {
    fn new(inner: R, limit: u64) -> Self {
        Self {
            inner,
            limit,
            read: 0,
            since_yield: 0,
        }
    }
}

impl<R: AsyncRead + Unpin> AsyncRead for LimitedBody<R> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.since_yield >= YIELD_EVERY {
            self.since_yield = 0;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        if self.read <= self.limit {
            let before = buf.filled().len();
            let poll = Pin::new(&mut self.inner).poll_read(cx, buf);
            if let Poll::Ready(Ok(())) = poll {
                let got = (buf.filled().len() - before) as u64;
                self.read += got;
                self.since_yield += got;
                if self.read <= self.limit {
                    return Poll::Ready(Ok(()));
                }
            } else {
                return poll;
            }
        }
        // Over the limit: drain what the client is still sending, then fail.
        let mut scratch = [0u8; 16 * 1024];
        loop {
            let mut sink = ReadBuf::new(&mut scratch);
            match Pin::new(&mut self.inner).poll_read(cx, &mut sink) {
                Poll::Ready(Ok(())) if !sink.filled().is_empty() => {}
                Poll::Ready(_) => return Poll::Ready(Err(io::Error::other(OVER_LIMIT))),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
