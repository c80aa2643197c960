//! Text of a PDF attachment, with pdf-extract (lopdf underneath). PDF parsers have
//! a history of panics on hostile files: the call runs under `catch_unwind`, and
//! files over `MAX_PDF` are not parsed at all. Any failure means "no text" (the
//! file name and the other parts are still scanned).

const MAX_PDF: usize = 8 << 20;

pub fn text(bytes: &[u8]) -> Option<String> {
    if bytes.len() > MAX_PDF || !bytes.starts_with(b"%PDF") {
        return None;
    }
    let owned = bytes.to_vec();
    std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&owned).ok())
        .ok()
        .flatten()
}

#[cfg(test)]
pub mod tests {
    /// A one-page PDF showing `line` in Helvetica, with a correct xref table.
    pub fn pdf(line: &str) -> Vec<u8> {
        let content = format!("BT /F1 12 Tf 72 712 Td ({line}) Tj ET");
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
            format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        ];
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for off in offsets {
            out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }

    #[test]
    fn reads_text_and_survives_garbage() {
        let t = super::text(&pdf("Patient SSN 512-44-7360")).unwrap_or_default();
        assert!(t.contains("512-44-7360"), "{t:?}");
        assert!(super::text(b"%PDF-1.4 garbage garbage").is_none());
        let mut broken = pdf("x");
        broken.truncate(broken.len() / 2);
        let _ = super::text(&broken);
    }
}
