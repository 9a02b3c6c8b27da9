//! Typed settings: `Rocket.toml` profiles, overridden by `ROCKET_*` and `CAREERS_*`
//! environment variables (docs/product.md, running it). Every key has a default that works for the embedded
//! setup (SQLite file, local uploads, outbox folder).

use std::path::{Path, PathBuf};

use rocket::figment::{
    Figment,
    providers::{Env, Serialized},
};
use serde::{Deserialize, Serialize};

use crate::domain::malware::ScannerAddress;
use crate::domain::second_factor::Requirement;
use crate::domain::sign_in::{LoginPolicy, SessionPolicy};
use crate::domain::single_sign_on::GroupRoles;

/// The portal's own settings; Rocket's (address, port, secret key, limits) stay in its
/// `rocket::Config`, read from the same figment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// `sqlite:…` or `postgres://…`.
    pub database_url: String,
    /// Connections in the pool. SQLite has one writer, but readers run in parallel.
    pub database_pool_size: u32,
    /// Where resumes are stored; never served as static files.
    pub uploads_dir: PathBuf,
    /// Where emails are written as `.eml` files when no SMTP server is configured.
    pub outbox_dir: PathBuf,
    /// Largest resume accepted, in bytes.
    pub max_resume_bytes: u64,
    /// `smtp://…` or `smtps://…`; unset means the outbox folder.
    pub smtp_url: Option<String>,
    /// The address applicants and search engines see (links in emails, feeds, JSON-LD).
    pub public_url: String,
    /// Seconds between retention sweeps run by the server.
    pub sweep_interval: u64,
    /// Minimum seconds between showing the form and submitting it; 0 turns it off.
    pub min_fill_seconds: u64,
    /// Submissions per client address per hour.
    pub apply_rate_limit: u32,
    /// Months a talent-pool consent lasts.
    pub talent_pool_months: u32,
    /// Seed the demo affiliates' jobs when the database has no job at all.
    pub seed_demo: bool,
    /// Where a generated secret key is kept for the embedded release setup.
    pub secret_key_file: PathBuf,
    /// Run the outbox sender and clean-ups inside the server (tests drive them directly).
    pub run_background_jobs: bool,
    /// argon2id memory per hash, in KiB (OWASP minimum: 19456).
    pub argon2_memory_kib: u32,
    /// argon2id passes (OWASP minimum with 19 MiB: 2).
    pub argon2_iterations: u32,
    /// Threads that hash passwords, each holding one buffer of `argon2_memory_kib`.
    pub argon2_threads: usize,
    /// Sign-ins waiting for a hashing thread before more are answered "busy" (503).
    pub argon2_queue: usize,
    /// Minutes without a request after which a staff session ends.
    pub session_idle_minutes: u32,
    /// Hours after sign-in after which a staff session ends, however active.
    pub session_hours: u32,
    /// Failed sign-ins for one email within an hour that lock it.
    pub login_lock_after: u32,
    /// Minutes a locked sign-in stays locked.
    pub login_lock_minutes: u32,
    /// Milliseconds added to a sign-in answer per failure from the third on (at most five
    /// steps): the fourth attempt waits one step, the fifth two, and so on.
    pub login_delay_ms: u64,
    /// The program whose `read-resume` verb reads resumes in a child process; unset
    /// means this one (tests, which run the portal inside their own binary, set it).
    pub resume_reader: Option<PathBuf>,
    /// Where clamd listens (`unix:/path/clamd.ctl` or `tcp://host:3310`); unset: resumes
    /// are not scanned for malware.
    pub clamav_url: Option<String>,
    /// Accept a resume unscanned (marked so) when clamd cannot be reached, instead of
    /// refusing it with 503.
    pub clamav_fail_open: bool,
    /// Seconds one scan may take before clamd counts as unavailable.
    pub clamav_timeout_seconds: u64,
    /// Which staff must enrol a second factor at their next password sign-in
    /// (`none`, `hr_admin`, `recruiter` (and up) or `all`).
    pub require_2fa: Requirement,
    /// Minutes a second factor counts as recent for a destructive action (mark as minor,
    /// fulfil a deletion, release a hold); older, the action asks for it again.
    pub recent_2fa_minutes: u32,
    /// Every translated text made longer and accented (docs/languages.md): a layout
    /// test, never for real visitors.
    pub pseudo_localise: bool,
    /// The OpenID provider staff sign in with (its issuer URL); unset: passwords only.
    pub oidc_issuer: Option<String>,
    /// The portal's client id at the provider.
    pub oidc_client_id: Option<String>,
    /// The client secret; unset for a provider that takes PKCE alone.
    pub oidc_client_secret: Option<String>,
    /// The sign-in button's words: "Sign in with …".
    pub oidc_name: String,
    /// Create an unknown but verified staff member's account at their first single
    /// sign-on, with the role and affiliates their group maps to in `oidc_group_roles`.
    pub oidc_provision: bool,
    /// `group=role[:AFFILIATES]` entries, `;`-separated (docs/staff-accounts.md).
    pub oidc_group_roles: String,
    /// The ID token claim that lists a person's groups.
    pub oidc_groups_claim: String,
    /// Single sign-on only: passwords sign in HR admins alone (break-glass accounts).
    pub oidc_only: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: "sqlite:data/careers.db".into(),
            database_pool_size: 4,
            uploads_dir: "uploads".into(),
            outbox_dir: "data/outbox".into(),
            max_resume_bytes: 10 * 1024 * 1024,
            smtp_url: None,
            public_url: "http://127.0.0.1:8000".into(),
            sweep_interval: 24 * 60 * 60,
            min_fill_seconds: 3,
            apply_rate_limit: 5,
            talent_pool_months: 24,
            seed_demo: true,
            secret_key_file: "data/secret.key".into(),
            run_background_jobs: true,
            argon2_memory_kib: 19 * 1024,
            argon2_iterations: 2,
            argon2_threads: 2,
            argon2_queue: 16,
            session_idle_minutes: 30,
            session_hours: 10,
            login_lock_after: 10,
            login_lock_minutes: 15,
            login_delay_ms: 1000,
            resume_reader: None,
            clamav_url: None,
            clamav_fail_open: false,
            clamav_timeout_seconds: 30,
            require_2fa: Requirement::HrAdmin,
            recent_2fa_minutes: 15,
            pseudo_localise: false,
            oidc_issuer: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_name: "your company account".into(),
            oidc_provision: false,
            oidc_group_roles: String::new(),
            oidc_groups_claim: "groups".into(),
            oidc_only: false,
        }
    }
}

/// A configured single sign-on provider (the `oidc_*` settings, checked).
#[derive(Debug, Clone)]
pub struct SingleSignOnSettings {
    pub issuer: String,
    /// The issuer's scheme, host and port: what the staff pages' `form-action` allows.
    pub issuer_origin: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub name: String,
    /// The group mapping, when just-in-time accounts are on.
    pub provision: Option<GroupRoles>,
    pub groups_claim: String,
    pub only: bool,
    /// Where the provider sends the browser back.
    pub redirect_url: String,
    /// Where the provider's sign-out sends the browser back.
    pub signed_out_url: String,
}

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid configuration: {0}")]
    Invalid(#[from] Box<rocket::figment::Error>),
    #[error(
        "ROCKET_SECRET_KEY must be set in release when the database is not the embedded SQLite file"
    )]
    MissingSecretKey,
    #[error("cannot read or create the secret key file {path}: {source}")]
    SecretKeyFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("public_url must start with http:// or https://")]
    PublicUrl,
    #[error("clamav_url: {0}")]
    ClamavUrl(String),
    #[error("single sign-on: {0}")]
    Oidc(String),
}

impl From<rocket::figment::Error> for ConfigError {
    fn from(error: rocket::figment::Error) -> Self {
        Self::Invalid(Box::new(error))
    }
}

impl Settings {
    /// Reads the settings out of a figment built by [`figment`].
    pub fn from_figment(figment: &Figment) -> Result<Self, ConfigError> {
        let settings: Settings = figment.extract()?;
        if !(settings.public_url.starts_with("http://")
            || settings.public_url.starts_with("https://"))
        {
            return Err(ConfigError::PublicUrl);
        }
        settings.clamav_address()?;
        settings.single_sign_on()?;
        Ok(settings)
    }

    /// The single sign-on provider, when one is configured, checked whole: a half
    /// configuration is an error at start, not a broken button.
    pub fn single_sign_on(&self) -> Result<Option<SingleSignOnSettings>, ConfigError> {
        let set = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let error = |message: &str| Err(ConfigError::Oidc(message.to_owned()));
        let (issuer, client_id) = match (set(&self.oidc_issuer), set(&self.oidc_client_id)) {
            (Some(issuer), Some(client_id)) => (issuer, client_id),
            (None, None) if self.oidc_only || self.oidc_provision => {
                return error("oidc_only and oidc_provision need oidc_issuer and oidc_client_id");
            }
            (None, None) => return Ok(None),
            _ => return error("set both oidc_issuer and oidc_client_id, or neither"),
        };
        if !(issuer.starts_with("https://") || issuer.starts_with("http://")) {
            return error("oidc_issuer must be an http(s) URL");
        }
        let group_roles = GroupRoles::parse(&self.oidc_group_roles)
            .map_err(|e| ConfigError::Oidc(format!("oidc_group_roles: {e}")))?;
        if self.oidc_provision && group_roles.is_empty() {
            return error(
                "oidc_provision needs oidc_group_roles: new accounts come only from a mapped group",
            );
        }
        let host_at = issuer.find("://").map_or(0, |i| i + 3);
        let issuer_origin = issuer[host_at..]
            .find('/')
            .map_or(issuer.as_str(), |end| &issuer[..host_at + end])
            .to_owned();
        Ok(Some(SingleSignOnSettings {
            issuer_origin,
            issuer,
            client_id,
            client_secret: set(&self.oidc_client_secret),
            name: self.oidc_name.trim().to_owned(),
            provision: self.oidc_provision.then_some(group_roles),
            groups_claim: self.oidc_groups_claim.trim().to_owned(),
            only: self.oidc_only,
            redirect_url: format!("{}/staff/login/sso/callback", self.base_url()),
            signed_out_url: format!("{}/staff/login", self.base_url()),
        }))
    }

    /// Where clamd listens, if a scanner is configured.
    pub fn clamav_address(&self) -> Result<Option<ScannerAddress>, ConfigError> {
        self.clamav_url
            .as_deref()
            .filter(|url| !url.trim().is_empty())
            .map(ScannerAddress::parse)
            .transpose()
            .map_err(ConfigError::ClamavUrl)
    }

    /// True when the database is a SQLite file (the embedded setup).
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    /// The public URL without a trailing slash, for building absolute links.
    pub fn base_url(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }

    /// When failed sign-ins slow down and lock.
    pub fn login_policy(&self) -> LoginPolicy {
        let step = std::time::Duration::from_millis(self.login_delay_ms);
        LoginPolicy {
            delay_step: step,
            max_delay: step * 5,
            lock_after: self.login_lock_after.max(1),
            lock_for: chrono::TimeDelta::minutes(i64::from(self.login_lock_minutes)),
            ..LoginPolicy::default()
        }
    }

    /// How long a second factor counts as recent.
    pub fn recent_second_factor(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::minutes(i64::from(self.recent_2fa_minutes.max(1)))
    }

    /// How long staff sessions live.
    pub fn session_policy(&self) -> SessionPolicy {
        SessionPolicy {
            idle: chrono::TimeDelta::minutes(i64::from(self.session_idle_minutes.max(1))),
            lifetime: chrono::TimeDelta::hours(i64::from(self.session_hours.max(1))),
        }
    }

    /// Whether the portal is served over TLS (as seen by the browser).
    pub fn behind_tls(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Rocket's figment (Rocket.toml, `ROCKET_*`) with our defaults under it and the
/// `CAREERS_*` environment over it. In the release profile a missing secret key is taken
/// from (or generated into) `secret_key_file`, but only for the embedded SQLite setup:
/// a production database demands an explicit, shared `ROCKET_SECRET_KEY`.
pub fn figment() -> Result<Figment, ConfigError> {
    let figment = Figment::from(Serialized::defaults(Settings::default()))
        .merge(rocket::Config::figment())
        .merge(Env::prefixed("CAREERS_").global());
    with_secret_key(figment)
}

fn with_secret_key(figment: Figment) -> Result<Figment, ConfigError> {
    if figment.profile() != rocket::Config::RELEASE_PROFILE {
        return Ok(figment);
    }
    if secret_key(&figment).is_some_and(|key| !key.is_zero()) {
        return Ok(figment);
    }
    let settings = Settings::from_figment(&figment)?;
    if !settings.is_sqlite() {
        return Err(ConfigError::MissingSecretKey);
    }
    let key = load_or_create_key(&settings.secret_key_file)?;
    tracing::warn!(
        path = %settings.secret_key_file.display(),
        "no ROCKET_SECRET_KEY set: using the generated key file (set the variable in production)"
    );
    Ok(figment.merge(("secret_key", key)))
}

/// The configured secret key, if any parses.
fn secret_key(figment: &Figment) -> Option<rocket::config::SecretKey> {
    figment.extract_inner("secret_key").ok()
}

fn load_or_create_key(path: &Path) -> Result<String, ConfigError> {
    use base64::Engine;
    let error = |source| ConfigError::SecretKeyFile {
        path: path.to_owned(),
        source,
    };
    match std::fs::read_to_string(path) {
        Ok(key) if !key.trim().is_empty() => return Ok(key.trim().to_owned()),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(error(e)),
    }
    let mut bytes = [0u8; 64];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
    let key = base64::engine::general_purpose::STANDARD.encode(bytes);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(error)?;
    }
    write_private(path, &key).map_err(error)?;
    Ok(key)
}

/// Writes a file readable by its owner only.
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(contents.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_has_a_working_default() {
        let settings =
            Settings::from_figment(&Figment::from(Serialized::defaults(Settings::default())))
                .expect("defaults parse");
        assert!(settings.is_sqlite());
        assert_eq!(settings.max_resume_bytes, 10 * 1024 * 1024);
        assert_eq!(settings.base_url(), "http://127.0.0.1:8000");
    }

    #[test]
    fn a_public_url_without_scheme_is_refused() {
        let figment = Figment::from(Serialized::defaults(Settings::default()))
            .merge(("public_url", "careers.example.com"));
        assert!(matches!(
            Settings::from_figment(&figment),
            Err(ConfigError::PublicUrl)
        ));
    }

    #[test]
    fn release_with_postgres_and_no_key_refuses_to_start() {
        let figment = Figment::from(Serialized::defaults(Settings::default()))
            .merge(("database_url", "postgres://localhost/careers"))
            .select(rocket::Config::RELEASE_PROFILE);
        assert!(matches!(
            with_secret_key(figment),
            Err(ConfigError::MissingSecretKey)
        ));
    }

    #[test]
    fn release_with_sqlite_and_no_key_keeps_one_generated_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let key_file = dir.path().join("nested/secret.key");
        let figment = || {
            Figment::from(Serialized::defaults(Settings::default()))
                .merge(("secret_key_file", key_file.clone()))
                .select(rocket::Config::RELEASE_PROFILE)
        };
        let first = secret_key(&with_secret_key(figment()).expect("first start")).expect("a key");
        let second = secret_key(&with_secret_key(figment()).expect("second start")).expect("a key");
        assert!(!first.is_zero());
        assert_eq!(first, second, "the key survives a restart");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&key_file)
                .expect("key file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "the key file is private");
        }
    }
}
