//! Text of a PDF attachment, with pdf-extract (lopdf underneath). PDF parsers have
//! a history of panics on hostile files: the call runs under `catch_unwind`, and
//! files over `MAX_PDF` are not parsed at all. lopdf inflates streams without a
//! limit, so before it sees a file every zlib stream in it is inflated here with
//! a running cap (`MAX_INFLATED` in all): a compression bomb, or a stream that
//! inflates to another zlib stream, is never handed on. Any failure means "no
//! text", which the caller records as `unscanned`.

use std::io::Read;

const MAX_PDF: usize = 8 << 20;
/// Bytes all of a PDF's streams may inflate to, together.
const MAX_INFLATED: u64 = 64 << 20;

pub fn text(bytes: &[u8]) -> Option<String> {
    if bytes.len() > MAX_PDF || !bytes.starts_with(b"%PDF") || !inflates_within(bytes) {
        return None;
    }
    let owned = bytes.to_vec();
    std::panic::catch_unwind(move || pdf_extract::extract_text_from_mem(&owned).ok())
        .ok()
        .flatten()
}

/// Whether every `stream … endstream` body that is zlib data inflates to at
/// most `MAX_INFLATED` bytes in all, with no zlib data nested inside. One pass
/// over the file; each inflation stops at the cap.
fn inflates_within(pdf: &[u8]) -> bool {
    let mut left = MAX_INFLATED;
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream") {
        let body = &rest[start + 6..];
        let body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
        let end = find(body, b"endstream").unwrap_or(body.len());
        let data = &body[..end];
        if looks_zlib(data) {
            let mut out = Vec::new();
            let mut z = flate2::read::ZlibDecoder::new(data).take(left + 1);
            // Undecodable data is pdf-extract's problem; only size matters here.
            let _ = z.read_to_end(&mut out);
            let n = out.len() as u64;
            if n > left || looks_zlib(&out) {
                return false;
            }
            left -= n;
        }
        rest = &body[end..];
    }
    true
}

fn looks_zlib(b: &[u8]) -> bool {
    matches!(b, [0x78, 0x01 | 0x5e | 0x9c | 0xda, ..])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
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

    /// A stream that inflates past the cap (a compression bomb) is not handed
    /// to the parser.
    #[test]
    fn compression_bomb_is_refused() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..80 {
            z.write_all(&zeros).unwrap();
        }
        let bomb = z.finish().unwrap();
        let mut bad = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n".to_vec();
        bad.extend_from_slice(&bomb);
        bad.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        assert!(!super::inflates_within(&bad));
        assert!(super::text(&bad).is_none());
        assert!(super::inflates_within(&pdf("fine")));
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
