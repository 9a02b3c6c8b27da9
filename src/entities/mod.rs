//! SeaORM entities, one per table, with no logic. Later features add the entities of
//! the tables they start to use; the schema itself is whole in `migrations/`.

pub mod affiliate;
pub mod application;
pub mod audit_event;
pub mod candidate;
pub mod file_removal;
pub mod job;
pub mod job_hiring_manager;
pub mod legal_hold;
pub mod login_attempt;
pub mod note;
pub mod outbox_message;
pub mod pending_submission;
pub mod privacy_request;
pub mod rating;
pub mod resume;
pub mod retention_rule;
pub mod staff_session;
pub mod staff_token;
pub mod staff_user;
pub mod staff_user_affiliate;
pub mod stage_event;
