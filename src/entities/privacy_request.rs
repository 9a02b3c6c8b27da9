use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "privacy_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: String,
    pub email: Option<String>,
    #[sea_orm(unique)]
    pub token_hash: Option<String>,
    pub token_expires_at: Option<DateTimeUtc>,
    pub status: String,
    pub requested_at: DateTimeUtc,
    pub verified_at: Option<DateTimeUtc>,
    pub due_at: Option<DateTimeUtc>,
    pub fulfilled_at: Option<DateTimeUtc>,
    pub fulfilled_by_staff_user_id: Option<i32>,
    pub outcome: Option<String>,
    pub receipt_sent_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    /// The language it was made in (`applications`, `privacy_requests`) or written
    /// in (`jobs`): a folder name under `locales/`.
    pub language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
