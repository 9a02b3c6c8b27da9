//! The durable email outbox and the append-only audit log.

use crate::util::{create, drop, fk, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["outbox_messages", "audit_events"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let outbox = Table::create()
            .table("outbox_messages")
            .col(pk_auto("id"))
            .col(string("kind"))
            .col(string("to_address"))
            .col(string("subject"))
            .col(text("body_text"))
            .col(text_null("body_html"))
            .col(integer_null("application_id"))
            // pending | sent | failed
            .col(string("status"))
            .col(integer("attempts").default(0))
            .col(timestamp_with_time_zone("next_attempt_at"))
            // A sender's claim on the message, so two instances never send it twice.
            .col(timestamp_with_time_zone_null("locked_until"))
            .col(text_null("last_error"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone_null("sent_at"))
            .foreign_key(&mut fk(
                "outbox_messages",
                "application_id",
                "applications",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();

        let audit = Table::create()
            .table("audit_events")
            .col(big_pk_auto("id"))
            .col(timestamp_with_time_zone("occurred_at"))
            // No foreign key: the log outlives the accounts it names.
            .col(integer_null("actor_staff_user_id"))
            .col(string("actor_label"))
            .col(string("action"))
            .col(string_null("subject_type"))
            .col(string_null("subject_id"))
            .col(string_null("request_id"))
            // JSON with ids, counts and reasons; never applicant personal data.
            .col(text_null("detail"))
            .to_owned();

        create(
            manager,
            vec![outbox, audit],
            vec![
                index(
                    "idx_outbox_status_next_attempt",
                    "outbox_messages",
                    &["status", "next_attempt_at"],
                ),
                index("idx_outbox_to_address", "outbox_messages", &["to_address"]),
                index(
                    "idx_outbox_application",
                    "outbox_messages",
                    &["application_id"],
                ),
                index("idx_audit_occurred", "audit_events", &["occurred_at"]),
                index(
                    "idx_audit_actor_occurred",
                    "audit_events",
                    &["actor_staff_user_id", "occurred_at"],
                ),
                index(
                    "idx_audit_action_occurred",
                    "audit_events",
                    &["action", "occurred_at"],
                ),
                index(
                    "idx_audit_subject",
                    "audit_events",
                    &["subject_type", "subject_id"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await
    }
}
