//! Streaming WARC reader.
//!
//! The reader works on any [`BufRead`]; [`open_warc`] and [`sniff_reader`] add transparent
//! gzip decompression when the data starts with the gzip magic bytes. Offsets reported in
//! errors and by [`WarcReader::last_record_offset`] count bytes of the *decompressed* stream.
//!
//! Error recovery: one damaged record costs that record only.
//!
//! - After a malformed record header the reader scans forward to the next line that starts with
//!   `WARC/` and carries on.
//! - A block not followed by the record end (a wrong `Content-Length`) is an error; when the
//!   block swallowed the next record's start, the bytes from there are read again, otherwise the
//!   reader scans forward as above. A block cut by the end of the stream that contains the start
//!   of a further record is handled the same way.
//! - A corrupt gzip member is reported once and decompression resumes at the next member
//!   (vnmon's writer puts each record in its own member).
//! - A truncated last record, or an I/O error that recurs without progress, is yielded once and
//!   ends the iteration.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::GzDecoder;

use super::{find_header, ArchiveError, WarcRecord};

/// Default limit on a single record block: larger blocks are skipped with
/// [`ArchiveError::BlockTooLarge`].
pub const DEFAULT_MAX_BLOCK_BYTES: u64 = 256 * 1024 * 1024;

/// Longest header line accepted (bytes, including the line ending).
const MAX_LINE_BYTES: usize = 64 * 1024;
/// Most header fields accepted in one record.
const MAX_HEADER_FIELDS: usize = 1024;
/// Buffer size for files.
const FILE_BUFFER_BYTES: usize = 64 * 1024;

/// Open a WARC file, gzip-compressed (any number of members) or plain, detected by content.
pub fn open_warc(path: &Path) -> Result<WarcReader<Box<dyn BufRead>>, ArchiveError> {
    let file = File::open(path)?;
    Ok(sniff_reader(file)?)
}

/// Wrap any reader, adding gzip decompression if the stream starts with the gzip magic bytes.
pub fn sniff_reader<R: Read + 'static>(reader: R) -> io::Result<WarcReader<Box<dyn BufRead>>> {
    let mut buffered = BufReader::with_capacity(FILE_BUFFER_BYTES, reader);
    // One fill is enough: files and decoders return a full buffer (or the whole short stream).
    let is_gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let inner: Box<dyn BufRead> = if is_gzip {
        Box::new(BufReader::with_capacity(FILE_BUFFER_BYTES, GzMembers::new(buffered)))
    } else {
        Box::new(buffered)
    };
    Ok(WarcReader::new(inner))
}

/// Decompresses a stream of gzip members one by one; a corrupt member is reported once as an
/// I/O error ([`io::ErrorKind::InvalidData`]) and reading resumes at the next gzip header.
struct GzMembers<R: BufRead> {
    /// The member being decoded, or `None` between members (then `raw` holds the stream).
    decoder: Option<GzDecoder<R>>,
    raw: Option<R>,
    /// An error was reported and no member has decoded since: later failures are silent.
    quiet: bool,
}

impl<R: BufRead> GzMembers<R> {
    fn new(raw: R) -> Self {
        GzMembers { decoder: None, raw: Some(raw), quiet: false }
    }

    /// Skips to the next gzip header (`1f 8b 08`) in the raw stream, at least one byte on.
    fn skip_to_header(raw: &mut R) -> io::Result<()> {
        let mut first = true;
        loop {
            let buf = raw.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            let from = usize::from(first);
            first = false;
            let found = buf
                .get(from..)
                .and_then(|b| b.windows(3).position(|w| w == [0x1f, 0x8b, 0x08]))
                .map(|i| i + from);
            match found {
                Some(i) => {
                    raw.consume(i);
                    return Ok(());
                }
                // Keep the last two bytes: a header may straddle two buffers (when the buffer
                // is refilled only once empty, it is then missed, and the next one found).
                None if buf.len() > 2 => {
                    let n = buf.len() - 2;
                    raw.consume(n);
                }
                None => {
                    let n = buf.len();
                    raw.consume(n);
                }
            }
        }
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(decoder) = self.decoder.as_mut() {
                match decoder.read(out) {
                    Ok(0) if !out.is_empty() => {
                        // End of this member.
                        self.quiet = false;
                        self.raw = self.decoder.take().map(GzDecoder::into_inner);
                    }
                    Ok(n) => return Ok(n),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        let mut raw = match self.decoder.take() {
                            Some(d) => d.into_inner(),
                            None => return Err(e),
                        };
                        Self::skip_to_header(&mut raw)?;
                        self.raw = Some(raw);
                        if !self.quiet {
                            self.quiet = true;
                            return Err(io::Error::new(
                                io::ErrorKind::InvalidData,
                                format!("corrupt gzip data ({e}): skipped to the next member"),
                            ));
                        }
                    }
                }
            } else {
                let Some(mut raw) = self.raw.take() else { return Ok(0) };
                if raw.fill_buf()?.is_empty() {
                    self.raw = Some(raw);
                    return Ok(0);
                }
                self.decoder = Some(GzDecoder::new(raw));
            }
        }
    }
}

/// Result of reading one line.
enum Line {
    /// End of stream before any byte.
    Eof,
    /// A line (in the reader's line buffer), possibly without a final newline at end of stream.
    Ok,
    /// The line was longer than [`MAX_LINE_BYTES`]; it has been consumed and dropped.
    TooLong,
}

/// Iterator over the records of a WARC stream.
pub struct WarcReader<R: BufRead> {
    inner: R,
    /// Bytes given back to the stream (a block that overran the next record), read first.
    back: Vec<u8>,
    back_at: usize,
    /// Stream position of the last I/O error: a second one without progress ends the reading.
    io_error_at: Option<u64>,
    /// Bytes consumed from `inner` so far.
    pos: u64,
    /// Offset of the last record returned (or attempted).
    record_offset: u64,
    /// Scan for the next `WARC/` line before parsing (after a malformed header).
    resync: bool,
    /// No more items (clean end, truncation or I/O error).
    done: bool,
    max_block: u64,
    line: Vec<u8>,
}

impl<R: BufRead> WarcReader<R> {
    /// Read records from an uncompressed WARC stream (wrap gzip data in a decoder first, or use
    /// [`sniff_reader`]).
    pub fn new(inner: R) -> Self {
        WarcReader {
            inner,
            back: Vec::new(),
            back_at: 0,
            io_error_at: None,
            pos: 0,
            record_offset: 0,
            resync: false,
            done: false,
            max_block: DEFAULT_MAX_BLOCK_BYTES,
            line: Vec::new(),
        }
    }

    /// Set the largest block accepted; bigger records are skipped with
    /// [`ArchiveError::BlockTooLarge`].
    pub fn with_max_block_bytes(mut self, limit: u64) -> Self {
        self.max_block = limit;
        self
    }

    /// Byte offset, in the decompressed stream, of the record most recently returned.
    pub fn last_record_offset(&self) -> u64 {
        self.record_offset
    }

    /// The buffered bytes: given-back bytes first, then the stream's.
    /// Retries reads interrupted by a signal.
    fn fill<'a>(back: &'a [u8], back_at: usize, inner: &'a mut R) -> io::Result<&'a [u8]> {
        match back.get(back_at..) {
            Some(rest) if !rest.is_empty() => Ok(rest),
            _ => {
                loop {
                    match inner.fill_buf() {
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(e),
                        Ok(_) => break,
                    }
                }
                // Buffered now: this second call returns the same bytes without reading.
                inner.fill_buf()
            }
        }
    }

    /// Marks `n` bytes of what [`Self::fill`] returned as read.
    fn consume(&mut self, n: usize) {
        if self.back_at < self.back.len() {
            self.back_at += n;
            if self.back_at >= self.back.len() {
                self.back.clear();
                self.back_at = 0;
            }
        } else {
            self.inner.consume(n);
        }
        self.pos += n as u64;
    }

    /// Puts `bytes` back in front of the stream.
    fn give_back(&mut self, bytes: &[u8]) {
        let mut back = bytes.to_vec();
        back.extend_from_slice(self.back.get(self.back_at..).unwrap_or_default());
        self.back = back;
        self.back_at = 0;
        self.pos = self.pos.saturating_sub(bytes.len() as u64);
    }

    /// Reads up to `length` bytes (fewer only at the end of the stream); `keep` false discards
    /// them. Returns the bytes kept and the number read.
    fn read_block(&mut self, length: u64, keep: bool) -> io::Result<(Vec<u8>, u64)> {
        // Never pre-allocate more than a modest amount on the word of the header.
        let cap = if keep { usize::try_from(length.min(1 << 20)).unwrap_or(0) } else { 0 };
        let mut block = Vec::with_capacity(cap);
        let mut got = 0u64;
        while got < length {
            let buf = Self::fill(&self.back, self.back_at, &mut self.inner)?;
            if buf.is_empty() {
                break;
            }
            let n = usize::try_from((length - got).min(buf.len() as u64)).unwrap_or(buf.len());
            if keep {
                block.extend_from_slice(buf.get(..n).unwrap_or(buf));
            }
            self.consume(n);
            got += n as u64;
        }
        Ok((block, got))
    }

    /// Read one line into `self.line` (newline included), bounded by [`MAX_LINE_BYTES`].
    fn read_line(&mut self) -> io::Result<Line> {
        self.line.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let buf = Self::fill(&self.back, self.back_at, &mut self.inner)?;
            if buf.is_empty() {
                break;
            }
            any = true;
            let (chunk_len, found) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            if !too_long {
                let room = MAX_LINE_BYTES.saturating_sub(self.line.len());
                if chunk_len > room {
                    too_long = true;
                    self.line.clear();
                } else if let Some(chunk) = buf.get(..chunk_len) {
                    self.line.extend_from_slice(chunk);
                }
            }
            self.consume(chunk_len);
            if found {
                break;
            }
        }
        Ok(if !any {
            Line::Eof
        } else if too_long {
            Line::TooLong
        } else {
            Line::Ok
        })
    }

    /// Parse the next record; `Ok(None)` at a clean end of stream.
    fn next_record(&mut self) -> Result<Option<WarcRecord>, ArchiveError> {
        // Find the version line, skipping blank lines (and junk when resynchronising).
        loop {
            let start = self.pos;
            match self.read_line()? {
                Line::Eof => return Ok(None),
                Line::TooLong => {
                    if self.resync {
                        continue;
                    }
                    self.record_offset = start;
                    return Err(self.malformed(start, "over-long line where a record should start"));
                }
                Line::Ok => {}
            }
            let text = trim_eol(&self.line);
            if text.is_empty() {
                continue;
            }
            if text.starts_with(b"WARC/") {
                self.resync = false;
                self.record_offset = start;
                break;
            }
            if self.resync {
                continue;
            }
            self.record_offset = start;
            let shown = String::from_utf8_lossy(text.get(..40).unwrap_or(text)).into_owned();
            return Err(
                self.malformed(start, &format!("expected a WARC/ version line, got {shown:?}"))
            );
        }
        let offset = self.record_offset;

        // Header fields.
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match self.read_line()? {
                Line::Eof => {
                    self.done = true;
                    return Err(ArchiveError::Truncated {
                        offset,
                        reason: "stream ended inside the record header".into(),
                    });
                }
                Line::TooLong => return Err(self.malformed(offset, "over-long header line")),
                Line::Ok => {}
            }
            if !self.line.ends_with(b"\n") {
                self.done = true;
                return Err(ArchiveError::Truncated {
                    offset,
                    reason: "stream ended inside the record header".into(),
                });
            }
            let text = trim_eol(&self.line);
            if text.is_empty() {
                break;
            }
            let text = String::from_utf8_lossy(text).into_owned();
            if text.starts_with([' ', '\t']) {
                // Continuation of the previous field (obsolete line folding).
                match headers.last_mut() {
                    Some((_, v)) => {
                        v.push(' ');
                        v.push_str(text.trim());
                    }
                    None => {
                        return Err(self.malformed(offset, "continuation line before any field"))
                    }
                }
                continue;
            }
            let Some((name, value)) = text.split_once(':') else {
                return Err(self.malformed(offset, &format!("header line without ':': {text:?}")));
            };
            let name = name.trim();
            if name.is_empty() {
                return Err(self.malformed(offset, "empty header name"));
            }
            if headers.len() >= MAX_HEADER_FIELDS {
                return Err(self.malformed(offset, "too many header fields"));
            }
            headers.push((name.to_string(), value.trim().to_string()));
        }

        let Some(length_text) = find_header(&headers, "Content-Length") else {
            return Err(self.malformed(offset, "missing Content-Length"));
        };
        let Ok(length) = length_text.trim().parse::<u64>() else {
            let reason = format!("bad Content-Length {length_text:?}");
            return Err(self.malformed(offset, &reason));
        };
        let Some(warc_type) = find_header(&headers, "WARC-Type").map(str::to_string) else {
            // Skip the block so the next record can still be read.
            self.skip_block(offset, length)?;
            return Err(ArchiveError::Malformed { offset, reason: "missing WARC-Type".into() });
        };

        if length > self.max_block {
            // Not skipped by its length, which may be the damage: the next record is found by
            // scanning, as after a malformed header.
            self.resync = true;
            return Err(ArchiveError::BlockTooLarge { offset, length, limit: self.max_block });
        }

        let (block, got) = self.read_block(length, true)?;
        if got < length {
            // A wrong length can run over later records to the end of the stream: read them
            // again from the first one found in the block.
            if let Some(at) = next_record_start(&block) {
                self.give_back(block.get(at..).unwrap_or_default());
                return Err(ArchiveError::Malformed {
                    offset,
                    reason: format!("Content-Length {length} runs past the record: skipped"),
                });
            }
            self.done = true;
            return Err(ArchiveError::Truncated {
                offset,
                reason: format!("block has {got} of {length} bytes"),
            });
        }
        if let Some(reason) = self.check_record_end(&block, length)? {
            return Err(ArchiveError::Malformed { offset, reason });
        }

        let target_uri = find_header(&headers, "WARC-Target-URI").map(|u| {
            let u = u.trim();
            u.strip_prefix('<').and_then(|s| s.strip_suffix('>')).unwrap_or(u).to_string()
        });
        let date = find_header(&headers, "WARC-Date").map(str::to_string);
        let record_id = find_header(&headers, "WARC-Record-ID").map(str::to_string);
        Ok(Some(WarcRecord { warc_type, target_uri, date, record_id, headers, block }))
    }

    /// After a block: the record end (two line breaks), the end of the stream, or the next
    /// record's version line. Anything else means the length was wrong: the record is dropped,
    /// and the reader goes back to the next record start inside the block, or scans forward.
    /// Returns the reason when the record is dropped.
    fn check_record_end(&mut self, block: &[u8], length: u64) -> io::Result<Option<String>> {
        let mut seen: Vec<u8> = Vec::new();
        for _ in 0..2 {
            match self.read_line()? {
                Line::Eof => return Ok(None),
                Line::TooLong => break,
                Line::Ok => {}
            }
            let text = trim_eol(&self.line);
            if text.starts_with(b"WARC/") {
                // The next record, with the record end missing or short: accepted.
                let line = std::mem::take(&mut self.line);
                self.give_back(&line);
                self.line = line;
                return Ok(None);
            }
            if !text.is_empty() {
                seen.extend_from_slice(&self.line);
                break;
            }
            seen.extend_from_slice(&self.line);
        }
        let all_blank = seen.iter().all(|b| matches!(b, b'\r' | b'\n'));
        if all_blank && seen.iter().filter(|&&b| b == b'\n').count() == 2 {
            return Ok(None);
        }
        let mut rest = block.to_vec();
        rest.extend_from_slice(&seen);
        match next_record_start(&rest) {
            Some(at) => self.give_back(rest.get(at..).unwrap_or_default()),
            None => {
                self.give_back(&seen);
                self.resync = true;
            }
        }
        Ok(Some(format!("Content-Length {length} does not end at the record end: skipped")))
    }

    /// Discard `length` block bytes (used when the record is rejected but its extent is known).
    fn skip_block(&mut self, offset: u64, length: u64) -> Result<(), ArchiveError> {
        let skipped = match self.read_block(length, false) {
            Ok((_, n)) => n,
            Err(e) => {
                self.done = true;
                return Err(e.into());
            }
        };
        if skipped < length {
            self.done = true;
            return Err(ArchiveError::Truncated {
                offset,
                reason: format!("block has {skipped} of {length} bytes"),
            });
        }
        Ok(())
    }

    /// Build a malformed-header error and switch to resynchronisation.
    fn malformed(&mut self, offset: u64, reason: &str) -> ArchiveError {
        self.resync = true;
        ArchiveError::Malformed { offset, reason: reason.to_string() }
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<WarcRecord, ArchiveError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(rec)) => Some(Ok(rec)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                if matches!(e, ArchiveError::Io(_)) {
                    // A corrupt gzip member: the decoder moves on to the next one. An error
                    // that recurs at the same place would loop: end there.
                    if self.io_error_at == Some(self.pos) {
                        self.done = true;
                    }
                    self.io_error_at = Some(self.pos);
                    self.resync = true;
                }
                Some(Err(e))
            }
        }
    }
}

impl<R: BufRead> std::iter::FusedIterator for WarcReader<R> {}

/// Offset of the first line in `bytes` (after its first byte) that starts a WARC record.
fn next_record_start(bytes: &[u8]) -> Option<usize> {
    (1..bytes.len()).find(|&i| {
        bytes.get(i - 1) == Some(&b'\n')
            && bytes.get(i..).is_some_and(|b| b.starts_with(b"WARC/1."))
    })
}

/// Strip a trailing `\n` or `\r\n`.
fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}
