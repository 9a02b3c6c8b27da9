//! A job's page, its JSON-LD, and what the public may see of drafts and closed jobs.

use rocket::http::Status;
use serde_json::Value;

use crate::helpers::on_each_backend;
use careers::domain::job::JobStatus;
use careers::store::jobs::Salary;

/// The JSON-LD object of a page.
fn json_ld(body: &str) -> Value {
    let start = body
        .find(r#"<script type="application/ld+json">"#)
        .expect("a JSON-LD block")
        + 35;
    let end = start + body[start..].find("</script>").expect("end of block");
    serde_json::from_str(&body[start..end]).expect("valid JSON")
}

#[rocket::async_test]
async fn a_job_page_names_the_hiring_affiliate_and_describes_the_job() {
    on_each_backend(async |app| {
        let page = app.get("/jobs/enterprise-account-executive").await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains("<h1 id=\"job-title\">Enterprise Account Executive</h1>"));
        assert!(page.body.contains("Panopto EMEA, Ltd. (EMEA)"), "legal name of the affiliate");
        assert!(page.body.contains("GBP 70,000–90,000 a year"));
        assert!(page.body.contains("<li>Lead discovery, demonstrations and negotiations</li>"));
        assert!(page.body.contains(r#"href="/jobs/enterprise-account-executive/apply""#));
        assert!(page.body.contains(r#"<link rel="canonical" href="https://careers.example.test/jobs/enterprise-account-executive">"#));
    })
    .await;
}

#[rocket::async_test]
async fn json_ld_has_the_fields_search_engines_require() {
    on_each_backend(async |app| {
        let ld = json_ld(
            &app.get("/jobs/senior-software-engineer-video-platform")
                .await
                .body,
        );
        assert_eq!(ld["@context"], "https://schema.org/");
        assert_eq!(ld["@type"], "JobPosting");
        assert_eq!(ld["title"], "Senior Software Engineer, Video Platform");
        assert!(
            ld["description"]
                .as_str()
                .expect("description")
                .starts_with("<p>Our video platform")
        );
        assert_eq!(ld["hiringOrganization"]["@type"], "Organization");
        assert_eq!(ld["hiringOrganization"]["name"], "Panopto, Inc.");
        let posted = ld["datePosted"].as_str().expect("datePosted");
        assert!(
            chrono::NaiveDate::parse_from_str(posted, "%Y-%m-%d").is_ok(),
            "{posted}"
        );
        assert!(
            chrono::DateTime::parse_from_rfc3339(
                ld["validThrough"].as_str().expect("validThrough")
            )
            .is_ok()
        );
        assert_eq!(ld["employmentType"], "FULL_TIME");
        assert_eq!(ld["jobLocation"]["@type"], "Place");
        assert_eq!(ld["jobLocation"]["address"]["addressLocality"], "Seattle");
        assert_eq!(ld["jobLocation"]["address"]["addressCountry"], "US");
        assert_eq!(ld["baseSalary"]["currency"], "USD");
        assert_eq!(ld["baseSalary"]["value"]["minValue"], 165_000);
        assert_eq!(ld["baseSalary"]["value"]["unitText"], "YEAR");
        assert_eq!(
            ld["identifier"]["value"],
            "senior-software-engineer-video-platform"
        );
    })
    .await;
}

#[rocket::async_test]
async fn remote_jobs_are_marked_telecommute_with_a_country_requirement() {
    on_each_backend(async |app| {
        let ld = json_ld(&app.get("/jobs/technical-support-engineer").await.body);
        assert_eq!(ld["jobLocationType"], "TELECOMMUTE");
        assert_eq!(ld["applicantLocationRequirements"]["@type"], "Country");
        assert_eq!(ld["applicantLocationRequirements"]["name"], "GB");
        assert!(ld.get("jobLocation").is_none());
    })
    .await;
}

#[rocket::async_test]
async fn hostile_job_text_is_escaped_in_the_page_and_the_json_ld() {
    on_each_backend(async |app| {
        let evil = r#"<script>alert("x")</script></script><img src=x onerror=alert(1)>"#;
        let job = app
            .add_job(evil, |j| {
                j.department = evil.into();
                j.location = evil.into();
                j.description = format!("{evil}\n\n- {evil}");
                j.salary = Some(Salary {
                    min: 1,
                    max: 2,
                    currency: "USD",
                    period: "year",
                });
            })
            .await;
        let page = app.get(&format!("/jobs/{}", job.slug)).await;
        assert_eq!(page.status, Status::Ok);
        assert!(
            !page.body.contains("<script>alert"),
            "raw script tag in page"
        );
        assert!(!page.body.contains("<img src=x"), "raw img tag in page");
        assert!(
            page.body
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
            "shown as text"
        );
        assert_eq!(
            page.body.matches("</script>").count(),
            1,
            "only the JSON-LD block closes a script"
        );
        let ld = json_ld(&page.body);
        assert_eq!(
            ld["title"], evil,
            "the JSON-LD still carries the exact title"
        );
        let list = app.get("/jobs").await.body;
        assert!(!list.contains("<script>alert"));
    })
    .await;
}

#[rocket::async_test]
async fn unknown_draft_and_closed_jobs_are_not_found_for_the_public() {
    on_each_backend(async |app| {
        for slug in ["no-such-job", "head-of-people-emea", "data-analyst"] {
            let page = app.get(&format!("/jobs/{slug}")).await;
            assert_eq!(page.status, Status::NotFound, "{slug}");
            assert!(
                page.body.contains("Page not found"),
                "{slug}: friendly page"
            );
        }
    })
    .await;
}

#[rocket::async_test]
async fn the_apply_route_is_gone_for_closed_jobs_and_missing_for_drafts() {
    on_each_backend(async |app| {
        let closed = app.get("/jobs/data-analyst/apply").await;
        assert_eq!(closed.status, Status::Gone);
        assert!(closed.body.contains("This job is closed"));
        assert!(
            closed.body.contains(r#"href="/jobs""#),
            "points to the open jobs"
        );

        let closed_now = app
            .add_job("Closed today", |j| j.status = JobStatus::Closed)
            .await;
        assert_eq!(
            app.get(&format!("/jobs/{}/apply", closed_now.slug))
                .await
                .status,
            Status::Gone
        );

        assert_eq!(
            app.get("/jobs/head-of-people-emea/apply").await.status,
            Status::NotFound
        );
        assert_eq!(
            app.get("/jobs/no-such-job/apply").await.status,
            Status::NotFound
        );
    })
    .await;
}

#[rocket::async_test]
async fn the_application_form_warns_about_sensitive_data_before_the_fields() {
    on_each_backend(async |app| {
        let form = app.get("/jobs/solutions-engineer/apply").await;
        assert_eq!(form.status, Status::Ok);
        let notice = form
            .body
            .find("Please do not send sensitive information")
            .expect("notice");
        let first_field = form.body.find(r#"name="full_name""#).expect("name field");
        assert!(notice < first_field, "the notice comes before the fields");
        for field in [
            "full_name",
            "email",
            "phone",
            "country",
            "date_of_birth",
            "resume",
            "cover_letter",
            "profile_url",
            "consent_privacy",
            "consent_transfer",
            "talent_pool",
        ] {
            assert!(
                form.body.contains(&format!(r#"name="{field}""#)),
                "field {field}"
            );
        }
        assert!(
            form.body.contains("never stored"),
            "the date of birth hint says it is not kept"
        );
        assert!(
            form.body
                .contains(r#"<option value="GB">United Kingdom</option>"#)
        );
        assert!(form.body.contains(r#"enctype="multipart/form-data""#));
    })
    .await;
}
