//! What the sealed content is bound to besides its queue id: the envelope and
//! the per-recipient decisions. The digest goes into the associated data of the
//! wrapped data key, so a row edited by someone who can write the database but
//! does not hold the master key (an added recipient, a `portal` decision turned
//! into `deliver`, another sender) makes the content impossible to open, and
//! the relay never delivers it. A legitimate change (an admin releasing held
//! mail) re-wraps the data key under the new digest.

use aws_lc_rs::digest;

use super::Protection;

/// SHA-256 over the length-prefixed envelope fields, recipients in `idx` order.
pub fn envelope_digest<'a>(
    mail_from: &str,
    requiretls: bool,
    recipients: impl IntoIterator<Item = (&'a str, Protection)>,
) -> [u8; 32] {
    let mut ctx = digest::Context::new(&digest::SHA256);
    let mut field = |bytes: &[u8]| {
        ctx.update(&(bytes.len() as u64).to_be_bytes());
        ctx.update(bytes);
    };
    field(b"phirelay-envelope-v1");
    field(mail_from.as_bytes());
    field(&[u8::from(requiretls)]);
    for (address, protection) in recipients {
        field(address.as_bytes());
        field(protection.as_str().as_bytes());
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_changes_the_digest() {
        let base = envelope_digest("a@x", false, [("r@y", Protection::Portal)]);
        assert_ne!(
            base,
            envelope_digest("b@x", false, [("r@y", Protection::Portal)])
        );
        assert_ne!(
            base,
            envelope_digest("a@x", true, [("r@y", Protection::Portal)])
        );
        assert_ne!(
            base,
            envelope_digest("a@x", false, [("r@z", Protection::Portal)])
        );
        assert_ne!(
            base,
            envelope_digest("a@x", false, [("r@y", Protection::Deliver)])
        );
        let two = [("r@y", Protection::Portal), ("s@y", Protection::Portal)];
        assert_ne!(base, envelope_digest("a@x", false, two));
        // Length prefixes: moving a byte between fields changes it too.
        assert_ne!(
            envelope_digest("ab", false, [("c", Protection::Deliver)]),
            envelope_digest("a", false, [("bc", Protection::Deliver)])
        );
    }
}
