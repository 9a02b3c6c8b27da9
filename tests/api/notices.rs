//! The privacy notice, the cookies page, health and robots.

use rocket::http::{ContentType, Status};

use crate::helpers::on_each_backend;
use careers::web::cookies::CATALOGUE;

#[rocket::async_test]
async fn the_privacy_notice_covers_what_the_policy_requires() {
    on_each_backend(async |app| {
        let page = app.get("/privacy").await;
        assert_eq!(page.status, Status::Ok);
        for section in [
            "What we collect",
            "Why we use it",
            "Who sees it",
            "Where it is stored",
            "Applicants under 18",
            "Sensitive information",
            "How long we keep it",
            "Your rights and how to use them",
            "Contact",
        ] {
            assert!(page.body.contains(section), "section {section}");
        }
        for affiliate in ["Panopto, Inc.", "Panopto EMEA, Ltd.", "Panopto APAC Ltd."] {
            assert!(page.body.contains(affiliate), "names {affiliate}");
        }
        assert!(page.body.contains("United States"));
        assert!(
            page.body.contains("24 months"),
            "talent-pool duration from the settings"
        );
        assert!(page.body.contains("data-protection@panopto.com"));
    })
    .await;
}

#[rocket::async_test]
async fn the_cookies_page_lists_every_cookie_the_portal_sets() {
    on_each_backend(async |app| {
        let page = app.get("/cookies").await;
        assert_eq!(page.status, Status::Ok);
        for cookie in CATALOGUE {
            assert!(
                page.body.contains(&format!("<code>{}</code>", cookie.name)),
                "{}",
                cookie.name
            );
        }
        assert!(page.body.contains("no analytics"));
    })
    .await;
}

#[rocket::async_test]
async fn browsing_sets_no_cookie_and_a_form_sets_only_its_csrf_cookie() {
    on_each_backend(async |app| {
        for uri in [
            "/",
            "/jobs",
            "/jobs/product-designer",
            "/privacy",
            "/cookies",
            "/jobs.rss",
        ] {
            assert!(
                app.get(uri).await.header("Set-Cookie").is_none(),
                "{uri} set a cookie"
            );
        }
        let form = app.get("/jobs/product-designer/apply").await;
        let cookies: Vec<&str> = form.cookies().collect();
        assert_eq!(cookies.len(), 1, "{cookies:?}");
        let cookie = cookies[0];
        assert!(cookie.starts_with("careers_csrf="), "{cookie}");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        assert!(
            cookie.contains("Secure"),
            "the test app is served over https: {cookie}"
        );
        assert!(
            CATALOGUE.iter().any(|c| c.name == "careers_csrf"),
            "and /cookies lists it"
        );
        let again = app.get("/jobs/product-designer/apply").await;
        assert!(
            again.header("Set-Cookie").is_none(),
            "the same token serves every form"
        );
    })
    .await;
}

#[rocket::async_test]
async fn health_answers_ok_when_the_database_answers() {
    on_each_backend(async |app| {
        let health = app.get("/healthz").await;
        assert_eq!(health.status, Status::Ok);
        assert_eq!(health.body, "ok");
        assert_eq!(health.content_type, Some(ContentType::Plain));
    })
    .await;
}

#[rocket::async_test]
async fn robots_keep_crawlers_out_of_private_areas() {
    on_each_backend(async |app| {
        let robots = app.get("/robots.txt").await.body;
        for private in [
            "/staff",
            "/admin",
            "/applications/",
            "/privacy/requests",
            "/privacy/talent-pool/",
            "/interviews/",
            "/de/applications/",
            "/ar/privacy/talent-pool/",
        ] {
            assert!(
                robots.contains(&format!("Disallow: {private}")),
                "{private}"
            );
        }
    })
    .await;
}
