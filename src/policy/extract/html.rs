//! HTML to text for the detectors, not for reading: comments are dropped, a `<script>` or
//! `<style>` element (with its content) and every other tag become one space (a newline
//! for block tags such as `<br>`, `<p>`, `<div>`, `<tr>`, `<li>`), entities are decoded
//! (mail-parser's table), and whitespace is kept as it is. A space per tag keeps table cells apart (`<td>SSN</td>
//! <td>250-11-1658</td>` must not become `SSN250-11-1658`, which hides both the context
//! word and the value); kept line breaks keep HL7 segments in `<pre>` on their own lines.
//! One regex pass (linear time), then plain copying.

use std::sync::LazyLock;

use mail_parser::decoders::html::add_html_token;
use regex::Regex;

static TOKENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?is)<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|</?[a-z!?][^>]*>|&#?[a-z0-9]{1,32};",
    )
    .expect("built-in HTML token pattern")
});

const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "tbody",
    "thead",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "hr",
    "dd",
    "dt",
    "section",
    "article",
    "header",
    "footer",
];

pub(super) fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut last = 0;
    for m in TOKENS.find_iter(html) {
        out.push_str(&html[last..m.start()]);
        last = m.end();
        let token = m.as_str();
        if token.starts_with('&') {
            add_html_token(&mut out, token.as_bytes(), false);
        } else if token.starts_with("<!--") {
            // a comment: nothing
        } else if is_block(token) {
            out.push('\n');
        } else {
            out.push(' ');
        }
    }
    out.push_str(&html[last..]);
    out
}

fn is_block(tag: &str) -> bool {
    let name = tag
        .trim_start_matches(['<', '/'])
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    BLOCK_TAGS.iter().any(|b| b.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn tags_become_separators() {
        assert_eq!(
            to_text("<table><tr><td>SSN</td><td>250&#45;11&#45;1658</td></tr></table>"),
            "\n\n SSN  250-11-1658 \n\n"
        );
        assert_eq!(
            to_text("<p>DOB</p><p>03&#x2F;14&#x2F;1962</p>"),
            "\nDOB\n\n03/14/1962\n"
        );
        assert_eq!(to_text("<b>member</b>&nbsp;id"), " member \u{a0}id");
    }

    #[test]
    fn comments_scripts_styles_dropped() {
        assert_eq!(to_text("a<!-- SSN\n123 -->b"), "ab");
        assert_eq!(
            to_text("a<script>var x = '<b>';</script>b<STYLE>p{}</style >c"),
            "a b c"
        );
    }

    #[test]
    fn text_that_only_looks_like_markup() {
        assert_eq!(to_text("if a < b && c > d"), "if a < b && c > d");
        assert_eq!(to_text("AT&T; &bogus; &amp;"), "AT&T; &bogus; &");
        assert_eq!(
            to_text("<pre>MSH|^~\\&amp;|A\rPID|1</pre>"),
            "\nMSH|^~\\&|A\rPID|1\n"
        );
    }
}
