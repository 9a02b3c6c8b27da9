//! The authorization matrix, generated from the mounted route table: every route must
//! have an entry here, and every staff or admin route is tried by each role, on a record
//! of the member's own affiliate and of another, and signed out. A route added without
//! an entry fails the test; so does an entry whose route is gone.

use rocket::http::{Method, Status};

use crate::helpers::{Member, TestApp, on_each_backend};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rule {
    /// Anyone (public pages, sign-in, links that carry their own secret token).
    Anyone,
    /// Any signed-in staff member.
    Staff,
    Recruiter,
    HrAdmin,
}

/// What the route's path parameter names, so the test can fill it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// No record in the path.
    Nothing,
    /// A staff account (`<id>`); HR admins may reach every affiliate's.
    StaffUser,
    /// An application (`<id>`): outside the member's affiliates it does not exist.
    Application,
    /// A job named in the query (`?job=<id>`), likewise.
    JobQuery,
    /// A job posting (`<id>`), likewise.
    Job,
    /// A standing legal hold (`<id>`): HR admins only, over every affiliate.
    Hold,
    /// An applicant's privacy request (`<id>`): HR admins only, over every affiliate.
    PrivacyRequest,
    /// An interview (`<id>`) of an application, with every signed-in actor among its
    /// interviewers: outside the member's affiliates it does not exist.
    Interview,
    /// A passkey (`<id>`): the member's own, or another member's, which does not exist
    /// for them whatever their role.
    Passkey,
}

struct Entry {
    method: Method,
    path: &'static str,
    rule: Rule,
    target: Target,
}

const fn entry(method: Method, path: &'static str, rule: Rule, target: Target) -> Entry {
    Entry {
        method,
        path,
        rule,
        target,
    }
}

use Method::{Get, Post};
use Rule::{Anyone, HrAdmin, Recruiter, Staff};
use Target::{
    Application, Hold, Interview, Job, JobQuery, Nothing, Passkey, PrivacyRequest, StaffUser,
};

/// Every mounted route (path without its query) and its rule.
const MATRIX: &[Entry] = &[
    // Public site and applicant pages.
    entry(Get, "/", Anyone, Nothing),
    entry(Get, "/jobs", Anyone, Nothing),
    entry(Get, "/jobs/<slug>", Anyone, Nothing),
    entry(Get, "/jobs/<slug>/apply", Anyone, Nothing),
    entry(Post, "/jobs/<slug>/apply", Anyone, Nothing),
    entry(
        Post,
        "/applications/pending/<token>/submit",
        Anyone,
        Nothing,
    ),
    entry(Post, "/applications/pending/<token>/edit", Anyone, Nothing),
    entry(Get, "/applications/submitted", Anyone, Nothing),
    entry(Get, "/applications/status/<token>", Anyone, Nothing),
    entry(
        Post,
        "/applications/status/<token>/withdraw",
        Anyone,
        Nothing,
    ),
    entry(Get, "/privacy", Anyone, Nothing),
    entry(Get, "/privacy/requests", Anyone, Nothing),
    entry(Post, "/privacy/requests", Anyone, Nothing),
    entry(Get, "/privacy/requests/verify/<token>", Anyone, Nothing),
    entry(Post, "/privacy/requests/verify/<token>", Anyone, Nothing),
    entry(Get, "/interviews/<token>", Anyone, Nothing),
    entry(Post, "/interviews/<token>", Anyone, Nothing),
    entry(Get, "/privacy/talent-pool/renew/<token>", Anyone, Nothing),
    entry(Post, "/privacy/talent-pool/renew/<token>", Anyone, Nothing),
    entry(Get, "/cookies", Anyone, Nothing),
    entry(Get, "/healthz", Anyone, Nothing),
    entry(Get, "/robots.txt", Anyone, Nothing),
    entry(Get, "/jobs.rss", Anyone, Nothing),
    entry(Get, "/static/<name>", Anyone, Nothing),
    entry(Get, "/api/v1/jobs", Anyone, Nothing),
    // Signing in and the links that carry their own token.
    entry(Get, "/staff/login", Anyone, Nothing),
    entry(Post, "/staff/login", Anyone, Nothing),
    entry(Get, "/staff/password/<token>", Anyone, Nothing),
    entry(Post, "/staff/password/<token>", Anyone, Nothing),
    entry(Get, "/staff/login/second-factor", Anyone, Nothing),
    entry(Post, "/staff/login/second-factor", Anyone, Nothing),
    // Single sign-on: 404 unless a provider is configured (tests/api/single_sign_on.rs).
    entry(Get, "/staff/login/sso", Anyone, Nothing),
    entry(Get, "/staff/login/sso/callback", Anyone, Nothing),
    entry(Get, "/staff/setup/<token>", Anyone, Nothing),
    entry(Post, "/staff/setup/<token>", Anyone, Nothing),
    // Staff.
    entry(Get, "/staff", Staff, Nothing),
    entry(Post, "/staff/logout", Staff, Nothing),
    entry(Get, "/staff/applications/<id>", Staff, Application),
    entry(Get, "/staff/applications/<id>/resume", Staff, Application),
    entry(Post, "/staff/applications/<id>/stage", Staff, Application),
    entry(Post, "/staff/applications/<id>/notes", Staff, Application),
    entry(Post, "/staff/applications/<id>/rating", Staff, Application),
    entry(Post, "/staff/applications/<id>/minor", Staff, Application),
    entry(Get, "/staff/export.csv", Recruiter, JobQuery),
    entry(Get, "/staff/jobs", Recruiter, Nothing),
    entry(Get, "/staff/jobs/new", Recruiter, Nothing),
    entry(Post, "/staff/jobs", Recruiter, Nothing),
    entry(Get, "/staff/jobs/<id>/edit", Recruiter, Job),
    entry(Post, "/staff/jobs/<id>", Recruiter, Job),
    entry(Post, "/staff/jobs/<id>/status", Recruiter, Job),
    entry(Get, "/staff/jobs/<id>/interview-plan", Staff, Job),
    entry(Post, "/staff/jobs/<id>/interview-plan", Recruiter, Job),
    entry(
        Get,
        "/staff/applications/<id>/interviews/new",
        Recruiter,
        Application,
    ),
    entry(
        Post,
        "/staff/applications/<id>/interviews/new",
        Recruiter,
        Application,
    ),
    entry(Get, "/staff/interviews/<id>", Staff, Interview),
    entry(
        Post,
        "/staff/interviews/<id>/reschedule",
        Recruiter,
        Interview,
    ),
    entry(Post, "/staff/interviews/<id>/cancel", Recruiter, Interview),
    entry(Get, "/staff/interviews/<id>/scorecard", Staff, Interview),
    entry(Post, "/staff/interviews/<id>/scorecard", Staff, Interview),
    entry(Get, "/staff/applications/<id>/offer", Staff, Application),
    entry(
        Post,
        "/staff/applications/<id>/offer",
        Recruiter,
        Application,
    ),
    entry(
        Post,
        "/staff/applications/<id>/offer/decision",
        Staff,
        Application,
    ),
    entry(
        Post,
        "/staff/applications/<id>/offer/status",
        Recruiter,
        Application,
    ),
    entry(Get, "/staff/profile", Staff, Nothing),
    entry(Post, "/staff/profile", Staff, Nothing),
    entry(Get, "/staff/security", Staff, Nothing),
    entry(Post, "/staff/security/totp/start", Staff, Nothing),
    entry(Post, "/staff/security/totp/confirm", Staff, Nothing),
    entry(Post, "/staff/security/totp/remove", Staff, Nothing),
    entry(Post, "/staff/security/recovery-codes", Staff, Nothing),
    entry(Get, "/staff/security/confirm", Staff, Nothing),
    entry(Post, "/staff/security/confirm", Staff, Nothing),
    entry(Post, "/staff/security/passkeys/start", Staff, Nothing),
    entry(Post, "/staff/security/passkeys/finish", Staff, Nothing),
    entry(Post, "/staff/security/passkeys/<id>/remove", Staff, Passkey),
    // HR admin.
    entry(Get, "/admin/users", HrAdmin, Nothing),
    entry(Post, "/admin/users", HrAdmin, Nothing),
    entry(Get, "/admin/users/<id>", HrAdmin, StaffUser),
    entry(Post, "/admin/users/<id>", HrAdmin, StaffUser),
    entry(Post, "/admin/users/<id>/deactivate", HrAdmin, StaffUser),
    entry(Post, "/admin/users/<id>/reactivate", HrAdmin, StaffUser),
    entry(Post, "/admin/users/<id>/reset", HrAdmin, StaffUser),
    entry(
        Post,
        "/admin/users/<id>/second-factor/reset",
        HrAdmin,
        StaffUser,
    ),
    entry(Get, "/admin/audit", HrAdmin, Nothing),
    entry(Get, "/admin/retention", HrAdmin, Nothing),
    entry(Post, "/admin/retention/rules", HrAdmin, Nothing),
    entry(Post, "/admin/retention/rules/remove", HrAdmin, Nothing),
    entry(Post, "/admin/retention/run", HrAdmin, Nothing),
    entry(Get, "/admin/holds", HrAdmin, Nothing),
    entry(Post, "/admin/holds", HrAdmin, Nothing),
    entry(Post, "/admin/holds/<id>/release", HrAdmin, Hold),
    entry(Get, "/admin/requests", HrAdmin, Nothing),
    entry(Post, "/admin/requests/<id>/fulfil", HrAdmin, PrivacyRequest),
    entry(Get, "/admin/offer-approvals", HrAdmin, Nothing),
    entry(Post, "/admin/offer-approvals", HrAdmin, Nothing),
];

/// The mounted routes as (method, path without query). A page mounted again under each
/// language's prefix (`/de/jobs`) is the same handler and the same rule as its
/// unprefixed route; `web::tests` checks that every language has all of them.
fn mounted(app: &TestApp) -> Vec<(Method, String)> {
    let mut routes: Vec<(Method, String)> = app
        .client
        .rocket()
        .routes()
        .map(|route| {
            let uri = route.uri.to_string();
            let path = uri.split('?').next().unwrap_or_default();
            (route.method, careers::web::locale::split(path).1.to_owned())
        })
        .collect();
    routes.sort_by(|a, b| (a.1.as_str(), a.0.as_str()).cmp(&(b.1.as_str(), b.0.as_str())));
    routes.dedup();
    routes
}

#[rocket::async_test]
async fn every_mounted_route_has_an_entry_and_every_entry_a_route() {
    on_each_backend(async |app| {
        let routes = mounted(app);
        let missing: Vec<String> = routes
            .iter()
            .filter(|(m, p)| !MATRIX.iter().any(|e| e.method == *m && e.path == p))
            .map(|(m, p)| format!("{m} {p}"))
            .collect();
        assert!(
            missing.is_empty(),
            "routes without a rule in the matrix: {missing:#?}"
        );
        let stale: Vec<String> = MATRIX
            .iter()
            .filter(|e| !routes.iter().any(|(m, p)| *m == e.method && p == e.path))
            .map(|e| format!("{} {}", e.method, e.path))
            .collect();
        assert!(
            stale.is_empty(),
            "matrix entries without a route: {stale:#?}"
        );
    })
    .await;
}

/// The signed-in actors: a hiring manager and a recruiter of the US affiliate, and an HR
/// admin who belongs to none (and sees all).
struct Cast {
    hiring_manager: Member,
    recruiter: Member,
    hr_admin: Member,
}

/// What an answer means for the matrix.
#[derive(Debug, PartialEq, Eq)]
enum Seen {
    ToSignIn,
    Forbidden,
    NotFound,
    Served,
    ServerError,
}

fn seen(status: Status, location: Option<&str>) -> Seen {
    match status.code {
        303 if location.is_some_and(|l| l.starts_with("/staff/login?next=")) => Seen::ToSignIn,
        403 => Seen::Forbidden,
        404 => Seen::NotFound,
        code if code >= 500 => Seen::ServerError,
        _ => Seen::Served,
    }
}

/// The record a case is about: the member's own affiliate or another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Own,
    Other,
}

/// A fresh record for each case, so actions such as deactivation never affect another.
async fn target(
    app: &TestApp,
    kind: Target,
    scope: Scope,
    case: usize,
    cast: &Cast,
    actor: Option<&Member>,
) -> String {
    match kind {
        Target::Passkey => {
            use careers::entities::staff_passkey;
            use sea_orm::{ActiveModelTrait, Set};
            // Own: the actor's; other: someone else's (signed out: the recruiter's).
            let owner = match (scope, actor) {
                (Scope::Own, Some(actor)) => actor.id,
                (_, Some(actor)) if actor.id == cast.recruiter.id => cast.hiring_manager.id,
                _ => cast.recruiter.id,
            };
            staff_passkey::ActiveModel {
                staff_user_id: Set(owner),
                name: Set(format!("Matrix key {case}")),
                credential_id: Set(format!("matrix-credential-{case}")),
                credential: Set("{}".to_owned()),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("passkey")
            .id
            .to_string()
        }
        Target::Interview => {
            let application: i32 =
                Box::pin(target(app, Target::Application, scope, case, cast, actor))
                    .await
                    .parse()
                    .expect("an application id");
            let now = chrono::Utc::now();
            let plan = careers::domain::interview::default_plan();
            careers::store::interviews::create(
                &app.db,
                careers::store::interviews::NewInterview {
                    application_id: application,
                    step: &plan[0],
                    status: careers::domain::interview::InterviewStatus::Scheduled,
                    starts_at: Some(now + chrono::Duration::days(2)),
                    duration_minutes: 30,
                    location: Some("Room 1".into()),
                    video_url: None,
                    applicant_time_zone: "UTC",
                    message: None,
                    calendar_uid: format!("matrix-{case}@test"),
                    pick_token_hash: None,
                    pick_expires_at: None,
                    scheduled_by: cast.recruiter.id,
                    interviewers: &[cast.hiring_manager.id, cast.recruiter.id, cast.hr_admin.id],
                    slots: &[],
                    now,
                },
            )
            .await
            .expect("interview")
            .id
            .to_string()
        }
        Target::Nothing => String::new(),
        Target::StaffUser => {
            let affiliate = if scope == Scope::Own { "US" } else { "EMEA" };
            let member = app
                .add_staff(
                    &format!("target{case}@panopto.test"),
                    "hiring_manager",
                    &[affiliate],
                )
                .await;
            member.id.to_string()
        }
        Target::PrivacyRequest => {
            use careers::entities::privacy_request;
            use sea_orm::{ActiveModelTrait, Set};
            let now = chrono::Utc::now();
            privacy_request::ActiveModel {
                kind: Set("deletion".to_owned()),
                email: Set(Some(format!("asker{case}@example.com"))),
                status: Set("pending".to_owned()),
                requested_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("privacy request")
            .id
            .to_string()
        }
        Target::Hold => {
            use careers::entities::legal_hold;
            use sea_orm::{ActiveModelTrait, Set};
            legal_hold::ActiveModel {
                scope: Set("candidate".to_owned()),
                candidate_email: Set(Some(format!("held{case}@example.com"))),
                case_reference: Set(format!("CASE-{case}")),
                reason: Set("Matrix".to_owned()),
                placed_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("hold")
            .id
            .to_string()
        }
        Target::JobQuery | Target::Job => {
            let code = if scope == Scope::Own { "US" } else { "EMEA" };
            let affiliate = app.affiliate_id(code).await;
            let job = app
                .add_job(&format!("Matrix job {case}"), |job| {
                    job.affiliate_id = affiliate
                })
                .await;
            if kind == Target::JobQuery {
                format!("?job={}", job.id)
            } else {
                job.id.to_string()
            }
        }
        Target::Application => {
            let code = if scope == Scope::Own { "US" } else { "EMEA" };
            let affiliate = app.affiliate_id(code).await;
            let job = app
                .add_job(&format!("Matrix job {case}"), |job| {
                    job.affiliate_id = affiliate
                })
                .await;
            app.apply(
                &job,
                "Matrix Applicant",
                &format!("applicant{case}@example.com"),
                "Plain resume text.",
            )
            .await
            .to_string()
        }
    }
}

fn expected(
    rule: Rule,
    actor: Option<careers::domain::staff::Role>,
    target: Target,
    scope: Scope,
) -> Seen {
    use careers::domain::staff::Role;
    let Some(role) = actor else {
        return Seen::ToSignIn;
    };
    let needed = match rule {
        Rule::Anyone | Rule::Staff => Role::HiringManager,
        Rule::Recruiter => Role::Recruiter,
        Rule::HrAdmin => Role::HrAdmin,
    };
    if !role.includes(needed) {
        return Seen::Forbidden;
    }
    // A member's passkeys are theirs alone.
    if target == Target::Passkey {
        return if scope == Scope::Own {
            Seen::Served
        } else {
            Seen::NotFound
        };
    }
    // Staff accounts and holds are HR admins' to manage, whatever their affiliate.
    let in_scope = scope == Scope::Own
        || role.sees_all_affiliates()
        || matches!(
            target,
            Target::StaffUser | Target::Hold | Target::PrivacyRequest
        );
    if in_scope {
        Seen::Served
    } else {
        Seen::NotFound
    }
}

#[rocket::async_test]
async fn every_staff_and_admin_route_answers_each_role_as_its_rule_says() {
    use careers::domain::staff::Role;
    on_each_backend(async |app| {
        let cast = Cast {
            hiring_manager: app
                .add_staff("hm@panopto.test", "hiring_manager", &["US"])
                .await,
            recruiter: app
                .add_staff("rec@panopto.test", "recruiter", &["US"])
                .await,
            hr_admin: app.add_staff("hr@panopto.test", "hr_admin", &[]).await,
        };
        let actors: [(Option<Role>, Option<&Member>); 4] = [
            (None, None),
            (Some(Role::HiringManager), Some(&cast.hiring_manager)),
            (Some(Role::Recruiter), Some(&cast.recruiter)),
            (Some(Role::HrAdmin), Some(&cast.hr_admin)),
        ];
        let mut cases = 0;
        let mut failures = Vec::new();
        for entry in MATRIX.iter().filter(|e| e.rule != Rule::Anyone) {
            let scopes: &[Scope] = if entry.target == Target::Nothing {
                &[Scope::Own]
            } else {
                &[Scope::Own, Scope::Other]
            };
            for (role, member) in &actors {
                for scope in scopes {
                    cases += 1;
                    // Signed in first: a passkey target would make the sign-in ask for it.
                    match member {
                        Some(member) => app.sign_in_as(member).await,
                        None => {
                            app.post_with_csrf("/staff/logout", &[]).await;
                        }
                    }
                    let id = target(app, entry.target, *scope, cases, &cast, *member).await;
                    let path = if entry.target == Target::JobQuery {
                        format!("{}{id}", entry.path)
                    } else {
                        entry.path.replace("<id>", &id)
                    };
                    let answer = if entry.method == Method::Get {
                        app.get(&path).await
                    } else {
                        app.post_with_csrf(&path, &[]).await
                    };
                    let got = seen(answer.status, answer.header("location"));
                    let want = expected(entry.rule, *role, entry.target, *scope);
                    if got != want {
                        failures.push(format!(
                            "{} {path} as {role:?} ({scope:?}): {want:?} expected, {got:?} ({})",
                            entry.method, answer.status
                        ));
                    }
                    // A state-changing route the actor may use still needs the CSRF token.
                    if entry.method == Method::Post && want == Seen::Served {
                        cases += 1;
                        if member.is_some() && path != "/staff/logout" {
                            let forged = app.post_form(&path, &[]).await;
                            if forged.status != Status::Forbidden {
                                failures.push(format!(
                                    "POST {path} as {role:?} without a CSRF token: {}",
                                    forged.status
                                ));
                            }
                        }
                    }
                    if entry.target == Target::Passkey {
                        use sea_orm::EntityTrait;
                        careers::entities::staff_passkey::Entity::delete_many()
                            .exec(&app.db)
                            .await
                            .expect("passkeys cleared");
                    }
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {cases} cases wrong:\n{}",
            failures.len(),
            failures.join("\n")
        );
        eprintln!(
            "access matrix on {}: {cases} (route, role, scope) cases checked",
            app.backend
        );
        assert!(cases >= 60, "only {cases} cases");
    })
    .await;
}

#[rocket::async_test]
async fn public_pages_never_ask_anyone_to_sign_in() {
    on_each_backend(async |app| {
        for entry in MATRIX
            .iter()
            .filter(|e| e.rule == Rule::Anyone && e.method == Method::Get && !e.path.contains('<'))
        {
            let answer = app.get(entry.path).await;
            assert_ne!(
                seen(answer.status, answer.header("location")),
                Seen::ToSignIn,
                "{}",
                entry.path
            );
            assert!(
                ![401, 403].contains(&answer.status.code) && answer.status.code < 500,
                "{} answered {}",
                entry.path,
                answer.status
            );
        }
    })
    .await;
}
