//! Password hashing (argon2id) on a small fixed pool of threads, each reusing one memory
//! buffer, behind a bounded queue. `spawn_blocking` per hash let the allocator keep every
//! 19 MiB buffer (4.4 GB RSS under a login flood, `../shared/NOTES.md`); here memory is
//! threads × m_cost, and a full queue answers `Busy` at once instead of piling up.

use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};

use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use rocket::tokio::sync::oneshot;

/// Bytes of hash output.
const OUTPUT_LEN: usize = 32;
/// Bytes of salt.
const SALT_LEN: usize = 16;

/// Why a hash could not be computed or checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    /// Every worker is busy and the queue is full: try again shortly (503/429).
    #[error("password hashing is busy")]
    Busy,
    /// The pool has stopped.
    #[error("password hashing has stopped")]
    Stopped,
    /// The parameters or the stored hash are not usable.
    #[error("password hash: {0}")]
    Invalid(String),
}

enum Task {
    Hash {
        password: Vec<u8>,
        salt: [u8; SALT_LEN],
    },
    Verify {
        password: Vec<u8>,
        stored: Stored,
    },
}

struct Job {
    task: Task,
    reply: oneshot::Sender<Result<Vec<u8>, HashError>>,
}

/// A parsed PHC string: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stored {
    params: (u32, u32, u32),
    salt: Vec<u8>,
    hash: Vec<u8>,
}

impl Stored {
    fn parse(phc: &str) -> Option<Self> {
        let mut parts = phc.split('$');
        let (empty, algorithm, version, params, salt, hash) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        if !empty.is_empty()
            || algorithm != "argon2id"
            || version != "v=19"
            || parts.next().is_some()
        {
            return None;
        }
        let mut values = params
            .split(',')
            .map(|kv| kv.split_once('=').and_then(|(_, v)| v.parse::<u32>().ok()));
        let params = (values.next()??, values.next()??, values.next()??);
        Some(Self {
            params,
            salt: STANDARD_NO_PAD.decode(salt).ok()?,
            hash: STANDARD_NO_PAD.decode(hash).ok()?,
        })
    }

    fn encode(&self) -> String {
        let (m, t, p) = self.params;
        format!(
            "$argon2id$v=19$m={m},t={t},p={p}${}${}",
            STANDARD_NO_PAD.encode(&self.salt),
            STANDARD_NO_PAD.encode(&self.hash)
        )
    }
}

/// The pool.
pub struct PasswordHasher {
    queue: SyncSender<Job>,
    params: (u32, u32, u32),
    dummy: String,
    /// Sign-ins holding a [`Slot`], at most `capacity`: threads plus queue.
    reserved: Arc<std::sync::atomic::AtomicUsize>,
    capacity: usize,
}

/// A place in the pool held for the whole of one sign-in, so an attempt that would find
/// the queue full is turned away before it costs any database work.
pub struct Slot {
    reserved: Arc<std::sync::atomic::AtomicUsize>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.reserved
            .fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl PasswordHasher {
    /// Starts `threads` workers hashing with `m_cost` KiB, `t_cost` passes and one lane,
    /// and a queue of `queue` waiting jobs.
    pub fn start(
        m_cost: u32,
        t_cost: u32,
        threads: usize,
        queue: usize,
    ) -> Result<Self, HashError> {
        let params = Params::new(m_cost, t_cost, 1, Some(OUTPUT_LEN))
            .map_err(|e| HashError::Invalid(e.to_string()))?;
        // Room for every reserved place, so a sign-in holding one never finds it full.
        let (sender, receiver) = sync_channel::<Job>(threads.max(1) + queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..threads.max(1) {
            let receiver = receiver.clone();
            let params = params.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || work(&receiver, &params))
                .map_err(|e| HashError::Invalid(e.to_string()))?;
        }
        let mut hasher = Self {
            queue: sender,
            params: (m_cost, t_cost, 1),
            dummy: String::new(),
            reserved: Arc::default(),
            capacity: threads.max(1) + queue,
        };
        // A fixed hash to verify against when there is no account: same work, same time.
        hasher.dummy = Stored {
            params: hasher.params,
            salt: vec![0; SALT_LEN],
            hash: vec![0; OUTPUT_LEN],
        }
        .encode();
        Ok(hasher)
    }

    /// Holds a place for one sign-in, or `Busy` when every place is taken.
    pub fn reserve(&self) -> Result<Slot, HashError> {
        use std::sync::atomic::Ordering;
        self.reserved
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |held| {
                (held < self.capacity).then_some(held + 1)
            })
            .map_err(|_| HashError::Busy)?;
        Ok(Slot {
            reserved: self.reserved.clone(),
        })
    }

    async fn run(&self, task: Task) -> Result<Vec<u8>, HashError> {
        let (reply, answer) = oneshot::channel();
        match self.queue.try_send(Job { task, reply }) {
            Ok(()) => answer.await.map_err(|_| HashError::Stopped)?,
            Err(TrySendError::Full(_)) => Err(HashError::Busy),
            Err(TrySendError::Disconnected(_)) => Err(HashError::Stopped),
        }
    }

    /// A PHC string for a new password. It takes a place of its own, so it never uses
    /// the room a sign-in has reserved.
    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let _slot = self.reserve()?;
        let salt: [u8; SALT_LEN] = rand::random();
        let hash = self
            .run(Task::Hash {
                password: password.as_bytes().to_vec(),
                salt,
            })
            .await?;
        Ok(Stored {
            params: self.params,
            salt: salt.to_vec(),
            hash,
        }
        .encode())
    }

    /// Whether `password` matches `stored`; the caller holds a [`Slot`]. Without a stored hash (unknown email, no
    /// password yet) the same work is done against a dummy hash and the answer is no,
    /// so timing never tells whether an account exists.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> Result<bool, HashError> {
        let (phc, real) = match stored {
            Some(phc) => (phc, true),
            None => (self.dummy.as_str(), false),
        };
        let stored = Stored::parse(phc)
            .ok_or_else(|| HashError::Invalid("unreadable stored hash".to_owned()))?;
        let expected = stored.hash.clone();
        let computed = self
            .run(Task::Verify {
                password: password.as_bytes().to_vec(),
                stored,
            })
            .await?;
        Ok(real && crate::keys::same_bytes(&computed, &expected))
    }
}

/// One worker: takes jobs until the pool is dropped, reusing its memory blocks.
fn work(receiver: &Mutex<Receiver<Job>>, default_params: &Params) {
    let mut blocks = vec![Block::default(); default_params.block_count()];
    loop {
        let job = match receiver.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        let result = match &job.task {
            Task::Hash { password, salt } => hash_with(default_params, password, salt, &mut blocks),
            Task::Verify { password, stored } => {
                let (m, t, p) = stored.params;
                match Params::new(m, t, p, Some(stored.hash.len())) {
                    Ok(params) => {
                        if blocks.len() < params.block_count() {
                            blocks.resize(params.block_count(), Block::default());
                        }
                        hash_with(&params, password, &stored.salt, &mut blocks)
                    }
                    Err(error) => Err(HashError::Invalid(error.to_string())),
                }
            }
        };
        // The asker may have gone away; nothing to do then.
        let _gone = job.reply.send(result);
    }
}

fn hash_with(
    params: &Params,
    password: &[u8],
    salt: &[u8],
    blocks: &mut [Block],
) -> Result<Vec<u8>, HashError> {
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut out = vec![0u8; params.output_len().unwrap_or(OUTPUT_LEN)];
    argon2
        .hash_password_into_with_memory(
            password,
            salt,
            &mut out,
            &mut blocks[..params.block_count()],
        )
        .map_err(|e| HashError::Invalid(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::PasswordVerifier;

    /// Small parameters keep unit tests fast; production uses the OWASP minimum or more.
    fn pool(threads: usize, queue: usize) -> PasswordHasher {
        PasswordHasher::start(64, 1, threads, queue).expect("pool")
    }

    #[rocket::async_test]
    async fn a_hash_verifies_its_password_only() {
        let pool = pool(2, 8);
        let phc = pool
            .hash("correct horse battery staple")
            .await
            .expect("hash");
        assert!(phc.starts_with("$argon2id$v=19$m=64,t=1,p=1$"), "{phc}");
        assert!(
            pool.verify("correct horse battery staple", Some(&phc))
                .await
                .expect("verify")
        );
        assert!(
            !pool
                .verify("correct horse battery stapl", Some(&phc))
                .await
                .expect("verify")
        );
        assert_ne!(
            phc,
            pool.hash("correct horse battery staple")
                .await
                .expect("hash"),
            "salted"
        );
    }

    #[rocket::async_test]
    async fn hashes_are_standard_phc_strings() {
        let pool = pool(1, 4);
        let phc = pool.hash("interoperable password").await.expect("hash");
        let parsed = argon2::PasswordHash::new(&phc).expect("PHC");
        assert!(
            Argon2::default()
                .verify_password(b"interoperable password", &parsed)
                .is_ok()
        );
        let foreign = {
            use argon2::PasswordHasher as _;
            let salt = argon2::password_hash::SaltString::encode_b64(&[7u8; 16]).expect("salt");
            Argon2::default()
                .hash_password(b"made elsewhere", &salt)
                .expect("hash")
                .to_string()
        };
        assert!(
            pool.verify("made elsewhere", Some(&foreign))
                .await
                .expect("verify"),
            "and reads others'"
        );
    }

    #[rocket::async_test]
    async fn an_unknown_account_is_checked_against_a_dummy_and_refused() {
        let pool = pool(1, 4);
        assert!(!pool.verify("anything at all", None).await.expect("verify"));
        assert!(matches!(
            pool.verify("x", Some("$md5$abc")).await,
            Err(HashError::Invalid(_))
        ));
    }

    #[test]
    fn places_are_limited_to_threads_and_queue_and_freed_when_dropped() {
        let pool = pool(2, 1);
        let held: Vec<Slot> = (0..3).map(|_| pool.reserve().expect("a place")).collect();
        assert!(matches!(pool.reserve(), Err(HashError::Busy)));
        drop(held);
        assert!(pool.reserve().is_ok());
    }

    #[rocket::async_test]
    async fn a_full_queue_answers_busy_at_once() {
        let pool = Arc::new(PasswordHasher::start(8 * 1024, 3, 1, 1).expect("pool"));
        let mut waiting = Vec::new();
        for n in 0..16 {
            let pool = pool.clone();
            waiting.push(rocket::tokio::spawn(async move {
                pool.hash(&format!("password number {n}")).await
            }));
        }
        let mut busy = 0;
        let mut done = 0;
        for task in waiting {
            match task.await.expect("task") {
                Ok(_) => done += 1,
                Err(HashError::Busy) => busy += 1,
                Err(other) => panic!("{other}"),
            }
        }
        assert!(
            busy > 0,
            "one worker and a queue of one cannot take sixteen at once"
        );
        assert!(done >= 1 && done + busy == 16);
    }
}
