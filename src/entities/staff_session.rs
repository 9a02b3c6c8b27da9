use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub staff_user_id: i32,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    /// `full`, `second_factor` or `enrol` (domain::second_factor::SessionStage).
    pub stage: String,
    /// How the session was authenticated, comma-separated (`password,totp`).
    pub methods: String,
    pub second_factor_at: Option<DateTimeUtc>,
    /// The WebAuthn ceremony under way (webauthn-rs's state as JSON, with its start).
    pub webauthn_state: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
