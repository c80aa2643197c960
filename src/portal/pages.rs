//! The portal's pages: askama templates in `templates/portal/` (escaped by
//! default; only the sanitised message HTML is marked safe).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use super::view::MessageView;

/// Organisation name and whether a logo is configured.
pub struct Brand {
    pub organisation: String,
    pub has_logo: bool,
}

#[derive(Template)]
#[template(path = "portal/landing.html")]
pub struct Landing<'a> {
    pub brand: &'a Brand,
    pub token: &'a str,
    pub csrf: &'a str,
    pub recipient: &'a str,
    pub expires: String,
    pub note: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "portal/verify.html")]
pub struct Verify<'a> {
    pub brand: &'a Brand,
    pub token: &'a str,
    pub csrf: &'a str,
    pub recipient: &'a str,
    pub minutes: u64,
    /// The sender set a passphrase: ask for it too.
    pub passphrase: bool,
    pub note: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "portal/message.html")]
pub struct Message<'a> {
    pub brand: &'a Brand,
    pub token: &'a str,
    pub csrf: &'a str,
    pub view: &'a MessageView,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "portal/print.html")]
pub struct Print<'a> {
    pub brand: &'a Brand,
    pub token: &'a str,
    pub view: &'a MessageView,
}

#[derive(Template)]
#[template(path = "portal/reply.html")]
pub struct Reply<'a> {
    pub brand: &'a Brand,
    pub token: &'a str,
    pub csrf: &'a str,
    pub to: &'a str,
    pub max_size: String,
    pub note: Option<&'a str>,
}

/// A page with a heading, a sentence and maybe one link.
#[derive(Template)]
#[template(path = "portal/info.html")]
pub struct Info<'a> {
    pub brand: &'a Brand,
    /// The heading's element id (tests and the user guide find pages by it).
    pub id: &'a str,
    pub heading: &'a str,
    pub text: &'a str,
    pub link: Option<(String, &'a str)>,
}

/// Render with a status; a template error is a bland 500 (and a log line).
pub fn render(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "portal page failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// The one answer for an unknown, expired or recalled link: the same page and
/// status whichever it is, so links cannot be probed.
pub fn gone(brand: &Brand) -> Response {
    render(
        StatusCode::GONE,
        &Info {
            brand,
            id: "gone",
            heading: "This link is no longer valid",
            text: "The message has expired, was withdrawn by its sender, or the link is not complete. \
                   Ask the sender to send it again if you still need it.",
            link: None,
        },
    )
}

/// Too many requests from this address or for this message.
pub fn slow_down(brand: &Brand) -> Response {
    render(
        StatusCode::TOO_MANY_REQUESTS,
        &Info {
            brand,
            id: "slow-down",
            heading: "Please wait a moment",
            text: "There were too many requests. Try again in a few minutes.",
            link: None,
        },
    )
}

/// Something on our side failed: nothing about it is shown.
pub fn trouble(brand: &Brand) -> Response {
    render(
        StatusCode::SERVICE_UNAVAILABLE,
        &Info {
            brand,
            id: "trouble",
            heading: "The portal cannot answer right now",
            text: "Please try again in a few minutes.",
            link: None,
        },
    )
}

/// A form arrived without its CSRF token (or with a wrong one).
pub fn forbidden(brand: &Brand) -> Response {
    render(
        StatusCode::FORBIDDEN,
        &Info {
            brand,
            id: "forbidden",
            heading: "This form has expired",
            text: "Go back, reload the page and try again.",
            link: None,
        },
    )
}
