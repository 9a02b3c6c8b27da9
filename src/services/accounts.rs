//! Staff accounts as use cases: signing in and out, single-use password links, creating,
//! changing and deactivating accounts. Every change is audited in the transaction that
//! makes it.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::mail::TemplateError;
use super::passwords::{HashError, PasswordHasher};
use crate::config::Settings;
use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::second_factor::{Method, Requirement, SessionStage, join_methods};
use crate::domain::sign_in::{LoginPolicy, SessionPolicy};
use crate::domain::single_sign_on::{
    self as single_sign_on, Decision, Grant, GroupRoles, Identity, Match, Refusal as SsoRefusal,
};
use crate::domain::staff::{
    LinkPurpose, NewPassword, Role, StaffEmail, StaffMember, parse_display_name,
};
use crate::entities::staff_user;
use crate::i18n::Lang;
use crate::keys::{Keys, new_token, token_hash};
use crate::store::audit::{self, Event, Occasion};
use crate::store::sessions::NewSession;
use crate::store::staff::NewStaffUser;
use crate::store::{self, login_attempts, second_factors, sessions, staff, staff_tokens};
use crate::views::Views;

/// Why an account operation failed on our side.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("password hashing is busy")]
    Busy,
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error(transparent)]
    Hash(HashError),
    #[error(transparent)]
    Template(#[from] TemplateError),
}

impl From<HashError> for AccountError {
    fn from(error: HashError) -> Self {
        match error {
            HashError::Busy => Self::Busy,
            other => Self::Hash(other),
        }
    }
}

/// The outcome of a sign-in attempt. `Refused` is the same for an unknown email, a
/// deactivated account, an account without a password and a wrong password.
#[derive(Debug)]
pub enum SignIn {
    /// A session started; unless its stage is `Full`, it waits for a second factor or
    /// for one to be enrolled.
    Started {
        member: StaffMember,
        token: String,
        stage: SessionStage,
    },
    Refused,
    Locked {
        until: DateTime<Utc>,
    },
}

/// What a sign-in needs besides the database.
pub struct SignInRules<'a> {
    pub hasher: &'a PasswordHasher,
    pub keys: &'a Keys,
    pub login: LoginPolicy,
    pub sessions: SessionPolicy,
    pub require_2fa: Requirement,
    /// Single sign-on is the only way in except for HR admins (`oidc_only`).
    pub oidc_only: bool,
}

/// The keyed hash failed attempts are counted under: the typed email, trimmed and
/// lower-cased, whether or not an account has it.
pub(super) fn attempts_key(keys: &Keys, email: &str) -> String {
    keys.sign("login attempts", email.trim().to_lowercase().as_bytes())
}

/// What a browser sends to sign in.
pub struct Credentials<'a> {
    pub email: &'a str,
    pub password: &'a str,
    /// The token of the session this browser had, which a new sign-in ends.
    pub previous_session: Option<&'a str>,
}

/// Checks an email and password and, when they match an active account, starts a
/// session whose token goes into the cookie.
pub async fn sign_in(
    db: &DatabaseConnection,
    rules: &SignInRules<'_>,
    credentials: Credentials<'_>,
    at: Occasion<'_>,
) -> Result<SignIn, AccountError> {
    let Credentials {
        email,
        password,
        previous_session,
    } = credentials;
    let now = at.now;
    // A full pool turns the attempt away before any database work (503).
    let mut slot = rules.hasher.reserve()?;
    let key = attempts_key(rules.keys, email);
    // The attempt counts as a failure before the password is checked, so parallel
    // guesses cannot all read the same count; a success clears it.
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), &format!("login attempts {key}")).await?;
    let before = login_attempts::load(txn.conn(), &key).await?;
    if let Some(until) = rules.login.locked_until(before, now) {
        txn.commit().await?;
        return Ok(SignIn::Locked { until });
    }
    let after = rules.login.after_failure(before, now);
    login_attempts::save(txn.conn(), &key, after, now).await?;
    txn.commit().await?;

    let delay = rules.login.delay(before, now);
    if !delay.is_zero() {
        // A slowed-down attempt gives its place back while it waits, so a few slow
        // guesses cannot hold the pool and turn everyone else away.
        drop(slot);
        rocket::tokio::time::sleep(delay).await;
        slot = rules.hasher.reserve()?;
    }
    let account = match StaffEmail::parse(email) {
        Ok(email) => staff::find_by_email(db, email.as_str()).await?,
        Err(_) => None,
    };
    // With single sign-on only, a password opens HR admins' break-glass accounts alone;
    // the others get the same answer as a wrong password.
    let stored = account
        .as_ref()
        .filter(|user| user.active)
        .filter(|user| {
            Role::parse(&user.role)
                .is_some_and(|role| single_sign_on::password_allowed(rules.oidc_only, role))
        })
        .and_then(|user| user.password_hash.as_deref());
    let matches = rules.hasher.verify(password, stored).await?;
    drop(slot);
    let subject = account.as_ref().map(|user| Subject::staff_user(user.id));

    let Some(user) = account.filter(|_| matches) else {
        let mut event = Event::new(Actor::Anonymous, Action::LoginFailed);
        if let Some(subject) = subject.clone() {
            event = event.on(subject);
        }
        audit::record(db, event, at).await?;
        return Ok(match after.locked_until {
            Some(until) => {
                let mut event = Event::new(Actor::System, Action::LoginLocked);
                if let Some(subject) = subject {
                    event = event.on(subject);
                }
                audit::record(db, event, at).await?;
                SignIn::Locked { until }
            }
            None => SignIn::Refused,
        });
    };
    let (member, token, stage) =
        start_session(db, rules, &user, Method::Password, previous_session, at).await?;
    // A second factor still to come: the attempt stays counted until it is given.
    if stage != SessionStage::SecondFactor {
        login_attempts::clear(db, &key).await?;
    }
    Ok(SignIn::Started {
        member,
        token,
        stage,
    })
}

/// Starts a session after the first factor (`first`), ending the browser's previous
/// one: full, or waiting for the second factor or its enrolment, by the same rules
/// whichever way the member signed in.
async fn start_session(
    db: &DatabaseConnection,
    rules: &SignInRules<'_>,
    user: &staff_user::Model,
    first: Method,
    previous_session: Option<&str>,
    at: Occasion<'_>,
) -> Result<(StaffMember, String, SessionStage), AccountError> {
    let now = at.now;
    let member = staff::member(db, user).await?;
    let has_second_factor = second_factors::has_confirmed(db, user.id).await?;
    let stage =
        SessionStage::after_password(has_second_factor, rules.require_2fa.applies_to(member.role));
    let token = new_token();
    let txn = store::begin_write(db).await?;
    if let Some(previous) = previous_session {
        sessions::revoke(txn.conn(), &token_hash(previous), now).await?;
    }
    sessions::start(
        txn.conn(),
        NewSession {
            staff_user_id: user.id,
            token_hash: token_hash(&token),
            stage,
            methods: &[first],
            second_factor_at: None,
            created_at: now,
            expires_at: rules.sessions.expires_at(now),
        },
        now,
    )
    .await?;
    if stage == SessionStage::Full {
        signed_in(txn.conn(), &member, &[first], at).await?;
    }
    txn.commit().await?;
    Ok((member, token, stage))
}

/// The outcome of a single sign-on whose ID token checked out.
#[derive(Debug)]
pub enum SingleSignIn {
    Started {
        member: StaffMember,
        token: String,
        stage: SessionStage,
    },
    Refused(SsoRefusal),
}

/// Audits a refused single sign-on with its reason (and the account, when one matched).
pub async fn record_sso_refusal(
    db: &DatabaseConnection,
    refusal: SsoRefusal,
    user: Option<&staff_user::Model>,
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let mut event = Event::new(Actor::Anonymous, Action::LoginFailed)
        .detail(serde_json::json!({ "method": "sso", "reason": refusal.as_str() }));
    if let Some(user) = user {
        event = event.on(Subject::staff_user(user.id));
    }
    audit::record(db, event, at).await
}

/// Signs in the account a checked identity names, or creates it first when
/// provisioning grants it a role; refusals are audited with their reason. The login
/// attempt counter is left alone: a provider's yes says nothing of password guesses.
pub async fn sign_in_verified(
    db: &DatabaseConnection,
    rules: &SignInRules<'_>,
    identity: &Identity,
    provisioning: Option<&GroupRoles>,
    previous_session: Option<&str>,
    at: Occasion<'_>,
) -> Result<SingleSignIn, AccountError> {
    let email = identity.email.as_deref().map(StaffEmail::parse);
    let account = match &email {
        Some(Ok(email)) => staff::find_by_email(db, email.as_str()).await?,
        _ => None,
    };
    let matched = match &account {
        Some(user) if user.active => Match::Active,
        Some(_) => Match::Deactivated,
        None => Match::None,
    };
    let refuse = async |refusal: SsoRefusal, user: Option<&staff_user::Model>| {
        record_sso_refusal(db, refusal, user, at).await?;
        Ok::<_, AccountError>(SingleSignIn::Refused(refusal))
    };
    let user = match single_sign_on::decide(identity, matched, provisioning) {
        Decision::Refuse(refusal) => return refuse(refusal, account.as_ref()).await,
        Decision::SignIn => account.expect("an active account matched"),
        Decision::Provision(grant) => {
            let Some(Ok(email)) = email else {
                return refuse(SsoRefusal::NoEmail, None).await;
            };
            match provision(db, email, identity, &grant, at).await? {
                Some(user) => user,
                None => return refuse(SsoRefusal::NoAccount, None).await,
            }
        }
    };
    let (member, token, stage) =
        start_session(db, rules, &user, Method::SingleSignOn, previous_session, at).await?;
    Ok(SingleSignIn::Started {
        member,
        token,
        stage,
    })
}

/// Creates a just-in-time account from a group's grant; `None` when the grant names an
/// affiliate this portal does not have (a configuration mistake, logged) or the email
/// was taken meanwhile.
async fn provision(
    db: &DatabaseConnection,
    email: StaffEmail,
    identity: &Identity,
    grant: &Grant,
    at: Occasion<'_>,
) -> Result<Option<staff_user::Model>, AccountError> {
    let known = crate::store::affiliates::all(db).await?;
    let mut affiliates = Vec::new();
    for code in &grant.affiliates {
        match known.iter().find(|a| a.code.eq_ignore_ascii_case(code)) {
            Some(affiliate) => affiliates.push(affiliate.id),
            None => {
                tracing::warn!(affiliate = %code, "oidc_group_roles names an affiliate this portal does not have; no account created");
                return Ok(None);
            }
        }
    }
    let display_name = identity
        .name
        .as_deref()
        .and_then(|name| parse_display_name(name).ok())
        .unwrap_or_else(|| email.as_str().split('@').next().unwrap_or("").to_owned());
    let new = NewStaffUser {
        email,
        display_name,
        role: grant.role,
        affiliates,
    };
    create_user(db, &new, None, &Actor::System, at).await
}

/// Records a finished sign-in: the last sign-in time and the audit event naming how.
pub(super) async fn signed_in(
    db: &impl sea_orm::ConnectionTrait,
    member: &StaffMember,
    methods: &[Method],
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    staff::record_login(db, member.id, at.now).await?;
    audit::record(
        db,
        Event::new(actor(member), Action::LoginSucceeded)
            .on(Subject::staff_user(member.id))
            .detail(serde_json::json!({ "methods": join_methods(methods) })),
        at,
    )
    .await
}

/// The audit actor for a staff member.
pub fn actor(member: &StaffMember) -> Actor {
    Actor::Staff {
        id: member.id,
        label: member.email.clone(),
    }
}

/// Ends the session with this token.
pub async fn sign_out(
    db: &DatabaseConnection,
    member: &StaffMember,
    token: &str,
    at: Occasion<'_>,
) -> Result<(), AccountError> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    sessions::revoke(txn.conn(), &token_hash(token), now).await?;
    audit::record(txn.conn(), Event::new(actor(member), Action::Logout), at).await?;
    txn.commit().await?;
    Ok(())
}

/// A new single-use link token for an account; earlier unused links stop working.
pub async fn issue_link(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i32,
    purpose: LinkPurpose,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    staff_tokens::void_unused(db, user_id, now).await?;
    let token = new_token();
    staff_tokens::issue(
        db,
        user_id,
        purpose.as_str(),
        token_hash(&token),
        now,
        now + purpose.lifetime(),
    )
    .await?;
    Ok(token)
}

/// The address of a password link.
pub fn link_url(settings: &Settings, token: &str) -> String {
    format!("{}/staff/password/{token}", settings.base_url())
}

/// What mailing a link needs: the templates and the public address.
#[derive(Clone, Copy)]
pub struct Mailing<'a> {
    pub views: &'a Views,
    pub settings: &'a Settings,
}

/// Issues a link and queues the mail carrying it, audited, in the caller's transaction.
async fn queue_link(
    db: &impl sea_orm::ConnectionTrait,
    mailing: Mailing<'_>,
    user: &staff_user::Model,
    purpose: LinkPurpose,
    by: &Actor,
    at: Occasion<'_>,
) -> Result<(), AccountError> {
    let token = issue_link(db, user.id, purpose, at.now).await?;
    let (template, action) = match purpose {
        LinkPurpose::Setup => ("staff_welcome", Action::SetupLinkIssued),
        LinkPurpose::Reset => ("password_reset", Action::PasswordResetSent),
    };
    let url = link_url(mailing.settings, &token);
    let hours = purpose.lifetime().num_hours().to_string();
    let mail = super::mail::render(
        mailing.views,
        Lang::default_lang(),
        template,
        template,
        &user.email,
        &[
            ("name", &user.display_name),
            ("link", &url),
            ("hours", &hours),
        ],
    )?;
    store::outbox::enqueue(db, mail, None, at.now).await?;
    audit::record(
        db,
        Event::new(by.clone(), action).on(Subject::staff_user(user.id)),
        at,
    )
    .await?;
    Ok(())
}

/// Issues a link and mails it to the account's owner, audited.
pub async fn send_link(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    user: &staff_user::Model,
    purpose: LinkPurpose,
    by: &Actor,
    at: Occasion<'_>,
) -> Result<(), AccountError> {
    let txn = store::begin_write(db).await?;
    queue_link(txn.conn(), mailing, user, purpose, by, at).await?;
    txn.commit().await?;
    Ok(())
}

/// The active account a usable link belongs to, if the link still works.
pub async fn link_owner(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<staff_user::Model>, DbErr> {
    let Some(link) = staff_tokens::find_usable(db, &token_hash(token), now).await? else {
        return Ok(None);
    };
    Ok(staff::find(db, link.staff_user_id)
        .await?
        .filter(|user| user.active))
}

/// Sets the password of the link's account: the link is used up, every session of the
/// account ends and failed attempts are forgotten. False when the link no longer works.
pub async fn choose_password(
    db: &DatabaseConnection,
    hasher: &PasswordHasher,
    keys: &Keys,
    token: &str,
    password: &NewPassword,
    at: Occasion<'_>,
) -> Result<bool, AccountError> {
    let now = at.now;
    let Some(link) = staff_tokens::find_usable(db, &token_hash(token), now).await? else {
        return Ok(false);
    };
    let Some(user) = staff::find(db, link.staff_user_id)
        .await?
        .filter(|user| user.active)
    else {
        return Ok(false);
    };
    let hash = hasher.hash(password.expose()).await?;
    let txn = store::begin_write(db).await?;
    if !staff_tokens::consume(txn.conn(), link.id, now).await? {
        txn.rollback().await?;
        return Ok(false);
    }
    staff::set_password(txn.conn(), user.id, &hash, now).await?;
    let ended = sessions::revoke_all(txn.conn(), user.id, now).await?;
    login_attempts::clear(txn.conn(), &attempts_key(keys, &user.email)).await?;
    audit::record(
        txn.conn(),
        Event::new(
            Actor::Staff {
                id: user.id,
                label: user.email.clone(),
            },
            Action::PasswordSet,
        )
        .on(Subject::staff_user(user.id))
        .detail(serde_json::json!({ "link": link.purpose, "sessions_ended": ended })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Creates an account in the caller's transaction, audited; `None` when the email is
/// taken.
async fn create_in(
    db: &impl sea_orm::ConnectionTrait,
    new: &NewStaffUser,
    password_hash: Option<String>,
    by: &Actor,
    at: Occasion<'_>,
) -> Result<Option<staff_user::Model>, DbErr> {
    let Some(id) = staff::create(db, new, password_hash, at.now).await? else {
        return Ok(None);
    };
    let event = Event::new(by.clone(), Action::UserCreated)
        .on(Subject::staff_user(id))
        .detail(serde_json::json!({ "role": new.role.as_str(), "affiliates": new.affiliates }));
    audit::record(db, event, at).await?;
    staff::find(db, id).await
}

/// Creates an account, audited; `None` when the email is taken. Without a password hash
/// the caller hands out a setup link.
pub async fn create_user(
    db: &DatabaseConnection,
    new: &NewStaffUser,
    password_hash: Option<String>,
    by: &Actor,
    at: Occasion<'_>,
) -> Result<Option<staff_user::Model>, AccountError> {
    let txn = store::begin_write(db).await?;
    let created = create_in(txn.conn(), new, password_hash, by, at).await?;
    if created.is_some() {
        txn.commit().await?;
    } else {
        txn.rollback().await?;
    }
    Ok(created)
}

/// Creates an account and mails its owner the welcome link, in one transaction: either
/// both happen or neither. `None` when the email is taken.
pub async fn invite(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    new: &NewStaffUser,
    by: &Actor,
    at: Occasion<'_>,
) -> Result<Option<staff_user::Model>, AccountError> {
    let txn = store::begin_write(db).await?;
    let Some(user) = create_in(txn.conn(), new, None, by, at).await? else {
        txn.rollback().await?;
        return Ok(None);
    };
    queue_link(txn.conn(), mailing, &user, LinkPurpose::Setup, by, at).await?;
    txn.commit().await?;
    Ok(Some(user))
}

/// Held while the number of active HR admins is checked and changed, so two concurrent
/// changes cannot leave none (or make two first admins).
const HR_ADMINS_LOCK: &str = "hr admins";

/// Why an account change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// It would leave no active HR admin to run the portal.
    LastHrAdmin,
    /// One cannot deactivate oneself.
    OwnAccount,
}

/// Changes an account's name, role and affiliates, audited.
pub async fn update_user(
    db: &DatabaseConnection,
    by: &StaffMember,
    user: &staff_user::Model,
    display_name: &str,
    role: Role,
    affiliates: &[i32],
    at: Occasion<'_>,
) -> Result<Result<(), Refusal>, AccountError> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), HR_ADMINS_LOCK).await?;
    let demotes_admin = user.role == Role::HrAdmin.as_str() && role != Role::HrAdmin;
    if demotes_admin
        && user.active
        && staff::count_active_hr_admins(txn.conn(), Some(user.id)).await? == 0
    {
        txn.rollback().await?;
        return Ok(Err(Refusal::LastHrAdmin));
    }
    staff::update(txn.conn(), user.id, display_name, role, affiliates, now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(by), Action::UserUpdated)
            .on(Subject::staff_user(user.id))
            .detail(serde_json::json!({
                "role_before": user.role,
                "role": role.as_str(),
                "affiliates": affiliates,
            })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// Sets the time zone a member reads staff pages in, audited.
pub async fn set_time_zone(
    db: &DatabaseConnection,
    member: &StaffMember,
    zone: chrono_tz::Tz,
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let txn = store::begin_write(db).await?;
    staff::set_time_zone(txn.conn(), member.id, zone.name(), at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::ProfileChanged)
            .on(Subject::staff_user(member.id))
            .detail(serde_json::json!({ "time_zone": zone.name() })),
        at,
    )
    .await?;
    txn.commit().await
}

/// Deactivates (ending every session at once) or reactivates an account, audited.
pub async fn set_active(
    db: &DatabaseConnection,
    by: &StaffMember,
    user: &staff_user::Model,
    active: bool,
    at: Occasion<'_>,
) -> Result<Result<(), Refusal>, AccountError> {
    let now = at.now;
    if !active && user.id == by.id {
        return Ok(Err(Refusal::OwnAccount));
    }
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), HR_ADMINS_LOCK).await?;
    if !active
        && user.role == Role::HrAdmin.as_str()
        && staff::count_active_hr_admins(txn.conn(), Some(user.id)).await? == 0
    {
        txn.rollback().await?;
        return Ok(Err(Refusal::LastHrAdmin));
    }
    staff::set_active(txn.conn(), user.id, active, now).await?;
    // Deactivation ends every session and voids any unused password link.
    let ended = if active {
        0
    } else {
        staff_tokens::void_unused(txn.conn(), user.id, now).await?;
        sessions::revoke_all(txn.conn(), user.id, now).await?
    };
    let action = if active {
        Action::UserReactivated
    } else {
        Action::UserDeactivated
    };
    audit::record(
        txn.conn(),
        Event::new(actor(by), action)
            .on(Subject::staff_user(user.id))
            .detail(serde_json::json!({ "sessions_ended": ended })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// The setup link printed at start while no HR admin exists: it lets the person at the
/// console create the first HR admin, and stops working as soon as any HR admin exists.
/// The token is derived from the secret key, so every instance sharing the key prints
/// the same link and nothing needs storing.
pub struct FirstAdminSetup {
    token: String,
}

impl FirstAdminSetup {
    /// The setup of the portal with these keys.
    pub fn new(keys: &Keys) -> Self {
        Self {
            token: keys.sign("first hr admin setup", b""),
        }
    }

    /// The token, for the link printed at start.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// Whether `token` opens the setup: it is this token and no active HR admin exists.
    pub async fn is_open(
        &self,
        db: &impl sea_orm::ConnectionTrait,
        token: &str,
    ) -> Result<bool, DbErr> {
        let same = crate::keys::same_bytes(token.as_bytes(), self.token.as_bytes());
        Ok(same && staff::count_active_hr_admins(db, None).await? == 0)
    }
}

/// Creates the first HR admin with a password through the setup link; `None` when the
/// link no longer works (used, or an HR admin exists).
pub async fn create_first_admin(
    db: &DatabaseConnection,
    hasher: &PasswordHasher,
    setup: &FirstAdminSetup,
    token: &str,
    new: &NewStaffUser,
    password: &NewPassword,
    at: Occasion<'_>,
) -> Result<Option<staff_user::Model>, AccountError> {
    let now = at.now;
    if !setup.is_open(db, token).await? {
        return Ok(None);
    }
    let hash = hasher.hash(password.expose()).await?;
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), HR_ADMINS_LOCK).await?;
    if !setup.is_open(txn.conn(), token).await? {
        txn.rollback().await?;
        return Ok(None);
    }
    let Some(id) = staff::create(txn.conn(), new, Some(hash), now).await? else {
        txn.rollback().await?;
        return Ok(None);
    };
    audit::record(
        txn.conn(),
        Event::new(Actor::System, Action::UserCreated)
            .on(Subject::staff_user(id))
            .detail(serde_json::json!({ "role": new.role.as_str(), "through": "first start setup link" })), at)
    .await?;
    let user = staff::find(txn.conn(), id).await?;
    txn.commit().await?;
    Ok(user)
}
