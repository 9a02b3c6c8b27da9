//! Affiliates: read by everyone, created once on a fresh install.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryOrder, Set,
};

use crate::domain::affiliate::AffiliateSeed;
use crate::entities::affiliate;

/// Every affiliate, in the order they were created.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<affiliate::Model>, DbErr> {
    affiliate::Entity::find()
        .order_by_asc(affiliate::Column::Id)
        .all(db)
        .await
}

/// Creates the given affiliates when there are none yet; returns how many it created.
pub async fn seed_if_empty(
    db: &impl ConnectionTrait,
    seeds: &[AffiliateSeed],
) -> Result<usize, DbErr> {
    if affiliate::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    for seed in seeds {
        affiliate::ActiveModel {
            code: Set(seed.code.to_owned()),
            legal_name: Set(seed.legal_name.to_owned()),
            region: Set(seed.region.to_owned()),
            data_location: Set(seed.data_location.to_owned()),
            transfer_consent_required: Set(seed.transfer_consent_required),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(seeds.len())
}
