//! Persistence: connecting, migrating, and one module of queries per aggregate.

pub mod affiliates;
pub mod applications;
pub mod audit;
pub mod files;
pub mod holds;
pub mod interviews;
pub mod jobs;
pub mod login_attempts;
pub mod offers;
pub mod outbox;
pub mod passkeys;
pub mod personal_data;
pub mod privacy_requests;
pub mod public_revision;
pub mod retention;
pub mod review;
pub mod scorecards;
pub mod second_factors;
pub mod sessions;
pub mod staff;
pub mod staff_tokens;
pub mod stage_counts;
pub mod sweep_lock;
pub mod throttle;

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

use crate::config::Settings;

/// Opens the pool. SQLite gets WAL, `synchronous=NORMAL`, a busy timeout, foreign keys
/// and `secure_delete` (deleted personal data is overwritten with zeros, not left in free
/// space of the file), and its folder is created; SeaORM would otherwise open one
/// connection only.
pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, DbErr> {
    let url = settings.database_url.as_str();
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(settings.database_pool_size.max(1))
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false);
    if settings.is_sqlite() {
        if let Some(parent) = sqlite_path(url).and_then(|p| std::path::Path::new(p).parent())
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", parent.display())))?;
        }
        options.map_sqlx_sqlite_opts(tune_sqlite);
    }
    Database::connect(options).await
}

fn tune_sqlite(options: SqliteConnectOptions) -> SqliteConnectOptions {
    options
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5))
        .foreign_keys(true)
        .pragma("secure_delete", "on")
}

/// The file path of a `sqlite:` URL, or `None` for an in-memory database.
fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// A transaction that writes. On SQLite, writers take turns in this process (an async
/// lock, fair and without polling) and then take the database's write lock at once
/// (`BEGIN IMMEDIATE`). Without the turn-taking, SQLite's busy handler makes waiting
/// writers sleep in steps of up to 100 ms; without `IMMEDIATE`, a read-then-write
/// transaction fails with `SQLITE_BUSY_SNAPSHOT` when another writer commits first.
pub struct WriteTxn {
    txn: sea_orm::DatabaseTransaction,
    _turn: Option<rocket::tokio::sync::OwnedMutexGuard<()>>,
}

static SQLITE_WRITERS: std::sync::OnceLock<std::sync::Arc<rocket::tokio::sync::Mutex<()>>> =
    std::sync::OnceLock::new();

impl WriteTxn {
    /// The transaction, to run statements on.
    pub fn conn(&self) -> &sea_orm::DatabaseTransaction {
        &self.txn
    }

    /// Commits.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }

    /// Rolls back.
    pub async fn rollback(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }
}

/// Starts a [`WriteTxn`].
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTxn, DbErr> {
    use sea_orm::{DbBackend, SqliteTransactionMode, TransactionOptions, TransactionTrait};
    let turn = if db.get_database_backend() == DbBackend::Sqlite {
        let gate = SQLITE_WRITERS.get_or_init(Default::default).clone();
        Some(gate.lock_owned().await)
    } else {
        None
    };
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await?;
    Ok(WriteTxn { txn, _turn: turn })
}

/// Serialises writers on `key` until the transaction ends, across instances: an advisory
/// lock on PostgreSQL; on SQLite a [`WriteTxn`] already holds the single writer lock.
pub async fn advisory_lock(txn: &impl sea_orm::ConnectionTrait, key: &str) -> Result<(), DbErr> {
    use sea_orm::{DbBackend, Statement};
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}

/// A list for an `IN (…)` filter, lengthened to the next power of two by repeating its
/// last item (which changes nothing in the filter). Bulk statements then come in a few
/// sizes, so the driver's prepared-statement cache hits instead of preparing a new
/// statement (one more round trip, and server-side planning) for every length.
pub(crate) fn in_list<T: Clone>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut list: Vec<T> = items.into_iter().collect();
    if let Some(last) = list.last().cloned() {
        list.resize(list.len().next_power_of_two().max(8), last);
    }
    list
}

/// Splits rows to insert into chunks of a few fixed sizes (1024, 256, 64, 16, 4, 1), for the
/// same reason as [`in_list`] where repeating a row is not harmless.
pub(crate) fn insert_chunks<T>(mut rows: &[T]) -> Vec<&[T]> {
    let mut chunks = Vec::new();
    while !rows.is_empty() {
        let size = [1024, 256, 64, 16, 4, 1]
            .into_iter()
            .find(|size| *size <= rows.len())
            .unwrap_or(1);
        let (chunk, rest) = rows.split_at(size);
        chunks.push(chunk);
        rows = rest;
    }
    chunks
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Escapes `%`, `_` and the escape character itself for a `LIKE … ESCAPE '\'` pattern.
pub(crate) fn like_contains(word: &str) -> sea_orm::sea_query::LikeExpr {
    let mut pattern = String::with_capacity(word.len() + 2);
    pattern.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    sea_orm::sea_query::LikeExpr::new(pattern).escape('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths_are_found_in_every_url_form() {
        assert_eq!(
            sqlite_path("sqlite:data/careers.db"),
            Some("data/careers.db")
        );
        assert_eq!(
            sqlite_path("sqlite://data/careers.db?mode=rwc"),
            Some("data/careers.db")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://localhost/db"), None);
    }
}
