//! The client connection (plain TCP, or TLS after STARTTLS / on an implicit-TLS
//! listener) and the buffered line I/O the session reads commands with.
//!
//! Replies are collected in `out` and written only when the session needs more
//! input, which is what RFC 2920 PIPELINING asks: a batch of pipelined commands
//! gets its replies in one write.

use std::io;
use std::time::Duration;

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::server::TlsStream;

use super::reply::Reply;

/// The client connection: plain TCP, or TLS after STARTTLS / on an implicit-TLS listener.
pub type Conn = crate::net::Stream<TlsStream<TcpStream>>;

/// One command line, or why there is none yet.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A complete line, CRLF included.
    Complete(Vec<u8>),
    /// Longer than the limit: the rest of it up to LF is being discarded.
    TooLong,
    /// Ended with a bare LF (no CR).
    BareLf,
    Incomplete,
}

pub struct Io {
    pub conn: Conn,
    pub inbuf: BytesMut,
    out: Vec<u8>,
    discarding: bool,
}

#[derive(Debug)]
pub enum ReadError {
    Eof,
    Timeout,
    Io(io::Error),
}

impl Io {
    pub fn new(conn: Conn) -> Self {
        Self {
            conn,
            inbuf: BytesMut::with_capacity(16 * 1024),
            out: Vec::with_capacity(1024),
            discarding: false,
        }
    }

    pub fn reply(&mut self, r: &Reply) {
        r.write_to(&mut self.out);
    }

    pub async fn flush(&mut self) -> io::Result<()> {
        if !self.out.is_empty() {
            self.conn.write_all(&self.out).await?;
            self.conn.flush().await?;
            self.out.clear();
        }
        Ok(())
    }

    /// Flush pending replies, then wait (at most `timeout`) for more input.
    pub async fn fill(&mut self, timeout: Duration) -> Result<(), ReadError> {
        self.flush().await.map_err(ReadError::Io)?;
        if self.inbuf.capacity() - self.inbuf.len() < 4096 {
            self.inbuf.reserve(16 * 1024);
        }
        match tokio::time::timeout(timeout, self.conn.read_buf(&mut self.inbuf)).await {
            Err(_) => Err(ReadError::Timeout),
            Ok(Ok(0)) => Err(ReadError::Eof),
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(ReadError::Io(e)),
        }
    }

    /// Take the next command line from the buffer, at most `max` octets with CRLF
    /// (RFC 5321 §4.5.3.1.4).
    pub fn take_line(&mut self, max: usize) -> Line {
        let lf = self.inbuf.iter().position(|&b| b == b'\n');
        if self.discarding {
            match lf {
                Some(i) => {
                    self.inbuf.advance(i + 1);
                    self.discarding = false;
                    return self.take_line(max);
                }
                None => {
                    self.inbuf.clear();
                    return Line::Incomplete;
                }
            }
        }
        match lf {
            Some(i) if i + 1 > max => {
                self.inbuf.advance(i + 1);
                Line::TooLong
            }
            Some(i) => {
                let line = self.inbuf.split_to(i + 1).to_vec();
                if i == 0 || line[i - 1] != b'\r' {
                    Line::BareLf
                } else {
                    Line::Complete(line)
                }
            }
            None if self.inbuf.len() >= max => {
                self.inbuf.clear();
                self.discarding = true;
                Line::TooLong
            }
            None => Line::Incomplete,
        }
    }

    /// Drop whatever the client sent ahead (used right after `220 Ready to start TLS`:
    /// bytes that arrived before the handshake must not be read as if protected).
    pub fn discard_input(&mut self) -> usize {
        let n = self.inbuf.len();
        self.inbuf.clear();
        self.discarding = false;
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io_with(bytes: &[u8]) -> Io {
        let mut io = Io::new(Conn::Gone);
        io.inbuf.extend_from_slice(bytes);
        io
    }

    #[test]
    fn lines_and_limits() {
        let mut io = io_with(b"NOOP\r\nRSET\nQUIT\r\nPART");
        assert_eq!(io.take_line(512), Line::Complete(b"NOOP\r\n".to_vec()));
        assert_eq!(io.take_line(512), Line::BareLf);
        assert_eq!(io.take_line(512), Line::Complete(b"QUIT\r\n".to_vec()));
        assert_eq!(io.take_line(512), Line::Incomplete);

        let mut io = io_with(&[b"NOOP ".as_slice(), &[b'x'; 600], b"\r\nQUIT\r\n"].concat());
        assert_eq!(io.take_line(512), Line::TooLong);
        assert_eq!(io.take_line(512), Line::Complete(b"QUIT\r\n".to_vec()));

        // A too-long line still arriving: discarded across reads.
        let mut io = io_with(&[b'x'; 600]);
        assert_eq!(io.take_line(512), Line::TooLong);
        io.inbuf.extend_from_slice(b"yyy\r\nNOOP\r\n");
        assert_eq!(io.take_line(512), Line::Complete(b"NOOP\r\n".to_vec()));
    }
}
