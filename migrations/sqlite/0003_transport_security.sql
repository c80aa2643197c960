-- MTA-STS policies (RFC 8461 §5.1): cached until max_age runs out, across restarts.
CREATE TABLE mta_sts_policies (
    domain         TEXT PRIMARY KEY,
    policy_id      TEXT NOT NULL,           -- the TXT record's id it was fetched for
    mode           TEXT NOT NULL,           -- enforce | testing | none
    mx             TEXT NOT NULL,           -- patterns, one per line
    max_age        INTEGER NOT NULL,
    fetched_at_us  INTEGER NOT NULL,
    expires_at_us  INTEGER NOT NULL
);

-- TLS-RPT (RFC 8460): counts per day, policy and result, for the daily reports.
CREATE TABLE tls_report_results (
    day             TEXT NOT NULL,          -- UTC date, YYYY-MM-DD
    policy_domain   TEXT NOT NULL,
    policy_type     TEXT NOT NULL,          -- sts | tlsa | no-policy-found
    policy_string   TEXT NOT NULL,          -- newline-separated policy lines
    mx_host         TEXT NOT NULL,
    result_type     TEXT NOT NULL,          -- success, or an RFC 8460 §4.3 failure type
    receiving_ip    TEXT NOT NULL,          -- '' when no connection was made
    failure_reason  TEXT NOT NULL,          -- '' for success
    count           INTEGER NOT NULL,
    PRIMARY KEY (day, policy_domain, policy_type, mx_host, result_type, receiving_ip)
);

-- Reports sent, so a day is reported once per recipient domain.
CREATE TABLE tls_reports_sent (
    day            TEXT NOT NULL,
    policy_domain  TEXT NOT NULL,
    report_id      TEXT NOT NULL,
    sent_at_us     INTEGER NOT NULL,
    PRIMARY KEY (day, policy_domain)
);
