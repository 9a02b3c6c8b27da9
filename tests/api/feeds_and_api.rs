//! `/api/v1/jobs` and `/jobs.rss`.

use quick_xml::Reader;
use quick_xml::events::Event;
use rocket::http::{ContentType, Status};
use serde_json::Value;

use crate::helpers::on_each_backend;

#[rocket::async_test]
async fn the_api_lists_open_jobs_with_their_public_fields() {
    on_each_backend(async |app| {
        let answer = app.get("/api/v1/jobs").await;
        assert_eq!(answer.status, Status::Ok);
        assert_eq!(answer.content_type, Some(ContentType::JSON));
        let json: Value = serde_json::from_str(&answer.body).expect("JSON");
        assert_eq!(json["total"], 12);
        let jobs = json["jobs"].as_array().expect("jobs");
        assert_eq!(jobs.len(), 12);
        let first = &jobs[0];
        assert_eq!(first["slug"], "senior-software-engineer-video-platform");
        assert_eq!(first["title"], "Senior Software Engineer, Video Platform");
        assert_eq!(first["affiliate"], "US");
        assert_eq!(first["location"], "Seattle, WA");
        assert_eq!(first["department"], "Engineering");
        assert_eq!(
            first["url"],
            "https://careers.example.test/jobs/senior-software-engineer-video-platform"
        );
        assert!(
            chrono::DateTime::parse_from_rfc3339(first["published_at"].as_str().expect("date"))
                .is_ok()
        );
        let slugs: Vec<&str> = jobs.iter().filter_map(|j| j["slug"].as_str()).collect();
        assert!(!slugs.contains(&"data-analyst") && !slugs.contains(&"head-of-people-emea"));
    })
    .await;
}

#[rocket::async_test]
async fn the_api_takes_the_same_filters_and_paging_as_the_list() {
    on_each_backend(async |app| {
        let json: Value = serde_json::from_str(
            &app.get("/api/v1/jobs?affiliate=APAC&department=Sales")
                .await
                .body,
        )
        .expect("JSON");
        assert_eq!(json["total"], 1);
        assert_eq!(json["jobs"][0]["slug"], "regional-sales-director-apac");
        let json: Value =
            serde_json::from_str(&app.get("/api/v1/jobs?page=2").await.body).expect("JSON");
        assert_eq!(json["page"], 2);
        assert_eq!(json["jobs"].as_array().map(Vec::len), Some(0));
        assert_eq!(json["pages"], 1);
    })
    .await;
}

#[rocket::async_test]
async fn the_api_answers_errors_in_json() {
    on_each_backend(async |app| {
        let answer = app.get("/api/v1/nothing-here").await;
        assert_eq!(answer.status, Status::NotFound);
        assert_eq!(answer.content_type, Some(ContentType::JSON));
        let json: Value = serde_json::from_str(&answer.body).expect("JSON");
        assert_eq!(json["status"], 404);
    })
    .await;
}

/// Reads an RSS document: the channel's link and each item's (title, link, pubDate).
fn parse_rss(xml: &str) -> (String, Vec<(String, String, String)>) {
    let mut reader = Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let mut channel_link = String::new();
    let mut items = Vec::new();
    let mut current = (String::new(), String::new(), String::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => path.push(String::from_utf8_lossy(e.name().as_ref()).into_owned()),
            Event::End(e) => {
                if e.name().as_ref() == b"item" {
                    items.push(std::mem::take(&mut current));
                }
                path.pop();
            }
            Event::Text(t) => {
                let text = t.unescape().expect("valid entities").into_owned();
                match path
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    ["rss", "channel", "link"] => channel_link = text,
                    ["rss", "channel", "item", "title"] => current.0 = text,
                    ["rss", "channel", "item", "link"] => current.1 = text,
                    ["rss", "channel", "item", "pubDate"] => current.2 = text,
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (channel_link, items)
}

#[rocket::async_test]
async fn the_rss_feed_is_valid_xml_with_one_item_per_open_job() {
    on_each_backend(async |app| {
        app.add_job("R&D <Lead> \"Ünïcode\"", |_| {}).await;
        let answer = app.get("/jobs.rss").await;
        assert_eq!(answer.status, Status::Ok);
        assert_eq!(
            answer.header("Content-Type"),
            Some("application/rss+xml; charset=utf-8")
        );
        let (link, items) = parse_rss(&answer.body);
        assert_eq!(link, "https://careers.example.test/jobs");
        assert_eq!(items.len(), 13);
        let (title, item_link, published) = &items[0];
        assert_eq!(
            title, "R&D <Lead> \"Ünïcode\" (Testville)",
            "escaped and read back exactly"
        );
        assert_eq!(
            item_link,
            "https://careers.example.test/jobs/r-d-lead-n-code"
        );
        assert!(
            chrono::DateTime::parse_from_rfc2822(published).is_ok(),
            "{published}"
        );
        assert!(items.iter().all(|(_, l, _)| !l.ends_with("/data-analyst")));
    })
    .await;
}
