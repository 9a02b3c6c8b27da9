//! Passkeys and security keys as staff second factors (docs/staff-accounts.md): each
//! registered credential (its public key and signature counter, as webauthn-rs keeps
//! it), and on the session the one WebAuthn ceremony under way (its challenge), so a
//! browser's answer is checked against what this session was asked. The credentials go
//! with the account (`ON DELETE CASCADE`).

use crate::util::{create, drop, fk, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("staff_sessions")
                    .add_column(text_null("webauthn_state"))
                    .to_owned(),
            )
            .await?;
        let passkeys = Table::create()
            .table("staff_passkeys")
            .col(pk_auto("id"))
            .col(integer("staff_user_id"))
            .col(string_len("name", 64))
            .col(string_len("credential_id", 1400))
            .col(text("credential"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone_null("last_used_at"))
            .foreign_key(&mut fk(
                "staff_passkeys",
                "staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();
        create(
            manager,
            vec![passkeys],
            vec![unique(
                "staff_passkeys_credential",
                "staff_passkeys",
                &["credential_id"],
            )],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, &["staff_passkeys"]).await?;
        manager
            .alter_table(
                Table::alter()
                    .table("staff_sessions")
                    .drop_column("webauthn_state")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
