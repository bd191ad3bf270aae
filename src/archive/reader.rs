//! Streaming WARC reader.
//!
//! The reader works on any [`BufRead`]; [`open_warc`] and [`sniff_reader`] add transparent
//! gzip decompression when the data starts with the gzip magic bytes. Offsets reported in
//! errors and by [`WarcReader::last_record_offset`] count bytes of the *decompressed* stream.
//!
//! Error recovery: after a malformed record header the reader scans forward to the next line
//! that starts with `WARC/` and carries on; after a truncated record or an I/O error (which
//! includes gzip corruption) it yields that error once and then ends.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;

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
        Box::new(BufReader::with_capacity(FILE_BUFFER_BYTES, MultiGzDecoder::new(buffered)))
    } else {
        Box::new(buffered)
    };
    Ok(WarcReader::new(inner))
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

    /// Read one line into `self.line` (newline included), bounded by [`MAX_LINE_BYTES`].
    fn read_line(&mut self) -> io::Result<Line> {
        self.line.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
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
            self.inner.consume(chunk_len);
            self.pos += chunk_len as u64;
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
            self.skip_block(offset, length)?;
            return Err(ArchiveError::BlockTooLarge { offset, length, limit: self.max_block });
        }

        // Block: never pre-allocate more than a modest amount on the word of the header.
        let mut block = Vec::with_capacity(usize::try_from(length.min(1 << 20)).unwrap_or(0));
        let got = (&mut self.inner).take(length).read_to_end(&mut block);
        let got = match got {
            Ok(n) => n as u64,
            Err(e) => {
                self.done = true;
                return Err(e.into());
            }
        };
        self.pos += got;
        if got < length {
            self.done = true;
            return Err(ArchiveError::Truncated {
                offset,
                reason: format!("block has {got} of {length} bytes"),
            });
        }

        let target_uri = find_header(&headers, "WARC-Target-URI").map(|u| {
            let u = u.trim();
            u.strip_prefix('<').and_then(|s| s.strip_suffix('>')).unwrap_or(u).to_string()
        });
        let date = find_header(&headers, "WARC-Date").map(str::to_string);
        let record_id = find_header(&headers, "WARC-Record-ID").map(str::to_string);
        Ok(Some(WarcRecord { warc_type, target_uri, date, record_id, headers, block }))
    }

    /// Discard `length` block bytes (used when the record is rejected but its extent is known).
    fn skip_block(&mut self, offset: u64, length: u64) -> Result<(), ArchiveError> {
        let skipped = match io::copy(&mut (&mut self.inner).take(length), &mut io::sink()) {
            Ok(n) => n,
            Err(e) => {
                self.done = true;
                return Err(e.into());
            }
        };
        self.pos += skipped;
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
                    self.done = true;
                }
                Some(Err(e))
            }
        }
    }
}

impl<R: BufRead> std::iter::FusedIterator for WarcReader<R> {}

/// Strip a trailing `\n` or `\r\n`.
fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}
