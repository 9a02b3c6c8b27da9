//! Resume files, behind [`ResumeStore`] so the uploads folder can later give way to object
//! storage. Files are written under a random key as `<key>.part`, flushed to disk and
//! renamed into place only when complete, so a crash leaves at most a `.part` that
//! `careers uploads reconcile` removes.

use std::io;
use std::path::PathBuf;

use rocket::tokio::fs;
use rocket::tokio::io::{AsyncRead, AsyncWriteExt};

/// The name of a stored file: 32 random hexadecimal characters, nothing from the upload.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StorageKey(String);

impl StorageKey {
    /// A new random key.
    pub fn random() -> Self {
        let bytes: [u8; 16] = rand::random();
        Self(hex::encode(bytes))
    }

    /// A key read back from the database or the folder; `None` if it is not key-shaped.
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 32
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        .then(|| Self(raw.to_owned()))
    }

    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where resumes live.
#[rocket::async_trait]
pub trait ResumeStore: Send + Sync {
    /// Starts writing a new file under `key`.
    async fn create(&self, key: &StorageKey) -> io::Result<Box<dyn ResumeSink>>;
    /// The whole file.
    async fn read(&self, key: &StorageKey) -> io::Result<Vec<u8>>;
    /// The file as a stream, for readers that need not hold it whole (the malware scan).
    async fn open(&self, key: &StorageKey) -> io::Result<Box<dyn AsyncRead + Send + Unpin>> {
        Ok(Box::new(io::Cursor::new(self.read(key).await?)))
    }
    /// Removes a file; a missing file is not an error.
    async fn remove(&self, key: &StorageKey) -> io::Result<()>;
    /// Removes a file that is not a complete resume (a partial write, a stray file).
    async fn remove_leftover(&self, name: &str) -> io::Result<()>;
    /// Every file in the store: complete ones have a key; partial or foreign files not.
    async fn inventory(&self) -> io::Result<Vec<StoredFile>>;
}

/// A file found in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub name: String,
    pub key: Option<StorageKey>,
    pub modified: std::time::SystemTime,
}

/// A file being written.
#[rocket::async_trait]
pub trait ResumeSink: Send {
    /// Appends bytes.
    async fn write(&mut self, chunk: &[u8]) -> io::Result<()>;
    /// Makes the file durable and visible under its key.
    async fn finish(self: Box<Self>) -> io::Result<()>;
    /// Throws the partial file away.
    async fn abort(self: Box<Self>);
}

/// The uploads folder on local disk.
pub struct UploadsFolder {
    root: PathBuf,
}

impl UploadsFolder {
    /// Uses (and creates, private to the owner) the folder.
    pub fn open(root: PathBuf) -> io::Result<Self> {
        std::fs::create_dir_all(&root)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(Self { root })
    }

    fn path(&self, key: &StorageKey) -> PathBuf {
        self.root.join(key.as_str())
    }
}

struct FolderSink {
    file: fs::File,
    part: PathBuf,
    target: PathBuf,
    done: bool,
}

impl Drop for FolderSink {
    /// A sink dropped unfinished (the request was cancelled mid-upload) removes its
    /// partial file: nothing of an abandoned upload stays behind.
    fn drop(&mut self) {
        if !self.done
            && let Err(error) = std::fs::remove_file(&self.part)
            && error.kind() != io::ErrorKind::NotFound
        {
            tracing::error!(%error, "could not remove a partial upload");
        }
    }
}

#[rocket::async_trait]
impl ResumeStore for UploadsFolder {
    async fn create(&self, key: &StorageKey) -> io::Result<Box<dyn ResumeSink>> {
        let target = self.path(key);
        let part = target.with_extension("part");
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        options.mode(0o600);
        let file = options.open(&part).await?;
        Ok(Box::new(FolderSink {
            file,
            part,
            target,
            done: false,
        }))
    }

    async fn read(&self, key: &StorageKey) -> io::Result<Vec<u8>> {
        fs::read(self.path(key)).await
    }

    async fn open(&self, key: &StorageKey) -> io::Result<Box<dyn AsyncRead + Send + Unpin>> {
        Ok(Box::new(fs::File::open(self.path(key)).await?))
    }

    async fn remove(&self, key: &StorageKey) -> io::Result<()> {
        match fs::remove_file(self.path(key)).await {
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn remove_leftover(&self, name: &str) -> io::Result<()> {
        // Only a plain name inside the folder: never a path that could leave it.
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a leftover in the uploads folder",
            ));
        }
        match fs::remove_file(self.root.join(name)).await {
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn inventory(&self) -> io::Result<Vec<StoredFile>> {
        let mut files = Vec::new();
        let mut entries = fs::read_dir(&self.root).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == ".gitkeep" {
                continue;
            }
            let modified = entry.metadata().await?.modified()?;
            files.push(StoredFile {
                key: StorageKey::parse(&name),
                name,
                modified,
            });
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(files)
    }
}

#[rocket::async_trait]
impl ResumeSink for FolderSink {
    async fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        self.file.write_all(chunk).await
    }

    async fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        fs::rename(&self.part, &self.target).await?;
        self.done = true;
        Ok(())
    }

    async fn abort(self: Box<Self>) {
        // Dropping removes the partial file.
        drop(self);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_hex_and_nothing_else_parses() {
        let key = StorageKey::random();
        assert_eq!(StorageKey::parse(key.as_str()), Some(key.clone()));
        assert_ne!(key, StorageKey::random());
        assert!(StorageKey::parse("../../etc/passwd").is_none());
        assert!(StorageKey::parse(&"A".repeat(32)).is_none());
        assert!(StorageKey::parse(&format!("{}.part", key.as_str())).is_none());
    }

    #[rocket::async_test]
    async fn a_file_appears_only_when_finished_and_aborts_leave_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let store = UploadsFolder::open(dir.path().join("uploads")).expect("folder");
        let key = StorageKey::random();
        let mut sink = store.create(&key).await.expect("create");
        sink.write(b"hello ").await.expect("write");
        assert!(store.read(&key).await.is_err(), "not visible while written");
        let files = store.inventory().await.expect("inventory");
        assert!(
            files.len() == 1 && files[0].key.is_none(),
            "a .part file is a leftover until finished"
        );
        sink.write(b"world").await.expect("write");
        sink.finish().await.expect("finish");
        assert_eq!(store.read(&key).await.expect("read"), b"hello world");
        let keys: Vec<_> = store
            .inventory()
            .await
            .expect("inventory")
            .into_iter()
            .map(|f| f.key)
            .collect();
        assert_eq!(keys, vec![Some(key.clone())]);

        let other = StorageKey::random();
        let sink = store.create(&other).await.expect("create");
        sink.abort().await;
        store.remove(&key).await.expect("remove");
        store.remove(&key).await.expect("removing twice is fine");
        assert!(store.inventory().await.expect("inventory").is_empty());
        assert!(
            store.remove_leftover("../secret").await.is_err(),
            "never outside the folder"
        );
    }
}
