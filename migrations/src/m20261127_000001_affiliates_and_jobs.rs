//! Affiliates (the hiring legal entities) and their job postings.

use crate::util::{create, drop, fk, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["affiliates", "jobs"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let affiliates = Table::create()
            .table("affiliates")
            .col(pk_auto("id"))
            .col(string_uniq("code"))
            .col(string("legal_name"))
            .col(string("region"))
            .col(string("data_location"))
            .col(boolean("transfer_consent_required"))
            .col(timestamp_with_time_zone("created_at"))
            .to_owned();

        let jobs = Table::create()
            .table("jobs")
            .col(pk_auto("id"))
            .col(string_uniq("slug"))
            .col(integer("affiliate_id"))
            .col(string("title"))
            .col(string("department"))
            .col(string("location"))
            .col(string("country_code"))
            .col(boolean("remote"))
            .col(string("employment_type"))
            .col(text("description"))
            .col(integer_null("salary_min"))
            .col(integer_null("salary_max"))
            .col(string_null("salary_currency"))
            .col(string_null("salary_period"))
            .col(string("status"))
            // Lower-cased title, department, location and description: portable
            // case-insensitive search (SQLite's lower() only folds ASCII).
            .col(text("search_text"))
            .col(timestamp_with_time_zone_null("published_at"))
            .col(timestamp_with_time_zone_null("closes_at"))
            .col(timestamp_with_time_zone_null("closed_at"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk(
                "jobs",
                "affiliate_id",
                "affiliates",
                ForeignKeyAction::Restrict,
            ))
            .to_owned();

        create(
            manager,
            vec![affiliates, jobs],
            vec![
                index(
                    "idx_jobs_status_published",
                    "jobs",
                    &["status", "published_at"],
                ),
                index(
                    "idx_jobs_affiliate_status",
                    "jobs",
                    &["affiliate_id", "status"],
                ),
                index("idx_jobs_status_location", "jobs", &["status", "location"]),
                index(
                    "idx_jobs_status_department",
                    "jobs",
                    &["status", "department"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await
    }
}
