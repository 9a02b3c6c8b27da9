//! Legal holds, retention rules and applicants' privacy requests.

use crate::util::{create, drop, fk, index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &["legal_holds", "retention_rules", "privacy_requests"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let holds = Table::create()
            .table("legal_holds")
            .col(pk_auto("id"))
            // application | candidate | job: exactly one target column is set.
            .col(string("scope"))
            .col(integer_null("application_id"))
            .col(string_null("candidate_email"))
            .col(integer_null("job_id"))
            .col(string("case_reference"))
            .col(text("reason"))
            .col(integer_null("placed_by_staff_user_id"))
            .col(timestamp_with_time_zone("placed_at"))
            .col(integer_null("released_by_staff_user_id"))
            .col(timestamp_with_time_zone_null("released_at"))
            .foreign_key(&mut fk(
                "legal_holds",
                "application_id",
                "applications",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "legal_holds",
                "job_id",
                "jobs",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "legal_holds",
                "placed_by_staff_user_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .foreign_key(&mut fk(
                "legal_holds",
                "released_by_staff_user_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();

        let rules = Table::create()
            .table("retention_rules")
            .col(pk_auto("id"))
            // rejected | withdrawn | hired | talent_pool
            .col(string("outcome"))
            // Null: the rule for every affiliate without one of its own.
            .col(integer_null("affiliate_id"))
            // anonymise | delete | keep
            .col(string("action"))
            .col(integer_null("after_days"))
            .col(integer_null("updated_by_staff_user_id"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk(
                "retention_rules",
                "affiliate_id",
                "affiliates",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "retention_rules",
                "updated_by_staff_user_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();

        let requests = Table::create()
            .table("privacy_requests")
            .col(pk_auto("id"))
            // access | correction | deletion | withdraw
            .col(string("kind"))
            // Cleared once the request is fulfilled and its receipt sent.
            .col(string_null("email"))
            .col(string_null("token_hash").unique_key())
            .col(timestamp_with_time_zone_null("token_expires_at"))
            .col(string("status"))
            .col(timestamp_with_time_zone("requested_at"))
            .col(timestamp_with_time_zone_null("verified_at"))
            .col(timestamp_with_time_zone_null("due_at"))
            .col(timestamp_with_time_zone_null("fulfilled_at"))
            .col(integer_null("fulfilled_by_staff_user_id"))
            .col(string_null("outcome"))
            .col(timestamp_with_time_zone_null("receipt_sent_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk(
                "privacy_requests",
                "fulfilled_by_staff_user_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();

        create(
            manager,
            vec![holds, rules, requests],
            vec![
                index(
                    "idx_legal_holds_application",
                    "legal_holds",
                    &["application_id"],
                ),
                index(
                    "idx_legal_holds_candidate_email",
                    "legal_holds",
                    &["candidate_email"],
                ),
                index("idx_legal_holds_job", "legal_holds", &["job_id"]),
                index("idx_legal_holds_released", "legal_holds", &["released_at"]),
                index(
                    "idx_retention_rules_outcome_affiliate",
                    "retention_rules",
                    &["outcome", "affiliate_id"],
                ),
                index(
                    "idx_privacy_requests_status_due",
                    "privacy_requests",
                    &["status", "due_at"],
                ),
                index("idx_privacy_requests_email", "privacy_requests", &["email"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await
    }
}
