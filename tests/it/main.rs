//! One integration-test binary (one link step): every suite is a module here.
//! Each test starts real peers on loopback: the relay, SMTP clients, PostgreSQL.

mod accept_stage;
mod audit_verbs;
mod cli;
mod client_wire_props;
mod common;
mod compliance;
mod crash;
mod delivery;
mod delivery_more;
mod dialogs;
mod dns_anchors;
mod docs_agree;
mod fail_closed;
mod fixtures_peers;
mod fixtures_smoke;
mod held_release;
mod layout;
mod metrics;
mod mta_sts_fetch;
mod parser_props;
mod policy;
mod policy_corpus;
mod policy_phi;
mod portal;
mod portal_browser;
mod portal_crash;
mod queue_cli;
mod readme;
mod reload;
mod routing;
mod smtp_ingress;
mod store_suite;
mod transport_fail_closed;
mod transport_security;
mod upstreams;
