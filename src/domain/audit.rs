//! What the audit log records: the actions, by stable name. Events name staff by id and
//! subjects by type and id; they never carry applicant personal data.

use serde::Serialize;

/// An audited action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Action {
    LoginSucceeded,
    LoginFailed,
    LoginLocked,
    Logout,
    SetupLinkIssued,
    PasswordResetSent,
    PasswordSet,
    UserCreated,
    UserUpdated,
    UserDeactivated,
    UserReactivated,
    ApplicationViewed,
    ResumeDownloaded,
    StageMoved,
    NoteAdded,
    Rated,
    ApplicationsExported,
    MinorPurged,
    JobCreated,
    JobUpdated,
    JobStatusChanged,
    ApplicationAnonymised,
    ApplicationDeleted,
    RetentionRulesChanged,
    RetentionSweepRun,
    HoldPlaced,
    HoldReleased,
    PrivacyRequestVerified,
    PrivacyRequestFulfilled,
    TalentPoolRenewed,
    /// A resume refused because the malware scanner found a signature in it.
    MalwareRefused,
    /// A resume taken unscanned: the scanner was unavailable and the portal fails open.
    MalwareScanSkipped,
    /// A job's interview plan was replaced.
    InterviewPlanChanged,
    /// An interview was scheduled at a time.
    InterviewScheduled,
    /// Slots were offered to the applicant to pick from.
    InterviewSlotsOffered,
    /// The applicant picked one of the slots.
    InterviewBooked,
    /// An interview was moved.
    InterviewRescheduled,
    /// An interview was cancelled.
    InterviewCancelled,
    /// An interviewer submitted a scorecard (or a new version of it).
    ScorecardSubmitted,
    /// An offer was drafted.
    OfferCreated,
    /// An offer's terms were changed.
    OfferUpdated,
    /// An offer was sent for approval.
    OfferSubmitted,
    /// An approver approved an offer.
    OfferApproved,
    /// An approver rejected an offer.
    OfferRejected,
    /// An offer was made to the applicant.
    OfferExtended,
    /// The applicant accepted an offer.
    OfferAccepted,
    /// The applicant declined an offer.
    OfferDeclined,
    /// An offer was withdrawn.
    OfferWithdrawn,
    /// An affiliate's offer approval chain was replaced.
    OfferChainChanged,
    /// A staff member changed their own profile (time zone).
    ProfileChanged,
    /// A staff member confirmed an authenticator app as their second factor.
    SecondFactorEnrolled,
    /// A second factor was given: at sign-in, or again before a destructive action.
    SecondFactorPassed,
    /// A wrong second factor (it counts toward the sign-in lock).
    SecondFactorFailed,
    /// A staff member removed their own second factor.
    SecondFactorRemoved,
    /// An HR admin removed another member's second factor.
    SecondFactorReset,
    /// A staff member replaced their recovery codes.
    RecoveryCodesRegenerated,
}

impl Action {
    /// Every action, for filters.
    pub const ALL: [Self; 56] = [
        Self::LoginSucceeded,
        Self::LoginFailed,
        Self::LoginLocked,
        Self::Logout,
        Self::SetupLinkIssued,
        Self::PasswordResetSent,
        Self::PasswordSet,
        Self::UserCreated,
        Self::UserUpdated,
        Self::UserDeactivated,
        Self::UserReactivated,
        Self::ApplicationViewed,
        Self::ResumeDownloaded,
        Self::StageMoved,
        Self::NoteAdded,
        Self::Rated,
        Self::ApplicationsExported,
        Self::MinorPurged,
        Self::JobCreated,
        Self::JobUpdated,
        Self::JobStatusChanged,
        Self::ApplicationAnonymised,
        Self::ApplicationDeleted,
        Self::RetentionRulesChanged,
        Self::RetentionSweepRun,
        Self::HoldPlaced,
        Self::HoldReleased,
        Self::PrivacyRequestVerified,
        Self::PrivacyRequestFulfilled,
        Self::TalentPoolRenewed,
        Self::MalwareRefused,
        Self::MalwareScanSkipped,
        Self::InterviewPlanChanged,
        Self::InterviewScheduled,
        Self::InterviewSlotsOffered,
        Self::InterviewBooked,
        Self::InterviewRescheduled,
        Self::InterviewCancelled,
        Self::ScorecardSubmitted,
        Self::OfferCreated,
        Self::OfferUpdated,
        Self::OfferSubmitted,
        Self::OfferApproved,
        Self::OfferRejected,
        Self::OfferExtended,
        Self::OfferAccepted,
        Self::OfferDeclined,
        Self::OfferWithdrawn,
        Self::OfferChainChanged,
        Self::ProfileChanged,
        Self::SecondFactorEnrolled,
        Self::SecondFactorPassed,
        Self::SecondFactorFailed,
        Self::SecondFactorRemoved,
        Self::SecondFactorReset,
        Self::RecoveryCodesRegenerated,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LoginSucceeded => "login.succeeded",
            Self::LoginFailed => "login.failed",
            Self::LoginLocked => "login.locked",
            Self::Logout => "logout",
            Self::SetupLinkIssued => "user.setup_link_issued",
            Self::PasswordResetSent => "user.password_reset_sent",
            Self::PasswordSet => "user.password_set",
            Self::UserCreated => "user.created",
            Self::UserUpdated => "user.updated",
            Self::UserDeactivated => "user.deactivated",
            Self::UserReactivated => "user.reactivated",
            Self::ApplicationViewed => "application.viewed",
            Self::ResumeDownloaded => "application.resume_downloaded",
            Self::StageMoved => "application.stage_moved",
            Self::NoteAdded => "application.note_added",
            Self::Rated => "application.rated",
            Self::ApplicationsExported => "applications.exported",
            Self::MinorPurged => "application.purged_minor",
            Self::JobCreated => "job.created",
            Self::JobUpdated => "job.updated",
            Self::JobStatusChanged => "job.status_changed",
            Self::ApplicationAnonymised => "application.anonymised",
            Self::ApplicationDeleted => "application.deleted",
            Self::RetentionRulesChanged => "retention.rules_changed",
            Self::RetentionSweepRun => "retention.sweep_run",
            Self::HoldPlaced => "hold.placed",
            Self::HoldReleased => "hold.released",
            Self::PrivacyRequestVerified => "privacy_request.verified",
            Self::PrivacyRequestFulfilled => "privacy_request.fulfilled",
            Self::TalentPoolRenewed => "talent_pool.renewed",
            Self::MalwareRefused => "resume.malware_refused",
            Self::MalwareScanSkipped => "resume.malware_scan_skipped",
            Self::InterviewPlanChanged => "job.interview_plan_changed",
            Self::InterviewScheduled => "interview.scheduled",
            Self::InterviewSlotsOffered => "interview.slots_offered",
            Self::InterviewBooked => "interview.booked",
            Self::InterviewRescheduled => "interview.rescheduled",
            Self::InterviewCancelled => "interview.cancelled",
            Self::ScorecardSubmitted => "scorecard.submitted",
            Self::OfferCreated => "offer.created",
            Self::OfferUpdated => "offer.updated",
            Self::OfferSubmitted => "offer.submitted",
            Self::OfferApproved => "offer.approved",
            Self::OfferRejected => "offer.rejected",
            Self::OfferExtended => "offer.extended",
            Self::OfferAccepted => "offer.accepted",
            Self::OfferDeclined => "offer.declined",
            Self::OfferWithdrawn => "offer.withdrawn",
            Self::OfferChainChanged => "offer.approval_chain_changed",
            Self::ProfileChanged => "user.profile_changed",
            Self::SecondFactorEnrolled => "second_factor.enrolled",
            Self::SecondFactorPassed => "second_factor.passed",
            Self::SecondFactorFailed => "second_factor.failed",
            Self::SecondFactorRemoved => "second_factor.removed",
            Self::SecondFactorReset => "second_factor.reset",
            Self::RecoveryCodesRegenerated => "second_factor.recovery_codes_regenerated",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == raw)
    }
}

/// Who did it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in staff member (or one whose sign-in is being decided).
    Staff { id: i32, label: String },
    /// Someone not signed in, such as a failed sign-in for an email with no account.
    Anonymous,
    /// The portal itself or its command line.
    System,
}

impl Actor {
    /// The stored id, if a staff member.
    pub fn staff_id(&self) -> Option<i32> {
        match self {
            Self::Staff { id, .. } => Some(*id),
            _ => None,
        }
    }

    /// The stored label: the staff member's email at the time, or a fixed word.
    pub fn label(&self) -> &str {
        match self {
            Self::Staff { label, .. } => label,
            Self::Anonymous => "anonymous",
            Self::System => "system",
        }
    }
}

/// What it was done to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub kind: &'static str,
    pub id: String,
}

impl Subject {
    /// An application.
    pub fn application(id: i32) -> Self {
        Self {
            kind: "application",
            id: id.to_string(),
        }
    }

    /// A job posting.
    pub fn job(id: i32) -> Self {
        Self {
            kind: "job",
            id: id.to_string(),
        }
    }

    /// A staff account.
    pub fn staff_user(id: i32) -> Self {
        Self {
            kind: "staff_user",
            id: id.to_string(),
        }
    }

    /// A legal hold.
    pub fn legal_hold(id: i32) -> Self {
        Self {
            kind: "legal_hold",
            id: id.to_string(),
        }
    }

    /// An interview.
    pub fn interview(id: i32) -> Self {
        Self {
            kind: "interview",
            id: id.to_string(),
        }
    }

    /// An offer.
    pub fn offer(id: i32) -> Self {
        Self {
            kind: "offer",
            id: id.to_string(),
        }
    }

    /// An applicant's privacy request.
    pub fn privacy_request(id: i32) -> Self {
        Self {
            kind: "privacy_request",
            id: id.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_are_unique_and_round_trip() {
        let mut names: Vec<_> = Action::ALL.iter().map(|a| a.as_str()).collect();
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
