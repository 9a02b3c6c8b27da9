//! Staff accounts, their affiliates, server-side sessions, one-time tokens, and the
//! hiring managers assigned to each job.

use crate::util::{create, drop, fk, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &[
    "staff_users",
    "staff_user_affiliates",
    "staff_sessions",
    "staff_tokens",
    "job_hiring_managers",
];

/// A two-column primary key for a link table.
fn pair_key(table: &'static str, a: &'static str, b: &'static str) -> IndexCreateStatement {
    Index::create()
        .name(format!("pk_{table}"))
        .col(a)
        .col(b)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let users = Table::create()
            .table("staff_users")
            .col(pk_auto("id"))
            .col(string_uniq("email"))
            .col(string("display_name"))
            .col(string("role"))
            // Null until the user has chosen a password through the setup link.
            .col(string_null("password_hash"))
            .col(boolean("active"))
            .col(integer("failed_login_count").default(0))
            .col(timestamp_with_time_zone_null("locked_until"))
            .col(timestamp_with_time_zone_null("last_login_at"))
            .col(timestamp_with_time_zone_null("password_changed_at"))
            .col(timestamp_with_time_zone_null("deactivated_at"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .to_owned();

        let user_affiliates = Table::create()
            .table("staff_user_affiliates")
            .col(integer("staff_user_id"))
            .col(integer("affiliate_id"))
            .primary_key(&mut pair_key(
                "staff_user_affiliates",
                "staff_user_id",
                "affiliate_id",
            ))
            .foreign_key(&mut fk(
                "staff_user_affiliates",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "staff_user_affiliates",
                "affiliate_id",
                "affiliates",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        let sessions = Table::create()
            .table("staff_sessions")
            .col(pk_auto("id"))
            .col(string_uniq("token_hash"))
            .col(integer("staff_user_id"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("last_seen_at"))
            .col(timestamp_with_time_zone("expires_at"))
            .col(timestamp_with_time_zone_null("revoked_at"))
            .foreign_key(&mut fk(
                "staff_sessions",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        let tokens = Table::create()
            .table("staff_tokens")
            .col(pk_auto("id"))
            .col(integer("staff_user_id"))
            .col(string("purpose"))
            .col(string_uniq("token_hash"))
            .col(timestamp_with_time_zone("expires_at"))
            .col(timestamp_with_time_zone_null("used_at"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk(
                "staff_tokens",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        let hiring_managers = Table::create()
            .table("job_hiring_managers")
            .col(integer("job_id"))
            .col(integer("staff_user_id"))
            .primary_key(&mut pair_key(
                "job_hiring_managers",
                "job_id",
                "staff_user_id",
            ))
            .foreign_key(&mut fk(
                "job_hiring_managers",
                "job_id",
                "jobs",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "job_hiring_managers",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        create(
            manager,
            vec![users, user_affiliates, sessions, tokens, hiring_managers],
            vec![
                index(
                    "idx_staff_user_affiliates_affiliate",
                    "staff_user_affiliates",
                    &["affiliate_id"],
                ),
                index(
                    "idx_staff_sessions_user",
                    "staff_sessions",
                    &["staff_user_id"],
                ),
                index("idx_staff_tokens_user", "staff_tokens", &["staff_user_id"]),
                index(
                    "idx_job_hiring_managers_user",
                    "job_hiring_managers",
                    &["staff_user_id"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await
    }
}
