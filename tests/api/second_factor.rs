//! Second factors for staff (docs/staff-accounts.md, second factor): enrolling an
//! authenticator app, the code after the password, recovery codes, the lock, who must
//! enrol, an HR admin's reset, and the second factor asked again before destructive
//! actions.

use careers::domain::second_factor::{code_at, step_at};
use careers::entities::{audit_event, outbox_message, staff_session, staff_totp};
use chrono::{TimeDelta, Utc};
use rocket::figment::value::Value;
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::{
    Answer, Member, PASSWORD, TestApp, on_each_backend, on_each_backend_configured,
};

/// RFC 4648 base32, as an authenticator app reads the key the page shows.
fn base32_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut count, mut out) = (0u64, 0u32, Vec::new());
    for c in text.bytes().filter(|b| !b.is_ascii_whitespace()) {
        let value = ALPHABET
            .iter()
            .position(|a| *a == c)
            .expect("a base32 letter") as u64;
        bits = (bits << 5) | value;
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    out
}

/// The key shown on the security page while an enrolment waits for its first code.
fn shown_key(page: &str) -> Vec<u8> {
    let found = regex::Regex::new(r#"<code class="secret">([A-Z2-7 ]+)</code>"#)
        .expect("regex")
        .captures(page)
        .unwrap_or_else(|| panic!("no key on the page: {page}"))[1]
        .to_owned();
    base32_decode(&found)
}

/// The recovery codes on the page that shows them once.
fn shown_codes(page: &str) -> Vec<String> {
    regex::Regex::new(r"<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>")
        .expect("regex")
        .captures_iter(page)
        .map(|c| c[1].to_owned())
        .collect()
}

/// An authenticator app: its key, and the next code it would show. Each call moves one
/// step on (the portal takes a code once and allows one step ahead), waiting for the
/// clock when two are used up.
struct App {
    key: Vec<u8>,
    last: i64,
}

impl App {
    async fn next_code(&mut self) -> String {
        loop {
            let now = step_at(Utc::now());
            let step = now.max(self.last + 1);
            if step <= now + 1 {
                self.last = step;
                return code_at(&self.key, step);
            }
            rocket::tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    }

    /// A six-digit code the app would not show now or either side of now.
    fn wrong_code(&self) -> String {
        let now = step_at(Utc::now());
        let valid: Vec<String> = (now - 2..=now + 2).map(|s| code_at(&self.key, s)).collect();
        (0..)
            .map(|n| format!("{:06}", (n * 7_919) % 1_000_000))
            .find(|code| !valid.contains(code))
            .expect("a wrong code")
    }
}

/// Enrols an authenticator app for the signed-in member; returns it and the recovery
/// codes shown.
async fn enrol(app: &TestApp) -> (App, Vec<String>) {
    let started = app.post_with_csrf("/staff/security/totp/start", &[]).await;
    assert_eq!(started.status, Status::SeeOther, "{}", started.body);
    let page = app.get("/staff/security").await;
    assert_eq!(page.status, Status::Ok);
    assert!(page.body.contains("<svg"), "a QR code to scan");
    let mut phone = App {
        key: shown_key(&page.body),
        last: 0,
    };
    assert_eq!(phone.key.len(), 20, "a 160-bit key");
    let code = phone.next_code().await;
    let confirmed = app
        .post_with_csrf("/staff/security/totp/confirm", &[("code", &code)])
        .await;
    assert_eq!(confirmed.status, Status::Ok, "{}", confirmed.body);
    let codes = shown_codes(&confirmed.body);
    assert_eq!(codes.len(), 10, "{}", confirmed.body);
    (phone, codes)
}

async fn sign_out(app: &TestApp) {
    app.post_with_csrf("/staff/logout", &[]).await;
}

async fn give(app: &TestApp, code: &str) -> Answer {
    app.post_with_csrf("/staff/login/second-factor", &[("code", code)])
        .await
}

fn session_cookie(app: &TestApp) -> Option<String> {
    app.client
        .cookies()
        .get_private("careers_session")
        .map(|c| c.value().to_owned())
}

async fn actions(app: &TestApp, action: &str) -> Vec<audit_event::Model> {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .order_by_asc(audit_event::Column::Id)
        .all(&app.db)
        .await
        .expect("audit")
}

#[rocket::async_test]
async fn an_authenticator_app_is_enrolled_and_asked_for_after_every_password() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let page = app.get("/staff/security").await;
        assert!(
            page.body.contains("Set up an authenticator app")
                && page.body.contains("Add a passkey"),
            "{}",
            page.body
        );

        let started = app.post_with_csrf("/staff/security/totp/start", &[]).await;
        assert_eq!(started.status, Status::SeeOther);
        let mut phone = App {
            key: shown_key(&app.get("/staff/security").await.body),
            last: 0,
        };
        let wrong = app
            .post_with_csrf(
                "/staff/security/totp/confirm",
                &[("code", &phone.wrong_code())],
            )
            .await;
        assert_eq!(wrong.status, Status::UnprocessableEntity);
        assert!(
            wrong.body.contains("That code is not right"),
            "{}",
            wrong.body
        );
        assert_eq!(app.count("staff_recovery_codes").await, 0);

        let before = session_cookie(app);
        let code = phone.next_code().await;
        let confirmed = app
            .post_with_csrf("/staff/security/totp/confirm", &[("code", &code)])
            .await;
        assert_eq!(confirmed.status, Status::Ok, "{}", confirmed.body);
        assert_eq!(shown_codes(&confirmed.body).len(), 10);
        assert_ne!(
            session_cookie(app),
            before,
            "a new session id after the factor"
        );
        assert_eq!(app.count("staff_recovery_codes").await, 10);
        assert_eq!(actions(app, "second_factor.enrolled").await.len(), 1);

        // The database holds the key sealed, never as the app's base32 or as hex.
        let row = staff_totp::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("a row");
        let plain = careers::domain::second_factor::base32(&phone.key);
        assert!(!row.secret_sealed.contains(&plain));
        assert!(!row.secret_sealed.contains(&hex::encode(&phone.key)));

        sign_out(app).await;
        let signed = app.sign_in(&member.email, PASSWORD).await;
        assert_eq!(signed.status, Status::SeeOther);
        assert_eq!(
            signed.header("location"),
            Some("/staff/login/second-factor?next=/staff")
        );
        // Nothing opens before the second factor: every staff page leads back here.
        let blocked = app.get("/staff").await;
        assert_eq!(blocked.header("location"), Some("/staff/login?next=/staff"));
        let login = app.get("/staff/login?next=/staff").await;
        assert_eq!(
            login.header("location"),
            Some("/staff/login/second-factor?next=/staff")
        );
        assert_eq!(app.get("/staff/security").await.status, Status::SeeOther);
        let form = app.get("/staff/login/second-factor?next=/staff").await;
        assert_eq!(form.status, Status::Ok);
        assert!(form.body.contains("autocomplete=\"one-time-code\""));

        let refused = give(app, &phone.wrong_code()).await;
        assert_eq!(refused.status, Status::Unauthorized);
        // The code that confirmed the enrolment was used: never accepted again.
        let replayed = give(app, &code).await;
        assert_eq!(replayed.status, Status::Unauthorized, "a used code again");
        let partial = session_cookie(app);
        let passed = give(app, &phone.next_code().await).await;
        assert_eq!(passed.status, Status::SeeOther, "{}", passed.body);
        assert_eq!(passed.header("location"), Some("/staff"));
        assert_ne!(
            session_cookie(app),
            partial,
            "a new session id after the factor"
        );
        assert_eq!(app.get("/staff").await.status, Status::Ok);

        let logins = actions(app, "login.succeeded").await;
        let last = logins.last().expect("a sign-in");
        assert!(
            last.detail
                .as_deref()
                .is_some_and(|d| d.contains("password,totp")),
            "the sign-in records how: {:?}",
            last.detail
        );
        assert_eq!(actions(app, "second_factor.failed").await.len(), 2);
        let security = app.get("/staff/security").await;
        assert!(
            security.body.contains("password and authenticator code"),
            "{}",
            security.body
        );
        // The session ended with the sign-out is gone: its old cookie opens nothing.
        let open = staff_session::Entity::find()
            .filter(staff_session::Column::RevokedAt.is_null())
            .all(&app.db)
            .await
            .expect("sessions");
        assert_eq!(open.len(), 1, "only the full session is open");
        assert_eq!(open[0].stage, "full");
        assert_eq!(open[0].methods, "password,totp");
    })
    .await;
}

#[rocket::async_test]
async fn a_recovery_code_signs_in_once() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let (_phone, codes) = enrol(app).await;
        sign_out(app).await;

        app.sign_in(&member.email, PASSWORD).await;
        // Typed loosely: upper case, spaces around, no dash.
        let typed = format!("  {}  ", codes[3].replace('-', " ").to_uppercase());
        let passed = give(app, &typed).await;
        assert_eq!(passed.status, Status::SeeOther, "{}", passed.body);
        let security = app.get("/staff/security").await;
        assert!(security.body.contains("9 of 10"), "{}", security.body);
        sign_out(app).await;

        app.sign_in(&member.email, PASSWORD).await;
        let again = give(app, &codes[3]).await;
        assert_eq!(
            again.status,
            Status::Unauthorized,
            "a recovery code works once"
        );
        let other = give(app, &codes[4]).await;
        assert_eq!(other.status, Status::SeeOther);

        // New codes replace every old one.
        let fresh = app
            .post_with_csrf("/staff/security/recovery-codes", &[])
            .await;
        assert_eq!(fresh.status, Status::Ok);
        let new_codes = shown_codes(&fresh.body);
        assert_eq!(new_codes.len(), 10);
        assert!(new_codes.iter().all(|c| !codes.contains(c)));
        sign_out(app).await;
        app.sign_in(&member.email, PASSWORD).await;
        assert_eq!(give(app, &codes[5]).await.status, Status::Unauthorized);
        assert_eq!(give(app, &new_codes[0]).await.status, Status::SeeOther);
        assert_eq!(
            actions(app, "second_factor.recovery_codes_regenerated")
                .await
                .len(),
            1
        );
    })
    .await;
}

#[rocket::async_test]
async fn wrong_codes_count_toward_the_sign_in_lock() {
    let settings = [("login_lock_after", Value::from(4))];
    on_each_backend_configured(&settings, async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let (mut phone, _) = enrol(app).await;
        sign_out(app).await;

        // The password counts until the second factor follows it: one, then three
        // wrong codes make four failures.
        app.sign_in(&member.email, PASSWORD).await;
        let mut answers = Vec::new();
        for _ in 0..3 {
            answers.push(give(app, &phone.wrong_code()).await.status);
        }
        assert_eq!(
            answers,
            [
                Status::Unauthorized,
                Status::Unauthorized,
                Status::TooManyRequests
            ]
        );
        // The lock ended the half-signed-in session and holds for the password too.
        assert_eq!(session_cookie(app), None);
        let code = phone.next_code().await;
        assert_eq!(
            give(app, &code).await.status,
            Status::SeeOther,
            "to sign in again"
        );
        let locked = app.sign_in(&member.email, PASSWORD).await;
        assert_eq!(locked.status, Status::TooManyRequests);
        assert_eq!(actions(app, "login.locked").await.len(), 1);
    })
    .await;
}

#[rocket::async_test]
async fn a_right_code_clears_the_failures() {
    let settings = [("login_lock_after", Value::from(4))];
    on_each_backend_configured(&settings, async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let (mut phone, recovery) = enrol(app).await;
        // The first right answer is an app code, the next two recovery codes: two app
        // codes fit in the window without waiting for the clock, four would not.
        let rights = [
            phone.next_code().await,
            recovery[0].clone(),
            recovery[1].clone(),
        ];
        for right in rights {
            sign_out(app).await;
            app.sign_in(&member.email, PASSWORD).await;
            assert_eq!(
                give(app, &phone.wrong_code()).await.status,
                Status::Unauthorized
            );
            assert_eq!(give(app, &right).await.status, Status::SeeOther);
        }
        assert_eq!(app.count("login_attempts").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn hr_admins_must_enrol_before_any_other_page() {
    let settings = [("require_2fa", Value::from("hr_admin"))];
    on_each_backend_configured(&settings, async |app| {
        let admin = app.add_staff("hana@panopto.test", "hr_admin", &[]).await;
        let recruiter = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&recruiter).await;
        sign_out(app).await;

        let signed = app.sign_in(&admin.email, PASSWORD).await;
        assert_eq!(
            signed.header("location"),
            Some("/staff/security?next=/staff")
        );
        assert_eq!(
            app.get("/admin/users").await.header("location"),
            Some("/staff/login?next=/admin/users")
        );
        assert_eq!(
            app.get("/staff/login?next=/admin/users")
                .await
                .header("location"),
            Some("/staff/security?next=/admin/users")
        );
        let page = app.get("/staff/security?next=/admin/users").await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains("Your role must have a second factor"));
        assert!(
            !page.body.contains("href=\"/admin/users\""),
            "no staff navigation yet"
        );
        assert_eq!(
            actions(app, "login.succeeded").await.len(),
            1,
            "not signed in yet"
        );

        let (_phone, _) = enrol(app).await;
        assert_eq!(app.get("/admin/users").await.status, Status::Ok);
        assert_eq!(actions(app, "login.succeeded").await.len(), 2);

        // Required, so it stays.
        let removed = app.post_with_csrf("/staff/security/totp/remove", &[]).await;
        assert_eq!(removed.status, Status::SeeOther);
        assert_eq!(app.count("staff_totp").await, 1);
        assert!(actions(app, "second_factor.removed").await.is_empty());
    })
    .await;
}

#[rocket::async_test]
async fn the_requirement_can_cover_everyone_or_no_one() {
    let settings = [("require_2fa", Value::from("all"))];
    on_each_backend_configured(&settings, async |app| {
        let manager = app
            .add_staff("harry@panopto.test", "hiring_manager", &["US"])
            .await;
        let signed = app.sign_in(&manager.email, PASSWORD).await;
        assert_eq!(
            signed.header("location"),
            Some("/staff/security?next=/staff")
        );
    })
    .await;
    on_each_backend(async |app| {
        let admin = app.add_staff("hana@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let (_phone, _) = enrol(app).await;
        // Not required: the member may remove it, and then signs in with a password.
        let removed = app.post_with_csrf("/staff/security/totp/remove", &[]).await;
        assert_eq!(removed.status, Status::SeeOther);
        assert_eq!(app.count("staff_totp").await, 0);
        assert_eq!(app.count("staff_recovery_codes").await, 0);
        assert_eq!(actions(app, "second_factor.removed").await.len(), 1);
        sign_out(app).await;
        app.sign_in_as(&admin).await;
    })
    .await;
}

/// Marks the signed-in session's second factor as given `minutes` ago.
async fn age_second_factor(app: &TestApp, member: &Member, minutes: i64) {
    staff_session::Entity::update_many()
        .col_expr(
            staff_session::Column::SecondFactorAt,
            Expr::value(Utc::now() - TimeDelta::minutes(minutes)),
        )
        .filter(staff_session::Column::StaffUserId.eq(member.id))
        .filter(staff_session::Column::RevokedAt.is_null())
        .exec(&app.db)
        .await
        .expect("update");
}

#[rocket::async_test]
async fn destructive_actions_ask_for_a_recent_second_factor() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hana@panopto.test", "hr_admin", &[]).await;
        let job = app.add_job("Analyst", |_| {}).await;
        let id = app
            .apply(&job, "Young Person", "young@example.com", "Plain resume.")
            .await;
        app.sign_in_as(&admin).await;
        let (mut phone, _) = enrol(app).await;
        age_second_factor(app, &admin, 16).await;

        let minor = format!("/staff/applications/{id}/minor");
        let asked = app.post_with_csrf(&minor, &[("confirm", "yes")]).await;
        assert_eq!(asked.status, Status::SeeOther);
        let back = format!("/staff/security/confirm?next=/staff/applications/{id}");
        assert_eq!(asked.header("location"), Some(back.as_str()));
        assert_eq!(app.count("applications").await, 1, "nothing deleted yet");
        let request = {
            use careers::entities::privacy_request;
            use sea_orm::{ActiveModelTrait, Set};
            privacy_request::ActiveModel {
                kind: Set("deletion".to_owned()),
                email: Set(Some("asker@example.com".to_owned())),
                status: Set("pending".to_owned()),
                requested_at: Set(Utc::now()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("privacy request")
            .id
        };
        // A hold on somebody else (one on this applicant would stop the purge).
        app.apply(&job, "Held Person", "held@example.com", "Plain resume.")
            .await;
        let placed = app
            .post_with_csrf(
                "/admin/holds",
                &[
                    ("scope", "candidate"),
                    ("target", "held@example.com"),
                    ("case_reference", "EMP-2026-18"),
                    ("reason", "Tribunal claim"),
                ],
            )
            .await;
        assert_eq!(placed.status, Status::SeeOther, "{}", placed.body);
        let hold = careers::entities::legal_hold::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("the hold")
            .id;
        // A hold that is not there answers 404 before any second factor is asked for.
        let missing = app.post_with_csrf("/admin/holds/999/release", &[]).await;
        assert_eq!(missing.status, Status::NotFound);
        let release = format!("/admin/holds/{hold}/release");
        let fulfil = format!("/admin/requests/{request}/fulfil");
        for path in [release.as_str(), fulfil.as_str()] {
            let answer = app.post_with_csrf(path, &[]).await;
            assert!(
                answer
                    .header("location")
                    .is_some_and(|l| l.starts_with("/staff/security/confirm?next=/admin/")),
                "{path}: {:?}",
                answer.header("location")
            );
        }

        let page = app.get(&back).await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains("Confirm it is you"));
        let wrong = app
            .post_with_csrf(
                "/staff/security/confirm",
                &[
                    ("code", &phone.wrong_code()),
                    ("next", &format!("/staff/applications/{id}")),
                ],
            )
            .await;
        assert_eq!(wrong.status, Status::Unauthorized);
        let before = session_cookie(app);
        let confirmed = app
            .post_with_csrf(
                "/staff/security/confirm",
                &[
                    ("code", &phone.next_code().await),
                    ("next", &format!("/staff/applications/{id}")),
                ],
            )
            .await;
        assert_eq!(confirmed.status, Status::SeeOther, "{}", confirmed.body);
        let here = format!("/staff/applications/{id}");
        assert_eq!(confirmed.header("location"), Some(here.as_str()));
        assert_ne!(
            session_cookie(app),
            before,
            "a new session id after the factor"
        );

        let done = app.post_with_csrf(&minor, &[("confirm", "yes")]).await;
        assert_eq!(
            done.header("location").map(|l| l.starts_with("/staff")),
            Some(true)
        );
        assert!(!done.header("location").unwrap_or("").contains("confirm"));
        assert_eq!(
            app.count("applications").await,
            1,
            "deleted after the step-up (the held person's stays)"
        );
        let step_ups = actions(app, "second_factor.passed").await;
        assert!(
            step_ups
                .last()
                .and_then(|e| e.detail.clone())
                .is_some_and(|d| d.contains("step_up"))
        );
    })
    .await;
}

#[rocket::async_test]
async fn a_password_reset_keeps_the_second_factor() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let (_phone, _) = enrol(app).await;
        sign_out(app).await;
        let token = careers::services::accounts::issue_link(
            &app.db,
            member.id,
            careers::domain::staff::LinkPurpose::Reset,
            Utc::now(),
        )
        .await
        .expect("link");
        let new_password = "a brand new passphrase here";
        let set = app
            .post_with_csrf(
                &format!("/staff/password/{token}"),
                &[("password", new_password), ("confirm", new_password)],
            )
            .await;
        assert_eq!(set.status, Status::SeeOther, "{}", set.body);
        let signed = app.sign_in(&member.email, new_password).await;
        assert_eq!(
            signed.header("location"),
            Some("/staff/login/second-factor?next=/staff"),
            "the new password still needs the second factor"
        );
        assert_eq!(app.count("staff_totp").await, 1);
    })
    .await;
}

#[rocket::async_test]
async fn an_hr_admin_resets_a_lost_second_factor() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hana@panopto.test", "hr_admin", &[]).await;
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let (_phone, _) = enrol(app).await;
        let kept_session = app
            .client
            .cookies()
            .get_private("careers_session")
            .expect("a session");

        let other = app.another_instance().await;
        // The admin signs in on another browser.
        let csrf_page = other.get("/staff/login").dispatch().await;
        drop(csrf_page);
        let csrf = other
            .cookies()
            .get_private(crate::helpers::CSRF_COOKIE)
            .expect("csrf")
            .value()
            .to_owned();
        let body = format!(
            "email={}&password={}&csrf_token={csrf}",
            admin.email.replace('@', "%40"),
            PASSWORD.replace(' ', "+")
        );
        let signed = other
            .post("/staff/login")
            .header(rocket::http::ContentType::Form)
            .body(body)
            .dispatch()
            .await;
        assert_eq!(signed.status(), Status::SeeOther);
        drop(signed);
        let page = other
            .get(format!("/admin/users/{}", member.id))
            .dispatch()
            .await;
        let text = page.into_string().await.expect("page");
        assert!(text.contains("Reset the second factor"), "{text}");
        // Signing in issued a new CSRF token with the page.
        let csrf = other
            .cookies()
            .get_private(crate::helpers::CSRF_COOKIE)
            .expect("csrf")
            .value()
            .to_owned();
        let reset = other
            .post(format!("/admin/users/{}/second-factor/reset", member.id))
            .header(rocket::http::ContentType::Form)
            .body(format!("csrf_token={csrf}"))
            .dispatch()
            .await;
        assert_eq!(reset.status(), Status::SeeOther);
        drop(reset);

        assert_eq!(app.count("staff_totp").await, 0);
        assert_eq!(app.count("staff_recovery_codes").await, 0);
        // The member's sessions ended: the kept cookie opens nothing.
        app.client.cookies().add_private(kept_session);
        assert_eq!(app.get("/staff").await.status, Status::SeeOther);
        let mail = outbox_message::Entity::find()
            .filter(outbox_message::Column::ToAddress.eq(member.email.as_str()))
            .order_by_desc(outbox_message::Column::Id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("the member is emailed");
        assert!(
            mail.subject.contains("second factor was reset"),
            "{}",
            mail.subject
        );
        let events = actions(app, "second_factor.reset").await;
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].actor_staff_user_id, Some(admin.id));
        // Resetting an account that has none says so and changes nothing.
        let again = other
            .post(format!("/admin/users/{}/second-factor/reset", member.id))
            .header(rocket::http::ContentType::Form)
            .body(format!("csrf_token={csrf}"))
            .dispatch()
            .await;
        assert_eq!(again.status(), Status::SeeOther);
        drop(again);
        assert_eq!(actions(app, "second_factor.reset").await.len(), 1);
        // The member signs in with the password alone (a recruiter need not enrol).
        app.sign_in_as(&member).await;
    })
    .await;
}

#[rocket::async_test]
async fn hostile_and_malformed_codes_are_refused_cleanly() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        app.post_with_csrf("/staff/security/totp/start", &[]).await;
        for hostile in [
            "<script>alert(1)</script>",
            "' OR '1'='1",
            "١٢٣٤٥٦",
            "12345",
            "1234567",
            &"9".repeat(10_000),
        ] {
            let answer = app
                .post_with_csrf("/staff/security/totp/confirm", &[("code", hostile)])
                .await;
            assert_eq!(answer.status, Status::UnprocessableEntity, "{hostile:.20}");
            assert!(!answer.body.contains("<script>alert"), "never echoed");
        }
        let empty = app
            .post_with_csrf("/staff/security/totp/confirm", &[])
            .await;
        assert_eq!(empty.status, Status::UnprocessableEntity);
        let (_phone, _) = enrol(app).await;
        sign_out(app).await;
        app.sign_in(&member.email, PASSWORD).await;
        for hostile in [
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%00",
            &"x".repeat(10_000),
        ] {
            let answer = give(app, hostile).await;
            assert!(
                [Status::Unauthorized, Status::UnprocessableEntity].contains(&answer.status),
                "{hostile:.20}: {}",
                answer.status
            );
            assert!(!answer.body.contains("<script>alert"));
        }
        // Without a session the second step leads to the sign-in page; without the
        // CSRF token it is refused.
        let forged = app
            .post_form("/staff/login/second-factor", &[("code", "123456")])
            .await;
        assert_eq!(forged.status, Status::Forbidden);
        sign_out(app).await;
        let nobody = give(app, "123456").await;
        assert_eq!(nobody.header("location"), Some("/staff/login"));
    })
    .await;
}
