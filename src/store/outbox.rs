//! The outbox table: mails are written in the transaction of the change that causes them
//! and sent later, so a mail server that is down never blocks or loses anything.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::entities::outbox_message;

/// Waiting to be sent (again).
pub const PENDING: &str = "pending";
/// Delivered to the mail server or the outbox folder.
pub const SENT: &str = "sent";
/// Given up on after the last attempt; kept for an administrator to see.
pub const FAILED: &str = "failed";

/// A mail to send.
#[derive(Debug, Clone)]
pub struct NewMail {
    pub kind: &'static str,
    pub to: String,
    pub subject: String,
    pub body_text: String,
    /// An iCalendar invitation sent with the text (`text/calendar`).
    pub calendar: Option<String>,
}

/// Adds a mail to the outbox.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    mail: NewMail,
    application_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    outbox_message::ActiveModel {
        kind: Set(mail.kind.to_owned()),
        to_address: Set(mail.to),
        subject: Set(mail.subject),
        body_text: Set(mail.body_text),
        body_html: Set(None),
        application_id: Set(application_id),
        status: Set(PENDING.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        calendar: Set(mail.calendar),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Mails due now, oldest first.
pub async fn due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<outbox_message::Model>, DbErr> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Status.eq(PENDING))
        .filter(outbox_message::Column::NextAttemptAt.lte(now))
        .filter(
            Condition::any()
                .add(outbox_message::Column::LockedUntil.is_null())
                .add(outbox_message::Column::LockedUntil.lt(now)),
        )
        .order_by_asc(outbox_message::Column::NextAttemptAt)
        .order_by_asc(outbox_message::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Claims a mail for `for_how_long`; `false` if another sender has it.
pub async fn claim(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
    for_how_long: Duration,
) -> Result<bool, DbErr> {
    let result = outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::LockedUntil,
            Expr::value(Some(now + for_how_long)),
        )
        .filter(outbox_message::Column::Id.eq(id))
        .filter(outbox_message::Column::Status.eq(PENDING))
        .filter(
            Condition::any()
                .add(outbox_message::Column::LockedUntil.is_null())
                .add(outbox_message::Column::LockedUntil.lt(now)),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// An attempt is over: the claim is released and the attempt counted.
fn end_attempt(id: i32) -> sea_orm::UpdateMany<outbox_message::Entity> {
    outbox_message::Entity::update_many()
        .col_expr(
            outbox_message::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            outbox_message::Column::Attempts,
            Expr::col(outbox_message::Column::Attempts).add(1),
        )
        .filter(outbox_message::Column::Id.eq(id))
}

/// Kinds of mail whose body holds a single-use link: the body is not kept once sent.
pub const ONE_TIME_LINK_KINDS: [&str; 4] = [
    "staff_welcome",
    "password_reset",
    "privacy_request_link",
    "talent_pool_reminder",
];

/// Records a delivery; a mail holding a single-use link loses its body, so the database
/// (and its backups) never holds a working link.
pub async fn mark_sent(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let body = Expr::case(
        outbox_message::Column::Kind.is_in(ONE_TIME_LINK_KINDS),
        "(removed once sent: it held a single-use link)",
    )
    .finally(Expr::col(outbox_message::Column::BodyText));
    end_attempt(id)
        .col_expr(outbox_message::Column::BodyText, body.into())
        .col_expr(outbox_message::Column::Status, Expr::value(SENT))
        .col_expr(outbox_message::Column::SentAt, Expr::value(Some(now)))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt: retried at `retry_at`, or given up when that is `None`.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    id: i32,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<(), DbErr> {
    let update = end_attempt(id).col_expr(
        outbox_message::Column::LastError,
        Expr::value(Some(error.to_owned())),
    );
    let update = match retry_at {
        Some(at) => update.col_expr(outbox_message::Column::NextAttemptAt, Expr::value(at)),
        None => update.col_expr(outbox_message::Column::Status, Expr::value(FAILED)),
    };
    update.exec(db).await?;
    Ok(())
}
