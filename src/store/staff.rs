//! Staff members as the rest of the portal needs them before staff accounts have their
//! own pages: who is notified of a job's applications.

use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::{job, job_hiring_manager, staff_user, staff_user_affiliate};

/// The role whose members are notified of every application to their affiliates.
pub const HIRING_MANAGER: &str = "hiring_manager";

/// Addresses of the active hiring managers of the job's affiliate and of the active
/// staff assigned to the job, each once.
pub async fn notification_recipients(
    db: &impl ConnectionTrait,
    job: &job::Model,
) -> Result<Vec<String>, DbErr> {
    let in_affiliate = Query::select()
        .column(staff_user_affiliate::Column::StaffUserId)
        .from(staff_user_affiliate::Entity)
        .and_where(staff_user_affiliate::Column::AffiliateId.eq(job.affiliate_id))
        .to_owned();
    let assigned = Query::select()
        .column(job_hiring_manager::Column::StaffUserId)
        .from(job_hiring_manager::Entity)
        .and_where(job_hiring_manager::Column::JobId.eq(job.id))
        .to_owned();
    staff_user::Entity::find()
        .select_only()
        .column(staff_user::Column::Email)
        .filter(staff_user::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(staff_user::Column::Role.eq(HIRING_MANAGER))
                        .add(staff_user::Column::Id.in_subquery(in_affiliate)),
                )
                .add(staff_user::Column::Id.in_subquery(assigned)),
        )
        .order_by_asc(staff_user::Column::Id)
        .into_tuple()
        .all(db)
        .await
}
