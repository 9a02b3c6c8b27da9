//! `/admin/users`, the single-use password links, the first HR admin's setup link and
//! `careers user create`.

use careers::entities::{outbox_message, staff_token, staff_user};
use careers::services::accounts::FirstAdminSetup;
use chrono::{TimeDelta, Utc};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::{PASSWORD, TestApp, on_each_backend};

/// The link in the newest mail to `to`.
async fn mailed_link(app: &TestApp, to: &str) -> String {
    let mail = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(to))
        .order_by_desc(outbox_message::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("a mail");
    let link = regex::Regex::new(r"https://careers\.example\.test(/staff/password/[0-9a-f]{64})")
        .expect("regex");
    link.captures(&mail.body_text)
        .unwrap_or_else(|| panic!("no link in {}", mail.body_text))[1]
        .to_owned()
}

async fn user(app: &TestApp, email: &str) -> staff_user::Model {
    staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
        .expect("user")
}

#[rocket::async_test]
async fn an_hr_admin_creates_an_account_that_chooses_its_password_by_the_welcome_link() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let created = app
            .post_with_csrf(
                "/admin/users",
                &[
                    ("email", "Zoe.Li@Panopto.TEST"),
                    ("display_name", "Zoë 李"),
                    ("role", "hiring_manager"),
                    ("affiliate", "EMEA"),
                    ("affiliate", "APAC"),
                ],
            )
            .await;
        assert_eq!(created.status, Status::SeeOther, "{}", created.body);
        let new = user(app, "zoe.li@panopto.test").await;
        assert_eq!(new.role, "hiring_manager");
        assert!(new.password_hash.is_none());
        let page = app.get(&format!("/admin/users/{}", new.id)).await;
        assert!(page.body.contains("Zoë 李") && page.body.contains("Invited"));

        let link = mailed_link(app, "zoe.li@panopto.test").await;
        app.post_with_csrf("/staff/logout", &[]).await;
        assert_eq!(app.get(&link).await.status, Status::Ok);
        let mismatch = app
            .post_with_csrf(
                &link,
                &[
                    ("password", "a long new password"),
                    ("confirm", "another one"),
                ],
            )
            .await;
        assert_eq!(mismatch.status, Status::UnprocessableEntity);
        let short = app
            .post_with_csrf(&link, &[("password", "short"), ("confirm", "short")])
            .await;
        assert_eq!(short.status, Status::UnprocessableEntity);
        assert!(short.body.contains("at least 12 characters"));
        let chosen = app
            .post_with_csrf(
                &link,
                &[
                    ("password", "a long new password"),
                    ("confirm", "a long new password"),
                ],
            )
            .await;
        assert_eq!(chosen.status, Status::SeeOther);
        let signed_in = app
            .sign_in("zoe.li@panopto.test", "a long new password")
            .await;
        assert_eq!(signed_in.status, Status::SeeOther);
        let actions = app.audit_actions().await;
        for action in [
            "user.created",
            "user.setup_link_issued",
            "user.password_set",
        ] {
            assert!(
                actions.contains(&action.to_owned()),
                "{action} in {actions:?}"
            );
        }
    })
    .await;
}

#[rocket::async_test]
async fn a_reset_link_works_once_within_an_hour_and_ends_every_session() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        let member = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let member_session = app
            .client
            .cookies()
            .get_private("careers_session")
            .expect("cookie");
        app.sign_in_as(&admin).await;
        let sent = app
            .post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        assert_eq!(sent.status, Status::SeeOther);
        let link = mailed_link(app, &member.email).await;
        let mail = outbox_message::Entity::find()
            .order_by_desc(outbox_message::Column::Id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("mail");
        assert!(mail.body_text.contains("1 hour"));

        let set = app
            .post_with_csrf(
                &link,
                &[
                    ("password", "the new password!"),
                    ("confirm", "the new password!"),
                ],
            )
            .await;
        assert_eq!(set.status, Status::SeeOther);
        let old_session = app
            .client
            .get("/staff")
            .private_cookie(member_session)
            .dispatch()
            .await;
        assert_eq!(
            old_session.status(),
            Status::SeeOther,
            "sessions ended by the new password"
        );
        assert_eq!(
            app.sign_in(&member.email, PASSWORD).await.status,
            Status::Unauthorized
        );
        assert_eq!(
            app.sign_in(&member.email, "the new password!").await.status,
            Status::SeeOther
        );

        let reused = app.get(&link).await;
        assert_eq!(reused.status, Status::Gone);
        assert!(reused.body.contains("used or has expired"));
        let reposted = app
            .post_with_csrf(
                &link,
                &[
                    ("password", "yet another password"),
                    ("confirm", "yet another password"),
                ],
            )
            .await;
        assert_eq!(reposted.status, Status::Gone);

        // A link past its hour no longer works.
        app.sign_in_as(&admin).await;
        app.post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        let late = mailed_link(app, &member.email).await;
        staff_token::Entity::update_many()
            .col_expr(
                staff_token::Column::ExpiresAt,
                Expr::value(Utc::now() - TimeDelta::seconds(1)),
            )
            .exec(&app.db)
            .await
            .expect("expire");
        assert_eq!(app.get(&late).await.status, Status::Gone);
        assert_eq!(
            app.get("/staff/password/not-a-token").await.status,
            Status::NotFound
        );
    })
    .await;
}

#[rocket::async_test]
async fn a_new_link_replaces_the_one_before() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        let member = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&admin).await;
        app.post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        let first = mailed_link(app, &member.email).await;
        app.post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        let second = mailed_link(app, &member.email).await;
        assert_ne!(first, second);
        assert_eq!(app.get(&first).await.status, Status::Gone);
        assert_eq!(app.get(&second).await.status, Status::Ok);
    })
    .await;
}

#[rocket::async_test]
async fn deactivating_an_account_ends_its_sessions_at_once() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        let member = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&member).await;
        let member_session = app
            .client
            .cookies()
            .get_private("careers_session")
            .expect("cookie");
        app.sign_in_as(&admin).await;
        let answer = app
            .post_with_csrf(&format!("/admin/users/{}/deactivate", member.id), &[])
            .await;
        assert_eq!(answer.status, Status::SeeOther);
        let after = app
            .client
            .get("/staff")
            .private_cookie(member_session)
            .dispatch()
            .await;
        assert_eq!(after.status(), Status::SeeOther);
        assert!(!user(app, &member.email).await.active);
        assert_eq!(
            app.sign_in(&member.email, PASSWORD).await.status,
            Status::Unauthorized
        );

        app.sign_in_as(&admin).await;
        app.post_with_csrf(&format!("/admin/users/{}/reactivate", member.id), &[])
            .await;
        assert_eq!(
            app.sign_in(&member.email, PASSWORD).await.status,
            Status::SeeOther
        );
        let actions = app.audit_actions().await;
        assert!(actions.contains(&"user.deactivated".to_owned()));
        assert!(actions.contains(&"user.reactivated".to_owned()));
    })
    .await;
}

#[rocket::async_test]
async fn the_last_hr_admin_cannot_be_demoted_or_deactivated_and_nobody_deactivates_themselves() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let demote = app
            .post_with_csrf(
                &format!("/admin/users/{}", admin.id),
                &[
                    ("display_name", "HR"),
                    ("role", "recruiter"),
                    ("affiliate", "US"),
                ],
            )
            .await;
        assert_eq!(demote.status, Status::Conflict);
        assert!(demote.body.contains("last active HR admin"));
        let own = app
            .post_with_csrf(&format!("/admin/users/{}/deactivate", admin.id), &[])
            .await;
        assert_eq!(own.status, Status::SeeOther);
        assert!(user(app, &admin.email).await.active);
        assert_eq!(user(app, &admin.email).await.role, "hr_admin");

        let other = app.add_staff("hr2@panopto.test", "hr_admin", &[]).await;
        let demote_other = app
            .post_with_csrf(
                &format!("/admin/users/{}", other.id),
                &[
                    ("display_name", "Now a recruiter"),
                    ("role", "recruiter"),
                    ("affiliate", "APAC"),
                ],
            )
            .await;
        assert_eq!(
            demote_other.status,
            Status::SeeOther,
            "{}",
            demote_other.body
        );
        assert_eq!(user(app, &other.email).await.role, "recruiter");
    })
    .await;
}

#[rocket::async_test]
async fn the_account_forms_refuse_bad_input_and_escape_what_they_show() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let before = app.count("staff_users").await;
        for (fields, expected) in [
            (
                vec![
                    ("email", "not-an-email"),
                    ("display_name", "A"),
                    ("role", "recruiter"),
                    ("affiliate", "US"),
                ],
                "valid email",
            ),
            (
                vec![
                    ("email", "a@panopto.test"),
                    ("display_name", "A"),
                    ("role", "admin"),
                    ("affiliate", "US"),
                ],
                "Choose a role",
            ),
            (
                vec![
                    ("email", "a@panopto.test"),
                    ("display_name", "A"),
                    ("role", "recruiter"),
                ],
                "at least one affiliate",
            ),
            (
                vec![
                    ("email", "a@panopto.test"),
                    ("display_name", "A"),
                    ("role", "recruiter"),
                    ("affiliate", "MARS"),
                ],
                "from the list",
            ),
            (
                vec![
                    ("email", "a@panopto.test"),
                    ("display_name", " "),
                    ("role", "recruiter"),
                    ("affiliate", "US"),
                ],
                "Enter the person",
            ),
            (
                vec![
                    ("email", "a@panopto.test"),
                    ("display_name", "<script>alert(1)</script>"),
                    ("role", "nope"),
                    ("affiliate", "US"),
                ],
                "&lt;script&gt;",
            ),
        ] {
            let answer = app.post_with_csrf("/admin/users", &fields).await;
            assert_eq!(answer.status, Status::UnprocessableEntity, "{expected}");
            assert!(answer.body.contains(expected), "{expected}");
            assert!(!answer.body.contains("<script>alert(1)"));
        }
        assert_eq!(app.count("staff_users").await, before, "nothing created");

        let duplicate = app
            .post_with_csrf(
                "/admin/users",
                &[
                    ("email", "HR@panopto.test"),
                    ("display_name", "Again"),
                    ("role", "hr_admin"),
                ],
            )
            .await;
        assert_eq!(duplicate.status, Status::Conflict);
        assert!(duplicate.body.contains("exists already"));

        let quoted = app
            .post_with_csrf(
                "/admin/users",
                &[
                    ("email", "o.brien@panopto.test"),
                    ("display_name", "Seán O'Brien'; DROP TABLE staff_users;--"),
                    ("role", "recruiter"),
                    ("affiliate", "us"),
                ],
            )
            .await;
        assert_eq!(quoted.status, Status::SeeOther);
        assert_eq!(
            user(app, "o.brien@panopto.test").await.display_name,
            "Seán O'Brien'; DROP TABLE staff_users;--"
        );
        assert_eq!(
            app.get("/admin/users/999999").await.status,
            Status::NotFound
        );
    })
    .await;
}

#[rocket::async_test]
async fn the_first_start_offers_a_setup_link_until_an_hr_admin_exists() {
    on_each_backend(async |app| {
        let token = app
            .client
            .rocket()
            .state::<FirstAdminSetup>()
            .expect("setup managed")
            .token()
            .to_owned();
        let link = format!("/staff/setup/{token}");
        assert_eq!(app.get(&link).await.status, Status::Ok);
        let wrong = format!("/staff/setup/{}", "0".repeat(64));
        assert_eq!(app.get(&wrong).await.status, Status::Gone);
        let weak = app
            .post_with_csrf(
                &link,
                &[
                    ("email", "first@panopto.test"),
                    ("display_name", "First"),
                    ("password", "short"),
                    ("confirm", "short"),
                ],
            )
            .await;
        assert_eq!(weak.status, Status::UnprocessableEntity);
        let created = app
            .post_with_csrf(
                &link,
                &[
                    ("email", "first@panopto.test"),
                    ("display_name", "First Admin"),
                    ("password", "a very good password"),
                    ("confirm", "a very good password"),
                ],
            )
            .await;
        assert_eq!(created.status, Status::SeeOther);
        assert_eq!(user(app, "first@panopto.test").await.role, "hr_admin");
        assert_eq!(app.get(&link).await.status, Status::Gone, "used up");
        assert_eq!(
            app.sign_in("first@panopto.test", "a very good password")
                .await
                .status,
            Status::SeeOther
        );
    })
    .await;
}

#[rocket::async_test]
async fn deactivation_voids_unused_links() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        let member = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&admin).await;
        app.post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        let link = mailed_link(app, &member.email).await;
        app.post_with_csrf(&format!("/admin/users/{}/deactivate", member.id), &[])
            .await;
        assert_eq!(app.get(&link).await.status, Status::Gone);
        app.post_with_csrf(&format!("/admin/users/{}/reactivate", member.id), &[])
            .await;
        assert_eq!(
            app.get(&link).await.status,
            Status::Gone,
            "still void after reactivation"
        );
        let refused = app
            .post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        assert_eq!(refused.status, Status::SeeOther);
    })
    .await;
}

#[rocket::async_test]
async fn a_mail_with_a_link_loses_its_body_once_sent() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        let member = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&admin).await;
        app.post_with_csrf(&format!("/admin/users/{}/reset", member.id), &[])
            .await;
        let link = mailed_link(app, &member.email).await;
        let mailer = app
            .client
            .rocket()
            .state::<careers::Mailers>()
            .expect("mailer")
            .0
            .clone();
        careers::services::mail::deliver_due(&app.db, mailer.as_ref(), Utc::now())
            .await
            .expect("deliver");
        let mail = outbox_message::Entity::find()
            .filter(outbox_message::Column::ToAddress.eq(member.email.as_str()))
            .one(&app.db)
            .await
            .expect("query")
            .expect("mail");
        assert_eq!(mail.status, "sent");
        assert!(
            !mail.body_text.contains("/staff/password/"),
            "{}",
            mail.body_text
        );
        let sent: String = std::fs::read_dir(app.outbox())
            .expect("outbox folder")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("eml"))
            .collect::<String>()
            // Undo quoted-printable soft line breaks.
            .replace("=\r\n", "")
            .replace("=\n", "");
        let token = link.rsplit('/').next().expect("token");
        assert!(sent.contains(token), "the mail itself carried the link");
        assert_eq!(
            app.get(&link).await.status,
            Status::Ok,
            "and it still works"
        );
    })
    .await;
}
