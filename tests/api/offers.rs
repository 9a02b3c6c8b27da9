//! Offers: terms checked, the approval chain of the affiliate (nobody approves their
//! own offer), rejection and a new round, extending and acceptance (Hired), each step
//! audited; and interviews, scorecards and offers in the privacy rules: in the access
//! archive, stripped of free text by anonymisation, gone with deletion.

use chrono::Utc;
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use careers::entities::{application, interview, offer, offer_approval, scorecard};

use crate::helpers::{Member, TestApp, on_each_backend};

struct Cast {
    application: i32,
    recruiter: Member,
    hm: Member,
    hr: Member,
}

async fn cast(app: &TestApp) -> Cast {
    let job = app.add_job("Solutions Lead", |_| {}).await;
    let application = app
        .apply(&job, "Ana Lima", "ana.lima@example.com", "Resume")
        .await;
    Cast {
        application,
        recruiter: app
            .add_staff("rita@panopto.test", "recruiter", &["US"])
            .await,
        hm: app
            .add_staff("hugo@panopto.test", "hiring_manager", &["US"])
            .await,
        hr: app.add_staff("hana@panopto.test", "hr_admin", &[]).await,
    }
}

fn terms<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("title", "Solutions Lead"),
        ("start_date", "2027-03-01"),
        ("salary", "120,000"),
        ("currency", "USD"),
        ("period", "year"),
        ("notes", "Includes relocation."),
    ];
    for (key, value) in extra {
        fields.retain(|(k, _)| k != key);
        fields.push((key, value));
    }
    fields
}

async fn the_offer(app: &TestApp) -> offer::Model {
    offer::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("an offer")
}

async fn stage(app: &TestApp, id: i32) -> String {
    application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("application")
        .stage
}

#[rocket::async_test]
async fn an_offer_goes_through_the_chain_is_extended_and_accepted_into_hired() {
    on_each_backend(async |app| {
        let c = cast(app).await;
        let page = format!("/staff/applications/{}/offer", c.application);
        app.sign_in_as(&c.recruiter).await;
        assert!(app.get(&page).await.body.contains("No offer has been made"));
        let bad = app
            .post_with_csrf(
                &page,
                &[
                    ("title", ""),
                    ("start_date", "2020-01-01"),
                    ("salary", "-5"),
                    ("currency", "XXQ"),
                    ("period", "week"),
                ],
            )
            .await;
        assert_eq!(bad.status, Status::UnprocessableEntity);
        for says in [
            "position&#x27;s title",
            "start date has passed",
            "positive amount",
            "ISO 4217",
            "per year",
        ] {
            assert!(bad.body.contains(says), "{says}");
        }
        assert_eq!(app.count("offers").await, 0);
        let saved = app
            .post_with_csrf(&page, &terms(&[("action", "submit")]))
            .await;
        assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
        let offer = the_offer(app).await;
        assert_eq!(
            (offer.status.as_str(), offer.salary_amount),
            ("pending_approval", 12_000_000)
        );
        let steps = offer_approval::Entity::find()
            .all(&app.db)
            .await
            .expect("steps");
        assert_eq!(
            steps.iter().map(|s| s.role.as_str()).collect::<Vec<_>>(),
            ["hiring_manager", "hr_admin"]
        );

        // Step 1 is the hiring manager's: the HR admin cannot take it, nor the recruiter.
        let decide = format!("{page}/decision");
        app.sign_in_as(&c.hr).await;
        app.post_with_csrf(&decide, &[("decision", "approve")])
            .await;
        app.sign_in_as(&c.recruiter).await;
        app.post_with_csrf(&decide, &[("decision", "approve")])
            .await;
        assert!(
            offer_approval::Entity::find()
                .all(&app.db)
                .await
                .expect("steps")
                .iter()
                .all(|s| s.decision.is_none())
        );
        app.sign_in_as(&c.hm).await;
        let page_as_hm = app.get(&page).await;
        assert!(page_as_hm.body.contains("Your decision"));
        assert_eq!(
            app.post_with_csrf(&page, &terms(&[])).await.status,
            Status::Forbidden,
            "managers do not draft"
        );
        let rejected = app.post_with_csrf(&decide, &[("decision", "reject")]).await;
        assert_eq!(rejected.status, Status::SeeOther);
        assert_eq!(
            the_offer(app).await.status,
            "pending_approval",
            "a rejection needs a reason"
        );
        app.post_with_csrf(
            &decide,
            &[("decision", "reject"), ("comment", "Above the band")],
        )
        .await;
        assert_eq!(the_offer(app).await.status, "rejected");

        // Revised and sent again: a new round.
        app.sign_in_as(&c.recruiter).await;
        let revised = app
            .post_with_csrf(&page, &terms(&[("salary", "110000"), ("action", "submit")]))
            .await;
        assert_eq!(revised.status, Status::SeeOther);
        assert_eq!(the_offer(app).await.status, "pending_approval");
        assert_eq!(app.count("offer_approvals").await, 4);
        app.sign_in_as(&c.hm).await;
        app.post_with_csrf(&decide, &[("decision", "approve"), ("comment", "Good")])
            .await;
        assert_eq!(
            the_offer(app).await.status,
            "pending_approval",
            "one step of two"
        );
        app.sign_in_as(&c.hr).await;
        app.post_with_csrf(&decide, &[("decision", "approve")])
            .await;
        assert_eq!(the_offer(app).await.status, "approved");

        // Not accepted before it is extended; extending moves to the offer stage.
        let status = format!("{page}/status");
        app.sign_in_as(&c.recruiter).await;
        app.post_with_csrf(&status, &[("step", "accept")]).await;
        assert_eq!(the_offer(app).await.status, "approved");
        app.post_with_csrf(&status, &[("step", "extend")]).await;
        assert_eq!(
            (the_offer(app).await.status, stage(app, c.application).await),
            ("extended".into(), "offer".into())
        );
        app.post_with_csrf(&status, &[("step", "accept")]).await;
        assert_eq!(
            (the_offer(app).await.status, stage(app, c.application).await),
            ("accepted".into(), "hired".into())
        );
        let actions = app.audit_actions().await;
        for action in [
            "offer.created",
            "offer.submitted",
            "offer.rejected",
            "offer.updated",
            "offer.approved",
            "offer.extended",
            "offer.accepted",
            "application.stage_moved",
        ] {
            assert!(actions.contains(&action.to_owned()), "{action} audited");
        }
        let details: Vec<String> = careers::entities::audit_event::Entity::find()
            .all(&app.db)
            .await
            .expect("audit")
            .into_iter()
            .filter_map(|e| e.detail)
            .collect();
        assert!(
            details
                .iter()
                .all(|d| !d.contains("110000") && !d.contains("relocation")),
            "no terms in the audit"
        );
    })
    .await;
}

#[rocket::async_test]
async fn nobody_approves_their_own_offer_and_the_chain_is_the_affiliates() {
    on_each_backend(async |app| {
        let c = cast(app).await;
        // US offers: HR admin only.
        app.sign_in_as(&c.hr).await;
        let changed = app
            .post_with_csrf(
                "/admin/offer-approvals",
                &[
                    ("affiliate", "US"),
                    ("step", "hr_admin"),
                    ("step", ""),
                    ("step", ""),
                ],
            )
            .await;
        assert_eq!(changed.status, Status::SeeOther);
        let bad = app
            .post_with_csrf(
                "/admin/offer-approvals",
                &[("affiliate", "US"), ("step", "ceo")],
            )
            .await;
        assert_eq!(bad.status, Status::SeeOther);
        // The HR admin drafts and sends it: their own step is not theirs to approve.
        let page = format!("/staff/applications/{}/offer", c.application);
        assert_eq!(
            app.post_with_csrf(&page, &terms(&[("action", "submit")]))
                .await
                .status,
            Status::SeeOther
        );
        assert_eq!(app.count("offer_approvals").await, 1);
        app.post_with_csrf(&format!("{page}/decision"), &[("decision", "approve")])
            .await;
        assert_eq!(the_offer(app).await.status, "pending_approval");
        let other = app.add_staff("hr2@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&other).await;
        app.post_with_csrf(&format!("{page}/decision"), &[("decision", "approve")])
            .await;
        assert_eq!(the_offer(app).await.status, "approved");
        // One offer in play at a time.
        let again = app.post_with_csrf(&page, &terms(&[])).await;
        assert_eq!(again.status, Status::SeeOther);
        assert_eq!(app.count("offers").await, 1);
        // Another affiliate's application: 404.
        let emea = app
            .add_staff("rec-emea@panopto.test", "recruiter", &["EMEA"])
            .await;
        app.sign_in_as(&emea).await;
        assert_eq!(app.get(&page).await.status, Status::NotFound);
    })
    .await;
}

/// An application with an interview, two scorecards and an offer.
async fn with_everything(app: &TestApp, c: &Cast) -> i32 {
    let now = Utc::now();
    let plan = careers::domain::interview::default_plan();
    let interview = careers::store::interviews::create(
        &app.db,
        careers::store::interviews::NewInterview {
            application_id: c.application,
            step: &plan[1],
            status: careers::domain::interview::InterviewStatus::Scheduled,
            starts_at: Some(now - chrono::Duration::days(2)),
            duration_minutes: 60,
            location: Some("Room 12, Seattle".into()),
            video_url: None,
            applicant_time_zone: "America/Los_Angeles",
            message: Some("Ask for Jo at the desk".into()),
            calendar_uid: format!("privacy-test-{}@careers", c.application),
            pick_token_hash: None,
            pick_expires_at: None,
            scheduled_by: c.recruiter.id,
            interviewers: &[c.hm.id, c.recruiter.id],
            slots: &[],
            now,
        },
    )
    .await
    .expect("interview");
    app.sign_in_as(&c.hm).await;
    let card = format!("/staff/interviews/{}/scorecard", interview.id);
    let full = [
        ("rating[0]", "strong_yes"),
        ("rating[1]", "yes"),
        ("rating[2]", "no"),
        ("recommendation", "yes"),
        ("takeaways", "Marker-takeaway: thoughtful"),
        ("action", "submit"),
    ];
    assert_eq!(
        app.post_with_csrf(&card, &full).await.status,
        Status::SeeOther
    );
    app.sign_in_as(&c.recruiter).await;
    let page = format!("/staff/applications/{}/offer", c.application);
    assert_eq!(
        app.post_with_csrf(&page, &terms(&[("notes", "Marker-offer-note")]))
            .await
            .status,
        Status::SeeOther
    );
    interview.id
}

#[rocket::async_test]
async fn the_access_archive_holds_interviews_feedback_and_offers() {
    on_each_backend(async |app| {
        let c = cast(app).await;
        with_everything(app, &c).await;
        app.post_with_csrf("/staff/logout", &[]).await;
        let link =
            crate::privacy_requests::request_link(app, "ana.lima@example.com", "access").await;
        let (status, _, _, archive) = crate::privacy_requests::download(app, &link).await;
        assert_eq!(status, Status::Ok);
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(archive)).expect("zip");
        let mut json = String::new();
        for index in 0..zip.len() {
            let mut entry = zip.by_index(index).expect("entry");
            if entry.name().ends_with(".json") {
                std::io::Read::read_to_string(&mut entry, &mut json).expect("json");
            }
        }
        for marker in [
            "Room 12, Seattle",
            "Ask for Jo",
            "Marker-takeaway",
            "strong_yes",
            "Marker-offer-note",
            "120,000",
        ] {
            assert!(json.contains(marker), "{marker} in the archive");
        }
        assert!(
            !json.contains("hugo@panopto.test") && !json.contains("Staff hugo"),
            "not who wrote the feedback"
        );
    })
    .await;
}

#[rocket::async_test]
async fn anonymising_strips_free_text_and_keeps_ratings_and_deleting_removes_everything() {
    on_each_backend(async |app| {
        let c = cast(app).await;
        let interview_id = with_everything(app, &c).await;
        let ids = [c.application];
        careers::store::retention::erase(
            &app.db,
            &careers::store::retention::reread(&app.db, &ids, careers::store::retention::Lock::No)
                .await
                .expect("rows"),
            careers::domain::retention::RuleAction::Anonymise,
            Utc::now(),
        )
        .await
        .expect("anonymise");
        let kept = interview::Entity::find_by_id(interview_id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("kept");
        assert_eq!((kept.location, kept.message), (None, None));
        let card = scorecard::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("card");
        assert_eq!(card.takeaways, None);
        assert!(
            card.ratings.contains("strong_yes") && card.recommendation.as_deref() == Some("yes"),
            "ratings kept as statistics"
        );
        let versions = careers::entities::scorecard_version::Entity::find()
            .all(&app.db)
            .await
            .expect("versions");
        assert!(versions.iter().all(|v| v.takeaways.is_none()));
        assert_eq!(the_offer(app).await.notes, None);

        // A second application, deleted: its interviews, scorecards and offers go with it.
        let job = app.add_job("Another Job", |_| {}).await;
        let second = app
            .apply(&job, "Ana Lima", "ana.lima@example.com", "Resume")
            .await;
        let c2 = Cast {
            application: second,
            recruiter: c.recruiter.clone(),
            hm: c.hm.clone(),
            hr: c.hr.clone(),
        };
        with_everything(app, &c2).await;
        careers::store::retention::erase(
            &app.db,
            &careers::store::retention::reread(
                &app.db,
                &[second],
                careers::store::retention::Lock::No,
            )
            .await
            .expect("rows"),
            careers::domain::retention::RuleAction::Delete,
            Utc::now(),
        )
        .await
        .expect("delete");
        assert_eq!(
            interview::Entity::find()
                .filter(interview::Column::ApplicationId.eq(second))
                .all(&app.db)
                .await
                .expect("query")
                .len(),
            0
        );
        assert_eq!(
            app.count("interviews").await,
            1,
            "only the anonymised skeleton's"
        );
        assert_eq!(app.count("scorecards").await, 1);
        assert_eq!(app.count("offers").await, 1);
        assert_eq!(app.count("interview_interviewers").await, 2);
    })
    .await;
}
