//! Staff single sign-on against a real OpenID provider: oidc-provider (OpenID
//! certified), started from tests/support/oidc on a free port for each test. The
//! browser's part at the provider is walked with plain HTTP; the portal's part through
//! the test client. Hostile answers come from the harness's tamper modes, which re-sign
//! (or unsign) the ID token the provider issued.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;

use careers::entities::{audit_event, staff_session, staff_user};
use careers::web::cookies::SINGLE_SIGN_ON;
use rocket::figment::value::Value;
use rocket::http::{Cookie, Status};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::{Answer, PASSWORD, TestApp, on_each_backend_configured, read_answer};

const SITE: &str = "https://careers.example.test";

/// The provider's folder; `npm ci` runs there once per test binary when its modules
/// are missing.
fn harness_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/support/oidc")
}

fn install_harness() {
    static INSTALLED: Mutex<bool> = Mutex::new(false);
    let mut installed = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    if *installed {
        return;
    }
    let dir = harness_dir();
    if !dir.join("node_modules/oidc-provider/package.json").exists() {
        let status = Command::new("npm")
            .args([
                "ci",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
            ])
            .current_dir(&dir)
            .status()
            .expect("npm runs (Node.js and npm are needed by the single sign-on tests)");
        assert!(status.success(), "npm ci in tests/support/oidc failed");
    }
    *installed = true;
}

/// A running provider; killed when dropped.
struct IdProvider {
    child: Child,
    port: u16,
    http: reqwest::Client,
}

impl Drop for IdProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl IdProvider {
    /// Starts a provider whose accounts are `accounts` (id -> claims; an id not listed is
    /// a verified email).
    fn start(accounts: serde_json::Value) -> Self {
        install_harness();
        let mut child = Command::new("node")
            .arg("provider.mjs")
            .arg(format!("{SITE}/staff/login/sso/callback"))
            .arg(format!("{SITE}/staff/login"))
            .current_dir(harness_dir())
            .env("OIDC_ACCOUNTS", accounts.to_string())
            .stdout(Stdio::piped())
            // Its start-up warnings (Node.js 20, the in-memory store) are noise here;
            // CAREERS_TEST_OIDC_LOG=1 shows what it says.
            .stderr(if std::env::var_os("CAREERS_TEST_OIDC_LOG").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("node starts the provider");
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        stdout
            .read_line(&mut line)
            .expect("the provider says where it listens");
        // Read to the end: a closed pipe would stop the provider at its next line.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let port = line
            .trim()
            .strip_prefix("listening ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the provider did not start: {line:?}"));
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self { child, port, http }
    }

    fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The portal's settings for this provider.
    fn settings(&self, more: &[(&'static str, Value)]) -> Vec<(&'static str, Value)> {
        let mut settings = vec![
            ("oidc_issuer", Value::from(self.issuer())),
            ("oidc_client_id", Value::from("careers")),
            ("oidc_client_secret", Value::from("careers-test-secret")),
            ("oidc_name", Value::from("Panopto Okta")),
        ];
        settings.extend(more.iter().cloned());
        settings
    }

    async fn tamper(&self, mode: &str) {
        let answer = self
            .http
            .post(format!("{}/_test/tamper?mode={mode}", self.issuer()))
            .send()
            .await
            .expect("tamper");
        assert!(answer.status().is_success());
    }

    /// Walks the browser through the provider as `login_hint`, from the authorization
    /// URL to the redirect back to the portal: the path and query of that redirect.
    async fn authorize(&self, authorization_url: &str, login_hint: &str) -> String {
        let mut url = format!("{authorization_url}&login_hint={login_hint}");
        let mut cookies: Vec<(String, String)> = Vec::new();
        for _ in 0..12 {
            let header: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let answer = self
                .http
                .get(&url)
                .header("cookie", header.join("; "))
                .send()
                .await
                .expect("the provider answers");
            for set in answer.headers().get_all("set-cookie") {
                let pair = set.to_str().expect("ascii").split(';').next().unwrap_or("");
                if let Some((name, value)) = pair.split_once('=') {
                    cookies.retain(|(k, _)| k != name);
                    if !value.is_empty() {
                        cookies.push((name.to_owned(), value.to_owned()));
                    }
                }
            }
            let location = answer
                .headers()
                .get("location")
                .unwrap_or_else(|| panic!("no redirect from {url}: {}", answer.status()))
                .to_str()
                .expect("ascii")
                .to_owned();
            if let Some(back) = location.strip_prefix(SITE) {
                return back.to_owned();
            }
            url = if location.starts_with('/') {
                format!("{}{location}", self.issuer())
            } else {
                location
            };
        }
        panic!("the provider never sent the browser back");
    }
}

/// Starts a single sign-on at the portal: the provider's authorization URL.
async fn begin(app: &TestApp) -> String {
    let started = app.get("/staff/login/sso?next=/staff/jobs").await;
    assert_eq!(started.status, Status::SeeOther, "{}", started.body);
    started
        .header("location")
        .expect("to the provider")
        .to_owned()
}

/// The whole sign-in as `who`: the portal's answer to the provider's redirect.
async fn sign_in_with(app: &TestApp, provider: &IdProvider, who: &str) -> Answer {
    let to_provider = begin(app).await;
    let back = provider.authorize(&to_provider, who).await;
    app.get(&back).await
}

fn signed_in(answer: &Answer) {
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    assert_eq!(answer.header("location"), Some("/staff/jobs"));
}

async fn refused_as(app: &TestApp, answer: &Answer, status: Status, reason: &str) {
    assert_eq!(answer.status, status, "{reason}: {}", answer.body);
    assert!(answer.body.contains("Not signed in"), "{}", answer.body);
    assert_eq!(
        app.get("/staff").await.status,
        Status::SeeOther,
        "{reason}: still signed out"
    );
    let last = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("login.failed"))
        .order_by_desc(audit_event::Column::Id)
        .one(&app.db)
        .await
        .expect("audit")
        .unwrap_or_else(|| panic!("{reason}: no audit event"));
    let detail: serde_json::Value =
        serde_json::from_str(&last.detail.expect("detail")).expect("json");
    assert_eq!(detail["method"], "sso");
    assert_eq!(detail["reason"], reason);
}

#[rocket::async_test]
async fn a_verified_email_of_an_active_account_signs_in_and_out_at_the_provider() {
    let provider = IdProvider::start(serde_json::json!({}));
    on_each_backend_configured(&provider.settings(&[]), async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        let login = app.get("/staff/login").await;
        assert!(
            login.body.contains("Sign in with Panopto Okta"),
            "{}",
            login.body
        );
        assert!(
            login
                .body
                .contains("href=\"/staff/login/sso?next=%2Fstaff\"")
        );

        let to_provider = begin(app).await;
        assert!(to_provider.starts_with(&format!("{}/auth?", provider.issuer())));
        for part in [
            "code_challenge_method=S256",
            "state=",
            "nonce=",
            "scope=openid",
        ] {
            assert!(to_provider.contains(part), "{part} in {to_provider}");
        }
        // The case of the provider's email does not matter.
        let back = provider.authorize(&to_provider, "Rita@Panopto.test").await;
        let answer = app.get(&back).await;
        signed_in(&answer);
        let jobs = app.get("/staff/jobs").await;
        assert_eq!(jobs.status, Status::Ok);
        // The sign-out form on staff pages may lead on to the provider (form-action
        // covers the redirects after a form); public pages stay 'self' only.
        let csp = jobs.header("content-security-policy").expect("csp");
        assert!(
            csp.contains(&format!("form-action 'self' {};", provider.issuer())),
            "{csp}"
        );
        let public = app.get("/jobs").await;
        let csp = public.header("content-security-policy").expect("csp");
        assert!(csp.contains("form-action 'self';"), "{csp}");
        let session = staff_session::Entity::find()
            .filter(staff_session::Column::StaffUserId.eq(member.id))
            .filter(staff_session::Column::RevokedAt.is_null())
            .one(&app.db)
            .await
            .expect("query")
            .expect("a session");
        assert_eq!(session.methods, "sso");
        let event = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("login.succeeded"))
            .one(&app.db)
            .await
            .expect("audit")
            .expect("sign-in audited");
        let detail: serde_json::Value =
            serde_json::from_str(&event.detail.expect("detail")).expect("json");
        assert_eq!(detail["methods"], "sso");

        // Signing out ends the session here and goes on to the provider's end-session
        // endpoint with the ID token as a hint; the provider's form comes back.
        let out = app.post_with_csrf("/staff/logout", &[]).await;
        assert_eq!(out.status, Status::SeeOther);
        let end_session = out.header("location").expect("onward").to_owned();
        assert!(
            end_session.starts_with(&format!("{}/session/end?", provider.issuer())),
            "{end_session}"
        );
        assert!(end_session.contains("id_token_hint="), "{end_session}");
        assert!(end_session.contains("post_logout_redirect_uri="));
        let at_provider = provider.http.get(&end_session).send().await.expect("end");
        assert_eq!(at_provider.status(), 200, "the provider takes the hint");
        assert_eq!(app.get("/staff").await.status, Status::SeeOther);
        assert!(
            app.client.cookies().get_private(SINGLE_SIGN_ON).is_none(),
            "the ID token left with the session"
        );

        // A password sign-in over a single sign-on never signed out: its sign-out
        // stays at the portal, with no stale ID token sent to the provider.
        signed_in(&sign_in_with(app, &provider, &member.email).await);
        app.sign_in_as(&member).await;
        let out = app.post_with_csrf("/staff/logout", &[]).await;
        assert_eq!(out.header("location"), Some("/staff/login"));
    })
    .await;
}

#[rocket::async_test]
async fn a_wrong_state_a_replayed_code_and_a_declined_sign_in_are_refused() {
    let provider = IdProvider::start(serde_json::json!({}));
    on_each_backend_configured(&provider.settings(&[]), async |app| {
        app.add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        // Another state than the one this browser left with.
        let to_provider = begin(app).await;
        let back = provider.authorize(&to_provider, "rita@panopto.test").await;
        let forged = regex::Regex::new("state=[^&]+")
            .expect("regex")
            .replace(&back, "state=forged")
            .into_owned();
        let answer = app.get(&forged).await;
        refused_as(app, &answer, Status::BadRequest, "not_started").await;
        // The sign-in it belonged to was used up by that answer.
        let answer = app.get(&back).await;
        refused_as(app, &answer, Status::BadRequest, "not_started").await;

        // A code used once, sent again with the same sealed cookie: the provider
        // refuses the second exchange.
        let to_provider = begin(app).await;
        let carried = app
            .client
            .cookies()
            .get_private(SINGLE_SIGN_ON)
            .expect("pending")
            .value()
            .to_owned();
        let back = provider.authorize(&to_provider, "rita@panopto.test").await;
        signed_in(&app.get(&back).await);
        app.post_with_csrf("/staff/logout", &[]).await;
        let replayed = app
            .client
            .get(back.clone())
            .private_cookie(Cookie::build((SINGLE_SIGN_ON, carried)).path("/staff"));
        let answer = read_answer(replayed.dispatch().await).await;
        refused_as(app, &answer, Status::Forbidden, "token_rejected").await;

        // The provider sends back an error (the person cancelled).
        begin(app).await;
        let cookie = app
            .client
            .cookies()
            .get_private(SINGLE_SIGN_ON)
            .expect("pending");
        let pending: serde_json::Value = serde_json::from_str(cookie.value()).expect("json");
        let state = pending["Pending"]["state"]
            .as_str()
            .expect("state")
            .to_owned();
        let answer = app
            .get(&format!(
                "/staff/login/sso/callback?error=access_denied&state={state}"
            ))
            .await;
        refused_as(app, &answer, Status::Forbidden, "provider_declined").await;

        // No sign-in started at all.
        let answer = app
            .get("/staff/login/sso/callback?code=abc&state=abc")
            .await;
        refused_as(app, &answer, Status::BadRequest, "not_started").await;
    })
    .await;
}

#[rocket::async_test]
async fn id_tokens_that_do_not_check_out_are_refused() {
    let provider = IdProvider::start(serde_json::json!({}));
    on_each_backend_configured(&provider.settings(&[]), async |app| {
        app.add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        for mode in [
            "wrong_aud",
            "wrong_issuer",
            "expired",
            "wrong_nonce",
            "alg_none",
            "hmac",
            "unknown_key",
        ] {
            provider.tamper(mode).await;
            let answer = sign_in_with(app, &provider, "rita@panopto.test").await;
            refused_as(app, &answer, Status::Forbidden, "token_rejected").await;
            assert!(
                answer.body.contains("could not be trusted"),
                "{mode}: {}",
                answer.body
            );
        }
        provider.tamper("off").await;
        signed_in(&sign_in_with(app, &provider, "rita@panopto.test").await);
    })
    .await;
}

#[rocket::async_test]
async fn a_rotated_signing_key_is_fetched_when_a_token_names_it() {
    let provider = IdProvider::start(serde_json::json!({}));
    on_each_backend_configured(&provider.settings(&[]), async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        // The portal reads the provider's keys at the first sign-in...
        signed_in(&sign_in_with(app, &provider, &member.email).await);
        app.post_with_csrf("/staff/logout", &[]).await;
        // ...then the provider signs with a new key its JWKS now also lists.
        provider.tamper("rotated").await;
        signed_in(&sign_in_with(app, &provider, &member.email).await);
        provider.tamper("off").await;
    })
    .await;
}

#[rocket::async_test]
async fn unverified_unknown_and_deactivated_people_are_refused() {
    let provider = IdProvider::start(serde_json::json!({
        "unverified@panopto.test": { "email_verified": false },
        "no-email": { "email": null },
    }));
    on_each_backend_configured(&provider.settings(&[]), async |app| {
        let unverified = app
            .add_staff("unverified@panopto.test", "recruiter", &["US"])
            .await;
        let gone = app
            .add_staff("gone@panopto.test", "recruiter", &["US"])
            .await;
        staff_user::Entity::update_many()
            .col_expr(staff_user::Column::Active, Expr::value(false))
            .filter(staff_user::Column::Id.eq(gone.id))
            .exec(&app.db)
            .await
            .expect("deactivate");

        let answer = sign_in_with(app, &provider, &unverified.email).await;
        refused_as(app, &answer, Status::Forbidden, "unverified_email").await;
        assert!(answer.body.contains("has not verified your email"));

        let answer = sign_in_with(app, &provider, "stranger@panopto.test").await;
        refused_as(app, &answer, Status::Forbidden, "no_account").await;
        let unknown_page = answer.body.clone();

        let answer = sign_in_with(app, &provider, &gone.email).await;
        refused_as(app, &answer, Status::Forbidden, "deactivated").await;
        let words = "There is no active staff account for your email address.";
        assert!(unknown_page.contains(words) && answer.body.contains(words));
        assert!(
            !answer.body.contains("deactivated"),
            "a closed account reads as none"
        );

        let answer = sign_in_with(app, &provider, "no-email").await;
        refused_as(app, &answer, Status::Forbidden, "no_email").await;
        assert_eq!(app.count("staff_sessions").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn a_mapped_group_creates_the_account_and_nothing_else_does() {
    let provider = IdProvider::start(serde_json::json!({
        "new.recruiter@panopto.test": { "name": "Zoë Ng", "groups": ["staff", "careers-emea"] },
        "outsider@panopto.test": { "groups": ["staff"] },
    }));
    let more = [
        ("oidc_provision", Value::from(true)),
        (
            "oidc_group_roles",
            Value::from("careers-hr=hr_admin; careers-emea=recruiter:EMEA,APAC"),
        ),
    ];
    on_each_backend_configured(&provider.settings(&more), async |app| {
        let before = app.count("staff_users").await;
        let answer = sign_in_with(app, &provider, "outsider@panopto.test").await;
        refused_as(app, &answer, Status::Forbidden, "no_account").await;
        assert_eq!(app.count("staff_users").await, before);

        signed_in(&sign_in_with(app, &provider, "new.recruiter@panopto.test").await);
        let user = staff_user::Entity::find()
            .filter(staff_user::Column::Email.eq("new.recruiter@panopto.test"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("created");
        assert_eq!(user.role, "recruiter");
        assert_eq!(user.display_name, "Zoë Ng");
        assert!(user.password_hash.is_none(), "no password to guess");
        let created = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("user.created"))
            .one(&app.db)
            .await
            .expect("audit")
            .expect("creation audited");
        assert_eq!(created.actor_label, "system");
        assert_eq!(created.actor_staff_user_id, None);
        let dashboard = app.get("/staff").await;
        assert_eq!(dashboard.status, Status::Ok);
        // Scoped to the mapped affiliates: a US job's application answers 404.
        let us_job = app.add_job("US role", |_| {}).await;
        let application = app
            .apply(&us_job, "Ana López", "ana@example.test", "Resume text")
            .await;
        assert_eq!(
            app.get(&format!("/staff/applications/{application}"))
                .await
                .status,
            Status::NotFound
        );
        // The second time, the account exists: no second one.
        app.post_with_csrf("/staff/logout", &[]).await;
        signed_in(&sign_in_with(app, &provider, "new.recruiter@panopto.test").await);
        assert_eq!(app.count("staff_users").await, before + 1);
    })
    .await;
}

#[rocket::async_test]
async fn single_sign_on_only_keeps_passwords_for_hr_admins() {
    let provider = IdProvider::start(serde_json::json!({}));
    let more = [("oidc_only", Value::from(true))];
    on_each_backend_configured(&provider.settings(&more), async |app| {
        let recruiter = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        let admin = app.add_staff("hana@panopto.test", "hr_admin", &[]).await;
        let login = app.get("/staff/login").await;
        assert!(login.body.contains("break-glass"), "{}", login.body);

        let answer = app.sign_in(&recruiter.email, PASSWORD).await;
        assert_eq!(answer.status, Status::Unauthorized, "{}", answer.body);
        assert!(answer.body.contains("The email or password is not right."));
        app.sign_in_as(&admin).await;
        app.post_with_csrf("/staff/logout", &[]).await;
        signed_in(&sign_in_with(app, &provider, &recruiter.email).await);
    })
    .await;
}

#[rocket::async_test]
async fn a_second_factor_is_still_asked_after_single_sign_on() {
    let provider = IdProvider::start(serde_json::json!({}));
    let more = [("require_2fa", Value::from("recruiter"))];
    on_each_backend_configured(&provider.settings(&more), async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        let to_provider = begin(app).await;
        let back = provider.authorize(&to_provider, &member.email).await;
        let answer = app.get(&back).await;
        assert_eq!(answer.status, Status::SeeOther);
        assert_eq!(
            answer.header("location"),
            Some("/staff/security?next=/staff/jobs")
        );
        assert_eq!(app.get("/staff/jobs").await.status, Status::SeeOther);
    })
    .await;
}

#[rocket::async_test]
async fn without_a_provider_there_is_no_single_sign_on() {
    on_each_backend_configured(&[], async |app| {
        assert_eq!(app.get("/staff/login/sso").await.status, Status::NotFound);
        assert_eq!(
            app.get("/staff/login/sso/callback?code=a&state=b")
                .await
                .status,
            Status::NotFound
        );
        assert!(!app.get("/staff/login").await.body.contains("Sign in with"));
    })
    .await;
}

#[test]
fn a_half_configured_provider_stops_the_portal_at_start() {
    let base = careers::config::figment().expect("figment");
    let issuer = ("oidc_issuer", Value::from("https://id.example.test"));
    let client = ("oidc_client_id", Value::from("careers"));
    for (settings, says) in [
        (vec![issuer.clone()], "set both"),
        (vec![("oidc_only", Value::from(true))], "need oidc_issuer"),
        (
            vec![
                issuer.clone(),
                client.clone(),
                ("oidc_provision", Value::from(true)),
            ],
            "needs oidc_group_roles",
        ),
        (
            vec![
                ("oidc_issuer", Value::from("ftp://id.example.test")),
                client.clone(),
            ],
            "http(s) URL",
        ),
        (
            vec![
                issuer.clone(),
                client.clone(),
                ("oidc_group_roles", Value::from("admins=root")),
            ],
            "oidc_group_roles",
        ),
    ] {
        let figment = settings
            .iter()
            .fold(base.clone(), |f, (k, v)| f.merge((*k, v.clone())));
        let error = careers::config::Settings::from_figment(&figment)
            .expect_err("refused")
            .to_string();
        assert!(error.contains(says), "{settings:?}: {error}");
    }
}

#[test]
fn the_provider_origin_allowed_in_form_action_is_the_issuers_scheme_host_and_port() {
    let base = careers::config::figment().expect("figment");
    for (issuer, origin) in [
        (
            "https://panopto.okta.com/oauth2/default",
            "https://panopto.okta.com",
        ),
        ("https://id.example.test", "https://id.example.test"),
        ("http://127.0.0.1:4444/", "http://127.0.0.1:4444"),
    ] {
        let figment = base
            .clone()
            .merge(("oidc_issuer", issuer))
            .merge(("oidc_client_id", "careers"));
        let settings = careers::config::Settings::from_figment(&figment).expect("settings");
        let sso = settings
            .single_sign_on()
            .expect("valid")
            .expect("configured");
        assert_eq!(sso.issuer_origin, origin, "{issuer}");
    }
}
