//! What the retention sweep needs: a journal of resume files whose rows are gone (written
//! in the same transaction that removes the rows, emptied once the files are removed, so
//! a crash in between is finished by the next run), the report that an applicant is a
//! minor (kept while a legal hold stops the purge), and an index on the decision date
//! for the retention preview.

use crate::util::{create, drop, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["file_removals"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let removals = Table::create()
            .table("file_removals")
            .col(pk_auto("id"))
            .col(string_uniq("storage_key"))
            .col(timestamp_with_time_zone("queued_at"))
            .to_owned();
        create(
            manager,
            vec![removals],
            vec![index(
                "idx_applications_decided",
                "applications",
                &["decided_at"],
            )],
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("applications")
                    .add_column(timestamp_with_time_zone_null("minor_reported_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("applications")
                    .drop_column("minor_reported_at")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_applications_decided")
                    .table("applications")
                    .to_owned(),
            )
            .await?;
        drop(manager, TABLES).await
    }
}
