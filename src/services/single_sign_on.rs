//! The conversation with the company's OpenID provider: the authorization code flow with
//! PKCE, `state` and `nonce`, and the ID token checked (issuer, audience, signature by
//! a key of the provider's JWKS, expiry, nonce) before anything in it is believed.
//! What the checked identity may open is `domain::single_sign_on`; signing the account
//! in is `services::accounts::sign_in_verified`.

use std::time::{Duration, Instant};

use base64::Engine;
use chrono::{DateTime, Utc};
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreIdToken, CoreIdTokenVerifier, CoreJwsSigningAlgorithm,
};
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, EndSessionUrl,
    EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, LogoutRequest, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout,
    RedirectUrl, Scope, SignatureVerificationError, TokenResponse, reqwest,
};
use rocket::tokio::sync::RwLock;
use serde::{Deserialize, Serialize};

use crate::config::SingleSignOnSettings;
use crate::domain::single_sign_on::Identity;
use crate::keys::same_bytes;

/// How long a started sign-in may take at the provider.
pub const PENDING_FOR: chrono::TimeDelta = chrono::TimeDelta::minutes(10);
/// How long the provider's discovery document and keys are used before they are read
/// again (a token naming a key they lack reads them again at once).
const METADATA_FOR: Duration = Duration::from_secs(60 * 60);

/// Why the provider's part failed. Neither is shown beyond "not signed in": the detail
/// goes to the log, which holds no personal data (these are protocol errors).
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("the provider could not be reached or described itself wrongly: {0}")]
    Unreachable(String),
    #[error("the provider's answer was refused: {0}")]
    Rejected(String),
}

/// What the browser keeps, sealed in a private cookie, between leaving for the provider
/// and coming back: nothing of it is ever sent to the provider except the state.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pending {
    state: String,
    nonce: String,
    verifier: String,
    /// Where to go once signed in (already a safe path).
    pub next: String,
    started_at: DateTime<Utc>,
}

impl Pending {
    /// Whether the provider sent back the state this browser left with, in time.
    pub fn answers(&self, state: &str, now: DateTime<Utc>) -> bool {
        same_bytes(self.state.as_bytes(), state.as_bytes())
            && now >= self.started_at
            && now - self.started_at <= PENDING_FOR
    }
}

/// A checked ID token: who it names, and the token itself for the provider's sign-out.
#[derive(Debug)]
pub struct Verified {
    pub identity: Identity,
    pub id_token: String,
}

/// The provider as Rocket state: `None` when single sign-on is not configured.
pub struct SingleSignOn(pub Option<std::sync::Arc<Provider>>);

struct Fetched {
    metadata: ProviderMetadataWithLogout,
    at: Instant,
}

/// The configured provider, with its discovery document and keys cached.
pub struct Provider {
    pub settings: SingleSignOnSettings,
    http: reqwest::Client,
    fetched: RwLock<Option<Fetched>>,
}

impl Provider {
    pub fn new(settings: SingleSignOnSettings) -> Result<Self, Failure> {
        let http = reqwest::Client::builder()
            // Following redirects would let the provider's answers lead our server on.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| Failure::Unreachable(e.to_string()))?;
        Ok(Self {
            settings,
            http,
            fetched: RwLock::new(None),
        })
    }

    /// The discovery document (with the JWKS), read again when `fresh` or when old.
    async fn metadata(&self, fresh: bool) -> Result<ProviderMetadataWithLogout, Failure> {
        if !fresh
            && let Some(fetched) = self.fetched.read().await.as_ref()
            && fetched.at.elapsed() < METADATA_FOR
        {
            return Ok(fetched.metadata.clone());
        }
        let issuer = IssuerUrl::new(self.settings.issuer.clone())
            .map_err(|e| Failure::Unreachable(e.to_string()))?;
        // discover_async checks that the document names this issuer, and reads the JWKS.
        let metadata = ProviderMetadataWithLogout::discover_async(issuer, &self.http)
            .await
            .map_err(|e| Failure::Unreachable(error_chain(&e)))?;
        *self.fetched.write().await = Some(Fetched {
            metadata: metadata.clone(),
            at: Instant::now(),
        });
        Ok(metadata)
    }

    fn client(&self, metadata: ProviderMetadataWithLogout) -> Result<Client, Failure> {
        let redirect = RedirectUrl::new(self.settings.redirect_url.clone())
            .map_err(|e| Failure::Unreachable(e.to_string()))?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.settings.client_id.clone()),
            self.settings.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect))
    }

    /// Where to send the browser to sign in, and what it keeps until it comes back.
    pub async fn begin(
        &self,
        next: &str,
        now: DateTime<Utc>,
    ) -> Result<(String, Pending), Failure> {
        let metadata = self.metadata(false).await?;
        let offers_groups = metadata
            .scopes_supported()
            .is_some_and(|scopes| scopes.iter().any(|s| s.as_str() == "groups"));
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let client = self.client(metadata)?;
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge);
        // Providers that put groups in the token only when asked (Okta, oidc-provider).
        if offers_groups && self.settings.provision.is_some() {
            request = request.add_scope(Scope::new("groups".into()));
        }
        let (url, state, nonce) = request.url();
        Ok((
            url.to_string(),
            Pending {
                state: state.secret().clone(),
                nonce: nonce.secret().clone(),
                verifier: verifier.secret().clone(),
                next: next.to_owned(),
                started_at: now,
            },
        ))
    }

    /// Exchanges the code (with the PKCE verifier) and checks the ID token. The caller
    /// has checked the state ([`Pending::answers`]).
    pub async fn finish(&self, pending: Pending, code: &str) -> Result<Verified, Failure> {
        let metadata = self.metadata(false).await?;
        let client = self.client(metadata)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| Failure::Unreachable(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| Failure::Rejected(error_chain(&e)))?;
        let token = response
            .id_token()
            .ok_or_else(|| Failure::Rejected("no ID token in the token response".into()))?
            .clone();
        let nonce = Nonce::new(pending.nonce);
        let checked = match check(&verifier(&client), &token, &nonce) {
            // A key the cached JWKS lacks: the provider may have rotated its keys. The
            // token came over the back channel, so reading the keys again cannot be set
            // off by a stranger.
            Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )) => {
                let client = self.client(self.metadata(true).await?)?;
                check(&verifier(&client), &token, &nonce)
            }
            other => other,
        };
        let (email, email_verified, name) =
            checked.map_err(|e| Failure::Rejected(error_chain(&e)))?;
        let id_token = token.to_string();
        Ok(Verified {
            identity: Identity {
                email,
                email_verified,
                name,
                groups: groups_of(&id_token, &self.settings.groups_claim),
            },
            id_token,
        })
    }

    /// The provider's end-session address for this ID token, when it has one.
    pub async fn sign_out_url(&self, id_token: &str) -> Option<String> {
        let metadata = self.metadata(false).await.ok()?;
        let endpoint: EndSessionUrl = metadata
            .additional_metadata()
            .end_session_endpoint
            .clone()?;
        let token: CoreIdToken = id_token.parse().ok()?;
        let back = PostLogoutRedirectUrl::new(self.settings.signed_out_url.clone()).ok()?;
        Some(
            LogoutRequest::from(endpoint)
                .set_id_token_hint(&token)
                .set_client_id(ClientId::new(self.settings.client_id.clone()))
                .set_post_logout_redirect_uri(back)
                .http_get_url()
                .to_string(),
        )
    }
}

/// The client as discovery makes it: authorization and token endpoints from the document.
type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The ID token verifier: the provider's keys, issuer and our client id, and only
/// signatures by a private key. HMAC (keyed with the client secret, which the portal
/// also holds) and `none` are refused even when the provider lists them.
fn verifier(client: &Client) -> CoreIdTokenVerifier<'_> {
    use CoreJwsSigningAlgorithm as Alg;
    client.id_token_verifier().set_allowed_algs([
        Alg::RsaSsaPkcs1V15Sha256,
        Alg::RsaSsaPkcs1V15Sha384,
        Alg::RsaSsaPkcs1V15Sha512,
        Alg::RsaSsaPssSha256,
        Alg::RsaSsaPssSha384,
        Alg::RsaSsaPssSha512,
        Alg::EcdsaP256Sha256,
        Alg::EcdsaP384Sha384,
        Alg::EcdsaP521Sha512,
        Alg::EdDsa,
    ])
}

/// Verifies the token's signature and claims; its email, whether verified, and name.
fn check(
    verifier: &CoreIdTokenVerifier<'_>,
    token: &CoreIdToken,
    nonce: &Nonce,
) -> Result<(Option<String>, bool, Option<String>), ClaimsVerificationError> {
    let claims = token.claims(verifier, nonce)?;
    Ok((
        claims.email().map(|e| e.as_str().to_owned()),
        claims.email_verified() == Some(true),
        claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned()),
    ))
}

/// The groups the (already verified) token lists under `claim`; none when absent.
fn groups_of(id_token: &str, claim: &str) -> Vec<String> {
    let Some(payload) = id_token.split('.').nth(1) else {
        return Vec::new();
    };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload) else {
        return Vec::new();
    };
    let Ok(claims) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Vec::new();
    };
    match claims.get(claim) {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|g| g.as_str().map(str::to_owned))
            .collect(),
        // Some providers send a single group as a string.
        Some(serde_json::Value::String(one)) => vec![one.clone()],
        _ => Vec::new(),
    }
}

/// An error with its causes, for the log.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token_with(claims: serde_json::Value) -> String {
        let b64 = |v: &serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        format!(
            "{}.{}.sig",
            b64(&serde_json::json!({"alg": "RS256"})),
            b64(&claims)
        )
    }

    #[test]
    fn groups_come_from_the_configured_claim_as_a_list_or_one_string() {
        let token = token_with(serde_json::json!({"groups": ["a", 7, "b"], "roles": "hr"}));
        assert_eq!(groups_of(&token, "groups"), ["a", "b"]);
        assert_eq!(groups_of(&token, "roles"), ["hr"]);
        assert!(groups_of(&token, "missing").is_empty());
        assert!(groups_of("not a token", "groups").is_empty());
        assert!(groups_of("a.%%%.c", "groups").is_empty());
    }

    #[test]
    fn a_pending_sign_in_answers_only_its_own_state_in_time() {
        let now = Utc::now();
        let pending = Pending {
            state: "s3cret-state".into(),
            nonce: "n".into(),
            verifier: "v".into(),
            next: "/staff".into(),
            started_at: now,
        };
        assert!(pending.answers("s3cret-state", now + chrono::TimeDelta::minutes(9)));
        assert!(!pending.answers("s3cret-statf", now));
        assert!(!pending.answers("", now));
        assert!(!pending.answers("s3cret-state", now + chrono::TimeDelta::minutes(11)));
        assert!(!pending.answers("s3cret-state", now - chrono::TimeDelta::minutes(1)));
    }
}
