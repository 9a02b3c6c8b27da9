//! Staff second factors as use cases (docs/staff-accounts.md, second factor): enrolling
//! an authenticator app, giving its code (or a recovery code, or a passkey: the
//! ceremonies are `services::passkeys`) at sign-in or again before a destructive action, replacing recovery codes, removing one's own factor and an HR
//! admin's reset of another's. Each success starts a new session id; each failure counts
//! toward the same lock as a wrong password.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

use super::accounts::{AccountError, Mailing, actor, attempts_key, signed_in};
use super::passkeys::Passkeys;
use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::second_factor::{
    self, Method, RECOVERY_CODES, Requirement, SECRET_BYTES, SessionFacts, SessionStage,
};
use crate::domain::sign_in::LoginPolicy;
use crate::domain::staff::StaffMember;
use crate::entities::staff_user;
use crate::i18n::Lang;
use crate::keys::{Keys, new_token, token_hash};
use crate::store::audit::{self, Event, Occasion};
use crate::store::sessions::NewSession;
use crate::store::{self, login_attempts, second_factors, sessions};

/// The purpose authenticator secrets are sealed for.
const SEALED_SECRET: &str = "staff totp secret";
/// The purpose recovery codes are hashed for.
const RECOVERY_CODE: &str = "staff recovery code";

/// A member's second factor, as the security page shows it.
pub struct Standing {
    /// A confirmed authenticator app.
    pub enabled: bool,
    /// The secret of an enrolment not yet confirmed, to show again.
    pub pending_secret: Option<Vec<u8>>,
    pub recovery_codes_left: u64,
}

/// Where the member's second factor stands.
pub async fn standing(
    db: &DatabaseConnection,
    keys: &Keys,
    member: &StaffMember,
) -> Result<Standing, DbErr> {
    let totp = second_factors::totp(db, member.id).await?;
    let enabled = totp.as_ref().is_some_and(|t| t.confirmed_at.is_some());
    let pending_secret = totp
        .filter(|t| t.confirmed_at.is_none())
        .and_then(|t| keys.open(SEALED_SECRET, &t.secret_sealed));
    Ok(Standing {
        enabled,
        pending_secret,
        recovery_codes_left: second_factors::recovery_codes_left(db, member.id).await?,
    })
}

/// Starts enrolling an authenticator app with a new random secret (replacing an
/// unconfirmed one); false when one is enabled already.
pub async fn begin_totp(
    db: &DatabaseConnection,
    keys: &Keys,
    member: &StaffMember,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let secret: [u8; SECRET_BYTES] = rand::random();
    second_factors::start_totp(db, member.id, keys.seal(SEALED_SECRET, &secret), now).await
}

/// The outcome of confirming an enrolment with a first code.
pub enum Confirmation {
    /// The app is the member's second factor: the recovery codes, shown once, and the
    /// token of the session that replaces the current one.
    Enrolled {
        codes: Vec<String>,
        token: String,
    },
    WrongCode,
    /// No enrolment to confirm (never started, already confirmed, or the session ended).
    NothingPending,
}

/// Confirms the pending enrolment with a code from the app.
pub async fn confirm_totp(
    db: &DatabaseConnection,
    keys: &Keys,
    member: &StaffMember,
    session: &SessionFacts,
    typed: &str,
    at: Occasion<'_>,
) -> Result<Confirmation, AccountError> {
    let now = at.now;
    let Some(pending) = second_factors::totp(db, member.id)
        .await?
        .filter(|t| t.confirmed_at.is_none())
    else {
        return Ok(Confirmation::NothingPending);
    };
    let Some(secret) = keys.open(SEALED_SECRET, &pending.secret_sealed) else {
        return Ok(Confirmation::NothingPending);
    };
    let Some(step) = second_factor::verify_code(&secret, typed, now, pending.last_step) else {
        return Ok(Confirmation::WrongCode);
    };
    let txn = store::begin_write(db).await?;
    if !second_factors::use_step(txn.conn(), pending.id, step, now).await? {
        txn.rollback().await?;
        return Ok(Confirmation::WrongCode);
    }
    let codes = issue_recovery_codes(txn.conn(), keys, member.id, now).await?;
    let Some(token) = replace_session(txn.conn(), member, session, Method::Totp, now).await? else {
        txn.rollback().await?;
        return Ok(Confirmation::NothingPending);
    };
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::SecondFactorEnrolled)
            .on(Subject::staff_user(member.id))
            .detail(serde_json::json!({ "method": Method::Totp.as_str() })),
        at,
    )
    .await?;
    if session.stage != SessionStage::Full {
        signed_in(txn.conn(), member, &with(session, Method::Totp), at).await?;
    }
    txn.commit().await?;
    Ok(Confirmation::Enrolled { codes, token })
}

/// New recovery codes for the account, replacing the old; returns them as shown once.
pub(super) async fn issue_recovery_codes(
    db: &impl sea_orm::ConnectionTrait,
    keys: &Keys,
    staff_user_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<String>, DbErr> {
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| second_factor::new_recovery_code())
        .collect();
    let hashes: Vec<String> = codes
        .iter()
        .filter_map(|code| second_factor::normalise_recovery_code(code))
        .map(|code| keys.sign(RECOVERY_CODE, code.as_bytes()))
        .collect();
    second_factors::replace_recovery_codes(db, staff_user_id, &hashes, now).await?;
    Ok(codes)
}

/// The session's methods with one more.
pub(super) fn with(session: &SessionFacts, method: Method) -> Vec<Method> {
    let mut methods = session.methods.clone();
    methods.push(method);
    methods
}

/// Ends the session and starts a full one in its place, with `method` added and the
/// second factor given now. None when the session had ended meanwhile.
pub(super) async fn replace_session(
    db: &impl sea_orm::ConnectionTrait,
    member: &StaffMember,
    session: &SessionFacts,
    method: Method,
    now: DateTime<Utc>,
) -> Result<Option<String>, DbErr> {
    let token = new_token();
    let methods = with(session, method);
    let new = NewSession {
        staff_user_id: member.id,
        token_hash: token_hash(&token),
        stage: SessionStage::Full,
        methods: &methods,
        second_factor_at: Some(now),
        created_at: session.created_at,
        expires_at: session.expires_at,
    };
    Ok(sessions::replace(db, session.id, new, now)
        .await?
        .then_some(token))
}

/// Why a second factor is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// To finish signing in after the password.
    SignIn,
    /// Again, before a destructive action.
    StepUp,
}

/// What the member gave.
pub enum Answer<'a> {
    /// Typed: an authenticator code or a recovery code.
    Code(&'a str),
    /// The browser's answer to the session's passkey ceremony (JSON).
    Passkey {
        passkeys: &'a Passkeys,
        answer: &'a str,
    },
}

/// The outcome of giving a second factor.
#[derive(Debug)]
pub enum Check {
    /// Accepted: the token of the session that replaces the current one.
    Passed {
        token: String,
    },
    Wrong,
    /// Too many failures: the session has ended and signing in is locked until then.
    Locked {
        until: DateTime<Utc>,
    },
    /// The session ended meanwhile: sign in again.
    Ended,
}

/// Checks a second factor: a code from the member's authenticator app, one of their
/// recovery codes, or a passkey.
/// The attempt counts as a failure before it is checked, as a password does.
pub async fn give(
    db: &DatabaseConnection,
    keys: &Keys,
    login: LoginPolicy,
    (member, session): (&StaffMember, &SessionFacts),
    answer: Answer<'_>,
    asked: Asked,
    at: Occasion<'_>,
) -> Result<Check, AccountError> {
    let now = at.now;
    let key = attempts_key(keys, &member.email);
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), &format!("login attempts {key}")).await?;
    let before = login_attempts::load(txn.conn(), &key).await?;
    if let Some(until) = login.locked_until(before, now) {
        sessions::revoke_id(txn.conn(), session.id, now).await?;
        txn.commit().await?;
        return Ok(Check::Locked { until });
    }
    let after = login.after_failure(before, now);
    login_attempts::save(txn.conn(), &key, after, now).await?;
    txn.commit().await?;

    // The code is used up in the same transaction that replaces the session: a session
    // that ended meanwhile leaves the code unspent.
    let subject = Subject::staff_user(member.id);
    let txn = store::begin_write(db).await?;
    let checked = match answer {
        Answer::Code(typed) => check_code(txn.conn(), keys, member.id, typed, now).await?,
        Answer::Passkey { passkeys, answer } => {
            passkeys
                .check(txn.conn(), member.id, session.id, answer, now)
                .await?
        }
    };
    let Some(method) = checked else {
        audit::record(
            txn.conn(),
            Event::new(actor(member), Action::SecondFactorFailed).on(subject.clone()),
            at,
        )
        .await?;
        let outcome = match after.locked_until {
            Some(until) => {
                sessions::revoke_id(txn.conn(), session.id, now).await?;
                audit::record(
                    txn.conn(),
                    Event::new(Actor::System, Action::LoginLocked).on(subject),
                    at,
                )
                .await?;
                Check::Locked { until }
            }
            None => Check::Wrong,
        };
        txn.commit().await?;
        return Ok(outcome);
    };
    let Some(token) = replace_session(txn.conn(), member, session, method, now).await? else {
        txn.rollback().await?;
        return Ok(Check::Ended);
    };
    login_attempts::clear(txn.conn(), &key).await?;
    let why = match asked {
        Asked::SignIn => "sign_in",
        Asked::StepUp => "step_up",
    };
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::SecondFactorPassed)
            .on(subject)
            .detail(serde_json::json!({ "method": method.as_str(), "for": why })),
        at,
    )
    .await?;
    if asked == Asked::SignIn {
        signed_in(txn.conn(), member, &with(session, method), at).await?;
    }
    txn.commit().await?;
    Ok(Check::Passed { token })
}

/// Uses up a typed code: six digits are an authenticator code, anything else is tried
/// as a recovery code. Which method it was, or None.
async fn check_code(
    db: &impl ConnectionTrait,
    keys: &Keys,
    staff_user_id: i32,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<Option<Method>, DbErr> {
    if let Some(digits) = second_factor::as_authenticator_code(typed) {
        let Some(totp) = second_factors::totp(db, staff_user_id)
            .await?
            .filter(|t| t.confirmed_at.is_some())
        else {
            return Ok(None);
        };
        let Some(secret) = keys.open(SEALED_SECRET, &totp.secret_sealed) else {
            return Ok(None);
        };
        return Ok(
            match second_factor::verify_code(&secret, &digits, now, totp.last_step) {
                Some(step) if second_factors::use_step(db, totp.id, step, now).await? => {
                    Some(Method::Totp)
                }
                _ => None,
            },
        );
    }
    let Some(code) = second_factor::normalise_recovery_code(typed) else {
        return Ok(None);
    };
    let hash = keys.sign(RECOVERY_CODE, code.as_bytes());
    Ok(
        second_factors::use_recovery_code(db, staff_user_id, &hash, now)
            .await?
            .then_some(Method::RecoveryCode),
    )
}

/// Replaces the member's recovery codes; None when they have no second factor.
pub async fn regenerate_recovery_codes(
    db: &DatabaseConnection,
    keys: &Keys,
    member: &StaffMember,
    at: Occasion<'_>,
) -> Result<Option<Vec<String>>, DbErr> {
    let txn = store::begin_write(db).await?;
    if !second_factors::has_confirmed(txn.conn(), member.id).await? {
        txn.rollback().await?;
        return Ok(None);
    }
    let codes = issue_recovery_codes(txn.conn(), keys, member.id, at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::RecoveryCodesRegenerated)
            .on(Subject::staff_user(member.id)),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(codes))
}

/// Why a member may not remove their own second factor.
#[derive(Debug, PartialEq, Eq)]
pub enum Kept {
    /// `CAREERS_REQUIRE_2FA` covers their role.
    Required,
    /// They have none.
    NoneEnrolled,
}

/// Removes the member's own authenticator app, audited; their recovery codes go with it
/// when it was their last second factor. A role that must have one keeps its last.
pub async fn remove_own(
    db: &DatabaseConnection,
    member: &StaffMember,
    require: Requirement,
    at: Occasion<'_>,
) -> Result<Result<(), Kept>, DbErr> {
    let txn = store::begin_write(db).await?;
    let passkeys_left = store::passkeys::count(txn.conn(), member.id).await? > 0;
    if require.applies_to(member.role) && !passkeys_left {
        txn.rollback().await?;
        return Ok(Err(Kept::Required));
    }
    if !second_factors::remove_app(txn.conn(), member.id).await? {
        txn.rollback().await?;
        return Ok(Err(Kept::NoneEnrolled));
    }
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::SecondFactorRemoved)
            .on(Subject::staff_user(member.id))
            .detail(serde_json::json!({ "method": Method::Totp.as_str() })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// An HR admin removes another member's second factor (they lost their phone and codes):
/// every session of the account ends, its owner is emailed, and it is audited. False
/// when the account had none.
pub async fn reset_for(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    by: &StaffMember,
    user: &staff_user::Model,
    at: Occasion<'_>,
) -> Result<bool, AccountError> {
    let txn = store::begin_write(db).await?;
    if !second_factors::remove_all(txn.conn(), user.id).await? {
        txn.rollback().await?;
        return Ok(false);
    }
    let ended = sessions::revoke_all(txn.conn(), user.id, at.now).await?;
    let sign_in = format!("{}/staff/login", mailing.settings.base_url());
    let mail = super::mail::render(
        mailing.views,
        Lang::default_lang(),
        "second_factor_reset",
        "second_factor_reset",
        &user.email,
        &[
            ("name", &user.display_name),
            ("by", &by.display_name),
            ("link", &sign_in),
        ],
    )?;
    store::outbox::enqueue(txn.conn(), mail, None, at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(by), Action::SecondFactorReset)
            .on(Subject::staff_user(user.id))
            .detail(serde_json::json!({ "sessions_ended": ended })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
