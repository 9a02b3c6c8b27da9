//! Interviews: staff time zones, the plan, scheduling with calendar invitations (parsed
//! back with a library), moving and cancelling, self-scheduling with its race, scorecards
//! with independent feedback and their reminder, bad input, and what privacy requires.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarComponent, Component, EventLike};
use rocket::http::{ContentType, Status};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use careers::entities::{application, candidate, interview, outbox_message, scorecard, staff_user};

use crate::apply::hidden;
use crate::helpers::{Member, TestApp, on_each_backend};

/// A US application and a recruiter in Berlin's time zone who schedules for it, with two
/// hiring managers of the affiliate as possible interviewers.
struct Setup {
    application: i32,
    recruiter: Member,
    hm: Member,
    hm2: Member,
}

async fn setup(app: &TestApp) -> Setup {
    let job = app.add_job("Video Engineer", |_| {}).await;
    let application = app
        .apply(&job, "Ana Lima", "ana.lima@example.com", "Resume text.")
        .await;
    let recruiter = app
        .add_staff("rita@panopto.test", "recruiter", &["US"])
        .await;
    let hm = app
        .add_staff("hugo@panopto.test", "hiring_manager", &["US"])
        .await;
    let hm2 = app
        .add_staff("hana@panopto.test", "hiring_manager", &["US"])
        .await;
    set_zone(app, &recruiter, "Europe/Berlin").await;
    set_zone(app, &hm, "Asia/Tokyo").await;
    clear_outbox(app).await;
    Setup {
        application,
        recruiter,
        hm,
        hm2,
    }
}

async fn set_zone(app: &TestApp, member: &Member, zone: &str) {
    let mut user: staff_user::ActiveModel = staff_user::Entity::find_by_id(member.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("user")
        .into();
    user.time_zone = Set(zone.to_owned());
    user.update(&app.db).await.expect("zone");
}

async fn clear_outbox(app: &TestApp) {
    outbox_message::Entity::delete_many()
        .exec(&app.db)
        .await
        .expect("clear outbox");
}

async fn outbox(app: &TestApp) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.db)
        .await
        .expect("outbox")
}

/// A local time `days` from now at `hour`:00 in `zone`, as the form takes it, and in UTC.
fn local(days: i64, hour: u32, zone: Tz) -> (String, DateTime<Utc>) {
    let date: NaiveDate = (Utc::now() + Duration::days(days))
        .with_timezone(&zone)
        .date_naive();
    let naive = date.and_hms_opt(hour, 0, 0).expect("time");
    let at = zone
        .from_local_datetime(&naive)
        .earliest()
        .expect("exists")
        .with_timezone(&Utc);
    (naive.format("%Y-%m-%dT%H:%M").to_string(), at)
}

fn form<'a>(
    fields: &[(&'a str, &'a str)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut all = fields.to_vec();
    all.extend_from_slice(extra);
    all
}

async fn schedule(app: &TestApp, s: &Setup, fields: &[(&str, &str)]) -> crate::helpers::Answer {
    app.post_with_csrf(
        &format!("/staff/applications/{}/interviews/new", s.application),
        fields,
    )
    .await
}

/// The event of an invitation, and the calendar's METHOD.
fn event_of(ics: &str) -> (String, icalendar::Event) {
    let calendar: Calendar = ics.parse().expect("the invitation parses");
    let method = calendar
        .property_value("METHOD")
        .expect("METHOD")
        .to_owned();
    let event = calendar
        .components
        .into_iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .expect("an event");
    (method, event)
}

fn starts(event: &icalendar::Event) -> DateTime<Utc> {
    match event.get_start() {
        Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(at))) => at,
        other => panic!("start not in UTC: {other:?}"),
    }
}

#[rocket::async_test]
async fn a_scheduled_interview_invites_everyone_with_an_ics_in_utc_and_staff_see_no_applicant_data()
{
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (start, start_utc) = local(3, 10, Tz::Europe__Berlin);
        let hm = s.hm.id.to_string();
        let me = s.recruiter.id.to_string();
        let answer = schedule(
            app,
            &s,
            &[
                ("step", "1"),
                ("interviewer", &hm),
                ("interviewer", &me),
                ("mode", "time"),
                ("start", &start),
                ("duration", "60"),
                ("video_url", "https://meet.example.com/abc-defg"),
                ("applicant_time_zone", "America/New_York"),
                ("message", "Please bring a portfolio."),
            ],
        )
        .await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        let row = interview::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("interview");
        assert_eq!(
            row.starts_at,
            Some(start_utc),
            "entered in Berlin, stored in UTC"
        );
        assert_eq!(row.step_name, "Skills interview");
        let mails = outbox(app).await;
        assert_eq!(mails.len(), 3, "the applicant and two interviewers");
        let applicant = mails
            .iter()
            .find(|m| m.to_address == "ana.lima@example.com")
            .expect("applicant's");
        let (method, event) = event_of(applicant.calendar.as_deref().expect("an invitation"));
        assert_eq!(method, "REQUEST");
        assert_eq!(event.get_uid(), Some(row.calendar_uid.as_str()));
        assert_eq!(event.get_sequence(), Some(0));
        assert_eq!(starts(&event), start_utc);
        assert!(
            applicant.body_text.contains("(America/New_York)"),
            "{}",
            applicant.body_text
        );
        assert!(applicant.body_text.contains("Please bring a portfolio."));
        for staff_mail in mails
            .iter()
            .filter(|m| m.to_address != "ana.lima@example.com")
        {
            let ics = staff_mail.calendar.as_deref().expect("an invitation");
            for text in [
                ics,
                staff_mail.body_text.as_str(),
                staff_mail.subject.as_str(),
            ] {
                assert!(
                    !text.contains("Ana") && !text.contains("ana.lima"),
                    "no applicant data: {text}"
                );
            }
            assert_eq!(event_of(ics).1.get_uid(), Some(row.calendar_uid.as_str()));
            assert!(
                staff_mail
                    .body_text
                    .contains(&format!("/staff/interviews/{}", row.id))
            );
        }
        let hugo = mails
            .iter()
            .find(|m| m.to_address == "hugo@panopto.test")
            .expect("hugo's");
        assert!(
            hugo.body_text.contains("JST"),
            "in the interviewer's own zone: {}",
            hugo.body_text
        );
        assert!(
            app.audit_actions()
                .await
                .contains(&"interview.scheduled".to_owned())
        );

        // The application page lists it in the recruiter's zone.
        let page = app
            .get(&format!("/staff/applications/{}", s.application))
            .await;
        assert!(page.body.contains("Skills interview") && page.body.contains("(upcoming)"));
        assert!(
            page.body.contains(" CET") || page.body.contains(" CEST"),
            "Berlin time shown"
        );
    })
    .await;
}

#[rocket::async_test]
async fn moving_raises_the_sequence_and_cancelling_sends_cancel_to_everyone() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (start, _) = local(3, 10, Tz::Europe__Berlin);
        let hm = s.hm.id.to_string();
        let answer = schedule(
            app,
            &s,
            &[
                ("step", "0"),
                ("interviewer", &hm),
                ("mode", "time"),
                ("start", &start),
                ("duration", "30"),
                ("location", "Room 4"),
                ("applicant_time_zone", "Europe/London"),
            ],
        )
        .await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        let row = interview::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("interview");
        clear_outbox(app).await;
        let (later, later_utc) = local(4, 15, Tz::Europe__Berlin);
        let moved = app
            .post_with_csrf(
                &format!("/staff/interviews/{}/reschedule", row.id),
                &[
                    ("start", &later),
                    ("duration", "45"),
                    ("location", "Room 5"),
                ],
            )
            .await;
        assert_eq!(moved.status, Status::SeeOther, "{}", moved.body);
        let mails = outbox(app).await;
        assert_eq!(mails.len(), 2);
        for mail in &mails {
            let (method, event) = event_of(mail.calendar.as_deref().expect("ics"));
            assert_eq!(
                (method.as_str(), event.get_sequence()),
                ("REQUEST", Some(1))
            );
            assert_eq!(event.get_uid(), Some(row.calendar_uid.as_str()));
            assert_eq!(starts(&event), later_utc);
            assert_eq!(event.get_location(), Some("Room 5"));
            assert!(mail.subject.starts_with("Updated:"), "{}", mail.subject);
        }
        clear_outbox(app).await;
        let cancelled = app
            .post_with_csrf(&format!("/staff/interviews/{}/cancel", row.id), &[])
            .await;
        assert_eq!(cancelled.status, Status::SeeOther);
        let mails = outbox(app).await;
        assert_eq!(mails.len(), 2, "everyone invited");
        for mail in &mails {
            let (method, event) = event_of(mail.calendar.as_deref().expect("ics"));
            assert_eq!((method.as_str(), event.get_sequence()), ("CANCEL", Some(2)));
            assert_eq!(event.get_uid(), Some(row.calendar_uid.as_str()));
        }
        // Cancelled once: again is a clear no, and a cancelled one cannot be moved.
        let again = app
            .post_with_csrf(&format!("/staff/interviews/{}/cancel", row.id), &[])
            .await;
        assert_eq!(again.status, Status::SeeOther);
        assert_eq!(outbox(app).await.len(), 2, "no second cancellation");
        let actions = app.audit_actions().await;
        assert!(
            actions.contains(&"interview.rescheduled".to_owned())
                && actions.contains(&"interview.cancelled".to_owned())
        );
    })
    .await;
}

#[rocket::async_test]
async fn bad_scheduling_input_is_refused_with_a_message_and_nothing_saved() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        let outsider = app
            .add_staff("emil@panopto.test", "hiring_manager", &["EMEA"])
            .await;
        app.sign_in_as(&s.recruiter).await;
        let (start, _) = local(3, 10, Tz::Europe__Berlin);
        let past = (Utc::now() - Duration::hours(2))
            .with_timezone(&Tz::Europe__Berlin)
            .format("%Y-%m-%dT%H:%M")
            .to_string();
        let hm = s.hm.id.to_string();
        let outsider_id = outsider.id.to_string();
        let base = [
            ("step", "0"),
            ("mode", "time"),
            ("duration", "30"),
            ("location", "Room 4"),
            ("applicant_time_zone", "Europe/London"),
        ];
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (
                form(&base, &[("interviewer", &hm), ("start", &past)]),
                "That time has passed",
            ),
            (
                form(
                    &base,
                    &[("interviewer", &hm), ("start", "2026-13-40T99:00")],
                ),
                "YYYY-MM-DD HH:MM",
            ),
            (
                form(&base, &[("interviewer", &outsider_id), ("start", &start)]),
                "staff who may see this application",
            ),
            (
                form(&base, &[("interviewer", "999999"), ("start", &start)]),
                "staff who may see this application",
            ),
            (
                form(&base, &[("start", &start)]),
                "Choose 1 to 6 interviewers",
            ),
            (
                form(
                    &[
                        ("step", "0"),
                        ("mode", "time"),
                        ("duration", "30"),
                        ("video_url", "http://meet.example.com/x"),
                        ("applicant_time_zone", "UTC"),
                    ],
                    &[("interviewer", &hm), ("start", &start)],
                ),
                "https://",
            ),
            (
                form(
                    &[
                        ("step", "0"),
                        ("mode", "time"),
                        ("duration", "30"),
                        ("location", "Room"),
                        ("applicant_time_zone", "Mars/Olympus"),
                    ],
                    &[("interviewer", &hm), ("start", &start)],
                ),
                "not a time zone we know",
            ),
            (
                form(
                    &[
                        ("step", "99"),
                        ("mode", "time"),
                        ("duration", "30"),
                        ("location", "Room"),
                        ("applicant_time_zone", "UTC"),
                    ],
                    &[("interviewer", &hm), ("start", &start)],
                ),
                "Choose a step",
            ),
            (
                form(
                    &[
                        ("step", "0"),
                        ("mode", "time"),
                        ("duration", "5"),
                        ("location", "Room"),
                        ("applicant_time_zone", "UTC"),
                    ],
                    &[("interviewer", &hm), ("start", &start)],
                ),
                "15 to 480 minutes",
            ),
            (
                form(
                    &[
                        ("step", "0"),
                        ("mode", "slots"),
                        ("duration", "30"),
                        ("location", "Room"),
                        ("applicant_time_zone", "UTC"),
                    ],
                    &[("interviewer", &hm), ("slots", &start)],
                ),
                "Offer 2 to 20",
            ),
            (
                form(
                    &base,
                    &[
                        ("interviewer", &hm),
                        ("start", &start),
                        ("message", "<script>alert(1)</script>\u{0}"),
                    ],
                ),
                "not allowed",
            ),
        ];
        for (fields, says) in cases {
            let answer = schedule(app, &s, &fields).await;
            assert_eq!(
                answer.status,
                Status::UnprocessableEntity,
                "{says}: {}",
                answer.body
            );
            assert!(answer.body.contains(says), "{says}");
            assert!(!answer.body.contains("<script>alert(1)"), "escaped");
        }
        assert_eq!(app.count("interviews").await, 0);
        assert_eq!(app.count("outbox_messages").await, 0);
        let seven: Vec<Member> = {
            let mut people = Vec::new();
            for n in 0..7 {
                people.push(
                    app.add_staff(&format!("panel{n}@panopto.test"), "hiring_manager", &["US"])
                        .await,
                );
            }
            people
        };
        let ids: Vec<String> = seven.iter().map(|m| m.id.to_string()).collect();
        let mut fields = form(&base, &[("start", &start)]);
        fields.extend(ids.iter().map(|id| ("interviewer", id.as_str())));
        let answer = schedule(app, &s, &fields).await;
        assert_eq!(answer.status, Status::UnprocessableEntity);
        assert_eq!(app.count("interviews").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn an_overlap_for_an_interviewer_is_a_warning_that_can_be_confirmed() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (start, _) = local(3, 10, Tz::Europe__Berlin);
        let hm = s.hm.id.to_string();
        let fields = [
            ("step", "0"),
            ("interviewer", hm.as_str()),
            ("mode", "time"),
            ("start", start.as_str()),
            ("duration", "60"),
            ("location", "Room 4"),
            ("applicant_time_zone", "UTC"),
        ];
        assert_eq!(schedule(app, &s, &fields).await.status, Status::SeeOther);
        let (half_past, _) = local(3, 10, Tz::Europe__Berlin);
        let overlapping = form(&fields, &[])
            .into_iter()
            .map(|(k, v)| {
                if k == "start" {
                    (k, half_past.as_str())
                } else {
                    (k, v)
                }
            })
            .collect::<Vec<_>>();
        let warned = schedule(app, &s, &overlapping).await;
        assert_eq!(warned.status, Status::Conflict, "{}", warned.body);
        assert!(warned.body.contains("already has an interview"));
        assert_eq!(
            app.count("interviews").await,
            1,
            "nothing saved on a warning"
        );
        let confirmed = schedule(app, &s, &form(&overlapping, &[("confirm_overlap", "yes")])).await;
        assert_eq!(confirmed.status, Status::SeeOther, "{}", confirmed.body);
        assert_eq!(app.count("interviews").await, 2);
    })
    .await;
}

#[rocket::async_test]
async fn the_applicants_zone_defaults_from_a_country_with_one_zone() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        let mut person: candidate::ActiveModel = candidate::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("candidate")
            .into();
        person.country = Set("GB".into());
        person.update(&app.db).await.expect("country");
        app.sign_in_as(&s.recruiter).await;
        let page = app
            .get(&format!(
                "/staff/applications/{}/interviews/new",
                s.application
            ))
            .await;
        assert_eq!(page.status, Status::Ok);
        assert!(
            page.body
                .contains(r#"<option value="Europe/London" selected>"#)
        );
        let mut person: candidate::ActiveModel = candidate::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("candidate")
            .into();
        person.country = Set("US".into());
        person.update(&app.db).await.expect("country");
        let page = app
            .get(&format!(
                "/staff/applications/{}/interviews/new",
                s.application
            ))
            .await;
        assert!(
            !page.body.contains("\" selected>America/"),
            "several zones: none chosen"
        );
        // Hiring managers do not schedule.
        app.sign_in_as(&s.hm).await;
        assert_eq!(
            app.get(&format!(
                "/staff/applications/{}/interviews/new",
                s.application
            ))
            .await
            .status,
            Status::Forbidden
        );
    })
    .await;
}

/// Offers slots for an application and returns the pick link's path.
async fn offer_slots(app: &TestApp, application: i32, interviewer: i32, slots: &str) -> String {
    clear_outbox(app).await;
    let id = interviewer.to_string();
    let answer = app
        .post_with_csrf(
            &format!("/staff/applications/{application}/interviews/new"),
            &[
                ("step", "0"),
                ("interviewer", &id),
                ("mode", "slots"),
                ("slots", slots),
                ("duration", "30"),
                ("video_url", "https://meet.example.com/x"),
                ("applicant_time_zone", "Europe/London"),
            ],
        )
        .await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    let mail = outbox(app)
        .await
        .into_iter()
        .find(|m| m.kind == "interview_slots")
        .expect("the link's mail");
    assert!(mail.calendar.is_none(), "no invitation before a pick");
    let prefix = "https://careers.example.test";
    let start = mail
        .body_text
        .find(&format!("{prefix}/interviews/"))
        .expect("link")
        + prefix.len();
    mail.body_text[start..start + "/interviews/".len() + 64].to_owned()
}

#[rocket::async_test]
async fn an_applicant_picks_a_slot_in_their_zone_once_and_the_link_is_then_used_up() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (a, a_utc) = local(3, 10, Tz::Europe__Berlin);
        let (b, _) = local(4, 10, Tz::Europe__Berlin);
        let link = offer_slots(
            app,
            s.application,
            s.hm.id,
            &format!("{}\n{}", a.replace('T', " "), b.replace('T', " ")),
        )
        .await;
        app.post_with_csrf("/staff/logout", &[]).await;
        let page = app.get(&format!("{link}?tz=Asia/Tokyo")).await;
        assert_eq!(page.status, Status::Ok, "{}", page.body);
        assert!(page.body.contains("JST"), "shown in the zone chosen");
        assert_eq!(page.header("Cache-Control"), Some("no-store"));
        let first = page.body.find("name=\"slot\" value=\"").expect("a slot") + 19;
        let slot = &page.body[first..first + page.body[first..].find('"').expect("end")];
        let csrf = hidden(&page.body, "csrf_token");
        let booked = app
            .post_form(
                &link,
                &[("slot", slot), ("tz", "Asia/Tokyo"), ("csrf_token", &csrf)],
            )
            .await;
        assert_eq!(booked.status, Status::Ok, "{}", booked.body);
        assert!(booked.body.contains("Your interview is booked"));
        let row = interview::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("interview");
        assert_eq!(
            (row.status.as_str(), row.starts_at),
            ("scheduled", Some(a_utc))
        );
        let invitations: Vec<_> = outbox(app)
            .await
            .into_iter()
            .filter(|m| m.calendar.is_some())
            .collect();
        assert_eq!(invitations.len(), 2, "the applicant and the interviewer");
        assert_eq!(app.count("interview_slots").await, 0);
        assert_eq!(app.get(&link).await.status, Status::Gone, "used once");
        assert_eq!(
            app.get("/interviews/not-a-token").await.status,
            Status::NotFound
        );
        assert!(
            app.audit_actions()
                .await
                .contains(&"interview.booked".to_owned())
        );
    })
    .await;
}

#[rocket::async_test]
async fn two_tabs_or_two_applicants_racing_for_a_slot_get_one_booking_and_one_refusal() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (a, _) = local(3, 10, Tz::Europe__Berlin);
        let (b, _) = local(3, 14, Tz::Europe__Berlin);
        let slots = format!("{}\n{}", a.replace('T', " "), b.replace('T', " "));
        // Two tabs of one link.
        let link = offer_slots(app, s.application, s.hm.id, &slots).await;
        let page = app.get(&link).await;
        let slot_id = {
            let first = page.body.find("name=\"slot\" value=\"").expect("a slot") + 19;
            page.body[first..first + page.body[first..].find('"').expect("end")].to_owned()
        };
        let csrf = hidden(&page.body, "csrf_token");
        let body = format!("slot={slot_id}&csrf_token={csrf}");
        let post = |b: String| {
            app.client
                .post(link.clone())
                .header(ContentType::Form)
                .body(b)
                .dispatch()
        };
        let (one, two) = rocket::tokio::join!(post(body.clone()), post(body.clone()));
        let mut statuses = [one.status().code, two.status().code];
        statuses.sort_unstable();
        // Overlapping, the loser learns the time was just taken (409); one after the
        // other, the link is used up by the booking (410). Either is one booking.
        assert!(
            statuses == [200, 409] || statuses == [200, 410],
            "one booking, one clear refusal: {statuses:?}"
        );
        let late = post(body.clone()).await;
        assert_eq!(late.status().code, 410, "the booking used the link up");
        assert!(
            late.into_string()
                .await
                .unwrap_or_default()
                .contains("the interview has been arranged already")
        );
        assert_eq!(
            interview::Entity::find()
                .filter(interview::Column::Status.eq("scheduled"))
                .all(&app.db)
                .await
                .expect("query")
                .len(),
            1
        );

        // Two applicants offered the same interviewer's time: the first pick takes it,
        // the other is told, with the time still free.
        let job = app.add_job("Second Job", |_| {}).await;
        let other = app.apply(&job, "Bo Berg", "bo@example.com", "Text").await;
        let (c, c_utc) = local(5, 10, Tz::Europe__Berlin);
        let (d, d_utc) = local(5, 15, Tz::Europe__Berlin);
        let shared = format!("{}\n{}", c.replace('T', " "), d.replace('T', " "));
        let first_link = offer_slots(app, s.application, s.hm2.id, &shared).await;
        let second_link = offer_slots(app, other, s.hm2.id, &shared).await;
        let pick = async |link: &str| {
            let page = app.get(link).await;
            let first = page.body.find("name=\"slot\" value=\"").expect("a slot") + 19;
            let slot =
                page.body[first..first + page.body[first..].find('"').expect("end")].to_owned();
            (hidden(&page.body, "csrf_token"), slot)
        };
        let (csrf_a, slot_a) = pick(&first_link).await;
        let (csrf_b, slot_b) = pick(&second_link).await;
        let (one, two) = rocket::tokio::join!(
            app.client
                .post(first_link.clone())
                .header(ContentType::Form)
                .body(format!("slot={slot_a}&csrf_token={csrf_a}"))
                .dispatch(),
            app.client
                .post(second_link.clone())
                .header(ContentType::Form)
                .body(format!("slot={slot_b}&csrf_token={csrf_b}"))
                .dispatch(),
        );
        let (one_status, two_status) = (one.status(), two.status());
        let loser_body = if one_status == Status::Ok {
            two.into_string().await.unwrap_or_default()
        } else {
            one.into_string().await.unwrap_or_default()
        };
        let mut statuses = [one_status.code, two_status.code];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 409]);
        assert!(
            loser_body.contains("was taken a moment ago"),
            "{loser_body}"
        );
        let remaining = time_in(d_utc, Tz::Europe__London);
        assert!(
            loser_body.contains(&remaining),
            "the remaining slot {remaining} is offered: {loser_body}"
        );
        assert!(
            !loser_body.contains(&time_in(c_utc, Tz::Europe__London)),
            "not the taken one"
        );
    })
    .await;
}

fn time_in(at: DateTime<Utc>, zone: Tz) -> String {
    careers::domain::time_zone::show_in(careers::i18n::Lang::default_lang(), at, zone)
}

#[rocket::async_test]
async fn a_pick_link_expires_with_its_last_slot() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (a, _) = local(3, 10, Tz::Europe__Berlin);
        let (b, _) = local(3, 11, Tz::Europe__Berlin);
        let link = offer_slots(app, s.application, s.hm.id, &format!("{a}\n{b}")).await;
        let row = interview::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("interview");
        assert!(row.pick_expires_at.expect("an end") <= Utc::now() + Duration::days(4));
        let mut expired: interview::ActiveModel = row.into();
        expired.pick_expires_at = Set(Some(Utc::now() - Duration::minutes(1)));
        expired.update(&app.db).await.expect("expire");
        assert_eq!(app.get(&link).await.status, Status::Gone);
    })
    .await;
}

async fn scheduled(app: &TestApp, s: &Setup, interviewers: &[&Member], start: &str) -> i32 {
    let ids: Vec<String> = interviewers.iter().map(|m| m.id.to_string()).collect();
    let mut fields = vec![
        ("step", "1"),
        ("mode", "time"),
        ("start", start),
        ("duration", "60"),
        ("location", "Room 4"),
        ("applicant_time_zone", "UTC"),
        ("confirm_overlap", "yes"),
    ];
    fields.extend(ids.iter().map(|id| ("interviewer", id.as_str())));
    let answer = schedule(app, s, &fields).await;
    assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
    interview::Entity::find()
        .order_by_desc(interview::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("interview")
        .id
}

#[rocket::async_test]
async fn scorecards_are_drafts_then_final_versions_and_feedback_stays_independent() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (start, _) = local(2, 10, Tz::Europe__Berlin);
        let id = scheduled(app, &s, &[&s.hm, &s.hm2], &start).await;
        let card = format!("/staff/interviews/{id}/scorecard");
        // The recruiter does not attend: 404.
        assert_eq!(app.get(&card).await.status, Status::NotFound);

        app.sign_in_as(&s.hm).await;
        let page = app.get(&card).await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains("Skills: Role knowledge"));
        let draft = app
            .post_with_csrf(
                &card,
                &[
                    ("rating[0]", "yes"),
                    ("takeaways", "Draft thoughts"),
                    ("action", "draft"),
                ],
            )
            .await;
        assert_eq!(draft.status, Status::SeeOther, "{}", draft.body);
        let incomplete = app
            .post_with_csrf(&card, &[("rating[0]", "yes"), ("action", "submit")])
            .await;
        assert_eq!(incomplete.status, Status::UnprocessableEntity);
        assert!(
            incomplete.body.contains("Choose an overall recommendation")
                && incomplete.body.contains("Rate every attribute")
        );
        let hostile = app
            .post_with_csrf(
                &card,
                &[
                    ("rating[0]", "maybe"),
                    ("rating[1]", "yes"),
                    ("rating[2]", "yes"),
                    ("recommendation", "yes"),
                    ("takeaways", "x"),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(hostile.status, Status::UnprocessableEntity);

        // Hana has not submitted: she sees no other scorecard, and no draft of Hugo's.
        app.sign_in_as(&s.hm2).await;
        let full = [
            ("rating[0]", "strong_yes"),
            ("rating[1]", "yes"),
            ("rating[2]", "not_assessed"),
            ("recommendation", "strong_yes"),
            ("takeaways", "Hana: excellent <b>depth</b>"),
            ("action", "submit"),
        ];
        let submitted = app.post_with_csrf(&card, &full).await;
        assert_eq!(submitted.status, Status::SeeOther, "{}", submitted.body);
        app.sign_in_as(&s.hm).await;
        let page = app
            .get(&format!("/staff/applications/{}", s.application))
            .await;
        assert!(page.body.contains("once you have submitted your own"));
        assert!(
            !page.body.contains("Hana: excellent"),
            "independent until Hugo submits"
        );
        let interview_page = app.get(&format!("/staff/interviews/{id}")).await;
        assert!(!interview_page.body.contains("Hana: excellent"));
        let submit = [
            ("rating[0]", "no"),
            ("rating[1]", "yes"),
            ("rating[2]", "yes"),
            ("recommendation", "no"),
            ("takeaways", "Hugo: unsure"),
            ("action", "submit"),
        ];
        assert_eq!(
            app.post_with_csrf(&card, &submit).await.status,
            Status::SeeOther
        );
        let page = app
            .get(&format!("/staff/applications/{}", s.application))
            .await;
        assert!(
            page.body.contains("Strong yes")
                && page
                    .body
                    .contains("Staff hana@panopto.test (Skills interview): Strong yes")
        );
        let interview_page = app.get(&format!("/staff/interviews/{id}")).await;
        assert!(
            interview_page
                .body
                .contains("Hana: excellent &lt;b&gt;depth&lt;/b&gt;"),
            "escaped"
        );

        // A later edit is version 2; version 1 stays.
        let edit = [
            ("rating[0]", "yes"),
            ("rating[1]", "yes"),
            ("rating[2]", "yes"),
            ("recommendation", "yes"),
            ("takeaways", "Hugo: convinced after all"),
            ("action", "draft"),
        ];
        assert_eq!(
            app.post_with_csrf(&card, &edit).await.status,
            Status::SeeOther
        );
        let mine = scorecard::Entity::find()
            .filter(scorecard::Column::InterviewerId.eq(s.hm.id))
            .one(&app.db)
            .await
            .expect("query")
            .expect("card");
        assert_eq!(
            (mine.status.as_str(), mine.version),
            ("submitted", 2),
            "a submitted card is never a draft again"
        );
        assert_eq!(app.count("scorecard_versions").await, 3);
        let page = app.get(&card).await;
        assert!(page.body.contains("Version 1") && page.body.contains("Version 2"));

        // The recruiter sees everything without a scorecard of their own.
        app.sign_in_as(&s.recruiter).await;
        let page = app
            .get(&format!("/staff/applications/{}", s.application))
            .await;
        assert!(
            page.body
                .contains("Staff hugo@panopto.test (Skills interview): Yes")
        );
        let audits = app.audit_actions().await;
        assert_eq!(
            audits
                .iter()
                .filter(|a| *a == "scorecard.submitted")
                .count(),
            3
        );
        let detail: Vec<String> = careers::entities::audit_event::Entity::find()
            .all(&app.db)
            .await
            .expect("audit")
            .into_iter()
            .filter_map(|e| e.detail)
            .collect();
        assert!(
            detail
                .iter()
                .all(|d| !d.contains("excellent") && !d.contains("convinced")),
            "no take-aways in the audit"
        );
    })
    .await;
}

#[rocket::async_test]
async fn interviewers_who_have_not_submitted_get_one_reminder_a_day_after() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.recruiter).await;
        let (start, _) = local(2, 10, Tz::Europe__Berlin);
        let id = scheduled(app, &s, &[&s.hm, &s.hm2], &start).await;
        app.sign_in_as(&s.hm2).await;
        let full = [
            ("rating[0]", "yes"),
            ("rating[1]", "yes"),
            ("rating[2]", "yes"),
            ("recommendation", "yes"),
            ("takeaways", "Fine"),
            ("action", "submit"),
        ];
        assert_eq!(
            app.post_with_csrf(&format!("/staff/interviews/{id}/scorecard"), &full)
                .await
                .status,
            Status::SeeOther
        );
        clear_outbox(app).await;
        let views = careers::views::Views::load().expect("views");
        let settings = app
            .client
            .rocket()
            .state::<careers::config::Settings>()
            .expect("settings")
            .clone();
        let mailing = careers::services::accounts::Mailing {
            views: &views,
            settings: &settings,
        };
        let row = interview::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("interview");
        let ends = row.starts_at.expect("start") + Duration::minutes(60);
        let send = async |at| {
            careers::services::interviews::send_scorecard_reminders(&app.db, mailing, at)
                .await
                .expect("reminders")
        };
        assert_eq!(
            send(ends + Duration::hours(23)).await,
            0,
            "not before a day"
        );
        assert_eq!(send(ends + Duration::hours(25)).await, 1, "Hugo only");
        assert_eq!(send(ends + Duration::hours(30)).await, 0, "once");
        let mails = outbox(app).await;
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].to_address, "hugo@panopto.test");
        assert!(
            mails[0]
                .body_text
                .contains(&format!("/staff/interviews/{id}/scorecard"))
        );
        assert!(!mails[0].body_text.contains("Ana"));
    })
    .await;
}

#[rocket::async_test]
async fn the_plan_starts_from_the_default_is_edited_by_recruiters_and_bad_rows_save_nothing() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        let job = application::Entity::find_by_id(s.application)
            .one(&app.db)
            .await
            .expect("query")
            .expect("app")
            .job_id;
        let path = format!("/staff/jobs/{job}/interview-plan");
        app.sign_in_as(&s.hm).await;
        let page = app.get(&path).await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains("Recruiter screen") && page.body.contains("Skills interview"));
        assert_eq!(
            app.post_with_csrf(&path, &[]).await.status,
            Status::Forbidden
        );
        app.sign_in_as(&s.recruiter).await;
        let bad = app
            .post_with_csrf(
                &path,
                &[
                    ("steps[0].name", "Screen"),
                    ("steps[0].duration", "30"),
                    ("steps[0].focus", "no colon here"),
                ],
            )
            .await;
        assert_eq!(bad.status, Status::UnprocessableEntity);
        assert!(bad.body.contains("Category: attribute"));
        assert_eq!(app.count("interview_steps").await, 0);
        let saved = app
            .post_with_csrf(
                &path,
                &[
                    ("steps[0].name", "Pairing session"),
                    ("steps[0].duration", "90"),
                    (
                        "steps[0].focus",
                        "Skills: Rust\nSkills: Testing\nValues: Candour",
                    ),
                    ("steps[1].name", ""),
                    ("steps[1].duration", ""),
                    ("steps[1].focus", ""),
                    ("steps[2].name", "Chat with the team"),
                    ("steps[2].duration", "30"),
                    ("steps[2].focus", "Collaboration: Kindness"),
                ],
            )
            .await;
        assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
        assert_eq!(app.count("interview_steps").await, 2);
        assert_eq!(app.count("interview_focus").await, 4);
        let page = app.get(&path).await;
        assert!(page.body.contains("Pairing session") && !page.body.contains("Recruiter screen"));
        let form = app
            .get(&format!(
                "/staff/applications/{}/interviews/new",
                s.application
            ))
            .await;
        assert!(form.body.contains("Pairing session (90 minutes)"));
    })
    .await;
}

#[rocket::async_test]
async fn staff_choose_their_zone_and_pages_show_times_in_it() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        app.sign_in_as(&s.hm2).await;
        let page = app.get("/staff/profile").await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains(r#"<option value="UTC" selected>"#));
        let bad = app
            .post_with_csrf("/staff/profile", &[("time_zone", "Europe/Atlantis")])
            .await;
        assert_eq!(bad.status, Status::UnprocessableEntity);
        let ok = app
            .post_with_csrf("/staff/profile", &[("time_zone", "Asia/Singapore")])
            .await;
        assert_eq!(ok.status, Status::SeeOther);
        let page = app
            .get(&format!("/staff/applications/{}", s.application))
            .await;
        assert!(
            page.body.contains(" +08"),
            "history in Singapore time: {}",
            &page.body[..page.body.len().min(3000)]
        );
        assert!(
            app.audit_actions()
                .await
                .contains(&"user.profile_changed".to_owned())
        );
    })
    .await;
}

#[rocket::async_test]
async fn the_applicant_is_invited_in_the_language_they_applied_in() {
    on_each_backend(async |app| {
        let s = setup(app).await;
        let mut row: application::ActiveModel = application::Entity::find_by_id(s.application)
            .one(&app.db)
            .await
            .expect("query")
            .expect("application")
            .into();
        row.language = Set("fr".to_owned());
        row.update(&app.db).await.expect("language");
        app.sign_in_as(&s.recruiter).await;
        let (start, start_utc) = local(3, 10, Tz::Europe__Berlin);
        let hm = s.hm.id.to_string();
        let answer = schedule(
            app,
            &s,
            &[
                ("step", "1"),
                ("interviewer", &hm),
                ("mode", "time"),
                ("start", &start),
                ("duration", "60"),
                ("video_url", "https://meet.example.com/abc-defg"),
                ("applicant_time_zone", "Europe/Paris"),
            ],
        )
        .await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        let mails = outbox(app).await;
        let french = careers::i18n::Lang::from_code("fr").expect("French");
        let when = careers::domain::time_zone::show_in(french, start_utc, Tz::Europe__Paris);
        let subject = french.text(
            "mail-invitation-subject",
            Some(&careers::i18n::args(&[
                ("title", "Video Engineer"),
                ("when", &when),
            ])),
        );
        let applicant = mails
            .iter()
            .find(|m| m.to_address == "ana.lima@example.com")
            .expect("the applicant's");
        // A subject is one line of plain spaces.
        let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(applicant.subject, subject);
        let staff = mails
            .iter()
            .find(|m| m.to_address == "hugo@panopto.test")
            .expect("the interviewer's");
        let english = careers::domain::time_zone::show_long(start_utc, Tz::Asia__Tokyo);
        assert!(
            staff.subject.contains(&english),
            "staff mails stay English: {}",
            staff.subject
        );
    })
    .await;
}
