//! Staff sign-in rules: how failed attempts slow down and then lock a sign-in, and how
//! long a session lives. Failures are counted per typed email (account or not), so the
//! answer and its timing never tell whether an account exists.

use chrono::{DateTime, TimeDelta, Utc};

/// Failed attempts recorded for one typed email.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    pub count: u32,
    pub first_failed_at: DateTime<Utc>,
    pub locked_until: Option<DateTime<Utc>>,
}

/// When failed sign-ins slow down and lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginPolicy {
    /// Failures before answers start to slow down.
    pub slow_after: u32,
    /// Added delay per failure from the `slow_after`th on.
    pub delay_step: std::time::Duration,
    /// The longest delay.
    pub max_delay: std::time::Duration,
    /// Failures within `window` that lock the sign-in.
    pub lock_after: u32,
    /// How long a lock lasts.
    pub lock_for: TimeDelta,
    /// Failures older than this are forgotten.
    pub window: TimeDelta,
}

impl Default for LoginPolicy {
    fn default() -> Self {
        Self {
            slow_after: 3,
            delay_step: std::time::Duration::from_secs(1),
            max_delay: std::time::Duration::from_secs(5),
            lock_after: 10,
            lock_for: TimeDelta::minutes(15),
            window: TimeDelta::hours(1),
        }
    }
}

impl LoginPolicy {
    /// The failures still counting at `now` (none once the window has passed).
    fn current(&self, failures: Option<Failures>, now: DateTime<Utc>) -> Option<Failures> {
        failures.filter(|f| {
            f.locked_until.is_some_and(|until| until > now) || now - f.first_failed_at < self.window
        })
    }

    /// Until when the sign-in is locked, if it is.
    pub fn locked_until(
        &self,
        failures: Option<Failures>,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        self.current(failures, now)
            .and_then(|f| f.locked_until)
            .filter(|until| *until > now)
    }

    /// How long to wait before checking the next attempt.
    pub fn delay(&self, failures: Option<Failures>, now: DateTime<Utc>) -> std::time::Duration {
        let count = self.current(failures, now).map_or(0, |f| f.count);
        let beyond = (count + 1).saturating_sub(self.slow_after);
        self.delay_step.saturating_mul(beyond).min(self.max_delay)
    }

    /// The record after one more failure at `now`: the count restarts when the window
    /// has passed, and reaching `lock_after` locks for `lock_for` and restarts the count.
    pub fn after_failure(&self, failures: Option<Failures>, now: DateTime<Utc>) -> Failures {
        let (count, first_failed_at) = match self.current(failures, now) {
            Some(f) if f.locked_until.is_none_or(|until| until <= now) => {
                (f.count + 1, f.first_failed_at)
            }
            // A failure while locked keeps the lock as it is.
            Some(f) => return f,
            None => (1, now),
        };
        if count >= self.lock_after {
            Failures {
                count: 0,
                first_failed_at: now,
                locked_until: Some(now + self.lock_for),
            }
        } else {
            Failures {
                count,
                first_failed_at,
                locked_until: None,
            }
        }
    }
}

/// How long a staff session lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    /// Ends after this long without a request.
    pub idle: TimeDelta,
    /// Ends this long after sign-in, however active.
    pub lifetime: TimeDelta,
}

impl SessionPolicy {
    /// Whether a session started at `created_at` and last used at `last_seen_at` still
    /// holds at `now`.
    pub fn is_live(
        &self,
        created_at: DateTime<Utc>,
        last_seen_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> bool {
        now < created_at + self.lifetime && now < last_seen_at + self.idle
    }

    /// When a session started at `created_at` ends at the latest.
    pub fn expires_at(&self, created_at: DateTime<Utc>) -> DateTime<Utc> {
        created_at + self.lifetime
    }

    /// Whether the last-seen time is stale enough to be written again: once a minute
    /// is precise enough for an idle timeout of minutes and spares a write per request.
    pub fn needs_touch(&self, last_seen_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now - last_seen_at >= TimeDelta::minutes(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).expect("time") + TimeDelta::minutes(minutes)
    }

    #[test]
    fn failures_slow_down_then_lock_for_a_while() {
        let policy = LoginPolicy::default();
        let mut state = None;
        let mut delays = Vec::new();
        for _ in 0..9 {
            state = Some(policy.after_failure(state, at(0)));
            delays.push(policy.delay(state, at(0)).as_secs());
            assert_eq!(policy.locked_until(state, at(0)), None);
        }
        assert_eq!(delays, [0, 0, 1, 2, 3, 4, 5, 5, 5]);
        state = Some(policy.after_failure(state, at(0)));
        assert_eq!(policy.locked_until(state, at(0)), Some(at(15)));
        assert_eq!(policy.delay(state, at(0)), Duration::ZERO);
        let during = policy.after_failure(state, at(10));
        assert_eq!(
            during,
            state.expect("state"),
            "a try while locked changes nothing"
        );
        assert_eq!(policy.locked_until(state, at(15)), None, "the lock ends");
        let after = policy.after_failure(state, at(16));
        assert_eq!((after.count, after.locked_until), (1, None));
    }

    #[test]
    fn old_failures_are_forgotten() {
        let policy = LoginPolicy::default();
        let mut state = None;
        for _ in 0..8 {
            state = Some(policy.after_failure(state, at(0)));
        }
        assert_eq!(policy.delay(state, at(59)), Duration::from_secs(5));
        assert_eq!(policy.delay(None, at(0)), Duration::ZERO);
        assert_eq!(policy.delay(state, at(60)), Duration::ZERO);
        assert_eq!(policy.after_failure(state, at(61)).count, 1);
    }

    #[test]
    fn sessions_end_when_idle_or_old() {
        let policy = SessionPolicy {
            idle: TimeDelta::minutes(30),
            lifetime: TimeDelta::hours(10),
        };
        assert!(policy.is_live(at(0), at(0), at(29)));
        assert!(!policy.is_live(at(0), at(0), at(30)), "idle");
        assert!(policy.is_live(at(0), at(590), at(599)));
        assert!(!policy.is_live(at(0), at(599), at(600)), "absolute");
        assert_eq!(policy.expires_at(at(0)), at(600));
        assert!(!policy.needs_touch(at(0), at(0) + TimeDelta::seconds(59)));
        assert!(policy.needs_touch(at(0), at(1)));
    }
}
