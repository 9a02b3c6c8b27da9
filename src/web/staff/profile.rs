//! `/staff/profile`: a staff member's own settings, for now the time zone every staff
//! page shows times in (stored times stay UTC).

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes};
use sea_orm::DatabaseConnection;

use super::{Staff, page};
use crate::domain::time_zone::{self, parse_zone};
use crate::error::AppResult;
use crate::services;
use crate::store::audit::Occasion;
use crate::web::csrf::{CsrfToken, check_token};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![profile_page, save_profile]
}

fn profile_form(
    staff: &Staff,
    csrf: &CsrfToken,
    chosen: &str,
    error: Option<&str>,
    status: Status,
) -> Page {
    page("staff/profile.html", staff, csrf)
        .status(status)
        .with("zones", &time_zone::choices())
        .with("chosen", &chosen)
        .with("now_here", &staff.member.time(chrono::Utc::now()))
        .with("error", &error)
}

#[get("/staff/profile")]
fn profile_page(staff: Staff, csrf: CsrfToken, flash: Option<FlashMessage<'_>>) -> Page {
    let chosen = staff.member.time_zone.clone();
    profile_form(&staff, &csrf, &chosen, None, Status::Ok)
        .with("message", &flash.map(|f| f.message().to_owned()))
}

#[derive(FromForm)]
struct ProfileForm<'r> {
    time_zone: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/profile", data = "<form>")]
async fn save_profile(
    staff: Staff,
    form: Form<ProfileForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let typed = form.time_zone.unwrap_or("");
    match parse_zone(typed) {
        Ok(zone) => {
            services::accounts::set_time_zone(db, &staff.member, zone, at).await?;
            Ok(Either::Left(Flash::success(
                Redirect::to("/staff/profile"),
                format!("Times on staff pages are now shown in {}.", zone.name()),
            )))
        }
        Err(error) => Ok(Either::Right((
            Status::UnprocessableEntity,
            profile_form(
                &staff,
                &csrf,
                typed,
                Some(error),
                Status::UnprocessableEntity,
            ),
        ))),
    }
}
