//! schema.org `JobPosting` structured data for a job page, built as JSON (never by
//! string templating) and made safe to embed in a `<script>` element.

use serde_json::{Value, json};

use crate::domain::job::{Block, EmploymentType};
use crate::store::jobs::JobWithAffiliate;
use crate::views::escape_markup;
use crate::web::job_view::JobDetail;

/// The JSON-LD object for a job, in the language of the page: `detail` is the job
/// as the page shows it (its title, location and description in that language).
pub fn job_posting(item: &JobWithAffiliate, detail: &JobDetail, base_url: &str) -> Value {
    let job = &item.job;
    let kind = EmploymentType::parse(&job.employment_type).unwrap_or(EmploymentType::FullTime);
    let description: String = detail
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(text) => format!("<p>{}</p>", escape_markup(text)),
            Block::List(items) => format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|i| format!("<li>{}</li>", escape_markup(i)))
                    .collect::<String>()
            ),
        })
        .collect();
    let mut posting = json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": detail.summary.title,
        "description": description,
        "identifier": { "@type": "PropertyValue", "name": item.affiliate.legal_name, "value": job.slug },
        "datePosted": job.published_at.map(|at| at.date_naive().to_string()),
        "employmentType": kind.schema_org(),
        "hiringOrganization": {
            "@type": "Organization",
            "name": item.affiliate.legal_name,
            "sameAs": base_url,
        },
        "directApply": true,
        "url": detail.summary.url,
    });
    let place = |locality: Option<&str>| {
        let mut address = json!({ "@type": "PostalAddress", "addressCountry": job.country_code });
        if let Some(locality) = locality {
            address["addressLocality"] = json!(locality);
        }
        json!({ "@type": "Place", "address": address })
    };
    if job.remote {
        posting["jobLocationType"] = json!("TELECOMMUTE");
        posting["applicantLocationRequirements"] =
            json!({ "@type": "Country", "name": job.country_code });
    } else {
        let locality = detail.summary.location.split(',').next().map(str::trim);
        posting["jobLocation"] = place(locality);
    }
    if let Some(closes) = job.closes_at {
        posting["validThrough"] = json!(closes.to_rfc3339());
    }
    if let (Some(min), Some(max), Some(currency)) =
        (job.salary_min, job.salary_max, &job.salary_currency)
    {
        let unit = if job.salary_period.as_deref() == Some("hour") {
            "HOUR"
        } else {
            "YEAR"
        };
        posting["baseSalary"] = json!({
            "@type": "MonetaryAmount",
            "currency": currency,
            "value": { "@type": "QuantitativeValue", "minValue": min, "maxValue": max, "unitText": unit },
        });
    }
    posting
}

/// Serialises for a `<script type="application/ld+json">` block: `<`, `>` and `&` are
/// written as JSON escapes so no text can close the element.
pub fn to_script_text(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_close_the_script_element() {
        let value = json!({ "title": "</script><script>alert(1)</script> & more" });
        let text = to_script_text(&value);
        assert!(!text.contains('<') && !text.contains('>'));
        let back: Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back, value);
    }
}
