//! One retention sweep at a time (docs/product.md, retention and privacy requests): across instances sharing PostgreSQL, a
//! session advisory lock held on a connection of its own for the whole sweep; on SQLite,
//! an exclusive lock on a file beside the database, which the server and the command
//! line both see. Either lock ends with the process, so a killed sweep never blocks the
//! next one.

use std::io;
use std::sync::{Arc, OnceLock};

use rocket::tokio::sync::{Mutex, OwnedMutexGuard};
use sea_orm::sqlx::Connection;
use sea_orm::sqlx::postgres::PgConnection;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

const KEY: &str = "careers retention sweep";

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another sweep holds the lock")]
    Busy,
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("lock file: {0}")]
    Io(#[from] io::Error),
}

/// The held lock; dropping it releases it.
pub struct SweepLock {
    held: Held,
}

enum Held {
    Postgres(Option<PgConnection>),
    File(#[allow(dead_code, reason = "held for its lock")] std::fs::File),
    Memory(#[allow(dead_code, reason = "held for its lock")] OwnedMutexGuard<()>),
}

static IN_MEMORY: OnceLock<Arc<Mutex<()>>> = OnceLock::new();

impl SweepLock {
    /// Takes the lock, or answers `Busy` at once.
    pub async fn try_acquire(db: &DatabaseConnection) -> Result<Self, LockError> {
        let held = match db.get_database_backend() {
            DbBackend::Postgres => {
                // A connection of its own, outside the pool: the lock can never go back
                // to the pool with it, and a pool of one is not starved for the sweep.
                let options = db.get_postgres_connection_pool().connect_options();
                let mut conn = PgConnection::connect_with(&options)
                    .await
                    .map_err(|e| DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e.into())))?;
                let taken: bool = sea_orm::sqlx::query_scalar(
                    "SELECT pg_try_advisory_lock(hashtextextended($1, 0))",
                )
                .bind(KEY)
                .fetch_one(&mut conn)
                .await
                .map_err(|e| DbErr::Query(sea_orm::RuntimeErr::SqlxError(e.into())))?;
                if !taken {
                    return Err(LockError::Busy);
                }
                Held::Postgres(Some(conn))
            }
            _ => match sqlite_file(db).await? {
                Some(path) => {
                    let file = std::fs::OpenOptions::new()
                        .create(true)
                        .truncate(false)
                        .write(true)
                        .open(format!("{path}.sweep-lock"))?;
                    match file.try_lock() {
                        Ok(()) => Held::File(file),
                        Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::Busy),
                        Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
                    }
                }
                None => {
                    let gate = IN_MEMORY.get_or_init(Default::default).clone();
                    Held::Memory(gate.try_lock_owned().map_err(|_| LockError::Busy)?)
                }
            },
        };
        Ok(Self { held })
    }
}

impl Drop for SweepLock {
    fn drop(&mut self) {
        if let Held::Postgres(conn) = &mut self.held {
            // Closing the session ends its advisory lock.
            if let Some(conn) = conn.take() {
                rocket::tokio::spawn(async move {
                    if let Err(error) = conn.close().await {
                        tracing::warn!(%error, "closing the sweep's lock connection");
                    }
                });
            }
        }
    }
}

/// The main database file of a SQLite connection; `None` in memory.
async fn sqlite_file(db: &DatabaseConnection) -> Result<Option<String>, DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA database_list",
        ))
        .await?;
    for row in rows {
        let name: String = row.try_get("", "name")?;
        let file: String = row.try_get("", "file")?;
        if name == "main" && !file.is_empty() {
            return Ok(Some(file));
        }
    }
    Ok(None)
}
