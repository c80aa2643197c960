//! A minimal DER walk to the SubjectPublicKeyInfo, for certificates webpki will not parse.
//! Strict DER lengths (definite, minimal), bounds-checked, no panics.

const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const VERSION: u8 = 0xA0; // [0] EXPLICIT, constructed

/// One TLV at the start of `input`: (tag, header length, total length).
fn tlv(input: &[u8]) -> Option<(u8, usize, usize)> {
    let tag = *input.first()?;
    if tag & 0x1F == 0x1F {
        return None; // high-tag-number form: not in a certificate's outer structure
    }
    let first = *input.get(1)?;
    let (header, len) = if first < 0x80 {
        (2usize, usize::from(first))
    } else {
        let n = usize::from(first & 0x7F);
        if n == 0 || n > 4 {
            return None; // indefinite length, or absurdly long
        }
        let bytes = input.get(2..2 + n)?;
        if bytes[0] == 0 {
            return None; // not minimal
        }
        let len = bytes
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        if len < 0x80 {
            return None; // not minimal
        }
        (2 + n, len)
    };
    let total = header.checked_add(len)?;
    (total <= input.len()).then_some((tag, header, total))
}

/// Takes the next TLV, which must have tag `want`; returns it whole.
fn take<'a>(rest: &mut &'a [u8], want: u8) -> Option<&'a [u8]> {
    let (tag, _, total) = tlv(rest)?;
    if tag != want {
        return None;
    }
    let (this, after) = rest.split_at(total);
    *rest = after;
    Some(this)
}

/// Contents of a TLV with tag `want` that must fill `input` exactly.
fn contents(input: &[u8], want: u8) -> Option<&[u8]> {
    let (tag, header, total) = tlv(input)?;
    (tag == want && total == input.len()).then(|| &input[header..total])
}

/// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature };
/// TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
/// issuer, validity, subject, subjectPublicKeyInfo, ... }.
pub(super) fn spki(cert: &[u8]) -> Option<&[u8]> {
    let mut body = contents(cert, SEQUENCE)?;
    let tbs = take(&mut body, SEQUENCE)?;
    let mut rest = contents(tbs, SEQUENCE)?;
    if rest.first() == Some(&VERSION) {
        take(&mut rest, VERSION)?;
    }
    take(&mut rest, INTEGER)?; // serialNumber
    take(&mut rest, SEQUENCE)?; // signature AlgorithmIdentifier
    take(&mut rest, SEQUENCE)?; // issuer
    take(&mut rest, SEQUENCE)?; // validity
    take(&mut rest, SEQUENCE)?; // subject
    take(&mut rest, SEQUENCE) // subjectPublicKeyInfo
}
