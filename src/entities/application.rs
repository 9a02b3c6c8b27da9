use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub public_ref: String,
    #[sea_orm(unique)]
    pub status_token_hash: String,
    pub candidate_id: Option<i32>,
    pub job_id: i32,
    pub affiliate_id: i32,
    pub stage: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub cover_letter: Option<String>,
    pub sensitive_categories: Option<String>,
    pub sensitive_acknowledged: bool,
    pub consent_privacy_at: DateTimeUtc,
    pub consent_transfer_at: Option<DateTimeUtc>,
    pub age_verified_at: DateTimeUtc,
    pub submitted_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    pub last_activity_at: DateTimeUtc,
    pub anonymised_at: Option<DateTimeUtc>,
    pub minor_reported_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The language it was made in (`applications`, `privacy_requests`) or written
    /// in (`jobs`): a folder name under `locales/`.
    pub language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
