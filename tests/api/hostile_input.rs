//! Hostile query strings and paths get a clean answer: never a 500, never a leak.

use rocket::http::Status;

use crate::helpers::on_each_backend;

#[rocket::async_test]
async fn hostile_query_strings_are_answered_cleanly() {
    on_each_backend(async |app| {
        let long = "a".repeat(10 * 1024);
        let uris = [
            format!("/jobs?q={long}"),
            "/jobs?q=%27%20OR%20%271%27%3D%271".to_owned(),
            "/jobs?q=%27%3B%20DROP%20TABLE%20jobs%3B%20--".to_owned(),
            "/jobs?q=%00".to_owned(),
            "/jobs?q=a%00b&location=%00".to_owned(),
            "/jobs?q=%FF%FE".to_owned(),
            "/jobs?q=%E2%80%AE%F0%9F%98%80%CC%81".to_owned(),
            "/jobs?q=a&q=b".to_owned(),
            "/jobs?page=1&page=2".to_owned(),
            "/jobs?q=%".to_owned(),
            "/jobs?unknown=1&affiliate[]=US".to_owned(),
            "/jobs?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned(),
            format!("/api/v1/jobs?q={long}"),
            "/api/v1/jobs?q=%00%27".to_owned(),
        ];
        for uri in &uris {
            let answer = app.get(uri).await;
            assert!(
                answer.status == Status::Ok
                    || answer.status.code == 400
                    || answer.status.code == 422,
                "{} answered {}",
                &uri[..uri.len().min(60)],
                answer.status
            );
            assert!(
                !answer.body.contains("<script>alert(1)"),
                "reflected script for {uri}"
            );
        }
        // The portal is still there and the jobs table intact.
        assert_eq!(app.get("/api/v1/jobs").await.status, Status::Ok);
        assert!(app.get("/jobs").await.body.contains("12 open positions"));
    })
    .await;
}

#[rocket::async_test]
async fn search_text_is_shown_back_escaped() {
    on_each_backend(async |app| {
        let page = app
            .get("/jobs?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            .await;
        assert_eq!(page.status, Status::Ok);
        assert!(!page.body.contains("<script>alert(1)"));
        assert!(
            page.body
                .contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
        );
    })
    .await;
}

#[rocket::async_test]
async fn hostile_paths_are_not_found() {
    on_each_backend(async |app| {
        for uri in [
            "/jobs/..%2F..%2Fetc%2Fpasswd",
            "/jobs/%2e%2e/apply",
            "/jobs/Product-Designer",
            "/jobs/a%27%20OR%201%3D1",
            "/jobs/%00",
            "/static/..%2FCargo.toml",
            "/static/careers.css%00.html",
            "/uploads/anything.pdf",
        ] {
            let answer = app.get(uri).await;
            assert_eq!(answer.status, Status::NotFound, "{uri}");
            assert!(
                answer.body.contains("Page not found"),
                "{uri}: friendly page"
            );
        }
        let long_slug = format!("/jobs/{}", "a".repeat(5000));
        assert_eq!(app.get(&long_slug).await.status, Status::NotFound);
    })
    .await;
}
