//! The DATA reader: undoes dot-stuffing and finds the end of the message.
//!
//! Smuggling-safe by construction (RFC 5321 §2.3.8, §4.1.1.4; CVE-2023-51764 class):
//! only `<CRLF>.<CRLF>` ends the data, and a line starts only after a real CRLF,
//! so `\n.\n`, `\r.\r`, `\n.\r\n`, `\r\n.\r\r\n` and friends are body bytes that
//! cannot end the message early. A bare CR, bare LF or NUL poisons the message: the
//! reader keeps scanning for the real end and the whole message is refused, so no
//! byte after a fake terminator can become a second message. Pure and synchronous,
//! so it can be fuzzed; the session feeds it whatever arrives from the socket.

/// Why the message is refused (the first problem seen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataError {
    TooBig,
    /// The listener's budget of DATA bytes across sessions ran out (try again).
    OverBudget,
    BareLineEnd,
    Nul,
    LineTooLong,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Just after CRLF (or at the start of DATA).
    LineStart,
    InLine,
    /// Saw CR inside a line; LF must follow.
    Cr,
    /// Saw `.` at line start.
    Dot,
    /// Saw `.` CR at line start; LF ends the data.
    DotCr,
}

#[derive(Debug)]
pub struct DotReader {
    state: State,
    body: Vec<u8>,
    max_size: usize,
    max_line: usize,
    line_len: usize,
    error: Option<DataError>,
}

/// What a call to [`DotReader::feed`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Progress {
    /// All input consumed; more is needed.
    More,
    /// The terminator was found after `consumed` bytes of this input; what follows
    /// belongs to the next command.
    Done { consumed: usize },
}

impl DotReader {
    pub fn new(max_size: usize, max_line: usize) -> Self {
        Self {
            state: State::LineStart,
            body: Vec::with_capacity(max_size.min(64 * 1024)),
            max_size,
            max_line,
            line_len: 0,
            error: None,
        }
    }

    /// Scan `input`. The body collects unstuffed bytes until an error, after which
    /// only the terminator is looked for.
    pub fn feed(&mut self, input: &[u8]) -> Progress {
        let mut i = 0;
        while let Some(&b) = input.get(i) {
            // Inside a line, every byte up to the next CR, LF or NUL is plain
            // text: take the run at once. Anything else goes through `step`.
            if self.state == State::InLine || (self.state == State::LineStart && b != b'.') {
                let run = memchr::memchr3(b'\r', b'\n', 0, &input[i..]).unwrap_or(input.len() - i);
                if run > 0 {
                    self.state = State::InLine;
                    self.text(&input[i..i + run]);
                    i += run;
                    continue;
                }
            }
            i += 1;
            if self.step(b) {
                return Progress::Done { consumed: i };
            }
        }
        Progress::More
    }

    /// One byte through the state machine; true when it ends the data.
    fn step(&mut self, b: u8) -> bool {
        match (self.state, b) {
            (State::LineStart, b'.') => self.state = State::Dot,
            (State::Dot, b'\r') => self.state = State::DotCr,
            (State::DotCr, b'\n') => {
                self.state = State::LineStart;
                return true;
            }
            // `.` CR then something else: the CR was bare.
            (State::DotCr, _) => {
                self.fail(DataError::BareLineEnd);
                self.state = State::InLine;
                self.byte(b);
            }
            // A leading dot that was stuffing: drop it, go on with the line.
            (State::Dot, _) => {
                self.state = State::InLine;
                self.byte(b);
            }
            (State::Cr, b'\n') => {
                self.push(b'\r');
                self.push(b'\n');
                self.line_len = 0;
                self.state = State::LineStart;
            }
            (State::Cr, _) => {
                self.fail(DataError::BareLineEnd);
                self.state = State::InLine;
                self.byte(b);
            }
            (State::LineStart | State::InLine, _) => {
                self.state = State::InLine;
                self.byte(b);
            }
        }
        false
    }

    /// A run of plain text inside a line (no CR, LF or NUL): the same checks
    /// as [`Self::byte`] on each of its bytes, in the same order, so the first
    /// limit crossed is the error reported.
    fn text(&mut self, run: &[u8]) {
        let line_over = (self.line_len + run.len() > self.max_line)
            .then(|| self.max_line.saturating_sub(self.line_len));
        let size_over = (self.body.len() + run.len() > self.max_size)
            .then(|| self.max_size.saturating_sub(self.body.len()));
        self.line_len += run.len();
        match (line_over, size_over) {
            (Some(l), Some(s)) if s < l => self.fail(DataError::TooBig),
            (Some(_), _) => self.fail(DataError::LineTooLong),
            (None, Some(_)) => self.fail(DataError::TooBig),
            (None, None) => {
                if self.error.is_none() {
                    self.body.extend_from_slice(run);
                }
            }
        }
    }

    /// An ordinary byte inside a line (state is InLine).
    fn byte(&mut self, b: u8) {
        match b {
            b'\r' => self.state = State::Cr,
            // A bare LF never starts a new line: staying InLine is what keeps
            // `\n.\r\n` from ending the data.
            b'\n' => self.fail(DataError::BareLineEnd),
            0 => self.fail(DataError::Nul),
            _ => {
                self.line_len += 1;
                if self.line_len > self.max_line {
                    self.fail(DataError::LineTooLong);
                }
                self.push(b);
            }
        }
    }

    fn push(&mut self, b: u8) {
        if self.error.is_some() {
            return;
        }
        if self.body.len() >= self.max_size {
            self.fail(DataError::TooBig);
            return;
        }
        self.body.push(b);
    }

    fn fail(&mut self, e: DataError) {
        if self.error.is_none() {
            self.error = Some(e);
            self.body = Vec::new();
        }
    }

    /// Bytes of message held so far.
    pub fn len(&self) -> usize {
        self.body.len()
    }

    pub fn is_empty(&self) -> bool {
        self.body.is_empty()
    }

    /// Refuse the message from here on (its bytes are dropped; the terminator is
    /// still looked for, so the reply comes at the right time).
    pub fn refuse(&mut self, e: DataError) {
        self.fail(e);
    }

    /// The message, or why it is refused. Call after [`Progress::Done`].
    pub fn finish(self) -> Result<Vec<u8>, DataError> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.body),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reader without its fast path: every byte through `step`.
    fn byte_by_byte(r: &mut DotReader, input: &[u8]) -> Option<usize> {
        input.iter().position(|&b| r.step(b)).map(|i| i + 1)
    }

    proptest! {
        /// Runs of plain text taken at once end the data at the same byte, with
        /// the same body and the same first error (small limits, often equal,
        /// so that one byte crosses both) as every byte through the state machine.
        #[test]
        fn runs_match_the_state_machine(
            input in prop::collection::vec(
                prop::sample::select(vec![b'a', b'b', b'c', b'.', b'\r', b'\n', 0u8]), 0..200),
            max_line in 0usize..24,
            extra in prop::sample::select(vec![0usize, 0, 1, 2, 5, 40]),
        ) {
            let mut fast = DotReader::new(max_line + extra, max_line);
            let fast_end = match fast.feed(&input) {
                Progress::Done { consumed } => Some(consumed),
                Progress::More => None,
            };
            let mut slow = DotReader::new(max_line + extra, max_line);
            prop_assert_eq!(fast_end, byte_by_byte(&mut slow, &input));
            prop_assert_eq!(fast.finish(), slow.finish());
        }
    }

    fn read(input: &[u8]) -> (Result<Vec<u8>, DataError>, Option<usize>) {
        let mut r = DotReader::new(1 << 20, 998);
        let done = match r.feed(input) {
            Progress::Done { consumed } => Some(consumed),
            Progress::More => None,
        };
        (r.finish(), done)
    }

    #[test]
    fn unstuffs_and_ends_at_crlf_dot_crlf() {
        let (body, done) = read(b"Hi\r\n..dot\r\n.\r\nMAIL FROM:<x>\r\n");
        assert_eq!(body.unwrap(), b"Hi\r\n.dot\r\n");
        assert_eq!(done, Some(14));
        let (body, done) = read(b".\r\n");
        assert_eq!(body.unwrap(), b"");
        assert_eq!(done, Some(3));
    }

    #[test]
    fn byte_at_a_time_is_the_same() {
        let input = b"a\r\n..b\r\n\r\n.\r\n";
        let mut r = DotReader::new(1 << 20, 998);
        let mut end = None;
        for (i, b) in input.iter().enumerate() {
            if let Progress::Done { .. } = r.feed(std::slice::from_ref(b)) {
                end = Some(i);
            }
        }
        assert_eq!(end, Some(input.len() - 1));
        assert_eq!(r.finish().unwrap(), b"a\r\n.b\r\n\r\n");
    }

    #[test]
    fn smuggling_variants_neither_end_nor_pass() {
        let variants: [&[u8]; 10] = [
            b"\n.\n",
            b"\n.\r",
            b"\r.\n",
            b"\r.\r",
            b"\n.\r\n",
            b"\r.\r\n",
            b"\r\n.\n",
            b"\r\n.\r",
            b"\r\n\x00.\r\n",
            b"\r\n.\r\r\n",
        ];
        for v in variants {
            let mut input = b"Subject: x\r\n\r\nbody".to_vec();
            input.extend_from_slice(v);
            input.extend_from_slice(b"MAIL FROM:<evil@x>\r\nRCPT TO:<v@y>\r\nDATA\r\nsmuggled\r\n");
            let mut r = DotReader::new(1 << 20, 998);
            let first = r.feed(&input);
            assert_eq!(first, Progress::More, "variant {v:?} ended DATA early");
            assert_eq!(r.feed(b".\r\n"), Progress::Done { consumed: 3 });
            assert!(r.finish().is_err(), "variant {v:?} was accepted");
        }
    }

    #[test]
    fn limits() {
        let mut r = DotReader::new(10, 998);
        r.feed(b"0123456789abc\r\n");
        assert_eq!(r.feed(b".\r\n"), Progress::Done { consumed: 3 });
        assert_eq!(r.finish(), Err(DataError::TooBig));
        let (body, done) = read(&[b"x".repeat(999).as_slice(), b"\r\n.\r\n"].concat());
        assert_eq!(body, Err(DataError::LineTooLong));
        assert!(done.is_some());
        let (body, _) = read(&[b"x".repeat(998).as_slice(), b"\r\n.\r\n"].concat());
        assert!(body.is_ok());
    }

    #[test]
    fn eight_bit_is_byte_exact() {
        let text = "Grüße, 日本語\r\n\u{00ff}\r\n".as_bytes();
        let (body, _) = read(&[text, b".\r\n"].concat());
        assert_eq!(body.unwrap(), text);
    }
}
