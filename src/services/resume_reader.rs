//! Reading a resume's text where a hostile file cannot hurt the server. The PDF and DOCX
//! parsers take whatever applicants upload, and neither a memory limit nor a stop can be
//! put on a thread: a 7 KB PDF whose stream inflates to 4 GiB inside lopdf made the
//! server allocate that much, per upload (docs/fuzzing.md). So `careers read-resume KIND` parses in a child
//! process under limits on address space and CPU time, the server kills it when its time
//! is up, and a file that breaks a parser costs one child. Plain text needs no parser
//! and is read in-process.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{ExitCode, ExitStatus, Stdio};
use std::sync::Arc;
use std::time::Duration;

use rocket::tokio::io::{AsyncReadExt, AsyncWriteExt};
use rocket::tokio::sync::Semaphore;

use super::resume_text::{ActiveContent, ExtractError, MAX_TEXT_BYTES, extract};
use crate::domain::resume::ResumeKind;
use crate::store::files::{ResumeStore, StorageKey};

/// How long one extraction may take, spawning included.
const TIME_LIMIT: Duration = Duration::from_secs(10);
/// The child's address space. A 10 MiB PDF of dense text peaks well below it
/// (docs/fuzzing.md); a bomb fails an allocation here and the child aborts.
const CHILD_ADDRESS_SPACE: u64 = 768 << 20;
/// The child's CPU seconds: it dies even if nobody is left to kill it.
const CHILD_CPU_SECONDS: u64 = 10;
/// Most bytes the child reads from its input: far above any accepted upload.
const CHILD_INPUT_BYTES: u64 = 256 << 20;
/// Megabytes of files being read at once: one 10 MiB resume, or many small ones.
const MEMORY_BUDGET_MIB: u32 = 16;

/// How the child tells why it could not read a file (see [`outcome`] for other ends).
const EXIT_ENCRYPTED: u8 = 3;
const EXIT_NOT_DOCX: u8 = 4;
const EXIT_UNREADABLE: u8 = 5;
/// Active content: this plus its index in [`ActiveContent::ALL`].
const EXIT_ACTIVE: u8 = 16;

/// Runs extractions: two children at a time (the cores), and no more file bytes in the
/// server's memory at once than the budget.
#[derive(Clone)]
pub struct Extractor {
    permits: Arc<Semaphore>,
    memory: Arc<Semaphore>,
    program: Arc<PathBuf>,
    time_limit: Duration,
}

impl Extractor {
    /// Extractions run by `program` (this binary, or `CAREERS_RESUME_READER`).
    pub fn new(program: PathBuf) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(2)),
            memory: Arc::new(Semaphore::new(MEMORY_BUDGET_MIB as usize)),
            program: Arc::new(program),
            time_limit: TIME_LIMIT,
        }
    }

    /// The same with another time limit (tests).
    pub fn with_time_limit(self, time_limit: Duration) -> Self {
        Self { time_limit, ..self }
    }

    /// The text of a stored file of the given kind. The file is read only once a permit
    /// is held, so memory holds at most two files however many uploads arrive at once.
    pub async fn extract_stored(
        &self,
        store: &dyn ResumeStore,
        key: &StorageKey,
        kind: ResumeKind,
        size: u64,
    ) -> Result<Result<String, ExtractError>, std::io::Error> {
        let mib = u32::try_from(size.div_ceil(1 << 20))
            .unwrap_or(u32::MAX)
            .clamp(1, MEMORY_BUDGET_MIB);
        let _memory = self
            .memory
            .acquire_many(mib)
            .await
            .map_err(std::io::Error::other)?;
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(std::io::Error::other)?;
        let bytes = store.read(key).await?;
        self.extract(kind, bytes).await
    }

    /// The text of `bytes`; an error only when the child cannot be started.
    pub async fn extract(
        &self,
        kind: ResumeKind,
        bytes: Vec<u8>,
    ) -> Result<Result<String, ExtractError>, std::io::Error> {
        if kind == ResumeKind::Text {
            return Ok(extract(kind, &bytes));
        }
        let deadline = rocket::tokio::time::Instant::now() + self.time_limit;
        let mut child = rocket::tokio::process::Command::new(self.program.as_ref())
            .args(["read-resume", kind.as_str()])
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let (Some(mut input), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(std::io::Error::other("resume reader started without pipes"));
        };
        let talk = async move {
            let feed = async move {
                // A child that stops reading has died; its status says why.
                let _ = input.write_all(&bytes).await;
            };
            let mut text = Vec::new();
            let mut output = output.take(MAX_TEXT_BYTES as u64 + 1);
            let read = output.read_to_end(&mut text);
            let ((), read) = rocket::tokio::join!(feed, read);
            let status = child.wait().await?;
            read?;
            Ok::<_, std::io::Error>((status, text))
        };
        // When time is up `talk` is dropped with the child, which kills it.
        match rocket::tokio::time::timeout_at(deadline, talk).await {
            Ok(Ok((status, text))) => Ok(outcome(kind, status, text)),
            Ok(Err(error)) => Err(error),
            Err(_elapsed) => {
                tracing::warn!(kind = kind.as_str(), "resume reader stopped: time limit");
                Ok(Err(ExtractError::TooComplex))
            }
        }
    }
}

/// What the child's end means.
fn outcome(kind: ResumeKind, status: ExitStatus, text: Vec<u8>) -> Result<String, ExtractError> {
    let code = status.code().and_then(|code| u8::try_from(code).ok());
    if let Some(found) = code.and_then(active_content) {
        return Err(ExtractError::ActiveContent(found));
    }
    let failure = match code {
        Some(0) => return String::from_utf8(text).map_err(|_| ExtractError::Unreadable),
        Some(EXIT_ENCRYPTED) => return Err(ExtractError::Encrypted),
        Some(EXIT_NOT_DOCX) => return Err(ExtractError::NotDocx),
        Some(EXIT_UNREADABLE) => return Err(ExtractError::Unreadable),
        // Killed by a signal: an allocation past the address-space limit aborts, the CPU
        // limit sends SIGXCPU. A huge but honest file can do that too.
        None => ExtractError::TooComplex,
        // A panic in a parser.
        Some(_) => ExtractError::Unreadable,
    };
    // Logged with the status only: nothing from the file.
    tracing::warn!(kind = kind.as_str(), %status, "resume reader failed");
    Err(failure)
}

/// `careers read-resume KIND`: limits itself, reads the file on standard input and
/// writes its text on standard output, or exits with the reason's code.
pub fn child_main(kind: ResumeKind) -> ExitCode {
    if let Err(error) = limit_this_process() {
        eprintln!("careers read-resume: cannot set limits: {error}");
        return ExitCode::FAILURE;
    }
    let mut bytes = Vec::new();
    if let Err(error) = std::io::stdin()
        .lock()
        .take(CHILD_INPUT_BYTES)
        .read_to_end(&mut bytes)
    {
        eprintln!("careers read-resume: cannot read the input: {error}");
        return ExitCode::FAILURE;
    }
    match extract(kind, &bytes) {
        Ok(text) => match std::io::stdout().lock().write_all(text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        },
        Err(ExtractError::Encrypted) => ExitCode::from(EXIT_ENCRYPTED),
        Err(ExtractError::NotDocx) => ExitCode::from(EXIT_NOT_DOCX),
        Err(ExtractError::Unreadable | ExtractError::TooComplex) => ExitCode::from(EXIT_UNREADABLE),
        Err(ExtractError::ActiveContent(found)) => {
            let index = ActiveContent::ALL.iter().position(|a| *a == found);
            ExitCode::from(EXIT_ACTIVE + index.and_then(|i| u8::try_from(i).ok()).unwrap_or(0))
        }
    }
}

/// The active content an exit code reports, if it reports one.
fn active_content(code: u8) -> Option<ActiveContent> {
    let index = code.checked_sub(EXIT_ACTIVE)?;
    ActiveContent::ALL.get(usize::from(index)).copied()
}

/// Address space and CPU time bounded, and no core file: one would hold the resume.
fn limit_this_process() -> std::io::Result<()> {
    use rlimit::Resource;
    Resource::CORE.set(0, 0)?;
    Resource::CPU.set(CHILD_CPU_SECONDS, CHILD_CPU_SECONDS + 1)?;
    Resource::AS.set(CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE)
}
