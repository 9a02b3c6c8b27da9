//! Staff sign-in and sessions: cookie flags, identical refusals, slow-down and lockout,
//! idle and absolute expiry, sign-out, deactivation and replayed cookies.

use std::time::{Duration, Instant};

use careers::entities::{login_attempt, staff_session};
use chrono::{TimeDelta, Utc};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{PASSWORD, on_each_backend, on_each_backend_with};

const SESSION_COOKIE: &str = "careers_session";

/// The body without what differs per response (CSRF token, request id).
fn comparable(body: &str) -> String {
    let token = regex::Regex::new(r"[0-9a-f]{16,}").expect("regex");
    token.replace_all(body, "…").into_owned()
}

#[rocket::async_test]
async fn signing_in_starts_a_session_in_a_safe_cookie() {
    on_each_backend(async |app| {
        app.add_staff("ada@panopto.test", "recruiter", &["EMEA"])
            .await;
        let answer = app.sign_in(" ADA@Panopto.test ", PASSWORD).await;
        assert_eq!(
            answer.status,
            Status::SeeOther,
            "email case and spaces do not matter"
        );
        let cookie = answer.cookie(SESSION_COOKIE).expect("a session cookie");
        for flag in [
            "HttpOnly",
            "SameSite=Lax",
            "Secure",
            "Path=/",
            "Max-Age=36000",
        ] {
            assert!(cookie.contains(flag), "{flag} missing in {cookie}");
        }
        let home = app.get("/staff").await;
        assert_eq!(home.status, Status::Ok);
        assert!(home.body.contains("Staff ada@panopto.test"));
        assert!(home.body.contains("Panopto EMEA, Ltd."));
        assert_eq!(app.count("staff_sessions").await, 1);
        assert_eq!(app.audit_actions().await, ["login.succeeded"]);
    })
    .await;
}

#[rocket::async_test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    on_each_backend(async |app| {
        app.add_staff("ada@panopto.test", "recruiter", &["US"])
            .await;
        let wrong = app.sign_in("ada@panopto.test", "not the password").await;
        let unknown = app.sign_in("nobody@panopto.test", "not the password").await;
        let invalid = app.sign_in("not an email", "not the password").await;
        assert_eq!(wrong.status, Status::Unauthorized);
        assert_eq!(unknown.status, wrong.status);
        assert_eq!(invalid.status, wrong.status);
        assert!(wrong.body.contains("The email or password is not right."));
        assert_eq!(
            comparable(&wrong.body).replace("ada@panopto.test", "E"),
            comparable(&unknown.body).replace("nobody@panopto.test", "E")
        );
        assert_eq!(app.count("staff_sessions").await, 0);
        assert_eq!(
            app.audit_actions().await,
            ["login.failed", "login.failed", "login.failed"]
        );
        let missing = app.sign_in("ada@panopto.test", "").await;
        assert_eq!(missing.status, Status::UnprocessableEntity);
    })
    .await;
}

#[rocket::async_test]
async fn a_deactivated_account_or_one_without_a_password_cannot_sign_in() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("ada@panopto.test", "recruiter", &["US"])
            .await;
        careers::store::staff::set_active(&app.db, member.id, false, Utc::now())
            .await
            .expect("deactivate");
        let answer = app.sign_in(&member.email, PASSWORD).await;
        assert_eq!(answer.status, Status::Unauthorized);
        assert!(answer.body.contains("The email or password is not right."));
    })
    .await;
}

#[rocket::async_test]
async fn repeated_failures_lock_known_and_unknown_emails_alike() {
    on_each_backend_with(
        &[("login_lock_after", 3), ("login_lock_minutes", 15)],
        async |app| {
            let member = app
                .add_staff("ada@panopto.test", "recruiter", &["US"])
                .await;
            for email in [member.email.as_str(), "nobody@panopto.test"] {
                let statuses = [
                    app.sign_in(email, "guess one").await.status,
                    app.sign_in(email, "guess two").await.status,
                    app.sign_in(email, "guess three").await.status,
                ];
                assert_eq!(
                    statuses,
                    [
                        Status::Unauthorized,
                        Status::Unauthorized,
                        Status::TooManyRequests
                    ],
                    "{email}"
                );
            }
            let locked = app.sign_in(&member.email, PASSWORD).await;
            assert_eq!(
                locked.status,
                Status::TooManyRequests,
                "even the right password"
            );
            assert!(locked.body.contains("locked until"));
            assert_eq!(app.count("staff_sessions").await, 0);
            let actions = app.audit_actions().await;
            assert_eq!(actions.iter().filter(|a| *a == "login.locked").count(), 2);

            // The lock ends after its time; then the right password works and clears it.
            login_attempt::Entity::update_many()
                .col_expr(
                    login_attempt::Column::LockedUntil,
                    Expr::value(Utc::now() - TimeDelta::seconds(1)),
                )
                .exec(&app.db)
                .await
                .expect("age the lock");
            app.sign_in_as(&member).await;
            assert_eq!(
                app.count("login_attempts").await,
                1,
                "only the unknown email's"
            );
        },
    )
    .await;
}

#[rocket::async_test]
async fn failures_beyond_the_third_are_answered_more_slowly() {
    on_each_backend_with(&[("login_delay_ms", 400)], async |app| {
        for _ in 0..3 {
            let started = Instant::now();
            app.sign_in("nobody@panopto.test", "guess").await;
            assert!(started.elapsed() < Duration::from_millis(400));
        }
        let started = Instant::now();
        let answer = app.sign_in("nobody@panopto.test", "guess").await;
        assert_eq!(answer.status, Status::Unauthorized);
        assert!(
            started.elapsed() >= Duration::from_millis(400),
            "the fourth failure waits"
        );
    })
    .await;
}

async fn age_sessions(app: &crate::helpers::TestApp, column: staff_session::Column, by: TimeDelta) {
    staff_session::Entity::update_many()
        .col_expr(column, Expr::value(Utc::now() - by))
        .exec(&app.db)
        .await
        .expect("age sessions");
}

#[rocket::async_test]
async fn sessions_end_when_idle_or_past_their_lifetime() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("ada@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&member).await;
        age_sessions(
            app,
            staff_session::Column::LastSeenAt,
            TimeDelta::minutes(29),
        )
        .await;
        assert_eq!(
            app.get("/staff").await.status,
            Status::Ok,
            "29 minutes idle is fine"
        );
        age_sessions(
            app,
            staff_session::Column::LastSeenAt,
            TimeDelta::minutes(31),
        )
        .await;
        let idle = app.get("/staff").await;
        assert_eq!(idle.status, Status::SeeOther);
        assert_eq!(idle.header("location"), Some("/staff/login?next=/staff"));

        app.sign_in_as(&member).await;
        age_sessions(app, staff_session::Column::CreatedAt, TimeDelta::hours(10)).await;
        assert_eq!(
            app.get("/staff").await.status,
            Status::SeeOther,
            "absolute lifetime"
        );
    })
    .await;
}

#[rocket::async_test]
async fn signing_out_ends_the_session_and_a_replayed_cookie_is_refused() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("ada@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let old = app
            .client
            .cookies()
            .get_private(SESSION_COOKIE)
            .expect("session cookie");
        let out = app.post_with_csrf("/staff/logout", &[]).await;
        assert_eq!(out.status, Status::SeeOther);
        assert_eq!(out.header("location"), Some("/staff/login"));
        assert!(app.client.cookies().get_private(SESSION_COOKIE).is_none());
        let replayed = app
            .client
            .get("/staff")
            .private_cookie(old)
            .dispatch()
            .await;
        assert_eq!(replayed.status(), Status::SeeOther, "replayed cookie");
        assert!(app.audit_actions().await.contains(&"logout".to_owned()));
        let no_csrf = app.post_form("/staff/logout", &[]).await;
        assert_eq!(
            no_csrf.status,
            Status::SeeOther,
            "signed out already: to the sign-in page"
        );
    })
    .await;
}

#[rocket::async_test]
async fn signing_in_again_replaces_the_session_and_the_csrf_token() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("ada@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let csrf_before = app.csrf().await;
        app.sign_in_as(&member).await;
        assert_ne!(
            app.csrf().await,
            csrf_before,
            "a new CSRF token after sign-in"
        );
        let open = staff_session::Entity::find()
            .filter(staff_session::Column::RevokedAt.is_null())
            .all(&app.db)
            .await
            .expect("sessions");
        assert_eq!(
            (app.count("staff_sessions").await, open.len()),
            (2, 1),
            "the old one ended"
        );
    })
    .await;
}

#[rocket::async_test]
async fn the_sign_in_page_only_sends_people_on_to_staff_pages() {
    on_each_backend(async |app| {
        let member = app.add_staff("ada@panopto.test", "hr_admin", &[]).await;
        for (next, expected) in [
            ("/admin/users", "/admin/users"),
            ("https://evil.example/staff", "/staff"),
            ("//evil.example/staff", "/staff"),
            ("/staff/..%2F..%2Fjobs", "/staff"),
            ("/jobs", "/staff"),
        ] {
            let csrf = app.csrf().await;
            let answer = app
                .post_form(
                    "/staff/login",
                    &[
                        ("email", &member.email),
                        ("password", PASSWORD),
                        ("next", next),
                        ("csrf_token", &csrf),
                    ],
                )
                .await;
            assert_eq!(answer.status, Status::SeeOther, "{next}");
            assert_eq!(answer.header("location"), Some(expected), "{next}");
        }
    })
    .await;
}

#[rocket::async_test]
async fn the_sign_in_form_needs_its_csrf_token() {
    on_each_backend(async |app| {
        let member = app
            .add_staff("ada@panopto.test", "recruiter", &["US"])
            .await;
        let answer = app
            .post_form(
                "/staff/login",
                &[("email", &member.email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(answer.status, Status::Forbidden);
        let wrong = app
            .post_form(
                "/staff/login",
                &[
                    ("email", &member.email),
                    ("password", PASSWORD),
                    ("csrf_token", "0f"),
                ],
            )
            .await;
        assert_eq!(wrong.status, Status::Forbidden);
        assert_eq!(app.count("staff_sessions").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn sign_ins_beyond_the_hashing_pool_are_turned_away_with_503() {
    // One thread, no queue and a slow hash: of four sign-ins at once, only one is hashed.
    let settings = [
        ("argon2_threads", 1),
        ("argon2_queue", 0),
        ("argon2_memory_kib", 32 * 1024),
        ("argon2_iterations", 3),
    ];
    on_each_backend_with(&settings, async |app| {
        let csrf = app.csrf().await;
        let attempt = |n: usize| {
            let csrf = csrf.clone();
            async move {
                let email = format!("someone{n}@panopto.test");
                app.post_form(
                    "/staff/login",
                    &[
                        ("email", &email),
                        ("password", "a guess"),
                        ("csrf_token", &csrf),
                    ],
                )
                .await
            }
        };
        let answers = [attempt(1), attempt(2), attempt(3), attempt(4)];
        let answers = futures_join_all(answers).await;
        let busy: Vec<_> = answers
            .iter()
            .filter(|a| a.status == Status::ServiceUnavailable)
            .collect();
        assert!(
            !busy.is_empty(),
            "{:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        assert!(
            answers.iter().any(|a| a.status == Status::Unauthorized),
            "{:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        assert!(busy.iter().all(|a| a.header("Retry-After") == Some("5")));
        assert!(busy[0].body.contains("Too many sign-ins at once"));
        assert!(
            app.count("login_attempts").await < 4,
            "turned-away attempts cost no database work"
        );
    })
    .await;
}

/// Awaits every future at once.
async fn futures_join_all<F: std::future::Future>(futures: [F; 4]) -> Vec<F::Output> {
    let [a, b, c, d] = futures;
    let (a, b, c, d) = rocket::tokio::join!(a, b, c, d);
    vec![a, b, c, d]
}

#[rocket::async_test]
async fn a_slowed_down_attempt_does_not_hold_the_hashing_pool_while_it_waits() {
    let settings = [
        ("argon2_threads", 1),
        ("argon2_queue", 0),
        ("login_delay_ms", 800),
    ];
    on_each_backend_with(&settings, async |app| {
        for _ in 0..3 {
            app.sign_in("slow@panopto.test", "a guess").await;
        }
        let csrf = app.csrf().await;
        let slow_form = [
            ("email", "slow@panopto.test"),
            ("password", "a guess"),
            ("csrf_token", csrf.as_str()),
        ];
        let slow = app.post_form("/staff/login", &slow_form);
        let other = async {
            rocket::tokio::time::sleep(Duration::from_millis(200)).await;
            app.post_form(
                "/staff/login",
                &[
                    ("email", "other@panopto.test"),
                    ("password", "a guess"),
                    ("csrf_token", &csrf),
                ],
            )
            .await
        };
        let (slow, other) = rocket::tokio::join!(slow, other);
        assert_eq!(slow.status, Status::Unauthorized);
        assert_eq!(
            other.status,
            Status::Unauthorized,
            "not turned away while the slow one waits"
        );
    })
    .await;
}
