//! The counter of changes to what the public site shows, moved by database triggers on
//! jobs and affiliates (migration 12).

use sea_orm::{ConnectionTrait, DbErr, Statement};

/// The current revision: it changes whenever a job or an affiliate does.
pub async fn current(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT revision FROM public_revision WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("public_revision".into()))?;
    row.try_get::<i64>("", "revision")
}
