use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "candidates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub full_name: String,
    pub phone: Option<String>,
    pub country: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub profile_url: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    pub talent_pool_consented_at: Option<DateTimeUtc>,
    pub talent_pool_expires_at: Option<DateTimeUtc>,
    pub talent_pool_reminded_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
