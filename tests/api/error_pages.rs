//! Friendly error pages, the same whatever the cause.

use rocket::http::{ContentType, Status};

use crate::helpers::on_each_backend;

#[rocket::async_test]
async fn unknown_addresses_get_the_friendly_404_page() {
    on_each_backend(async |app| {
        let page = app.get("/no/such/page").await;
        assert_eq!(page.status, Status::NotFound);
        assert_eq!(page.content_type, Some(ContentType::HTML));
        assert!(
            page.body
                .contains("<h1 id=\"error-title\">Page not found</h1>")
        );
        assert!(
            page.body.contains(r#"href="/static/careers."#),
            "styled like the site"
        );
        assert!(!page.body.contains("Rocket"), "no framework banner");
    })
    .await;
}

#[rocket::async_test]
async fn a_wrong_method_gets_a_page_too() {
    on_each_backend(async |app| {
        let response = app.client.delete("/jobs").dispatch().await;
        assert!(
            response.status() == Status::NotFound || response.status() == Status::MethodNotAllowed
        );
        let body = response.into_string().await.unwrap_or_default();
        assert!(body.contains("error-title"));
    })
    .await;
}

#[rocket::async_test]
async fn server_errors_show_a_reference_and_no_detail() {
    on_each_backend(async |app| {
        // Break the database under the portal: the page must stay opaque.
        use sea_orm::ConnectionTrait;
        app.db
            .execute_unprepared("ALTER TABLE jobs RENAME TO jobs_gone")
            .await
            .expect("rename");
        let page = app.get("/jobs").await;
        assert_eq!(page.status, Status::InternalServerError);
        assert!(page.body.contains("Something went wrong"));
        let reference = page.header("X-Request-Id").expect("request id").to_owned();
        assert!(
            page.body.contains(&reference),
            "the page quotes the request id"
        );
        assert!(
            !page.body.to_lowercase().contains("jobs_gone") && !page.body.contains("no such table")
        );
    })
    .await;
}

#[rocket::async_test]
async fn static_assets_are_served_with_their_type_and_unknown_ones_are_not() {
    on_each_backend(async |app| {
        let css = app.get("/static/careers.css").await;
        assert_eq!(css.status, Status::Ok);
        assert_eq!(css.content_type, Some(ContentType::CSS));
        assert!(
            css.header("Cache-Control")
                .is_some_and(|v| v.contains("max-age"))
        );
        let icon = app.get("/static/favicon.svg").await;
        assert_eq!(icon.content_type, Some(ContentType::SVG));
        assert_eq!(
            app.get("/static/apply.js").await.content_type,
            Some(ContentType::JavaScript)
        );
        assert_eq!(app.get("/static/app.js").await.status, Status::NotFound);
    })
    .await;
}
