//! Passkeys and security keys (WebAuthn, through webauthn-rs) as staff second factors:
//! registering one at `/staff/security`, and giving one at sign-in or before a
//! destructive action (`second_factor::give` with [`Answer::Passkey`]). Each ceremony's
//! challenge waits in the session's row, taken once by the answer, for five minutes.
//! User verification (the device's PIN or fingerprint) is required.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{
    CredentialID, Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder,
};

use super::accounts::{AccountError, actor, signed_in};
use super::second_factor::{issue_recovery_codes, replace_session, with};
use crate::domain::audit::{Action, Subject};
use crate::domain::second_factor::{self, Method, SessionFacts, SessionStage};
use crate::domain::staff::StaffMember;
use crate::entities::staff_passkey;
use crate::keys::Keys;
use crate::store::audit::{self, Event, Occasion};
use crate::store::passkeys::{self, NewPasskey};
use crate::store::{self, second_factors, sessions};

/// How long a started ceremony waits for the browser's answer.
const CEREMONY_FOR: TimeDelta = TimeDelta::minutes(5);

/// The relying party: this portal, by the host of its public URL. `None` when that host
/// is an IP address (the embedded default, `http://127.0.0.1:8000`): WebAuthn takes only
/// a domain, so passkeys are then not offered and codes work alone.
pub struct Passkeys {
    webauthn: Option<Webauthn>,
}

impl Passkeys {
    /// The relying party of `public_url` (its host is the RP id, its origin the only
    /// origin answers may come from).
    pub fn new(public_url: &str) -> Result<Self, String> {
        let origin = Url::parse(public_url).map_err(|e| format!("public_url: {e}"))?;
        // `domain()` is the host when it is a name, `None` for an IP address.
        let webauthn = match origin.domain() {
            Some(host) => Some(
                WebauthnBuilder::new(host, &origin)
                    .and_then(|b| b.rp_name("Panopto Careers").build())
                    .map_err(|e| format!("passkeys for {public_url}: {e}"))?,
            ),
            None => {
                tracing::info!(
                    "passkeys are off: the public URL's host is an IP address, and WebAuthn needs a domain name"
                );
                None
            }
        };
        Ok(Self { webauthn })
    }

    /// Whether passkeys can be registered and used here.
    pub fn available(&self) -> bool {
        self.webauthn.is_some()
    }

    /// Whether a portal at `public_url` can offer passkeys: its host is a domain name.
    pub fn possible_at(public_url: &str) -> bool {
        Url::parse(public_url).is_ok_and(|url| url.domain().is_some())
    }

    fn webauthn(&self) -> Result<&Webauthn, DbErr> {
        self.webauthn.as_ref().ok_or_else(|| {
            DbErr::Custom("passkeys are off (the public URL is an IP address)".into())
        })
    }
}

/// What a session keeps between asking the browser and reading its answer.
#[derive(Serialize, Deserialize)]
enum Ceremony {
    Register {
        state: PasskeyRegistration,
        started_at: DateTime<Utc>,
    },
    Authenticate {
        state: PasskeyAuthentication,
        started_at: DateTime<Utc>,
    },
}

impl Ceremony {
    fn started_at(&self) -> DateTime<Utc> {
        match self {
            Self::Register { started_at, .. } | Self::Authenticate { started_at, .. } => {
                *started_at
            }
        }
    }
}

async fn keep(
    db: &impl ConnectionTrait,
    session_id: i32,
    ceremony: &Ceremony,
) -> Result<(), DbErr> {
    let json = serde_json::to_string(ceremony).map_err(|e| DbErr::Custom(e.to_string()))?;
    sessions::set_ceremony(db, session_id, json).await
}

/// The session's ceremony, taken once; `None` when there is none, it is too old, or
/// its stored form no longer reads.
async fn take(
    db: &impl ConnectionTrait,
    session_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<Ceremony>, DbErr> {
    let Some(json) = sessions::take_ceremony(db, session_id).await? else {
        return Ok(None);
    };
    Ok(serde_json::from_str::<Ceremony>(&json)
        .ok()
        .filter(|c| now >= c.started_at() && now - c.started_at() <= CEREMONY_FOR))
}

/// The WebAuthn user handle of an account: random-looking, stable, and not its id.
fn user_handle(keys: &Keys, staff_user_id: i32) -> Uuid {
    // The first 16 bytes of a keyed hash (hex, so the first 32 digits).
    let signed = keys.sign("passkey user handle", staff_user_id.to_string().as_bytes());
    let bytes: [u8; 16] = hex::decode(&signed[..32])
        .ok()
        .and_then(|b| b.try_into().ok())
        .unwrap_or_default();
    Uuid::from_bytes(bytes)
}

fn stored(row: &staff_passkey::Model) -> Option<Passkey> {
    serde_json::from_str(&row.credential).ok()
}

/// The credential id as stored: its base64url text, as browsers show it.
fn id_text(id: &CredentialID) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id)
}

impl Passkeys {
    /// Starts registering a new passkey for the member: the options for the browser's
    /// `navigator.credentials.create()`, as JSON. The member's own passkeys are excluded,
    /// so one device is not registered twice.
    pub async fn begin_registration(
        &self,
        db: &DatabaseConnection,
        keys: &Keys,
        member: &StaffMember,
        session: &SessionFacts,
        now: DateTime<Utc>,
    ) -> Result<String, AccountError> {
        let existing: Vec<CredentialID> = passkeys::of(db, member.id)
            .await?
            .iter()
            .filter_map(stored)
            .map(|p| p.cred_id().clone())
            .collect();
        let (options, state) = self
            .webauthn()?
            .start_passkey_registration(
                user_handle(keys, member.id),
                &member.email,
                &member.display_name,
                Some(existing),
            )
            .map_err(|e| DbErr::Custom(format!("passkey registration: {e}")))?;
        keep(
            db,
            session.id,
            &Ceremony::Register {
                state,
                started_at: now,
            },
        )
        .await?;
        serde_json::to_string(&options).map_err(|e| DbErr::Custom(e.to_string()).into())
    }

    /// Checks the browser's answer to a registration and stores the passkey under
    /// `name`. The first second factor of an account also brings its recovery codes;
    /// either way the session is replaced by one with the second factor given now.
    #[allow(
        clippy::too_many_arguments,
        reason = "the ceremony's parts, each needed"
    )]
    pub async fn finish_registration(
        &self,
        db: &DatabaseConnection,
        keys: &Keys,
        member: &StaffMember,
        session: &SessionFacts,
        name: &str,
        answer: &str,
        at: Occasion<'_>,
    ) -> Result<Registration, AccountError> {
        let now = at.now;
        let Some(webauthn) = &self.webauthn else {
            return Ok(Registration::Refused(Refused::NotStarted));
        };
        let txn = store::begin_write(db).await?;
        let Some(Ceremony::Register { state, .. }) = take(txn.conn(), session.id, now).await?
        else {
            txn.commit().await?;
            return Ok(Registration::Refused(Refused::NotStarted));
        };
        txn.commit().await?;
        let Ok(response) = serde_json::from_str::<RegisterPublicKeyCredential>(answer) else {
            return Ok(Registration::Refused(Refused::Unreadable));
        };
        let passkey = match webauthn.finish_passkey_registration(&response, &state) {
            Ok(passkey) => passkey,
            Err(error) => {
                tracing::info!(%error, "passkey registration refused");
                return Ok(Registration::Refused(Refused::NotVerified));
            }
        };
        let credential =
            serde_json::to_string(&passkey).map_err(|e| DbErr::Custom(e.to_string()))?;
        let txn = store::begin_write(db).await?;
        let first = !second_factors::has_confirmed(txn.conn(), member.id).await?;
        let new = NewPasskey {
            staff_user_id: member.id,
            name,
            credential_id: &id_text(passkey.cred_id()),
            credential,
        };
        if !passkeys::add(txn.conn(), new, now).await? {
            txn.rollback().await?;
            return Ok(Registration::Refused(Refused::Taken));
        }
        let codes = if first {
            Some(issue_recovery_codes(txn.conn(), keys, member.id, now).await?)
        } else {
            None
        };
        let Some(token) =
            replace_session(txn.conn(), member, session, Method::Passkey, now).await?
        else {
            txn.rollback().await?;
            return Ok(Registration::Refused(Refused::NotStarted));
        };
        audit::record(
            txn.conn(),
            Event::new(actor(member), Action::SecondFactorEnrolled)
                .on(Subject::staff_user(member.id))
                .detail(serde_json::json!({ "method": Method::Passkey.as_str() })),
            at,
        )
        .await?;
        if session.stage != SessionStage::Full {
            signed_in(txn.conn(), member, &with(session, Method::Passkey), at).await?;
        }
        txn.commit().await?;
        Ok(Registration::Added { codes, token })
    }

    /// Starts asking for one of the member's passkeys: the options for the browser's
    /// `navigator.credentials.get()`, as JSON; `None` when they have none.
    pub async fn begin_authentication(
        &self,
        db: &DatabaseConnection,
        member: &StaffMember,
        session: &SessionFacts,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, DbErr> {
        let Some(webauthn) = &self.webauthn else {
            return Ok(None);
        };
        let credentials: Vec<Passkey> = passkeys::of(db, member.id)
            .await?
            .iter()
            .filter_map(stored)
            .collect();
        if credentials.is_empty() {
            return Ok(None);
        }
        let (options, state) = webauthn
            .start_passkey_authentication(&credentials)
            .map_err(|e| DbErr::Custom(format!("passkey authentication: {e}")))?;
        keep(
            db,
            session.id,
            &Ceremony::Authenticate {
                state,
                started_at: now,
            },
        )
        .await?;
        serde_json::to_string(&options)
            .map(Some)
            .map_err(|e| DbErr::Custom(e.to_string()))
    }

    /// Checks the browser's answer to the session's authentication, in the caller's
    /// transaction: the passkey's signature over this challenge, from this origin, with
    /// user verification, and a counter that moved on. The ceremony is used up either
    /// way.
    pub(super) async fn check(
        &self,
        db: &impl ConnectionTrait,
        staff_user_id: i32,
        session_id: i32,
        answer: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Method>, DbErr> {
        let Some(webauthn) = &self.webauthn else {
            return Ok(None);
        };
        let Some(Ceremony::Authenticate { state, .. }) = take(db, session_id, now).await? else {
            return Ok(None);
        };
        let Ok(response) = serde_json::from_str::<PublicKeyCredential>(answer) else {
            return Ok(None);
        };
        let result = match webauthn.finish_passkey_authentication(&response, &state) {
            Ok(result) => result,
            Err(error) => {
                tracing::info!(%error, "passkey refused");
                return Ok(None);
            }
        };
        let row = passkeys::find(db, staff_user_id, &id_text(result.cred_id())).await?;
        let Some((row, mut passkey)) = row.and_then(|row| stored(&row).map(|p| (row, p))) else {
            return Ok(None);
        };
        let changed = passkey.update_credential(&result) == Some(true);
        let credential = if changed {
            Some(serde_json::to_string(&passkey).map_err(|e| DbErr::Custom(e.to_string()))?)
        } else {
            None
        };
        passkeys::used(db, row.id, credential, now).await?;
        Ok(Some(Method::Passkey))
    }
}

/// The outcome of a registration.
pub enum Registration {
    /// Stored: the recovery codes when it was the account's first second factor, and
    /// the token of the session that replaces the current one.
    Added {
        codes: Option<Vec<String>>,
        token: String,
    },
    Refused(Refused),
}

/// Why a passkey was not registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No registration was started by this session, or it took over five minutes.
    NotStarted,
    /// The browser's answer is not a WebAuthn answer.
    Unreadable,
    /// It did not check out (another challenge or origin, no user verification…).
    NotVerified,
    /// That credential is registered already.
    Taken,
}

impl Refused {
    pub fn message(self) -> &'static str {
        match self {
            Self::NotStarted => {
                "That took too long or was not started here. Press \"Add a passkey\" again."
            }
            Self::Unreadable | Self::NotVerified => {
                "Your browser's answer could not be checked, so no passkey was added. Try again, and unlock the device when it asks."
            }
            Self::Taken => "That passkey is registered already.",
        }
    }
}

/// A passkey as the security page lists it.
#[derive(Debug)]
pub struct Listed {
    pub id: i32,
    pub name: String,
    pub added: DateTime<Utc>,
    pub last_used: Option<DateTime<Utc>>,
}

/// The member's passkeys.
pub async fn listed(db: &DatabaseConnection, member: &StaffMember) -> Result<Vec<Listed>, DbErr> {
    Ok(passkeys::of(db, member.id)
        .await?
        .into_iter()
        .map(|row| Listed {
            id: row.id,
            name: row.name,
            added: row.created_at,
            last_used: row.last_used_at,
        })
        .collect())
}

/// The name a new passkey gets: as typed, or "Passkey N".
pub async fn name_for(
    db: &DatabaseConnection,
    member: &StaffMember,
    typed: &str,
) -> Result<Result<String, &'static str>, DbErr> {
    let existing = passkeys::count(db, member.id).await? as usize;
    Ok(second_factor::passkey_name(typed, existing))
}

/// Removes one of the member's passkeys, audited. A role that must have a second factor
/// keeps its last one; recovery codes go with the last factor.
pub async fn remove(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
    require: second_factor::Requirement,
    at: Occasion<'_>,
) -> Result<Result<(), super::second_factor::Kept>, DbErr> {
    use super::second_factor::Kept;
    let txn = store::begin_write(db).await?;
    let rows = passkeys::of(txn.conn(), member.id).await?;
    if !rows.iter().any(|r| r.id == id) {
        txn.rollback().await?;
        return Ok(Err(Kept::NoneEnrolled));
    }
    let others = rows.len() > 1
        || second_factors::totp(txn.conn(), member.id)
            .await?
            .is_some_and(|t| t.confirmed_at.is_some());
    if require.applies_to(member.role) && !others {
        txn.rollback().await?;
        return Ok(Err(Kept::Required));
    }
    passkeys::remove(txn.conn(), member.id, id).await?;
    second_factors::forget_codes_without_factor(txn.conn(), member.id).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::SecondFactorRemoved)
            .on(Subject::staff_user(member.id))
            .detail(serde_json::json!({ "method": Method::Passkey.as_str() })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}
