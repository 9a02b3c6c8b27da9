//! Demo postings across the three affiliates: what `cargo run` shows on a fresh install.

use chrono::{Duration, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use crate::domain::job::{EmploymentType, JobStatus};
use crate::domain::job_posting::Translation;
use crate::i18n::Lang;
use crate::store::jobs::{NewJob, Salary};
use crate::store::{affiliates, jobs};

struct DemoJob {
    affiliate: &'static str,
    title: &'static str,
    department: &'static str,
    location: &'static str,
    country_code: &'static str,
    remote: bool,
    employment_type: EmploymentType,
    salary: Option<Salary>,
    status: JobStatus,
    days_ago: i64,
    summary: &'static str,
    duties: &'static [&'static str],
}

const fn yearly(min: i32, max: i32, currency: &'static str) -> Option<Salary> {
    Some(Salary {
        min,
        max,
        currency,
        period: "year",
    })
}

const DEMO_JOBS: &[DemoJob] = &[
    DemoJob {
        affiliate: "US",
        title: "Senior Software Engineer, Video Platform",
        department: "Engineering",
        location: "Seattle, WA",
        country_code: "US",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: yearly(165_000, 215_000, "USD"),
        status: JobStatus::Open,
        days_ago: 1,
        summary: "Our video platform records, encodes and streams millions of lectures and meetings every week. You will design and build the services that ingest and transcode that video, and keep them fast and reliable as they grow.",
        duties: &[
            "Design, build and operate distributed services in Rust and C#",
            "Improve encoding throughput and playback start times",
            "Review code and mentor engineers on the team",
            "Take part in a fair, well-staffed on-call rotation",
        ],
    },
    DemoJob {
        affiliate: "US",
        title: "Product Designer",
        department: "Design",
        location: "Seattle, WA",
        country_code: "US",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: yearly(120_000, 150_000, "USD"),
        status: JobStatus::Open,
        days_ago: 3,
        summary: "Shape how teachers and students create, find and watch video. You will own design from research to shipped pixels for our recording and editing tools.",
        duties: &[
            "Run research with instructors and learners",
            "Prototype flows and test them early",
            "Work daily with engineers and product managers",
        ],
    },
    DemoJob {
        affiliate: "US",
        title: "Site Reliability Engineer",
        department: "Engineering",
        location: "Remote (United States)",
        country_code: "US",
        remote: true,
        employment_type: EmploymentType::FullTime,
        salary: yearly(150_000, 190_000, "USD"),
        status: JobStatus::Open,
        days_ago: 6,
        summary: "Keep a global video service available around the clock. You will automate our infrastructure, sharpen our monitoring and lead incident reviews that make the next incident less likely.",
        duties: &[
            "Own infrastructure as code across several regions",
            "Define service-level objectives with product teams",
            "Lead blameless incident reviews",
        ],
    },
    DemoJob {
        affiliate: "US",
        title: "Customer Success Manager",
        department: "Customer Success",
        location: "Remote (United States)",
        country_code: "US",
        remote: true,
        employment_type: EmploymentType::FullTime,
        salary: yearly(85_000, 105_000, "USD"),
        status: JobStatus::Open,
        days_ago: 9,
        summary: "Help universities and companies get the most out of their video platform, from onboarding to renewal.",
        duties: &[
            "Guide a portfolio of education and enterprise customers",
            "Run onboarding and quarterly reviews",
            "Bring customer needs back to product teams",
        ],
    },
    DemoJob {
        affiliate: "US",
        title: "Accounts Payable Specialist",
        department: "Finance",
        location: "Seattle, WA",
        country_code: "US",
        remote: false,
        employment_type: EmploymentType::PartTime,
        salary: Some(Salary {
            min: 28,
            max: 34,
            currency: "USD",
            period: "hour",
        }),
        status: JobStatus::Open,
        days_ago: 14,
        summary: "A part-time role (20 hours a week) in a friendly finance team: process invoices accurately and on time, and help us improve how we do it.",
        duties: &[
            "Process and reconcile supplier invoices",
            "Answer supplier questions",
            "Support the monthly close",
        ],
    },
    DemoJob {
        affiliate: "EMEA",
        title: "Enterprise Account Executive",
        department: "Sales",
        location: "London",
        country_code: "GB",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: yearly(70_000, 90_000, "GBP"),
        status: JobStatus::Open,
        days_ago: 2,
        summary: "Bring video learning to large organisations across the UK and Europe, working a territory of enterprise accounts from first meeting to signed contract.",
        duties: &[
            "Build and manage a pipeline of enterprise opportunities",
            "Lead discovery, demonstrations and negotiations",
            "Work closely with solutions engineers and customer success",
        ],
    },
    DemoJob {
        affiliate: "EMEA",
        title: "Solutions Engineer",
        department: "Sales Engineering",
        location: "London",
        country_code: "GB",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: yearly(60_000, 78_000, "GBP"),
        status: JobStatus::Open,
        days_ago: 5,
        summary: "Be the technical partner of our sales team in EMEA: understand what customers need and show them how our platform fits.",
        duties: &[
            "Run technical demonstrations and proofs of concept",
            "Answer security and integration questionnaires",
            "Feed what you learn back to engineering",
        ],
    },
    DemoJob {
        affiliate: "EMEA",
        title: "Technical Support Engineer",
        department: "Support",
        location: "Remote (United Kingdom)",
        country_code: "GB",
        remote: true,
        employment_type: EmploymentType::FullTime,
        salary: yearly(38_000, 46_000, "GBP"),
        status: JobStatus::Open,
        days_ago: 8,
        summary: "Solve our customers' hardest problems by email, phone and screen share, and turn what you find into fixes and documentation.",
        duties: &[
            "Troubleshoot recording, streaming and integration issues",
            "Reproduce bugs and work them through with engineering",
            "Write help articles people actually read",
        ],
    },
    DemoJob {
        affiliate: "EMEA",
        title: "Marketing Coordinator",
        department: "Marketing",
        location: "London",
        country_code: "GB",
        remote: false,
        employment_type: EmploymentType::PartTime,
        salary: None,
        status: JobStatus::Open,
        days_ago: 12,
        summary: "Three days a week, help our EMEA marketing team plan events, webinars and campaigns.",
        duties: &[
            "Coordinate events and webinars",
            "Keep campaign calendars and budgets in order",
        ],
    },
    DemoJob {
        affiliate: "APAC",
        title: "Regional Sales Director, APAC",
        department: "Sales",
        location: "Singapore",
        country_code: "SG",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: None,
        status: JobStatus::Open,
        days_ago: 4,
        summary: "Lead and grow our sales team across Asia-Pacific, from Singapore.",
        duties: &[
            "Build and coach a team of account executives",
            "Own the regional forecast and plan",
            "Develop partnerships with resellers",
        ],
    },
    DemoJob {
        affiliate: "APAC",
        title: "Implementation Consultant",
        department: "Professional Services",
        location: "Singapore",
        country_code: "SG",
        remote: false,
        employment_type: EmploymentType::Contract,
        salary: None,
        status: JobStatus::Open,
        days_ago: 7,
        summary: "A twelve-month contract: help universities in the region roll out lecture capture across their campuses.",
        duties: &[
            "Plan and run customer implementations",
            "Train administrators and instructors",
        ],
    },
    DemoJob {
        affiliate: "APAC",
        title: "Customer Support Specialist",
        department: "Support",
        location: "Singapore",
        country_code: "SG",
        remote: false,
        employment_type: EmploymentType::PartTime,
        salary: None,
        status: JobStatus::Open,
        days_ago: 10,
        summary: "Answer customers across Asia-Pacific in their working hours, part-time (24 hours a week).",
        duties: &[
            "Answer tickets and calls",
            "Escalate clearly when something needs engineering",
        ],
    },
    DemoJob {
        affiliate: "US",
        title: "Data Analyst",
        department: "Finance",
        location: "Seattle, WA",
        country_code: "US",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: None,
        status: JobStatus::Closed,
        days_ago: 60,
        summary: "This position has been filled.",
        duties: &["Build reports on revenue and usage"],
    },
    DemoJob {
        affiliate: "EMEA",
        title: "Head of People, EMEA",
        department: "People",
        location: "London",
        country_code: "GB",
        remote: false,
        employment_type: EmploymentType::FullTime,
        salary: None,
        status: JobStatus::Draft,
        days_ago: 0,
        summary: "Draft: not yet published.",
        duties: &["Lead people operations for EMEA"],
    },
];

/// Some demo jobs in other languages (job title, language, title, location,
/// description), so that a fresh install shows translated and untranslated jobs side
/// by side in every language.
const DEMO_TRANSLATIONS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Solutions Engineer",
        "de",
        "Solutions Engineer (m/w/d)",
        "London",
        "Sie zeigen Kunden in ganz EMEA, wie Panopto Video in Lehre und Weiterbildung bringt, und begleiten ihre technischen Teams von der ersten Demo bis zum Start.\n\nIhre Aufgaben:\n\n- Produktdemos und Pilotprojekte leiten\n- Integrationen mit Lernplattformen planen\n- Anforderungen an das Produktteam weitergeben",
    ),
    (
        "Solutions Engineer",
        "fr",
        "Ingénieur avant-vente",
        "Londres",
        "Vous montrez aux clients de toute la région EMEA comment Panopto met la vidéo au service de l'enseignement et de la formation, de la première démonstration au lancement.\n\nVos missions :\n\n- Mener les démonstrations et les projets pilotes\n- Concevoir les intégrations avec les plateformes d'apprentissage\n- Relayer les besoins des clients auprès de l'équipe produit",
    ),
    (
        "Customer Support Specialist",
        "ja",
        "カスタマーサポートスペシャリスト",
        "シンガポール",
        "アジア太平洋地域のお客様からのお問い合わせに、メールとチャットで対応していただきます。\n\n主な業務:\n\n- 技術的なお問い合わせへの一次対応\n- よくある質問のナレッジベース記事の作成\n- 製品チームへのフィードバックの共有",
    ),
    (
        "Customer Support Specialist",
        "zh",
        "客户支持专员",
        "新加坡",
        "通过电子邮件和在线聊天，为亚太地区的客户解答问题。\n\n工作内容：\n\n- 处理技术咨询的一线支持\n- 撰写常见问题的知识库文章\n- 向产品团队反馈客户意见",
    ),
];

/// Creates the demo jobs when the database holds no job at all; returns how many.
pub async fn seed_jobs_if_none(db: &DatabaseConnection) -> Result<usize, DbErr> {
    if jobs::count_all(db).await? > 0 {
        return Ok(0);
    }
    let affiliates = affiliates::all(db).await?;
    let now = Utc::now();
    let txn = crate::store::begin_write(db).await?;
    let mut created = 0;
    for demo in DEMO_JOBS {
        // Demo jobs belong to the demo affiliates; an install without them gets none.
        let Some(affiliate) = affiliates.iter().find(|a| a.code == demo.affiliate) else {
            continue;
        };
        let published_at =
            (demo.status != JobStatus::Draft).then(|| now - Duration::days(demo.days_ago));
        let duties: String = demo.duties.iter().map(|d| format!("- {d}\n")).collect();
        let description = format!(
            "{}\n\nWhat you will do:\n\n{duties}\nWe hire people of every background and welcome applications from everyone who meets the requirements.",
            demo.summary
        );
        jobs::insert(
            txn.conn(),
            NewJob {
                affiliate_id: affiliate.id,
                title: demo.title.to_owned(),
                department: demo.department.to_owned(),
                location: demo.location.to_owned(),
                country_code: demo.country_code.to_owned(),
                remote: demo.remote,
                employment_type: demo.employment_type,
                description,
                salary: demo.salary.clone(),
                status: demo.status,
                published_at,
                closes_at: published_at.map(|p| p + Duration::days(90)),
                language: Lang::default_lang(),
                translations: DEMO_TRANSLATIONS
                    .iter()
                    .filter(|t| t.0 == demo.title)
                    .filter_map(|&(_, code, title, location, description)| {
                        Some(Translation {
                            language: Lang::from_code(code)?,
                            title: title.to_owned(),
                            location: location.to_owned(),
                            description: description.to_owned(),
                        })
                    })
                    .collect(),
            },
        )
        .await?;
        created += 1;
    }
    txn.commit().await?;
    Ok(created)
}
