//! One error type for the web layer: what the visitor sees (a status and a short page)
//! is kept apart from what is logged (the cause chain, never applicant personal data).

use rocket::http::Status;
use rocket::request::Request;
use rocket::response::{self, Responder};

use crate::web::views::ErrorPage;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing does not exist, or the visitor may not know that it exists.
    #[error("not found")]
    NotFound,
    /// The job exists but no longer takes applications.
    #[error("job closed")]
    JobClosed,
    /// A missing or wrong CSRF token, or an action the visitor may not take.
    #[error("forbidden")]
    Forbidden,
    /// A link that worked once and no longer does; the message (an id in
    /// `locales/*/errors.ftl`) is shown to the visitor.
    #[error("gone: {0}")]
    Gone(&'static str),
    /// The request is malformed; the message (an id) is shown to the visitor.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A destructive action by staff whose last second factor is not recent: they are
    /// sent to give it again, then back to this page (a path of ours) to repeat it.
    #[error("second factor needed again")]
    StepUp(String),
    /// A bounded queue (password hashing) is full: try again in a moment (503).
    #[error("busy")]
    Busy,
    /// The malware scanner could not give a verdict and the portal fails closed (503).
    #[error("malware scanner unavailable")]
    ScannerUnavailable,
    /// A database error: logged, shown as an opaque 500.
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    /// Any other unexpected failure: logged with its context, shown as an opaque 500.
    #[error("{context}: {source}")]
    Internal {
        context: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl AppError {
    /// Wraps an unexpected error with a short, personal-data-free context.
    pub fn internal(
        context: &'static str,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Self::Internal {
            context,
            source: Box::new(source),
        }
    }

    /// The HTTP status this error answers with.
    pub fn status(&self) -> Status {
        match self {
            Self::NotFound => Status::NotFound,
            Self::JobClosed | Self::Gone(_) => Status::Gone,
            Self::Forbidden => Status::Forbidden,
            Self::StepUp(_) => Status::SeeOther,
            Self::BadRequest(_) => Status::BadRequest,
            // Every pooled connection stayed busy past the acquire timeout: an overload,
            // which a visitor can retry, not a fault.
            Self::Busy
            | Self::ScannerUnavailable
            | Self::Database(sea_orm::DbErr::ConnectionAcquire(
                sea_orm::error::ConnAcquireErr::Timeout,
            )) => Status::ServiceUnavailable,
            Self::Database(_) | Self::Internal { .. } => Status::InternalServerError,
        }
    }
}

impl<'r> Responder<'r, 'static> for AppError {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        if let Self::StepUp(back) = self {
            return rocket::response::Redirect::to(format!("/staff/security/confirm?next={back}"))
                .respond_to(request);
        }
        let status = self.status();
        if status.code >= 500 {
            // The Display of a database or I/O error names tables and paths, not people.
            tracing::error!(
                request_id = %crate::web::request_id::of(request),
                error = %self,
                "request failed"
            );
        }
        // A scanner that is down is given longer than a busy pool.
        let retry_after = if matches!(self, Self::ScannerUnavailable) {
            "60"
        } else {
            "5"
        };
        let page = match self {
            Self::JobClosed => ErrorPage::new(status)
                .titled("job-closed-title")
                .saying("job-closed-text"),
            Self::BadRequest(message) | Self::Gone(message) => {
                ErrorPage::new(status).saying(message)
            }
            Self::Busy => ErrorPage::new(status)
                .titled("sign-in-busy-title")
                .saying("sign-in-busy-text"),
            Self::ScannerUnavailable => ErrorPage::new(status)
                .titled("scanner-down-title")
                .saying("scanner-down-text"),
            Self::Database(_) if status == Status::ServiceUnavailable => ErrorPage::new(status)
                .titled("busy-title")
                .saying("busy-text"),
            _ => ErrorPage::new(status),
        };
        let mut response = page.respond_to(request)?;
        if status == Status::ServiceUnavailable {
            response.set_raw_header("Retry-After", retry_after);
        }
        Ok(response)
    }
}

/// Result of a request handler.
pub type AppResult<T> = Result<T, AppError>;

impl From<crate::services::accounts::AccountError> for AppError {
    fn from(error: crate::services::accounts::AccountError) -> Self {
        use crate::services::accounts::AccountError;
        match error {
            AccountError::Busy => Self::Busy,
            AccountError::Database(error) => Self::Database(error),
            other => Self::internal("staff account", other),
        }
    }
}

impl From<crate::services::review::ReviewError> for AppError {
    fn from(error: crate::services::review::ReviewError) -> Self {
        use crate::services::review::ReviewError;
        match error {
            ReviewError::Database(error) => Self::Database(error),
            other => Self::internal("review", other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::error::ConnAcquireErr;

    #[test]
    fn a_pool_that_stayed_busy_is_503_and_other_database_errors_500() {
        let busy = AppError::Database(sea_orm::DbErr::ConnectionAcquire(ConnAcquireErr::Timeout));
        assert_eq!(busy.status(), Status::ServiceUnavailable);
        let closed = AppError::Database(sea_orm::DbErr::ConnectionAcquire(
            ConnAcquireErr::ConnectionClosed,
        ));
        assert_eq!(closed.status(), Status::InternalServerError);
        let failure = crate::services::apply::AppFailure::Database(
            sea_orm::DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
        );
        assert_eq!(AppError::from(failure).status(), Status::ServiceUnavailable);
    }
}
