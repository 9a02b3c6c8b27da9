//! The home page and `/jobs`: search, filters, their combinations and pagination.

use rocket::http::Status;

use crate::helpers::{days_ago, on_each_backend};
use careers::domain::job::JobStatus;

/// The slugs of the jobs listed on a page, in order.
fn listed_slugs(body: &str) -> Vec<String> {
    body.split("<h2><a href=\"/jobs/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[rocket::async_test]
async fn home_lists_open_demo_jobs_newest_first_and_hides_drafts_and_closed_ones() {
    on_each_backend(async |app| {
        let home = app.get("/").await;
        assert_eq!(home.status, Status::Ok);
        let slugs = listed_slugs(&home.body);
        assert_eq!(slugs.len(), 12, "the twelve open demo jobs");
        assert_eq!(
            slugs[0], "senior-software-engineer-video-platform",
            "posted a day ago: first"
        );
        assert!(
            !slugs.contains(&"data-analyst".to_owned()),
            "closed job hidden"
        );
        assert!(
            !slugs.contains(&"head-of-people-emea".to_owned()),
            "draft hidden"
        );
        assert!(home.body.contains("12 open positions"));
    })
    .await;
}

#[rocket::async_test]
async fn text_search_matches_every_word_in_any_case_and_script() {
    on_each_backend(async |app| {
        app.add_job("Ingénieur logiciel Ólafur", |j| {
            j.department = "Ingénierie".into()
        })
        .await;
        app.add_job("软件工程师", |_| {}).await;

        let found = listed_slugs(&app.get("/jobs?q=ING%C3%89NIEUR%20%C3%B3lafur").await.body);
        assert_eq!(found, vec!["ing-nieur-logiciel-lafur"]);
        let found = listed_slugs(&app.get("/jobs?q=%E5%B7%A5%E7%A8%8B").await.body);
        assert_eq!(found, vec!["job"], "CJK text is found by a part of it");
        let found = listed_slugs(&app.get("/jobs?q=engineer").await.body);
        assert!(found.contains(&"site-reliability-engineer".to_owned()));
        assert!(found.iter().all(|s| !s.starts_with("ing-nieur")));
        let none = app.get("/jobs?q=engineer+florist").await;
        assert!(listed_slugs(&none.body).is_empty(), "every word must match");
        assert!(none.body.contains("No open positions match these filters"));
    })
    .await;
}

#[rocket::async_test]
async fn search_text_with_like_wildcards_matches_them_literally() {
    on_each_backend(async |app| {
        app.add_job("Growth 100% remote", |_| {}).await;
        assert_eq!(
            listed_slugs(&app.get("/jobs?q=100%25").await.body),
            vec!["growth-100-remote"]
        );
        assert!(
            listed_slugs(&app.get("/jobs?q=%25").await.body).len() == 1,
            "% is not a wildcard"
        );
        assert!(
            listed_slugs(&app.get("/jobs?q=_").await.body).is_empty(),
            "_ is not a wildcard"
        );
    })
    .await;
}

#[rocket::async_test]
async fn each_filter_narrows_the_list() {
    on_each_backend(async |app| {
        let emea = listed_slugs(&app.get("/jobs?affiliate=EMEA").await.body);
        assert_eq!(emea.len(), 4);
        assert!(emea.contains(&"enterprise-account-executive".to_owned()));
        assert_eq!(
            listed_slugs(&app.get("/jobs?affiliate=apac").await.body).len(),
            3,
            "codes in any case"
        );

        let london = listed_slugs(&app.get("/jobs?location=London").await.body);
        assert_eq!(london.len(), 3);
        let seattle = listed_slugs(&app.get("/jobs?location=Seattle%2C%20WA").await.body);
        assert_eq!(seattle.len(), 3);

        let support = listed_slugs(&app.get("/jobs?department=Support").await.body);
        assert_eq!(
            support,
            vec!["technical-support-engineer", "customer-support-specialist"]
        );
    })
    .await;
}

#[rocket::async_test]
async fn filters_combine() {
    on_each_backend(async |app| {
        let both = listed_slugs(
            &app.get("/jobs?affiliate=APAC&department=Support")
                .await
                .body,
        );
        assert_eq!(both, vec!["customer-support-specialist"]);
        let all_three = listed_slugs(
            &app.get("/jobs?affiliate=EMEA&location=London&department=Sales")
                .await
                .body,
        );
        assert_eq!(all_three, vec!["enterprise-account-executive"]);
        let with_text = listed_slugs(
            &app.get("/jobs?q=engineer&affiliate=US&location=Remote%20(United%20States)")
                .await
                .body,
        );
        assert_eq!(with_text, vec!["site-reliability-engineer"]);
        let contradictory = app.get("/jobs?affiliate=US&location=London").await;
        assert_eq!(contradictory.status, Status::Ok);
        assert!(listed_slugs(&contradictory.body).is_empty());
    })
    .await;
}

#[rocket::async_test]
async fn unknown_or_impossible_filter_values_match_nothing() {
    on_each_backend(async |app| {
        for uri in [
            "/jobs?affiliate=ZZ",
            "/jobs?affiliate=%27%20OR%201%3D1%20--",
            "/jobs?location=Atlantis",
            "/jobs?department=%27",
        ] {
            let answer = app.get(uri).await;
            assert_eq!(answer.status, Status::Ok, "{uri}");
            assert!(listed_slugs(&answer.body).is_empty(), "{uri} matched jobs");
        }
    })
    .await;
}

#[rocket::async_test]
async fn the_filter_form_offers_the_values_of_open_jobs_and_keeps_the_choice() {
    on_each_backend(async |app| {
        let page = app.get("/jobs?location=Singapore&q=sales").await.body;
        assert!(page.contains(r#"<option value="Singapore" selected>Singapore</option>"#));
        assert!(page.contains(r#"<option value="London">London</option>"#));
        assert!(
            page.contains(r#"value="sales""#),
            "the search text is shown back"
        );
        assert!(page.contains(r#"<option value="EMEA">Panopto EMEA, Ltd. (EMEA)</option>"#));
        assert!(
            !page.contains(r#"<option value="People">"#),
            "departments of drafts are not offered"
        );
    })
    .await;
}

#[rocket::async_test]
async fn pagination_has_twenty_a_page_and_sane_edges() {
    on_each_backend(async |app| {
        app.remove_all_jobs().await;
        for n in 0..45 {
            app.add_job(&format!("Role {n:02}"), |j| j.published_at = days_ago(n))
                .await;
        }
        app.add_job("Unpublished role", |j| j.status = JobStatus::Draft)
            .await;

        let first = app.get("/jobs").await.body;
        let slugs = listed_slugs(&first);
        assert_eq!(slugs.len(), 20);
        assert_eq!(slugs[0], "role-00");
        assert!(first.contains("45 open positions"));
        assert!(first.contains("Page 1 of 3"));
        assert!(first.contains(r#"href="/jobs?page=2" rel="next""#));
        assert!(!first.contains(r#"rel="prev""#));

        let last = app.get("/jobs?page=3").await.body;
        assert_eq!(listed_slugs(&last).len(), 5);
        assert_eq!(listed_slugs(&last)[4], "role-44");
        assert!(last.contains(r#"href="/jobs?page=2" rel="prev""#));
        assert!(!last.contains(r#"rel="next""#));

        let beyond = app.get("/jobs?page=99").await;
        assert_eq!(beyond.status, Status::Ok);
        assert!(listed_slugs(&beyond.body).is_empty());
        assert!(
            beyond.body.contains(r#"href="/jobs?page=3" rel="prev""#),
            "links back to the last page"
        );

        for junk in ["0", "-1", "abc", "1.5", "99999999999999999999999"] {
            let answer = app.get(&format!("/jobs?page={junk}")).await;
            assert_eq!(answer.status, Status::Ok, "page={junk}");
            assert_eq!(
                listed_slugs(&answer.body)[0],
                "role-00",
                "page={junk} shows the first page"
            );
        }
    })
    .await;
}

#[rocket::async_test]
async fn paging_links_keep_the_filters() {
    on_each_backend(async |app| {
        for n in 0..21 {
            app.add_job(&format!("Tester {n}"), |j| j.location = "Den Haag".into())
                .await;
        }
        let page = app.get("/jobs?q=tester&location=Den%20Haag").await.body;
        assert_eq!(listed_slugs(&page).len(), 20);
        assert!(
            page.contains(r#"href="/jobs?q=tester&amp;location=Den%20Haag&amp;page=2" rel="next""#),
            "{page}"
        );
        let second = app
            .get("/jobs?q=tester&location=Den%20Haag&page=2")
            .await
            .body;
        assert_eq!(listed_slugs(&second).len(), 1);
    })
    .await;
}
