//! Text of a DOCX attachment (Office Open XML): the runs of `word/document.xml`,
//! with paragraph breaks. Bounded: a document part larger than `MAX_XML` when
//! unpacked (a zip bomb, or just huge) is not read. Any error means "no text".

use std::io::Read;

const MAX_XML: u64 = 8 << 20;

pub fn text(bytes: &[u8]) -> Option<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let file = zip.by_name("word/document.xml").ok()?;
    if file.size() > MAX_XML {
        return None;
    }
    // The declared size can lie: read one byte past the limit to know. A part
    // cut short would be read in part and pass as "no PHI"; it is not read at all.
    let mut xml = String::new();
    file.take(MAX_XML + 1).read_to_string(&mut xml).ok()?;
    if xml.len() as u64 > MAX_XML {
        return None;
    }
    Some(runs(&xml))
}

/// Concatenate `<w:t>` contents; `</w:p>` and `<w:br/>`/`<w:tab/>` become whitespace.
fn runs(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() / 4);
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        if tag == "/w:p" || tag.starts_with("w:br") || tag.starts_with("w:tab") {
            out.push('\n');
        } else if tag == "w:t" || tag.starts_with("w:t ") {
            let end = rest.find("</w:t>").unwrap_or(rest.len());
            out.push_str(&unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    /// A minimal DOCX: a zip with word/document.xml.
    pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
        let body: String = paragraphs
            .iter()
            .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
            .collect();
        let xml = format!(
            "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        z.write_all(xml.as_bytes()).unwrap();
        z.finish().unwrap();
        buf.into_inner()
    }

    #[test]
    fn reads_paragraphs_and_refuses_garbage() {
        let d = docx(&["Patient SSN: 512-44-7360", "R&amp;D note"]);
        let t = super::text(&d).unwrap();
        assert!(t.contains("Patient SSN: 512-44-7360\n"), "{t}");
        assert!(t.contains("R&D note"));
        assert!(super::text(b"not a zip").is_none());
    }

    #[test]
    fn docx_attachment_in_a_message_is_scanned() {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD
            .encode(docx(&["Chart note", "MRN: 12345678"]));
        let msg = format!(
            "Subject: attached\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
             --b\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n\
             --b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=note.docx\r\n\
             Content-Disposition: attachment; filename=note.docx\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--b--\r\n"
        );
        let x = crate::policy::extract::extract(msg.as_bytes(), 1 << 20);
        assert!(
            x.texts().any(|t| t.contains("MRN: 12345678")),
            "DOCX text not extracted"
        );
    }
}
