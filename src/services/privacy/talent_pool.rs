//! Talent-pool consent: one reminder before it ends, carrying a renewal link. The link
//! is `<candidate id>.<end of the consent in µs>.<HMAC>`, signed with the portal's keys:
//! no table is needed, and once renewed the end no longer matches, so it works once.

use chrono::{DateTime, Duration, Months, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::PrivacyError;
use crate::domain::audit::{Action, Actor};
use crate::domain::privacy_request::{REMINDER_DAYS_BEFORE, reminder_due};
use crate::i18n::Lang;
use crate::keys::Keys;
use crate::services::accounts::Mailing;
use crate::services::mail::render;
use crate::store::applications;
use crate::store::audit::{self, Event, Occasion};
use crate::store::{self, outbox, personal_data};

/// The mail kind of the reminder (its body holds the renewal link: dropped once sent).
pub const REMINDER_MAIL: &str = "talent_pool_reminder";
const PURPOSE: &str = "talent pool renewal";
/// People reminded per transaction.
const BATCH: u64 = 200;

fn message(candidate_id: i32, ends_micros: i64) -> String {
    format!("{candidate_id}.{ends_micros}")
}

/// The signed part of the renewal link for a consent ending at `ends_at`.
pub fn renewal_token(keys: &Keys, candidate_id: i32, ends_at: DateTime<Utc>) -> String {
    let message = message(candidate_id, ends_at.timestamp_micros());
    format!("{message}.{}", keys.sign(PURPOSE, message.as_bytes()))
}

/// The candidate id and consent end a genuine link names.
fn read_token(keys: &Keys, token: &str) -> Option<(i32, i64)> {
    let mut parts = token.splitn(3, '.');
    let id: i32 = parts.next()?.parse().ok()?;
    let ends: i64 = parts.next()?.parse().ok()?;
    let signature = parts.next()?;
    keys.verify(PURPOSE, message(id, ends).as_bytes(), signature)
        .then_some((id, ends))
}

/// Mails one reminder to each person whose consent ends within 30 days and who has not
/// had one. Returns how many were queued.
pub async fn send_talent_pool_reminders(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    keys: &Keys,
    now: DateTime<Utc>,
) -> Result<usize, PrivacyError> {
    let until = now + Duration::days(REMINDER_DAYS_BEFORE);
    let mut sent = 0;
    let mut after = 0;
    loop {
        let due = personal_data::reminders_due(db, now, until, after, BATCH).await?;
        let Some(last) = due.last() else {
            return Ok(sent);
        };
        after = last.id;
        let txn = store::begin_write(db).await?;
        for person in due {
            let Some(ends_at) = person.talent_pool_expires_at else {
                continue;
            };
            if !reminder_due(ends_at, person.talent_pool_reminded_at, now)
                || !personal_data::mark_reminded(txn.conn(), person.id, now).await?
            {
                continue;
            }
            // A person may have applied in several languages: the latest one speaks.
            let lang = applications::latest_language(txn.conn(), person.id)
                .await?
                .map_or_else(Lang::default_lang, |code| Lang::stored(&code));
            let link = format!(
                "{}{}/privacy/talent-pool/renew/{}",
                mailing.settings.base_url(),
                lang.prefix(),
                renewal_token(keys, person.id, ends_at)
            );
            let mail = render(
                mailing.views,
                lang,
                REMINDER_MAIL,
                REMINDER_MAIL,
                &person.email,
                &[
                    ("name", &person.full_name),
                    ("ends_on", &lang.formats().date(ends_at.date_naive())),
                    ("months", &mailing.settings.talent_pool_months.to_string()),
                    ("link", &link),
                ],
            )?;
            outbox::enqueue(txn.conn(), mail, None, now).await?;
            sent += 1;
        }
        txn.commit().await?;
    }
}

/// What a renewal link offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenewalOffer {
    pub candidate_id: i32,
    /// When the consent ends unless renewed.
    pub ends_at: DateTime<Utc>,
    /// When it would end if renewed now.
    pub renewed_until: DateTime<Utc>,
}

/// The renewal a link offers, if it is genuine and the consent it names still ends
/// when it said, in the future.
pub async fn renewal_offer(
    db: &impl sea_orm::ConnectionTrait,
    keys: &Keys,
    token: &str,
    months: u32,
    now: DateTime<Utc>,
) -> Result<Option<RenewalOffer>, DbErr> {
    let Some((id, ends_micros)) = read_token(keys, token) else {
        return Ok(None);
    };
    let Some(person) = personal_data::candidate_by_id(db, id).await? else {
        return Ok(None);
    };
    let Some(ends_at) = person
        .talent_pool_expires_at
        .filter(|end| end.timestamp_micros() == ends_micros && *end > now)
    else {
        return Ok(None);
    };
    let Some(renewed_until) = now.checked_add_months(Months::new(months)) else {
        return Ok(None);
    };
    Ok(Some(RenewalOffer {
        candidate_id: id,
        ends_at,
        renewed_until,
    }))
}

/// Renews the consent a link names, audited. `None` when the link does not (or no
/// longer) work.
pub async fn renew(
    db: &DatabaseConnection,
    keys: &Keys,
    token: &str,
    months: u32,
    at: Occasion<'_>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    let Some(offer) = renewal_offer(txn.conn(), keys, token, months, now).await? else {
        txn.rollback().await?;
        return Ok(None);
    };
    let renewed = personal_data::renew_consent(
        txn.conn(),
        offer.candidate_id,
        offer.ends_at,
        offer.renewed_until,
        now,
    )
    .await?;
    if !renewed {
        txn.rollback().await?;
        return Ok(None);
    }
    let event = Event::new(Actor::Anonymous, Action::TalentPoolRenewed).detail(serde_json::json!({
        "candidate_id": offer.candidate_id,
        "months": months,
    }));
    audit::record(txn.conn(), event, at).await?;
    txn.commit().await?;
    Ok(Some(offer.renewed_until))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rocket::figment::Figment;

    #[test]
    fn renewal_links_verify_only_unchanged() {
        let keys = Keys::from_figment(&Figment::new().merge(("secret_key", "k".repeat(44))));
        let ends = DateTime::from_timestamp(1_800_000_000, 123_456_000).unwrap();
        let token = renewal_token(&keys, 42, ends);
        assert_eq!(
            read_token(&keys, &token),
            Some((42, ends.timestamp_micros()))
        );
        let (_, signature) = token.rsplit_once('.').unwrap();
        let other = format!("43.{}.{signature}", ends.timestamp_micros());
        assert_eq!(read_token(&keys, &other), None, "another person");
        let later = format!("42.{}.{signature}", ends.timestamp_micros() + 1);
        assert_eq!(read_token(&keys, &later), None, "another end");
        for junk in ["", "42", "42.1", "x.1.ab", "42.1.zz", "42.1.00.00"] {
            assert_eq!(read_token(&keys, junk), None, "{junk}");
        }
    }
}
