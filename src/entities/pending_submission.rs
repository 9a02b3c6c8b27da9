use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pending_submissions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub job_id: i32,
    pub email: String,
    #[sea_orm(column_type = "Text")]
    pub payload: String,
    #[sea_orm(column_type = "Text")]
    pub findings: String,
    #[sea_orm(unique)]
    pub resume_storage_key: String,
    pub resume_original_filename: String,
    pub resume_content_type: String,
    pub resume_size_bytes: i64,
    pub resume_sha256: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub resume_extracted_text: Option<String>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub malware_verdict: Option<String>,
    pub malware_signatures: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
