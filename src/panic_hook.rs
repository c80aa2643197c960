//! What a panic leaves in the log: where it happened, never what it said. A
//! panic's message can hold input (a header line, an address, a matched value)
//! and journald keeps it; the location is enough to find the bug.

/// Replace the default hook (which prints the payload to stderr).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let line = report(info.location());
        tracing::error!("{line}");
        eprintln!("phirelay: {line}");
    }));
}

fn report(location: Option<&std::panic::Location<'_>>) -> String {
    let at = location
        .map(|l| format!("{}:{}", l.file(), l.line()))
        .unwrap_or_else(|| "an unknown location".into());
    format!("internal error (panic) at {at}; its message is withheld")
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);

    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A panic whose message carries message text (as an extractor's might)
    /// leaves its location in the log and not the text.
    #[test]
    fn panic_payload_never_reaches_the_log() {
        let buf = Buf::default();
        let writer = buf.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let previous = std::panic::take_hook();
        super::install();
        let caught = tracing::subscriber::with_default(subscriber, || {
            std::panic::catch_unwind(|| panic!("Subject: results for PHI-CANARY 512-44-7360"))
        });
        std::panic::set_hook(previous);
        assert!(caught.is_err());
        let log = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        assert!(log.contains("panic_hook.rs"), "{log}");
        assert!(
            !log.contains("PHI-CANARY") && !log.contains("512-44"),
            "{log}"
        );
    }
}
