//! Staff sessions, kept on the server so that sign-out, deactivation and a password
//! change end them at once and a replayed old cookie finds nothing.

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use crate::domain::second_factor::{Method, SessionStage, join_methods};
use crate::entities::{staff_session, staff_user};

/// A session about to start: whose, how far it has come and how it was authenticated.
pub struct NewSession<'a> {
    pub staff_user_id: i32,
    pub token_hash: String,
    pub stage: SessionStage,
    pub methods: &'a [Method],
    pub second_factor_at: Option<DateTime<Utc>>,
    /// When the sign-in began: a session that replaces another keeps its start and end.
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Starts a session.
pub async fn start(
    db: &impl ConnectionTrait,
    new: NewSession<'_>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_session::ActiveModel {
        token_hash: Set(new.token_hash),
        staff_user_id: Set(new.staff_user_id),
        created_at: Set(new.created_at),
        last_seen_at: Set(now),
        expires_at: Set(new.expires_at),
        revoked_at: Set(None),
        stage: Set(new.stage.as_str().to_owned()),
        methods: Set(join_methods(new.methods)),
        second_factor_at: Set(new.second_factor_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Ends the open session `id` and starts `new` in its place (a new id after each
/// factor); false, and nothing started, when `id` had ended meanwhile.
pub async fn replace(
    db: &impl ConnectionTrait,
    id: i32,
    new: NewSession<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if !revoke_id(db, id, now).await? {
        return Ok(false);
    }
    start(db, new, now).await?;
    Ok(true)
}

/// The unrevoked session with this token hash and its active account.
pub async fn find_open(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(staff_session::Model, staff_user::Model)>, DbErr> {
    let Some(session) = staff_session::Entity::find()
        .filter(staff_session::Column::TokenHash.eq(token_hash))
        .filter(staff_session::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let user = staff_user::Entity::find_by_id(session.staff_user_id)
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await?;
    Ok(user.map(|user| (session, user)))
}

/// Notes activity on a session.
pub async fn touch(db: &impl ConnectionTrait, id: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    staff_session::Entity::update_many()
        .col_expr(staff_session::Column::LastSeenAt, Expr::value(now))
        .filter(staff_session::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends one session.
pub async fn revoke(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_session::Entity::update_many()
        .col_expr(staff_session::Column::RevokedAt, Expr::value(now))
        .filter(staff_session::Column::TokenHash.eq(token_hash))
        .filter(staff_session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends one session by id; false when it had ended already.
pub async fn revoke_id(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(staff_session::Entity::update_many()
        .col_expr(staff_session::Column::RevokedAt, Expr::value(now))
        .filter(staff_session::Column::Id.eq(id))
        .filter(staff_session::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Ends every session of an account; returns how many were open.
pub async fn revoke_all(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    Ok(staff_session::Entity::update_many()
        .col_expr(staff_session::Column::RevokedAt, Expr::value(now))
        .filter(staff_session::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_session::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// Deletes sessions that ended more than a day ago.
pub async fn forget_ended(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let cutoff = now - TimeDelta::days(1);
    Ok(staff_session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(staff_session::Column::ExpiresAt.lt(cutoff))
                .add(staff_session::Column::RevokedAt.lt(cutoff)),
        )
        .exec(db)
        .await?
        .rows_affected)
}

/// Keeps the WebAuthn ceremony this session has started (replacing any earlier one).
pub async fn set_ceremony(db: &impl ConnectionTrait, id: i32, state: String) -> Result<(), DbErr> {
    staff_session::Entity::update_many()
        .col_expr(staff_session::Column::WebauthnState, Expr::value(state))
        .filter(staff_session::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Takes the session's WebAuthn ceremony, once: a conditional update clears it, so two
/// answers racing for one challenge cannot both have it.
pub async fn take_ceremony(db: &impl ConnectionTrait, id: i32) -> Result<Option<String>, DbErr> {
    let Some(state) = staff_session::Entity::find_by_id(id)
        .one(db)
        .await?
        .and_then(|s| s.webauthn_state)
    else {
        return Ok(None);
    };
    let taken = staff_session::Entity::update_many()
        .col_expr(
            staff_session::Column::WebauthnState,
            Expr::value(Option::<String>::None),
        )
        .filter(staff_session::Column::Id.eq(id))
        .filter(staff_session::Column::WebauthnState.eq(state.as_str()))
        .exec(db)
        .await?;
    Ok((taken.rows_affected == 1).then_some(state))
}
