//! Staff accounts: lookups, changes, and who is notified of a job's applications.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::staff::{Role, StaffEmail, StaffMember};
use crate::entities::{job, job_hiring_manager, staff_user, staff_user_affiliate};

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
                        .add(staff_user::Column::Role.eq(Role::HiringManager.as_str()))
                        .add(staff_user::Column::Id.in_subquery(in_affiliate)),
                )
                .add(staff_user::Column::Id.in_subquery(assigned)),
        )
        .order_by_asc(staff_user::Column::Id)
        .into_tuple()
        .all(db)
        .await
}

/// A new staff account, validated.
#[derive(Debug, Clone)]
pub struct NewStaffUser {
    pub email: StaffEmail,
    pub display_name: String,
    pub role: Role,
    pub affiliates: Vec<i32>,
}

/// The account with this (already lower-cased) email.
pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(db)
        .await
}

/// The account with this id.
pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<staff_user::Model>, DbErr> {
    staff_user::Entity::find_by_id(id).one(db).await
}

/// The affiliate ids an account belongs to.
pub async fn affiliate_ids(db: &impl ConnectionTrait, id: i32) -> Result<Vec<i32>, DbErr> {
    staff_user_affiliate::Entity::find()
        .select_only()
        .column(staff_user_affiliate::Column::AffiliateId)
        .filter(staff_user_affiliate::Column::StaffUserId.eq(id))
        .order_by_asc(staff_user_affiliate::Column::AffiliateId)
        .into_tuple()
        .all(db)
        .await
}

/// The account as a signed-in member, with its affiliates.
pub async fn member(
    db: &impl ConnectionTrait,
    user: &staff_user::Model,
) -> Result<StaffMember, DbErr> {
    let role = Role::parse(&user.role)
        .ok_or_else(|| DbErr::Custom(format!("staff user {} has an unknown role", user.id)))?;
    Ok(StaffMember {
        id: user.id,
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role,
        affiliates: affiliate_ids(db, user.id).await?,
        time_zone: user.time_zone.clone(),
    })
}

/// Sets an account's time zone (a valid IANA name).
pub async fn set_time_zone(
    db: &impl ConnectionTrait,
    id: i32,
    zone: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::TimeZone, Expr::value(zone))
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(now))
        .filter(staff_user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every account with its affiliate ids, by email.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<(staff_user::Model, Vec<i32>)>, DbErr> {
    let users = staff_user::Entity::find()
        .order_by_asc(staff_user::Column::Email)
        .all(db)
        .await?;
    let links: Vec<(i32, i32)> = staff_user_affiliate::Entity::find()
        .select_only()
        .column(staff_user_affiliate::Column::StaffUserId)
        .column(staff_user_affiliate::Column::AffiliateId)
        .order_by_asc(staff_user_affiliate::Column::AffiliateId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(users
        .into_iter()
        .map(|user| {
            let ids = links
                .iter()
                .filter(|(u, _)| *u == user.id)
                .map(|(_, a)| *a)
                .collect();
            (user, ids)
        })
        .collect())
}

/// Active HR admins, other than `except`.
pub async fn count_active_hr_admins(
    db: &impl ConnectionTrait,
    except: Option<i32>,
) -> Result<u64, DbErr> {
    let mut query = staff_user::Entity::find()
        .filter(staff_user::Column::Role.eq(Role::HrAdmin.as_str()))
        .filter(staff_user::Column::Active.eq(true));
    if let Some(id) = except {
        query = query.filter(staff_user::Column::Id.ne(id));
    }
    query.count(db).await
}

/// Creates an account without a password; `None` when the email is taken.
pub async fn create(
    db: &impl ConnectionTrait,
    new: &NewStaffUser,
    password_hash: Option<String>,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    if find_by_email(db, new.email.as_str()).await?.is_some() {
        return Ok(None);
    }
    let inserted = staff_user::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        display_name: Set(new.display_name.clone()),
        role: Set(new.role.as_str().to_owned()),
        password_changed_at: Set(password_hash.as_ref().map(|_| now)),
        password_hash: Set(password_hash),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await;
    let user = match inserted {
        Ok(user) => user,
        // Taken by a concurrent create between the check and the insert.
        Err(error)
            if matches!(
                error.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            return Ok(None);
        }
        Err(error) => return Err(error),
    };
    set_affiliates(db, user.id, &new.affiliates).await?;
    Ok(Some(user.id))
}

/// Replaces an account's affiliates.
async fn set_affiliates(
    db: &impl ConnectionTrait,
    id: i32,
    affiliates: &[i32],
) -> Result<(), DbErr> {
    staff_user_affiliate::Entity::delete_many()
        .filter(staff_user_affiliate::Column::StaffUserId.eq(id))
        .exec(db)
        .await?;
    if affiliates.is_empty() {
        return Ok(());
    }
    staff_user_affiliate::Entity::insert_many(affiliates.iter().map(|affiliate| {
        staff_user_affiliate::ActiveModel {
            staff_user_id: Set(id),
            affiliate_id: Set(*affiliate),
        }
    }))
    .exec(db)
    .await?;
    Ok(())
}

/// Changes an account's name, role and affiliates.
pub async fn update(
    db: &impl ConnectionTrait,
    id: i32,
    display_name: &str,
    role: Role,
    affiliates: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::DisplayName, Expr::value(display_name))
        .col_expr(staff_user::Column::Role, Expr::value(role.as_str()))
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(now))
        .filter(staff_user::Column::Id.eq(id))
        .exec(db)
        .await?;
    set_affiliates(db, id, affiliates).await
}

/// Activates or deactivates an account.
pub async fn set_active(
    db: &impl ConnectionTrait,
    id: i32,
    active: bool,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::Active, Expr::value(active))
        .col_expr(
            staff_user::Column::DeactivatedAt,
            Expr::value((!active).then_some(now)),
        )
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(now))
        .filter(staff_user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Stores a new password hash.
pub async fn set_password(
    db: &impl ConnectionTrait,
    id: i32,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::PasswordHash, Expr::value(password_hash))
        .col_expr(staff_user::Column::PasswordChangedAt, Expr::value(now))
        .col_expr(staff_user::Column::UpdatedAt, Expr::value(now))
        .filter(staff_user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Notes a successful sign-in.
pub async fn record_login(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_user::Entity::update_many()
        .col_expr(staff_user::Column::LastLoginAt, Expr::value(now))
        .filter(staff_user::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The active accounts belonging to an affiliate, by name: who may be assigned to its
/// jobs.
pub async fn members_of_affiliate(
    db: &impl ConnectionTrait,
    affiliate_id: i32,
) -> Result<Vec<staff_user::Model>, DbErr> {
    let members = Query::select()
        .column(staff_user_affiliate::Column::StaffUserId)
        .from(staff_user_affiliate::Entity)
        .and_where(staff_user_affiliate::Column::AffiliateId.eq(affiliate_id))
        .to_owned();
    staff_user::Entity::find()
        .filter(staff_user::Column::Active.eq(true))
        .filter(staff_user::Column::Id.in_subquery(members))
        .order_by_asc(staff_user::Column::DisplayName)
        .all(db)
        .await
}
