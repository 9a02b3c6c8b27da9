//! Applications counted per affiliate, job, stage and sensitive-data flag, kept in step
//! with every change of an application, so the staff dashboard's counts per stage read
//! a few dozen rows instead of counting 100,000 applications per page view.

use crate::util::{create, drop, unique};
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
            vec![unique(
                "uq_stage_counts_key",
                "stage_counts",
                &["affiliate_id", "job_id", "stage", "flagged"],
            )],
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
        drop(manager, TABLES).await
    }
}
