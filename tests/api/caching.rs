//! Cacheable, compressed public pages: validators and 304s, how long a page may be
//! kept, brotli and gzip by `Accept-Encoding`, fingerprinted static files, a cache that
//! every instance drops when a job changes, and pages with personal data or a form's
//! token never cached (and their CSRF token masked afresh, so compression cannot leak
//! it).

use std::io::Read;

use careers::store::jobs::NewJob;
use rocket::http::{Header, Status};
use rocket::local::asynchronous::Client;
use sea_orm::{ConnectionTrait, Statement};

use crate::apply::hidden;
use crate::helpers::{TestApp, on_each_backend};

/// A response's status, headers and raw (still encoded) body.
struct Raw {
    status: Status,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body decoded as its `Content-Encoding` says.
    fn text(&self) -> String {
        let mut text = String::new();
        match self.header("Content-Encoding") {
            Some("br") => {
                brotli::Decompressor::new(&self.body[..], 4096)
                    .read_to_string(&mut text)
                    .expect("brotli");
            }
            Some("gzip") => {
                flate2::read::GzDecoder::new(&self.body[..])
                    .read_to_string(&mut text)
                    .expect("gzip");
            }
            None => text = String::from_utf8(self.body.clone()).expect("utf-8"),
            Some(other) => panic!("unexpected coding {other}"),
        }
        text
    }
}

async fn get(client: &Client, uri: &str, headers: &[(&'static str, &str)]) -> Raw {
    let mut request = client.get(uri.to_owned());
    for (name, value) in headers {
        request = request.header(Header::new(*name, value.to_string()));
    }
    let response = request.dispatch().await;
    Raw {
        status: response.status(),
        headers: response
            .headers()
            .iter()
            .map(|h| (h.name().to_string(), h.value().to_string()))
            .collect(),
        body: response.into_bytes().await.unwrap_or_default(),
    }
}

const PUBLIC: [&str; 8] = [
    "/",
    "/jobs",
    "/jobs?q=engineer&affiliate=us",
    "/jobs/solutions-engineer",
    "/api/v1/jobs",
    "/jobs.rss",
    "/privacy",
    "/cookies",
];

#[rocket::async_test]
async fn public_pages_have_validators_answer_304_and_say_how_long_to_keep_them() {
    on_each_backend(async |app| {
        for uri in PUBLIC {
            let first = get(&app.client, uri, &[]).await;
            assert_eq!(first.status, Status::Ok, "{uri}");
            assert_eq!(
                first.header("Cache-Control"),
                Some("public, max-age=60"),
                "{uri}"
            );
            assert!(
                first
                    .header("Vary")
                    .is_some_and(|v| v.contains("Accept-Encoding"))
            );
            let etag = first.header("ETag").expect("an ETag").to_owned();
            assert!(etag.starts_with("W/\""), "{etag}");
            assert!(
                first
                    .headers
                    .iter()
                    .all(|(n, _)| !n.eq_ignore_ascii_case("set-cookie"))
            );

            let again = get(&app.client, uri, &[("If-None-Match", &etag)]).await;
            assert_eq!(again.status, Status::NotModified, "{uri}");
            assert!(again.body.is_empty());
            assert_eq!(again.header("ETag"), Some(etag.as_str()));
            let listed = format!("\"nope\", {etag}");
            assert_eq!(
                get(&app.client, uri, &[("If-None-Match", &listed)])
                    .await
                    .status,
                Status::NotModified
            );
            let other = get(&app.client, uri, &[("If-None-Match", "W/\"other\"")]).await;
            assert_eq!(other.status, Status::Ok);
            assert_eq!(other.body, first.body, "the same page from the cache");
        }
        // Spellings of one search share a page; a different search has its own.
        let a = get(&app.client, "/jobs?affiliate=US&q=engineer", &[]).await;
        let b = get(&app.client, "/jobs?q=engineer&affiliate=us&page=1", &[]).await;
        assert_eq!(a.header("ETag"), b.header("ETag"));
        let c = get(&app.client, "/jobs?affiliate=nosuch", &[]).await;
        assert_ne!(
            c.header("ETag"),
            get(&app.client, "/jobs", &[]).await.header("ETag")
        );
    })
    .await;
}

#[rocket::async_test]
async fn text_is_compressed_with_brotli_or_gzip_as_the_browser_asks() {
    on_each_backend(async |app| {
        for uri in ["/jobs", "/api/v1/jobs", "/jobs.rss", "/staff/login"] {
            let plain = get(&app.client, uri, &[]).await;
            assert_eq!(plain.header("Content-Encoding"), None, "{uri}");
            for (accept, coding) in [
                ("gzip, deflate, br", "br"),
                ("gzip", "gzip"),
                ("br;q=0, gzip", "gzip"),
            ] {
                // As a browser sends it for a page of the portal's own.
                let headers = [
                    ("Accept-Encoding", accept),
                    ("Sec-Fetch-Site", "same-origin"),
                ];
                let packed = get(&app.client, uri, &headers).await;
                assert_eq!(packed.status, Status::Ok);
                assert_eq!(
                    packed.header("Content-Encoding"),
                    Some(coding),
                    "{uri} {accept}"
                );
                assert!(packed.body.len() < plain.body.len() / 2, "{uri} {accept}");
                let text = packed.text();
                if uri == "/staff/login" {
                    // The form's token differs each time; the rest is the same page.
                    assert!(text.contains("Sign in") && text.contains("csrf_token"));
                } else {
                    assert_eq!(text.as_bytes(), plain.body.as_slice(), "{uri} {accept}");
                }
            }
            let identity = get(&app.client, uri, &[("Accept-Encoding", "identity")]).await;
            assert_eq!(identity.header("Content-Encoding"), None);
            let head = app
                .client
                .head(uri)
                .header(Header::new("Accept-Encoding", "br"))
                .dispatch()
                .await;
            assert_eq!(head.status(), Status::Ok, "HEAD {uri}");
            assert!(head.into_bytes().await.unwrap_or_default().is_empty());
        }
        // A page with personal data is not compressed for a request another site
        // started, nor for one that does not say (BREACH).
        for site in [Some("cross-site"), Some("same-site"), None] {
            let mut headers = vec![("Accept-Encoding", "br")];
            headers.extend(site.map(|s| ("Sec-Fetch-Site", s)));
            let login = get(&app.client, "/staff/login", &headers).await;
            assert_eq!(login.header("Content-Encoding"), None, "{site:?}");
            assert!(
                login
                    .header("Vary")
                    .is_some_and(|v| v.contains("Accept-Encoding"))
            );
        }
        let typed = get(
            &app.client,
            "/staff/login",
            &[("Accept-Encoding", "br"), ("Sec-Fetch-Site", "none")],
        )
        .await;
        assert_eq!(
            typed.header("Content-Encoding"),
            Some("br"),
            "typed in the address bar"
        );
        // Staff and applicant pages are compressed too, and still never kept.
        let login = get(
            &app.client,
            "/staff/login",
            &[("Accept-Encoding", "br"), ("Sec-Fetch-Site", "same-origin")],
        )
        .await;
        assert_eq!(login.header("Content-Encoding"), Some("br"));
        assert_eq!(login.header("Cache-Control"), Some("no-store"));
        let form = get(&app.client, "/jobs/solutions-engineer/apply", &[]).await;
        assert_eq!(form.header("Cache-Control"), Some("no-store"));
        assert_eq!(form.header("ETag"), None);
    })
    .await;
}

#[rocket::async_test]
async fn static_files_have_fingerprinted_names_kept_for_a_year() {
    on_each_backend(async |app| {
        let page = app.get("/jobs").await.body;
        let start = page.find("/static/careers.").expect("stylesheet link");
        let href = &page[start..start + page[start..].find('"').expect("end")];
        assert_ne!(href, "/static/careers.css");
        let css = get(&app.client, href, &[("Accept-Encoding", "br")]).await;
        assert_eq!(css.status, Status::Ok);
        assert_eq!(
            css.header("Cache-Control"),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(css.header("Content-Encoding"), Some("br"));
        let plain = get(&app.client, "/static/careers.css", &[]).await;
        assert_eq!(plain.header("Cache-Control"), Some("public, max-age=3600"));
        assert_eq!(css.text().as_bytes(), plain.body.as_slice());
        let etag = plain.header("ETag").expect("etag");
        assert_eq!(
            get(&app.client, href, &[("If-None-Match", etag)])
                .await
                .status,
            Status::NotModified
        );
        // Another build's name (a rolling deploy) gets this build's file, briefly.
        let other = get(&app.client, "/static/careers.0123456789.css", &[]).await;
        assert_eq!(other.status, Status::Ok);
        assert_eq!(other.header("Cache-Control"), Some("public, max-age=60"));
        assert_eq!(other.body, plain.body);
        for missing in [
            "/static/careers.01234.css",
            "/static/careers.0123456789.js",
            "/static/other.0123456789.css",
        ] {
            assert_eq!(
                get(&app.client, missing, &[]).await.status,
                Status::NotFound,
                "{missing}"
            );
        }
    })
    .await;
}

async fn revision(app: &TestApp) -> i64 {
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT revision FROM public_revision WHERE id = 1",
        ))
        .await
        .expect("query")
        .expect("row");
    row.try_get::<i64>("", "revision").expect("revision")
}

async fn set_revision(app: &TestApp, revision: i64) {
    app.db
        .execute_raw(Statement::from_string(
            app.db.get_database_backend(),
            format!("UPDATE public_revision SET revision = {revision} WHERE id = 1"),
        ))
        .await
        .expect("set revision");
}

#[rocket::async_test]
async fn a_kept_page_is_served_until_the_public_revision_moves() {
    on_each_backend(async |app| {
        let before = app.get("/jobs").await.body;
        let job_page = app.get("/jobs/solutions-engineer").await.body;
        let kept = revision(app).await;
        // A change behind the portal's back, with the revision put back: the kept page
        // is what is served, so the page really comes from memory.
        app.db
            .execute_raw(Statement::from_string(
                app.db.get_database_backend(),
                "UPDATE jobs SET title = 'Renamed behind the cache' WHERE slug = 'solutions-engineer'",
            ))
            .await
            .expect("rename");
        assert!(revision(app).await > kept, "the trigger moved the revision");
        set_revision(app, kept).await;
        assert_eq!(app.get("/jobs").await.body, before);
        assert_eq!(app.get("/jobs/solutions-engineer").await.body, job_page);
        // Any move of the revision drops it.
        set_revision(app, kept + 1).await;
        assert!(app.get("/jobs").await.body.contains("Renamed behind the cache"));
    })
    .await;
}

#[rocket::async_test]
async fn a_job_changed_through_one_instance_shows_on_every_instance_at_once() {
    on_each_backend(async |app| {
        let second = app.another_instance().await;
        for client in [&app.client, &second] {
            let page = get(client, "/jobs?q=lighthouse", &[]).await.text();
            assert!(page.contains("No open positions match"), "{page}");
            assert!(
                !get(client, "/jobs", &[])
                    .await
                    .text()
                    .contains("Lighthouse Keeper")
            );
        }
        let job = app
            .add_job("Lighthouse Keeper", |job: &mut NewJob| {
                job.location = "Fastnet Rock".into();
                job.department = "Lights".into();
            })
            .await;
        for client in [&app.client, &second] {
            let list = get(client, "/jobs", &[]).await.text();
            assert!(list.contains("Lighthouse Keeper"), "new job listed");
            assert!(
                list.contains("Fastnet Rock") && list.contains("Lights"),
                "and in the filters"
            );
            assert!(
                get(client, "/jobs?q=lighthouse", &[])
                    .await
                    .text()
                    .contains("Lighthouse Keeper")
            );
            assert!(
                get(client, "/api/v1/jobs", &[])
                    .await
                    .text()
                    .contains(&job.slug)
            );
            assert!(
                get(client, "/jobs.rss", &[])
                    .await
                    .text()
                    .contains("Lighthouse Keeper")
            );
        }
        // Closed through the staff pages (of the first instance): gone from both.
        let recruiter = app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await;
        app.sign_in_as(&recruiter).await;
        let closed = app
            .post_with_csrf(
                &format!("/staff/jobs/{}/status", job.id),
                &[("status", "closed")],
            )
            .await;
        assert_eq!(closed.status, Status::SeeOther, "{}", closed.body);
        for client in [&app.client, &second] {
            assert!(
                !get(client, "/jobs", &[])
                    .await
                    .text()
                    .contains("Lighthouse Keeper")
            );
            assert_eq!(
                get(client, &format!("/jobs/{}", job.slug), &[])
                    .await
                    .status,
                Status::NotFound
            );
        }
    })
    .await;
}

#[rocket::async_test]
async fn every_page_masks_its_csrf_token_afresh_and_each_one_works() {
    on_each_backend(async |app| {
        let first = hidden(&app.get("/staff/login").await.body, "csrf_token");
        let second = hidden(&app.get("/staff/login").await.body, "csrf_token");
        assert_ne!(first, second, "a new mask per page");
        let cookie = app.csrf().await;
        assert!(!first.contains(&cookie) && !second.contains(&cookie));
        // The privacy request form checks the token without signing anyone in.
        for token in [&first, &second] {
            let answer = app
                .post_form(
                    "/privacy/requests",
                    &[
                        ("email", "someone@example.com"),
                        ("kind", "access"),
                        ("csrf_token", token),
                    ],
                )
                .await;
            assert_eq!(answer.status, Status::Ok, "{}", answer.body);
        }
        let forged = app
            .post_form(
                "/privacy/requests",
                &[
                    ("email", "someone@example.com"),
                    ("kind", "access"),
                    ("csrf_token", &"ab".repeat(64)),
                ],
            )
            .await;
        assert_eq!(forged.status, Status::Forbidden);
    })
    .await;
}
