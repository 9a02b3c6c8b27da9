//! Passkeys and security keys as second factors, through the portal's forms, answered
//! by a software authenticator written here to the WebAuthn format (a P-256 key, "none"
//! attestation, CBOR): what a browser would send after `navigator.credentials`. The
//! browser suite does the same with Chromium's virtual authenticator.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use careers::entities::{audit_event, staff_passkey, staff_session};
use p256::ecdsa::{Signature, SigningKey, signature::Signer};
use rocket::figment::value::Value;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_cbor_2::Value as Cbor;
use sha2::{Digest, Sha256};

use crate::helpers::{
    Answer, Member, PASSWORD, TestApp, on_each_backend, on_each_backend_configured,
};

const ORIGIN: &str = "https://careers.example.test";

/// A security key: one P-256 credential and its signature counter.
#[derive(Clone)]
struct SoftKey {
    key: SigningKey,
    id: Vec<u8>,
    counter: u32,
    /// The origin it says the browser was at.
    origin: String,
}

fn cbor_map(entries: Vec<(Cbor, Cbor)>) -> Cbor {
    Cbor::Map(entries.into_iter().collect())
}

impl SoftKey {
    fn new() -> Self {
        let secret: [u8; 32] = rand::random();
        Self {
            key: SigningKey::from_bytes(&secret.into()).expect("a P-256 key"),
            id: rand::random::<[u8; 16]>().to_vec(),
            counter: 0,
            origin: ORIGIN.to_owned(),
        }
    }

    /// The public key as COSE (EC2, ES256).
    fn cose_key(&self) -> Vec<u8> {
        let point = self.key.verifying_key().to_sec1_point(false);
        let bytes = point.as_bytes();
        serde_cbor_2::to_vec(&cbor_map(vec![
            (Cbor::Integer(1), Cbor::Integer(2)),
            (Cbor::Integer(3), Cbor::Integer(-7)),
            (Cbor::Integer(-1), Cbor::Integer(1)),
            (Cbor::Integer(-2), Cbor::Bytes(bytes[1..33].to_vec())),
            (Cbor::Integer(-3), Cbor::Bytes(bytes[33..65].to_vec())),
        ]))
        .expect("cbor")
    }

    fn client_data(&self, kind: &str, options: &serde_json::Value) -> Vec<u8> {
        serde_json::json!({
            "type": kind,
            "challenge": options["publicKey"]["challenge"],
            "origin": self.origin,
            "crossOrigin": false,
        })
        .to_string()
        .into_bytes()
    }

    /// The answer to a registration's options: user present and verified, "none"
    /// attestation.
    fn register(&self, options: &serde_json::Value) -> String {
        let rp_id = options["publicKey"]["rp"]["id"].as_str().expect("rp id");
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        auth_data.push(0x01 | 0x04 | 0x40);
        auth_data.extend(self.counter.to_be_bytes());
        auth_data.extend([0u8; 16]);
        auth_data.extend((self.id.len() as u16).to_be_bytes());
        auth_data.extend(&self.id);
        auth_data.extend(self.cose_key());
        let attestation = serde_cbor_2::to_vec(&cbor_map(vec![
            (Cbor::Text("fmt".into()), Cbor::Text("none".into())),
            (Cbor::Text("attStmt".into()), cbor_map(vec![])),
            (Cbor::Text("authData".into()), Cbor::Bytes(auth_data)),
        ]))
        .expect("cbor");
        serde_json::json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "attestationObject": B64.encode(attestation),
                "clientDataJSON": B64.encode(self.client_data("webauthn.create", options)),
            },
            "extensions": {},
        })
        .to_string()
    }

    /// The answer to an authentication's options, the counter moved on by one.
    fn assert(&mut self, options: &serde_json::Value, rp_id: &str) -> String {
        self.counter += 1;
        let mut auth_data = Sha256::digest(rp_id.as_bytes()).to_vec();
        auth_data.push(0x01 | 0x04);
        auth_data.extend(self.counter.to_be_bytes());
        let client_data = self.client_data("webauthn.get", options);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature: Signature = self.key.sign(&signed);
        serde_json::json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "authenticatorData": B64.encode(auth_data),
                "clientDataJSON": B64.encode(client_data),
                "signature": B64.encode(signature.to_der().as_bytes()),
                "userHandle": null,
            },
            "extensions": {},
        })
        .to_string()
    }
}

/// The ceremony options a page carries in its JSON block.
fn options_in(page: &str, id: &str) -> serde_json::Value {
    let start = format!(r#"<script type="application/json" id="{id}">"#);
    let from = page
        .find(&start)
        .unwrap_or_else(|| panic!("no {id} options on the page: {page}"))
        + start.len();
    let to = from + page[from..].find("</script>").expect("the block ends");
    serde_json::from_str(&page[from..to]).expect("options are JSON")
}

async fn sign_out(app: &TestApp) {
    app.post_with_csrf("/staff/logout", &[]).await;
}

/// Registers `key` for the signed-in member under `name`: the answer to the finish.
async fn add(app: &TestApp, key: &SoftKey, name: &str) -> Answer {
    let started = app
        .post_with_csrf("/staff/security/passkeys/start", &[("name", name)])
        .await;
    assert_eq!(started.status, Status::Ok, "{}", started.body);
    let options = options_in(&started.body, "passkey-create");
    app.post_with_csrf(
        "/staff/security/passkeys/finish",
        &[("name", name), ("credential", &key.register(&options))],
    )
    .await
}

/// Signs in with the password and answers the second step with `key`.
async fn sign_in_with_key(app: &TestApp, member: &Member, key: &mut SoftKey) -> Answer {
    let signed = app.sign_in(&member.email, PASSWORD).await;
    assert_eq!(
        signed.header("location"),
        Some("/staff/login/second-factor?next=/staff")
    );
    let page = app.get("/staff/login/second-factor").await;
    let options = options_in(&page.body, "passkey-request");
    let answer = key.assert(&options, "careers.example.test");
    give(app, &answer).await
}

async fn give(app: &TestApp, credential: &str) -> Answer {
    app.post_with_csrf("/staff/login/second-factor", &[("credential", credential)])
        .await
}

async fn open_session(app: &TestApp, member: &Member) -> staff_session::Model {
    staff_session::Entity::find()
        .filter(staff_session::Column::StaffUserId.eq(member.id))
        .filter(staff_session::Column::RevokedAt.is_null())
        .order_by_desc(staff_session::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("an open session")
}

#[rocket::async_test]
async fn a_security_key_is_registered_then_asked_for_after_the_password() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let mut key = SoftKey::new();
        let added = add(app, &key, "YubiKey <5>").await;
        assert_eq!(added.status, Status::Ok, "{}", added.body);
        assert!(
            added.body.contains("Your recovery codes"),
            "the first factor brings codes"
        );
        assert_eq!(app.count("staff_recovery_codes").await, 10);
        let security = app.get("/staff/security").await;
        assert!(
            security.body.contains("YubiKey &lt;5&gt;"),
            "escaped name listed: {}",
            security.body
        );
        let stored = staff_passkey::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("stored");
        assert_eq!(stored.credential_id, B64.encode(&key.id));
        assert_eq!(open_session(app, &member).await.methods, "password,passkey");

        sign_out(app).await;
        let answer = sign_in_with_key(app, &member, &mut key).await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        assert_eq!(answer.header("location"), Some("/staff"));
        assert_eq!(app.get("/staff").await.status, Status::Ok);
        let session = open_session(app, &member).await;
        assert_eq!(session.methods, "password,passkey");
        assert!(
            session.webauthn_state.is_none(),
            "the challenge was used up"
        );
        let used = staff_passkey::Entity::find_by_id(stored.id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("still there");
        assert!(used.last_used_at.is_some());
        assert!(
            used.credential.contains("\"counter\":1"),
            "{}",
            used.credential
        );
        let passed = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("second_factor.passed"))
            .one(&app.db)
            .await
            .expect("audit")
            .expect("audited");
        assert!(passed.detail.unwrap_or_default().contains("passkey"));

        // A second key brings no new codes; both work.
        let second = SoftKey::new();
        let added = add(app, &second, "").await;
        assert_eq!(added.status, Status::Ok);
        assert!(
            added.body.contains("Passkey “Passkey 2” added."),
            "{}",
            added.body
        );
        // The same credential is not registered twice: for the member (the browser was
        // told to exclude it), nor for anyone else.
        let again = add(app, &second, "Again").await;
        assert_eq!(again.status, Status::UnprocessableEntity);
        let admin = app.add_staff("hana@panopto.test", "hr_admin", &[]).await;
        sign_out(app).await;
        app.sign_in_as(&admin).await;
        let borrowed = add(app, &second, "Borrowed").await;
        assert_eq!(borrowed.status, Status::UnprocessableEntity);
        assert!(
            borrowed.body.contains("registered already"),
            "{}",
            borrowed.body
        );
        assert_eq!(app.count("staff_passkeys").await, 2);

        // An HR admin's reset (the member lost their keys) removes them all.
        let reset = app
            .post_with_csrf(
                &format!("/admin/users/{}/second-factor/reset", member.id),
                &[],
            )
            .await;
        assert_eq!(reset.status, Status::SeeOther, "{}", reset.body);
        assert_eq!(app.count("staff_passkeys").await, 0);
        assert_eq!(app.count("staff_recovery_codes").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn answers_that_do_not_check_out_are_refused_and_counted() {
    let settings = [("login_lock_after", Value::from(20))];
    on_each_backend_configured(&settings, async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let mut key = SoftKey::new();
        assert_eq!(add(app, &key, "Key").await.status, Status::Ok);
        sign_out(app).await;

        app.sign_in(&member.email, PASSWORD).await;
        let page = app.get("/staff/login/second-factor").await;
        let options = options_in(&page.body, "passkey-request");
        let good = key.assert(&options, "careers.example.test");

        // Each of these is refused (401); each showing of the form is a new challenge.
        let rp = "careers.example.test";
        for what in [
            "garbage",
            "script",
            "empty object",
            "stranger",
            "other origin",
            "other rp",
        ] {
            let page = app.get("/staff/login/second-factor").await;
            let options = options_in(&page.body, "passkey-request");
            let credential = match what {
                "garbage" => "{not json".to_owned(),
                "script" => "<script>alert(1)</script>".to_owned(),
                "empty object" => "{}".to_owned(),
                "stranger" => SoftKey::new().assert(&options, rp),
                "other origin" => {
                    let mut phishing = key.clone();
                    phishing.origin = "https://careers.example.test.evil.example".into();
                    phishing.assert(&options, rp)
                }
                _ => key.clone().assert(&options, "evil.example"),
            };
            let answered = give(app, &credential).await;
            assert_eq!(
                answered.status,
                Status::Unauthorized,
                "{what}: {}",
                answered.body
            );
        }
        // The answer to an older challenge than the page's: refused.
        app.get("/staff/login/second-factor").await;
        let answered = give(app, &good).await;
        assert_eq!(answered.status, Status::Unauthorized, "stale challenge");
        // No challenge at all (that answer used it up): refused.
        let fresh = key.clone().assert(&options, rp);
        assert_eq!(give(app, &fresh).await.status, Status::Unauthorized);
        // Oversized: past the check (422), and past the form limit (413).
        let large = "x".repeat(20 * 1024);
        assert_eq!(give(app, &large).await.status, Status::UnprocessableEntity);
        let huge = "x".repeat(70 * 1024);
        assert_eq!(give(app, &huge).await.status, Status::PayloadTooLarge);
        let failed = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("second_factor.failed"))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(failed.len(), 8, "each refusal audited");

        // The real key, with a fresh challenge, still works; then a copy of it whose
        // counter went back (a cloned key) is refused.
        let mut cloned = key.clone();
        let page = app.get("/staff/login/second-factor").await;
        let options = options_in(&page.body, "passkey-request");
        let answered = give(app, &key.assert(&options, rp)).await;
        assert_eq!(answered.status, Status::SeeOther, "{}", answered.body);
        sign_out(app).await;
        app.sign_in(&member.email, PASSWORD).await;
        let page = app.get("/staff/login/second-factor").await;
        let options = options_in(&page.body, "passkey-request");
        cloned.counter = 0;
        let answered = give(app, &cloned.assert(&options, rp)).await;
        assert_eq!(
            answered.status,
            Status::Unauthorized,
            "a counter that went back"
        );
    })
    .await;
}

#[rocket::async_test]
async fn registration_answers_that_do_not_check_out_add_nothing() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let key = SoftKey::new();
        // Finishing without starting.
        let answer = app
            .post_with_csrf(
                "/staff/security/passkeys/finish",
                &[("name", "Key"), ("credential", "{}")],
            )
            .await;
        assert_eq!(answer.status, Status::UnprocessableEntity);
        assert!(answer.body.contains("not started here"), "{}", answer.body);
        // From another origin; for another challenge; garbage.
        for what in ["other origin", "other challenge", "garbage"] {
            let started = app
                .post_with_csrf("/staff/security/passkeys/start", &[("name", "Key")])
                .await;
            let options = options_in(&started.body, "passkey-create");
            let credential = match what {
                "other origin" => {
                    let mut phishing = key.clone();
                    phishing.origin = "https://evil.example".into();
                    phishing.register(&options)
                }
                "other challenge" => key.register(&serde_json::json!({
                    "publicKey": { "challenge": "AAAA", "rp": options["publicKey"]["rp"] }
                })),
                _ => "[1,2,3]".to_owned(),
            };
            let answer = app
                .post_with_csrf(
                    "/staff/security/passkeys/finish",
                    &[("name", "Key"), ("credential", &credential)],
                )
                .await;
            assert_eq!(answer.status, Status::UnprocessableEntity, "{what}");
        }
        // A name with a line break, or too long.
        for name in ["two\nlines", &"n".repeat(65)] {
            let answer = app
                .post_with_csrf("/staff/security/passkeys/start", &[("name", name)])
                .await;
            assert_eq!(answer.status, Status::UnprocessableEntity, "{name:?}");
        }
        assert_eq!(app.count("staff_passkeys").await, 0);
        assert_eq!(app.count("staff_recovery_codes").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn a_required_second_factor_can_be_a_passkey_and_the_last_one_stays() {
    let settings = [("require_2fa", Value::from("recruiter"))];
    on_each_backend_configured(&settings, async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        let signed = app.sign_in(&member.email, PASSWORD).await;
        assert_eq!(
            signed.header("location"),
            Some("/staff/security?next=/staff")
        );
        assert_eq!(app.get("/staff").await.status, Status::SeeOther);
        let key = SoftKey::new();
        let added = add(app, &key, "Laptop").await;
        assert_eq!(added.status, Status::Ok, "{}", added.body);
        assert_eq!(app.get("/staff").await.status, Status::Ok, "enrolled: in");

        // The last second factor of a role that must have one stays.
        let id = staff_passkey::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("stored")
            .id;
        let removed = app
            .post_with_csrf(&format!("/staff/security/passkeys/{id}/remove"), &[])
            .await;
        assert_eq!(removed.status, Status::SeeOther);
        assert_eq!(app.count("staff_passkeys").await, 1);
        // Another member's passkey, or none, answers 404.
        assert_eq!(
            app.post_with_csrf("/staff/security/passkeys/999/remove", &[])
                .await
                .status,
            Status::NotFound
        );
        // With a second one, the first can go.
        let second = SoftKey::new();
        assert_eq!(add(app, &second, "Phone").await.status, Status::Ok);
        let removed = app
            .post_with_csrf(&format!("/staff/security/passkeys/{id}/remove"), &[])
            .await;
        assert_eq!(removed.status, Status::SeeOther);
        assert_eq!(app.count("staff_passkeys").await, 1);
        assert_eq!(app.count("staff_recovery_codes").await, 10, "codes stay");
    })
    .await;
}

#[rocket::async_test]
async fn a_portal_at_an_ip_address_offers_no_passkeys_and_still_starts() {
    let settings = [("public_url", Value::from("http://127.0.0.1:8000"))];
    on_each_backend_configured(&settings, async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let page = app.get("/staff/security").await;
        assert!(
            page.body
                .contains("Passkeys need the portal at a domain name")
        );
        assert!(!page.body.contains("/staff/security/passkeys/start"));
        let started = app
            .post_with_csrf("/staff/security/passkeys/start", &[("name", "Key")])
            .await;
        assert_eq!(started.status, Status::NotFound);
    })
    .await;
}
