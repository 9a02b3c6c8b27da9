use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub application_id: i32,
    pub step_name: String,
    #[sea_orm(column_type = "Text")]
    pub focus: String,
    pub status: String,
    pub starts_at: Option<DateTimeUtc>,
    pub duration_minutes: i32,
    pub location: Option<String>,
    pub video_url: Option<String>,
    pub applicant_time_zone: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub message: Option<String>,
    #[sea_orm(unique)]
    pub calendar_uid: String,
    pub calendar_sequence: i32,
    pub pick_token_hash: Option<String>,
    pub pick_expires_at: Option<DateTimeUtc>,
    pub scheduled_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
