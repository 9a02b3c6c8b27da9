//! A counter of changes to what the public site shows (jobs and affiliates), moved by
//! triggers in the same transaction as each change, whichever code or tool makes it.
//! Every instance reads it before serving a cached public page, so a change made through
//! one instance is seen by all of them on their next request.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose rows the public pages show.
const WATCHED: [&str; 2] = ["jobs", "affiliates"];

const TABLE: &str = "CREATE TABLE public_revision (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    revision BIGINT NOT NULL
)";
const FIRST_ROW: &str = "INSERT INTO public_revision (id, revision) VALUES (1, 1)";

const POSTGRES_FUNCTION: &str = "CREATE FUNCTION public_revision_bump() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE public_revision SET revision = revision + 1 WHERE id = 1;
    RETURN NULL;
END $$";

fn sqlite_triggers(table: &str) -> Vec<String> {
    ["INSERT", "UPDATE", "DELETE"]
        .iter()
        .map(|event| {
            format!(
                "CREATE TRIGGER {table}_public_revision_{} AFTER {event} ON {table} BEGIN
                    UPDATE public_revision SET revision = revision + 1 WHERE id = 1;
                END",
                event.to_lowercase()
            )
        })
        .collect()
}

fn postgres_trigger(table: &str) -> String {
    // Once per statement: a bulk change moves the counter once.
    format!(
        "CREATE TRIGGER {table}_public_revision AFTER INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION public_revision_bump()"
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut statements = vec![TABLE.to_owned(), FIRST_ROW.to_owned()];
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                statements.extend(WATCHED.iter().flat_map(|t| sqlite_triggers(t)));
            }
            DatabaseBackend::Postgres => {
                statements.push(POSTGRES_FUNCTION.to_owned());
                statements.extend(WATCHED.iter().map(|t| postgres_trigger(t)));
            }
            other => return Err(DbErr::Migration(format!("{other:?} is not supported"))),
        }
        let db = manager.get_connection();
        for statement in statements {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut statements = Vec::new();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for table in WATCHED {
                    for event in ["insert", "update", "delete"] {
                        statements.push(format!("DROP TRIGGER {table}_public_revision_{event}"));
                    }
                }
            }
            _ => {
                for table in WATCHED {
                    statements.push(format!("DROP TRIGGER {table}_public_revision ON {table}"));
                }
                statements.push("DROP FUNCTION public_revision_bump()".to_owned());
            }
        }
        statements.push("DROP TABLE public_revision".to_owned());
        let db = manager.get_connection();
        for statement in statements {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }
}
