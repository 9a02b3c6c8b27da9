//! Resume files, behind [`ResumeStore`] so the uploads folder can later give way to object
//! storage. Files are written under a random key as `<key>.part`, flushed to disk and
//! renamed into place only when complete, so a crash leaves at most a `.part` that
//! `careers uploads reconcile` removes.

use std::io;
use std::path::PathBuf;

use rocket::tokio::fs;
use rocket::tokio::io::AsyncWriteExt;

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
    /// Removes a file; a missing file is not an error.
    async fn remove(&self, key: &StorageKey) -> io::Result<()>;
    /// Every complete file's key, and the names of leftovers (partial or foreign files).
    async fn inventory(&self) -> io::Result<(Vec<StorageKey>, Vec<String>)>;
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
        Ok(Box::new(FolderSink { file, part, target }))
    }

    async fn read(&self, key: &StorageKey) -> io::Result<Vec<u8>> {
        fs::read(self.path(key)).await
    }

    async fn remove(&self, key: &StorageKey) -> io::Result<()> {
        match fs::remove_file(self.path(key)).await {
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn inventory(&self) -> io::Result<(Vec<StorageKey>, Vec<String>)> {
        let mut keys = Vec::new();
        let mut others = Vec::new();
        let mut entries = fs::read_dir(&self.root).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            match StorageKey::parse(&name) {
                Some(key) => keys.push(key),
                None if name == ".gitkeep" => {}
                None => others.push(name),
            }
        }
        keys.sort();
        others.sort();
        Ok((keys, others))
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
        fs::rename(&self.part, &self.target).await
    }

    async fn abort(self: Box<Self>) {
        drop(self.file);
        if let Err(error) = fs::remove_file(&self.part).await {
            tracing::error!(%error, "could not remove a partial upload");
        }
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
        let (_, partial) = store.inventory().await.expect("inventory");
        assert_eq!(
            partial.len(),
            1,
            "the .part file is a leftover until finished"
        );
        sink.write(b"world").await.expect("write");
        sink.finish().await.expect("finish");
        assert_eq!(store.read(&key).await.expect("read"), b"hello world");
        assert_eq!(
            store.inventory().await.expect("inventory"),
            (vec![key.clone()], vec![])
        );

        let other = StorageKey::random();
        let sink = store.create(&other).await.expect("create");
        sink.abort().await;
        store.remove(&key).await.expect("remove");
        store.remove(&key).await.expect("removing twice is fine");
        assert_eq!(
            store.inventory().await.expect("inventory"),
            (vec![], vec![])
        );
    }
}
