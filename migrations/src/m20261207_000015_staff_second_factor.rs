//! Second factors for staff (docs/staff-accounts.md): each session records how far it
//! has come (`stage`), how it was authenticated (`methods`) and when a second factor was
//! last given; staff keep one authenticator secret (sealed) and single-use recovery
//! codes (keyed hashes). Both go with the account (`ON DELETE CASCADE`).

use crate::util::{create, drop, fk, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["staff_totp", "staff_recovery_codes"];

/// The columns sessions gain; every existing session was a full password sign-in.
fn session_columns() -> Vec<ColumnDef> {
    vec![
        string_len("stage", 16).default("full").to_owned(),
        string_len("methods", 64).default("password").to_owned(),
        timestamp_with_time_zone_null("second_factor_at").to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for mut column in session_columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table("staff_sessions")
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        let totp = Table::create()
            .table("staff_totp")
            .col(pk_auto("id"))
            .col(integer("staff_user_id"))
            .col(text("secret_sealed"))
            .col(timestamp_with_time_zone_null("confirmed_at"))
            .col(big_integer_null("last_step"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk(
                "staff_totp",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();
        let codes = Table::create()
            .table("staff_recovery_codes")
            .col(pk_auto("id"))
            .col(integer("staff_user_id"))
            .col(string_len("code_hash", 64))
            .col(timestamp_with_time_zone_null("used_at"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk(
                "staff_recovery_codes",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();
        create(
            manager,
            vec![totp, codes],
            vec![
                unique("staff_totp_user", "staff_totp", &["staff_user_id"]),
                unique(
                    "staff_recovery_codes_user_hash",
                    "staff_recovery_codes",
                    &["staff_user_id", "code_hash"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await?;
        for column in ["second_factor_at", "methods", "stage"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("staff_sessions")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
