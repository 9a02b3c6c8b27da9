//! SeaORM entities, one per table, with no logic. Later features add the entities of
//! the tables they start to use; the schema itself is whole in `migrations/`.

pub mod affiliate;
pub mod application;
pub mod audit_event;
pub mod candidate;
pub mod file_removal;
pub mod interview;
pub mod interview_focus;
pub mod interview_interviewer;
pub mod interview_slot;
pub mod interview_step;
pub mod job;
pub mod job_hiring_manager;
pub mod job_translation;
pub mod legal_hold;
pub mod login_attempt;
pub mod note;
pub mod offer;
pub mod offer_approval;
pub mod offer_approval_chain;
pub mod outbox_message;
pub mod pending_submission;
pub mod privacy_request;
pub mod rating;
pub mod resume;
pub mod retention_rule;
pub mod scorecard;
pub mod scorecard_version;
pub mod staff_passkey;
pub mod staff_recovery_code;
pub mod staff_session;
pub mod staff_token;
pub mod staff_totp;
pub mod staff_user;
pub mod staff_user_affiliate;
pub mod stage_event;
