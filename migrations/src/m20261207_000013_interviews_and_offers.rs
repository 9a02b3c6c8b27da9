//! The hiring loop after screening: staff time zones, an interview plan per job (steps
//! with focus attributes), interviews with their interviewers and offered slots,
//! scorecards with their submitted versions, offers with their approval steps and the
//! approval chain of each affiliate, and the calendar attachment of a mail.
//!
//! Everything hangs off an application (or a job) with `ON DELETE CASCADE`, so deleting
//! an application removes its interviews, scorecards and offers with it.

use crate::util::{create, drop, fk, index, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &[
    "interview_steps",
    "interview_focus",
    "interviews",
    "interview_interviewers",
    "interview_slots",
    "scorecards",
    "scorecard_versions",
    "offer_approval_chains",
    "offers",
    "offer_approvals",
];

fn cascade(
    table: &'static str,
    column: &'static str,
    target: &'static str,
) -> ForeignKeyCreateStatement {
    fk(table, column, target, ForeignKeyAction::Cascade)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("staff_users")
                    .add_column(string("time_zone").default("UTC"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("outbox_messages")
                    .add_column(text_null("calendar"))
                    .to_owned(),
            )
            .await?;

        let steps = Table::create()
            .table("interview_steps")
            .col(pk_auto("id"))
            .col(integer("job_id"))
            .col(integer("position"))
            .col(string("name"))
            .col(integer("duration_minutes"))
            .foreign_key(&mut cascade("interview_steps", "job_id", "jobs"))
            .to_owned();
        let focus = Table::create()
            .table("interview_focus")
            .col(pk_auto("id"))
            .col(integer("step_id"))
            .col(integer("position"))
            .col(string("category"))
            .col(string("name"))
            .foreign_key(&mut cascade(
                "interview_focus",
                "step_id",
                "interview_steps",
            ))
            .to_owned();
        let interviews = Table::create()
            .table("interviews")
            .col(pk_auto("id"))
            .col(integer("application_id"))
            // The plan's step as it was when scheduled: later edits of the plan do not
            // change an interview or its scorecards.
            .col(string("step_name"))
            .col(text("focus"))
            // `scheduled`, `awaiting_pick` (slots offered), `cancelled`.
            .col(string("status"))
            .col(timestamp_with_time_zone_null("starts_at"))
            .col(integer("duration_minutes"))
            .col(string_null("location"))
            .col(string_null("video_url"))
            .col(string("applicant_time_zone"))
            .col(text_null("message"))
            .col(string_uniq("calendar_uid"))
            .col(integer("calendar_sequence").default(0))
            .col(string_null("pick_token_hash"))
            .col(timestamp_with_time_zone_null("pick_expires_at"))
            .col(integer_null("scheduled_by"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut cascade("interviews", "application_id", "applications"))
            .foreign_key(&mut fk(
                "interviews",
                "scheduled_by",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();
        let interviewers = Table::create()
            .table("interview_interviewers")
            .col(integer("interview_id"))
            .col(integer("staff_user_id"))
            .col(timestamp_with_time_zone_null("reminded_at"))
            .primary_key(Index::create().col("interview_id").col("staff_user_id"))
            .foreign_key(&mut cascade(
                "interview_interviewers",
                "interview_id",
                "interviews",
            ))
            .foreign_key(&mut cascade(
                "interview_interviewers",
                "staff_user_id",
                "staff_users",
            ))
            .to_owned();
        let slots = Table::create()
            .table("interview_slots")
            .col(pk_auto("id"))
            .col(integer("interview_id"))
            .col(timestamp_with_time_zone("starts_at"))
            .foreign_key(&mut cascade(
                "interview_slots",
                "interview_id",
                "interviews",
            ))
            .to_owned();
        let scorecards = Table::create()
            .table("scorecards")
            .col(pk_auto("id"))
            .col(integer("interview_id"))
            .col(integer("application_id"))
            .col(integer("interviewer_id"))
            // `draft` or `submitted`; a submitted card's later edits are new versions.
            .col(string("status"))
            .col(integer("version").default(0))
            .col(text("ratings"))
            .col(string_null("recommendation"))
            .col(text_null("takeaways"))
            .col(timestamp_with_time_zone_null("submitted_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut cascade("scorecards", "interview_id", "interviews"))
            .foreign_key(&mut cascade("scorecards", "interviewer_id", "staff_users"))
            .to_owned();
        let versions = Table::create()
            .table("scorecard_versions")
            .col(pk_auto("id"))
            .col(integer("scorecard_id"))
            .col(integer("version"))
            .col(text("ratings"))
            .col(string("recommendation"))
            .col(text_null("takeaways"))
            .col(timestamp_with_time_zone("submitted_at"))
            .foreign_key(&mut cascade(
                "scorecard_versions",
                "scorecard_id",
                "scorecards",
            ))
            .to_owned();
        let chains = Table::create()
            .table("offer_approval_chains")
            .col(pk_auto("id"))
            .col(integer("affiliate_id"))
            .col(integer("position"))
            .col(string("role"))
            .foreign_key(&mut cascade(
                "offer_approval_chains",
                "affiliate_id",
                "affiliates",
            ))
            .to_owned();
        let offers = Table::create()
            .table("offers")
            .col(pk_auto("id"))
            .col(integer("application_id"))
            .col(string("title"))
            .col(string("start_date"))
            .col(big_integer("salary_amount"))
            .col(string("salary_currency"))
            .col(string("salary_period"))
            .col(text_null("notes"))
            // draft, pending_approval, approved, rejected, extended, accepted, declined, withdrawn
            .col(string("status"))
            .col(integer_null("created_by"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut cascade("offers", "application_id", "applications"))
            .foreign_key(&mut fk(
                "offers",
                "created_by",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();
        let approvals = Table::create()
            .table("offer_approvals")
            .col(pk_auto("id"))
            .col(integer("offer_id"))
            // Which round of approval (a rejected offer revised and sent again is a new one).
            .col(integer("round"))
            .col(integer("position"))
            .col(string("role"))
            .col(integer_null("approver_id"))
            .col(string_null("decision"))
            .col(text_null("comment"))
            .col(timestamp_with_time_zone_null("decided_at"))
            .foreign_key(&mut cascade("offer_approvals", "offer_id", "offers"))
            .foreign_key(&mut fk(
                "offer_approvals",
                "approver_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();
        create(
            manager,
            vec![
                steps,
                focus,
                interviews,
                interviewers,
                slots,
                scorecards,
                versions,
                chains,
                offers,
                approvals,
            ],
            vec![
                index(
                    "idx_interview_steps_job",
                    "interview_steps",
                    &["job_id", "position"],
                ),
                index(
                    "idx_interview_focus_step",
                    "interview_focus",
                    &["step_id", "position"],
                ),
                index(
                    "idx_interviews_application",
                    "interviews",
                    &["application_id"],
                ),
                index(
                    "idx_interviews_starts",
                    "interviews",
                    &["status", "starts_at"],
                ),
                unique(
                    "idx_interviews_pick_token",
                    "interviews",
                    &["pick_token_hash"],
                ),
                index(
                    "idx_interviewers_staff",
                    "interview_interviewers",
                    &["staff_user_id"],
                ),
                index(
                    "idx_interview_slots_interview",
                    "interview_slots",
                    &["interview_id"],
                ),
                unique(
                    "idx_scorecards_interview_interviewer",
                    "scorecards",
                    &["interview_id", "interviewer_id"],
                ),
                index(
                    "idx_scorecards_application",
                    "scorecards",
                    &["application_id"],
                ),
                index(
                    "idx_scorecard_versions_card",
                    "scorecard_versions",
                    &["scorecard_id"],
                ),
                index(
                    "idx_offer_chains_affiliate",
                    "offer_approval_chains",
                    &["affiliate_id", "position"],
                ),
                index("idx_offers_application", "offers", &["application_id"]),
                index(
                    "idx_offer_approvals_offer",
                    "offer_approvals",
                    &["offer_id", "round", "position"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await?;
        for (table, column) in [
            ("outbox_messages", "calendar"),
            ("staff_users", "time_zone"),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
