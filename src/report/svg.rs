//! Small inline SVG charts for the compliance report: no script, no external
//! asset, every label escaped (sending domains and rule ids come from config
//! and clients).

use std::fmt::Write;

/// Escape for SVG/HTML text and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

/// One bar's stacked parts: (value, CSS class).
pub type Stack = Vec<(i64, &'static str)>;

/// Vertical stacked bars, one per label (days), with the largest total labelled.
pub fn stacked_columns(labels: &[String], stacks: &[Stack], title: &str) -> String {
    const W: f64 = 720.0;
    const H: f64 = 200.0;
    let max = stacks
        .iter()
        .map(|s| s.iter().map(|p| p.0).sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let n = labels.len().max(1) as f64;
    let slot = W / n;
    let bar = (slot * 0.7).max(1.0);
    let mut svg = format!(
        // 24 units either side, so the first and last day's labels are not cut.
        "<svg class=\"chart\" viewBox=\"-24 0 {} {}\" role=\"img\" aria-label=\"{}\">",
        W + 48.0,
        H + 40.0,
        esc(title)
    );
    for (i, (label, stack)) in labels.iter().zip(stacks).enumerate() {
        let x = i as f64 * slot + (slot - bar) / 2.0;
        let mut y = H;
        for (value, class) in stack {
            let h = *value as f64 / max * H;
            y -= h;
            let _ = write!(
                svg,
                "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\"><title>{} {}: {value}</title></rect>",
                esc(label),
                class
            );
        }
        // Every label when few, else every seventh (weeks).
        if labels.len() <= 10 || i % 7 == 0 {
            let _ = write!(
                svg,
                "<text class=\"axis\" x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + bar / 2.0,
                H + 16.0,
                esc(label.get(5..).unwrap_or(label))
            );
        }
    }
    let _ = write!(
        svg,
        "<text class=\"axis\" x=\"0\" y=\"{}\">max {}</text></svg>",
        H + 34.0,
        max as i64
    );
    svg
}

/// Horizontal bars: (label, value, CSS class), scaled to the largest.
pub fn bars(rows: &[(String, i64, &'static str)], title: &str) -> String {
    const W: f64 = 720.0;
    const ROW: f64 = 24.0;
    const LABEL: f64 = 220.0;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {W} {}\" role=\"img\" aria-label=\"{}\">",
        (rows.len().max(1) as f64) * ROW,
        esc(title)
    );
    for (i, (label, value, class)) in rows.iter().enumerate() {
        let y = i as f64 * ROW;
        let w = *value as f64 / max * (W - LABEL - 80.0);
        let _ = write!(
            svg,
            "<text class=\"axis\" x=\"0\" y=\"{:.1}\">{}</text>\
             <rect class=\"{class}\" x=\"{LABEL}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\"></rect>\
             <text class=\"axis\" x=\"{:.1}\" y=\"{:.1}\">{value}</text>",
            y + 16.0,
            esc(label),
            y + 4.0,
            ROW - 8.0,
            LABEL + w + 6.0,
            y + 16.0
        );
    }
    if rows.is_empty() {
        svg.push_str("<text class=\"axis\" x=\"0\" y=\"16\">none</text>");
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_charts_are_well_formed() {
        let s = bars(
            &[
                ("<script>x</script>".into(), 3, "phi"),
                ("b".into(), 1, "ok"),
            ],
            "t\"",
        );
        assert!(!s.contains("<script>"));
        assert!(s.contains("&lt;script&gt;"));
        assert!(s.contains("aria-label=\"t&quot;\""));
        let c = stacked_columns(
            &["2026-11-01".into(), "2026-11-02".into()],
            &[vec![(2, "phi"), (3, "ok")], vec![]],
            "volume",
        );
        assert_eq!(c.matches("<rect").count(), 2);
        assert!(c.ends_with("</svg>"));
        assert!(bars(&[], "empty").contains("none"));
    }
}
