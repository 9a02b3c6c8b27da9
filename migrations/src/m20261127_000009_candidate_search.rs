//! A trigram index on the candidates' search text, so the dashboard's name-and-email
//! search is an index lookup rather than a scan of every candidate.
//!
//! Each database has its own kind. SQLite: an FTS5 table with the trigram tokenizer
//! reading its text from `candidates` (external content), kept in step by triggers,
//! with `secure-delete` on so a deleted or corrected name leaves no trace in the index.
//! PostgreSQL: a GIN index with `pg_trgm`'s operator class, which `LIKE '%…%'` uses;
//! where the extension is not installed on the server, no index is made and search
//! stays a scan.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &[&str] = &[
    "CREATE VIRTUAL TABLE candidate_search USING fts5(
        search_text, content='candidates', content_rowid='id', tokenize='trigram')",
    "INSERT INTO candidate_search(candidate_search, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO candidate_search(candidate_search) VALUES ('rebuild')",
    "CREATE TRIGGER candidates_search_insert AFTER INSERT ON candidates BEGIN
        INSERT INTO candidate_search(rowid, search_text) VALUES (new.id, new.search_text);
    END",
    "CREATE TRIGGER candidates_search_delete AFTER DELETE ON candidates BEGIN
        INSERT INTO candidate_search(candidate_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
    END",
    "CREATE TRIGGER candidates_search_update AFTER UPDATE OF search_text ON candidates BEGIN
        INSERT INTO candidate_search(candidate_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        INSERT INTO candidate_search(rowid, search_text) VALUES (new.id, new.search_text);
    END",
];

const SQLITE_DOWN: &[&str] = &[
    "DROP TRIGGER candidates_search_update",
    "DROP TRIGGER candidates_search_delete",
    "DROP TRIGGER candidates_search_insert",
    "DROP TABLE candidate_search",
];

const POSTGRES_UP: &str = "DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX idx_candidates_search_trgm ON candidates
            USING gin (search_text gin_trgm_ops);
    END IF;
END $$";

const POSTGRES_DOWN: &str = "DROP INDEX IF EXISTS idx_candidates_search_trgm";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for statement in SQLITE_UP {
                    db.execute_unprepared(statement).await?;
                }
            }
            DatabaseBackend::Postgres => {
                db.execute_unprepared(POSTGRES_UP).await?;
            }
            other => return Err(DbErr::Migration(format!("{other:?} is not supported"))),
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for statement in SQLITE_DOWN {
                    db.execute_unprepared(statement).await?;
                }
            }
            _ => {
                db.execute_unprepared(POSTGRES_DOWN).await?;
            }
        }
        Ok(())
    }
}
