//! Applications counted per affiliate, job, stage and sensitive-data flag, kept in step
//! with every change of an application, so the staff dashboard's counts per stage read
//! a few dozen rows instead of counting 100,000 applications per page view; and the
//! indexes the dashboard's orderings need when the scope is every affiliate or the
//! filter is the sensitive-data flag.

use crate::util::{create, drop, index, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["stage_counts"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let counts = Table::create()
            .table("stage_counts")
            .col(pk_auto("id"))
            .col(integer("affiliate_id"))
            .col(integer("job_id"))
            .col(string("stage"))
            .col(boolean("flagged"))
            .col(big_integer("n"))
            .to_owned();
        create(
            manager,
            vec![counts],
            vec![
                unique(
                    "uq_stage_counts_key",
                    "stage_counts",
                    &["affiliate_id", "job_id", "stage", "flagged"],
                ),
                index(
                    "idx_applications_stage_submitted",
                    "applications",
                    &["stage", "submitted_at"],
                ),
                index(
                    "idx_applications_submitted",
                    "applications",
                    &["submitted_at"],
                ),
            ],
        )
        .await?;
        // Partial: only the few flagged applications, in dashboard order.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX idx_applications_flagged ON applications (affiliate_id, stage, submitted_at) \
                 WHERE sensitive_categories IS NOT NULL",
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO stage_counts (affiliate_id, job_id, stage, flagged, n) \
                 SELECT affiliate_id, job_id, stage, sensitive_categories IS NOT NULL, COUNT(*) \
                 FROM applications GROUP BY affiliate_id, job_id, stage, sensitive_categories IS NOT NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "idx_applications_flagged",
            "idx_applications_stage_submitted",
            "idx_applications_submitted",
        ] {
            manager
                .drop_index(Index::drop().name(name).table("applications").to_owned())
                .await?;
        }
        drop(manager, TABLES).await
    }
}
