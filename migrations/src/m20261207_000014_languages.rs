//! Applicants' languages (docs/languages.md): the language each application and privacy
//! request was made in, which every later mail to the applicant uses; each job's primary
//! language, and its translations, which the public pages show (so their changes move
//! the public revision like the jobs' own).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables that gain a `language` column; existing rows were all made in English.
const LANGUAGE_OF: [&str; 3] = ["applications", "privacy_requests", "jobs"];

#[derive(DeriveIden)]
enum JobTranslations {
    Table,
    Id,
    JobId,
    Language,
    Title,
    Description,
    Location,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in LANGUAGE_OF {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(string_len("language", 16).default("en"))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(JobTranslations::Table)
                    .col(pk_auto(JobTranslations::Id))
                    .col(integer(JobTranslations::JobId))
                    .col(string_len(JobTranslations::Language, 16))
                    .col(string_len(JobTranslations::Title, 200))
                    .col(text(JobTranslations::Description))
                    .col(string_len(JobTranslations::Location, 200))
                    .col(timestamp_with_time_zone(JobTranslations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(JobTranslations::Table, JobTranslations::JobId)
                            .to(Jobs::Table, Jobs::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("job_translations_job_language")
                    .table(JobTranslations::Table)
                    .col(JobTranslations::JobId)
                    .col(JobTranslations::Language)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let triggers = match manager.get_database_backend() {
            DatabaseBackend::Postgres => vec![
                "CREATE TRIGGER job_translations_public_revision AFTER INSERT OR UPDATE OR DELETE ON job_translations
                    FOR EACH STATEMENT EXECUTE FUNCTION public_revision_bump()"
                    .to_owned(),
            ],
            _ => ["INSERT", "UPDATE", "DELETE"]
                .iter()
                .map(|event| {
                    format!(
                        "CREATE TRIGGER job_translations_public_revision_{} AFTER {event} ON job_translations BEGIN
                            UPDATE public_revision SET revision = revision + 1 WHERE id = 1;
                        END",
                        event.to_lowercase()
                    )
                })
                .collect(),
        };
        for trigger in triggers {
            db.execute_unprepared(&trigger).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(JobTranslations::Table).to_owned())
            .await?;
        for table in LANGUAGE_OF {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column("language")
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
