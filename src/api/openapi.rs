//! The OpenAPI 3.1 document, generated from the handlers' annotations and the
//! request and response types (utoipa). Served at `/v1/openapi.json`; the
//! copy in `docs/api/openapi.json` is checked against it by the test suite.

use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// An RFC 9457 problem document (`application/problem+json`).
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemDoc {
    /// `urn:phirelay:problem:<name>`, stable.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: Option<String>,
    /// For `invalid-request`: the JSON path of the field at fault.
    pub field: Option<String>,
}

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("phr_<id>_<secret>")
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "phirelay HTTP submission API",
        description = "Submit mail through phirelay's acceptance stage (classification, DKIM, sealing, audit, queue). See docs/api.md."
    ),
    paths(
        super::routes::send_json,
        super::routes::send_raw,
        super::routes::status,
        super::routes::webhook_get,
        super::routes::webhook_put,
        super::routes::webhook_delete,
    ),
    components(schemas(ProblemDoc)),
    modifiers(&Bearer)
)]
struct ApiDoc;

/// The document as pretty JSON (the same bytes as `docs/api/openapi.json`).
pub fn document() -> String {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    doc.to_pretty_json().unwrap_or_default()
}
