//! Failed sign-ins counted per keyed hash of the typed email, not per account: an email
//! with no account slows down and locks exactly like one with an account, so neither the
//! answer nor its timing tells whether the account exists. The per-account counters of
//! the first staff migration are dropped so the lock lives in one place.

use crate::util::{create, drop, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["login_attempts"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let attempts = Table::create()
            .table("login_attempts")
            .col(pk_auto("id"))
            // HMAC of the lower-cased email: the typed text itself is never stored.
            .col(string("key_hash"))
            .col(integer("failures"))
            .col(timestamp_with_time_zone("first_failed_at"))
            .col(timestamp_with_time_zone("last_failed_at"))
            .col(timestamp_with_time_zone_null("locked_until"))
            .to_owned();
        create(
            manager,
            vec![attempts],
            vec![unique(
                "idx_login_attempts_key",
                "login_attempts",
                &["key_hash"],
            )],
        )
        .await?;
        // SQLite takes one change per ALTER TABLE.
        for column in ["failed_login_count", "locked_until"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("staff_users")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            integer("failed_login_count").default(0).to_owned(),
            timestamp_with_time_zone_null("locked_until"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("staff_users")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        drop(manager, TABLES).await
    }
}
