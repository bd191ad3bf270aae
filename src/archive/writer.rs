//! Rotating gzip WARC/1.1 writer.
//!
//! Each record is compressed into its own gzip member, so a reader can seek to any record
//! offset. Files are named `{prefix}-{YYYYMMDDHHMMSS}-{serial:05}.warc.gz` (UTC time of opening)
//! and carry an extra `.open` suffix until they are complete: [`WarcWriter::finish`], rotation
//! or drop renames them. Every file begins with a `warcinfo` record.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};
use flate2::write::GzEncoder;
use flate2::Compression;
use sha1::{Digest, Sha1};

use super::http::find_header_end;
use super::ArchiveError;

/// Process-wide counter mixed into record ids so two writers never collide.
static GLOBAL_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The base32 alphabet of RFC 4648.
const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Base32 (RFC 4648, upper case, `=` padding) of `data`. A 20-byte SHA-1 gives 32 characters.
pub fn base32_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    for group in data.chunks(5) {
        let mut buf = [0u8; 5];
        for (slot, byte) in buf.iter_mut().zip(group) {
            *slot = *byte;
        }
        let bits = buf.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        // Number of output characters carrying data for a group of n input bytes.
        let used = match group.len() {
            1 => 2,
            2 => 4,
            3 => 5,
            4 => 7,
            _ => 8,
        };
        for i in 0..8 {
            if i < used {
                let index = ((bits >> (35 - 5 * i)) & 0x1f) as usize;
                out.push(char::from(BASE32_ALPHABET[index]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// SHA-1 digest of `data`.
pub(crate) fn sha1_bytes(data: &[u8]) -> [u8; 20] {
    let mut hasher = Sha1::new();
    hasher.update(data);
    hasher.finalize().into()
}

/// `sha1:` + base32 SHA-1 of `data`, the form used in `WARC-Block-Digest` / `WARC-Payload-Digest`.
pub fn sha1_base32(data: &[u8]) -> String {
    format!("sha1:{}", base32_encode(&sha1_bytes(data)))
}

/// The file currently being written.
struct OpenFile {
    file: File,
    /// Path with the `.open` suffix.
    open_path: PathBuf,
    /// Final path.
    final_path: PathBuf,
    /// Bytes written so far.
    bytes: u64,
    /// Records written after the warcinfo record.
    records: u64,
    /// Record id of this file's warcinfo.
    warcinfo_id: String,
}

/// Writes WARC records into rotating `.warc.gz` files in one directory.
pub struct WarcWriter {
    dir: PathBuf,
    prefix: String,
    max_file_bytes: u64,
    serial: u32,
    current: Option<OpenFile>,
    finished: Vec<PathBuf>,
    /// Seed for record ids (time of creation, process id).
    seed: u128,
    counter: u64,
    /// Set when a write failed: the open file may end in a partial record and is not renamed.
    poisoned: bool,
    /// Extra `warcinfo` fields (e.g. `operator`, `robots`).
    info_fields: Vec<(String, String)>,
}

impl WarcWriter {
    /// Prepare a writer for `dir` (created if missing). Files are opened lazily at the first
    /// record; a file is closed once it reaches `max_file_bytes` (a record is never split, so a
    /// single large record can make a file bigger).
    pub fn create(
        dir: &Path,
        prefix: &str,
        max_file_bytes: u64,
    ) -> Result<WarcWriter, ArchiveError> {
        if prefix.is_empty()
            || prefix.chars().any(|c| matches!(c, '/' | '\\' | '\0') || c.is_control())
        {
            return Err(ArchiveError::InvalidInput(format!("bad WARC file prefix {prefix:?}")));
        }
        fs::create_dir_all(dir)?;
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let seed = nanos ^ (u128::from(std::process::id()) << 96);
        Ok(WarcWriter {
            dir: dir.to_path_buf(),
            prefix: prefix.to_string(),
            max_file_bytes,
            serial: 0,
            current: None,
            finished: Vec::new(),
            seed,
            counter: 0,
            poisoned: false,
            info_fields: Vec::new(),
        })
    }

    /// Add a field to the `warcinfo` record of every file opened from now on
    /// (e.g. `("operator", "...")`, `("robots", "obey")`).
    pub fn with_info_field(mut self, name: &str, value: &str) -> Self {
        self.info_fields.push((name.to_string(), value.to_string()));
        self
    }

    /// Write a `request` record; `http_request` is the request as sent. Returns the record id.
    pub fn write_request(
        &mut self,
        uri: &str,
        date: DateTime<Utc>,
        http_request: &[u8],
    ) -> Result<String, ArchiveError> {
        self.write_http("request", uri, date, http_request, None)
    }

    /// Write a `response` record; `http_response` is status line + headers + body as received
    /// (a decoded body is fine if the headers were adjusted to match). `concurrent_to` is
    /// normally the id returned by [`WarcWriter::write_request`]. Returns the record id.
    pub fn write_response(
        &mut self,
        uri: &str,
        date: DateTime<Utc>,
        http_response: &[u8],
        concurrent_to: Option<&str>,
    ) -> Result<String, ArchiveError> {
        self.write_http("response", uri, date, http_response, concurrent_to)
    }

    /// Write a `resource` record (content without HTTP framing, e.g. a feed fetched over another
    /// protocol or a generated file). Returns the record id.
    pub fn write_resource(
        &mut self,
        uri: &str,
        date: DateTime<Utc>,
        content_type: &str,
        content: &[u8],
    ) -> Result<String, ArchiveError> {
        check_value("Content-Type", content_type)?;
        check_value("WARC-Target-URI", uri)?;
        let fields = vec![
            ("WARC-Target-URI".to_string(), uri.to_string()),
            ("Content-Type".to_string(), content_type.to_string()),
            ("WARC-Payload-Digest".to_string(), sha1_base32(content)),
        ];
        self.write_record("resource", date, fields, content)
    }

    /// Write a `metadata` record about `uri` with `application/warc-fields` content built from
    /// `fields`; `refers_to` links it to another record id. Returns the record id.
    pub fn write_metadata(
        &mut self,
        uri: &str,
        date: DateTime<Utc>,
        refers_to: Option<&str>,
        fields: &[(&str, &str)],
    ) -> Result<String, ArchiveError> {
        check_value("WARC-Target-URI", uri)?;
        let mut block = Vec::new();
        for (name, value) in fields {
            check_field_name(name)?;
            check_value(name, value)?;
            block.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
        let mut header = vec![("WARC-Target-URI".to_string(), uri.to_string())];
        if let Some(id) = refers_to {
            check_value("WARC-Refers-To", id)?;
            header.push(("WARC-Refers-To".to_string(), id.to_string()));
        }
        header.push(("Content-Type".to_string(), "application/warc-fields".to_string()));
        self.write_record("metadata", date, header, &block)
    }

    /// Flush the current file and sync it to disk, so every record written so far survives a
    /// crash (as an `.open` file).
    pub fn flush(&mut self) -> Result<(), ArchiveError> {
        if let Some(cur) = self.current.as_mut() {
            cur.file.flush()?;
            cur.file.sync_data()?;
        }
        Ok(())
    }

    /// Close the current file (sync, rename to its final name) and return every completed file
    /// this writer produced, oldest first.
    pub fn finish(mut self) -> Result<Vec<PathBuf>, ArchiveError> {
        self.close_current()?;
        Ok(std::mem::take(&mut self.finished))
    }

    /// Completed files so far (not counting the one still open).
    pub fn finished_files(&self) -> &[PathBuf] {
        &self.finished
    }

    /// Path (with `.open` suffix) of the file being written, if any.
    pub fn current_path(&self) -> Option<&Path> {
        self.current.as_ref().map(|c| c.open_path.as_path())
    }

    /// Common part of request/response records.
    fn write_http(
        &mut self,
        kind: &str,
        uri: &str,
        date: DateTime<Utc>,
        message: &[u8],
        concurrent_to: Option<&str>,
    ) -> Result<String, ArchiveError> {
        check_value("WARC-Target-URI", uri)?;
        let Some((_, body_start)) = find_header_end(message) else {
            return Err(ArchiveError::InvalidInput(format!(
                "HTTP {kind} has no blank line after its headers"
            )));
        };
        let payload = message.get(body_start..).unwrap_or_default();
        let mut fields = vec![("WARC-Target-URI".to_string(), uri.to_string())];
        if let Some(id) = concurrent_to {
            check_value("WARC-Concurrent-To", id)?;
            fields.push(("WARC-Concurrent-To".to_string(), id.to_string()));
        }
        fields.push(("Content-Type".to_string(), format!("application/http;msgtype={kind}")));
        fields.push(("WARC-Payload-Digest".to_string(), sha1_base32(payload)));
        self.write_record(kind, date, fields, message)
    }

    /// Serialise, compress and append one record, opening/rotating files as needed.
    fn write_record(
        &mut self,
        kind: &str,
        date: DateTime<Utc>,
        fields: Vec<(String, String)>,
        block: &[u8],
    ) -> Result<String, ArchiveError> {
        if self.poisoned {
            return Err(ArchiveError::InvalidInput(
                "writer is unusable after an earlier write error".into(),
            ));
        }
        let block_digest = sha1_bytes(block);
        let id = self.next_record_id(&block_digest);
        if self.current.is_none() {
            self.open_next(date)?;
        }
        let digest = format!("sha1:{}", base32_encode(&block_digest));
        let mut member = self.member_for_current(kind, &id, date, &fields, block, &digest)?;
        // Rotate first if this record would push a non-empty file over the limit.
        if self.current.as_ref().is_some_and(|cur| {
            cur.records > 0 && cur.bytes + member.len() as u64 > self.max_file_bytes
        }) {
            self.close_current()?;
            self.open_next(date)?;
            member = self.member_for_current(kind, &id, date, &fields, block, &digest)?;
        }
        self.append(&member)?;
        if let Some(cur) = self.current.as_mut() {
            cur.records += 1;
        }
        if self.current.as_ref().is_some_and(|c| c.bytes >= self.max_file_bytes) {
            self.close_current()?;
        }
        Ok(id)
    }

    /// Build the gzip member of a record, naming the current file's warcinfo record.
    fn member_for_current(
        &self,
        kind: &str,
        id: &str,
        date: DateTime<Utc>,
        fields: &[(String, String)],
        block: &[u8],
        block_digest: &str,
    ) -> Result<Vec<u8>, ArchiveError> {
        let mut all = fields.to_vec();
        if let Some(cur) = &self.current {
            all.push(("WARC-Warcinfo-ID".to_string(), cur.warcinfo_id.clone()));
        }
        gzip_member(&build_record(kind, id, date, &all, block, block_digest))
    }

    /// Append bytes to the current file, poisoning the writer on failure.
    fn append(&mut self, bytes: &[u8]) -> Result<(), ArchiveError> {
        let Some(cur) = self.current.as_mut() else {
            return Err(ArchiveError::InvalidInput("no open WARC file".into()));
        };
        if let Err(e) = cur.file.write_all(bytes) {
            self.poisoned = true;
            return Err(e.into());
        }
        cur.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Open the next file and write its warcinfo record.
    fn open_next(&mut self, date: DateTime<Utc>) -> Result<(), ArchiveError> {
        let stamp = Utc::now().format("%Y%m%d%H%M%S").to_string();
        let (file, open_path, final_path, name) = loop {
            let name = format!("{}-{}-{:05}.warc.gz", self.prefix, stamp, self.serial);
            self.serial = self.serial.saturating_add(1);
            let final_path = self.dir.join(&name);
            let open_path = self.dir.join(format!("{name}.open"));
            if final_path.try_exists()? {
                continue;
            }
            match OpenOptions::new().write(true).create_new(true).open(&open_path) {
                Ok(f) => break (f, open_path, final_path, name),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if self.serial == u32::MAX {
                        return Err(e.into());
                    }
                    continue;
                }
                Err(e) => return Err(e.into()),
            }
        };
        let mut info = format!(
            "software: vnmon/{}\r\nformat: WARC File Format 1.1\r\n\
             conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n",
            env!("CARGO_PKG_VERSION")
        );
        for (k, v) in &self.info_fields {
            check_field_name(k)?;
            check_value(k, v)?;
            info.push_str(&format!("{k}: {v}\r\n"));
        }
        let info_digest = sha1_bytes(info.as_bytes());
        let warcinfo_id = self.next_record_id(&info_digest);
        let fields = vec![
            ("WARC-Filename".to_string(), name),
            ("Content-Type".to_string(), "application/warc-fields".to_string()),
        ];
        let member = gzip_member(&build_record(
            "warcinfo",
            &warcinfo_id,
            date,
            &fields,
            info.as_bytes(),
            &format!("sha1:{}", base32_encode(&info_digest)),
        ))?;
        self.current =
            Some(OpenFile { file, open_path, final_path, bytes: 0, records: 0, warcinfo_id });
        self.append(&member)
    }

    /// Sync and rename the current file to its final name.
    fn close_current(&mut self) -> Result<(), ArchiveError> {
        let Some(mut cur) = self.current.take() else {
            return Ok(());
        };
        cur.file.flush()?;
        cur.file.sync_all()?;
        drop(cur.file);
        fs::rename(&cur.open_path, &cur.final_path)?;
        sync_dir(&self.dir);
        self.finished.push(cur.final_path);
        Ok(())
    }

    /// A fresh `<urn:uuid:...>` id: SHA-1 over seed, counters, time and the block digest,
    /// shaped as a version-4 UUID.
    fn next_record_id(&mut self, block_digest: &[u8; 20]) -> String {
        self.counter += 1;
        let global = GLOBAL_COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let mut hasher = Sha1::new();
        hasher.update(self.seed.to_le_bytes());
        hasher.update(self.counter.to_le_bytes());
        hasher.update(global.to_le_bytes());
        hasher.update(nanos.to_le_bytes());
        hasher.update(block_digest);
        let digest: [u8; 20] = hasher.finalize().into();
        let mut b = [0u8; 16];
        b.copy_from_slice(&digest[..16]);
        b[6] = (b[6] & 0x0f) | 0x40; // version 4
        b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        format!(
            "<urn:uuid:{}-{}-{}-{}-{}>",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    }
}

impl Drop for WarcWriter {
    /// Best effort: a writer dropped without [`WarcWriter::finish`] still completes its file,
    /// unless a write failed (then the `.open` file is left for inspection).
    fn drop(&mut self) {
        if !self.poisoned {
            let _ = self.close_current();
        }
    }
}

/// Serialise a record: version line, header fields, block, two CRLFs.
fn build_record(
    kind: &str,
    id: &str,
    date: DateTime<Utc>,
    fields: &[(String, String)],
    block: &[u8],
    block_digest: &str,
) -> Vec<u8> {
    let mut head = String::with_capacity(512);
    head.push_str("WARC/1.1\r\n");
    head.push_str(&format!("WARC-Type: {kind}\r\n"));
    head.push_str(&format!("WARC-Record-ID: {id}\r\n"));
    head.push_str(&format!("WARC-Date: {}\r\n", date.format("%Y-%m-%dT%H:%M:%SZ")));
    for (k, v) in fields {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("WARC-Block-Digest: {block_digest}\r\n"));
    head.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut out = Vec::with_capacity(head.len() + block.len() + 4);
    out.extend_from_slice(head.as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// Compress `data` as one gzip member.
fn gzip_member(data: &[u8]) -> Result<Vec<u8>, ArchiveError> {
    let mut enc = GzEncoder::new(Vec::with_capacity(data.len() / 3 + 64), Compression::fast());
    enc.write_all(data)?;
    Ok(enc.finish()?)
}

/// Reject header values that would break the record framing.
fn check_value(name: &str, value: &str) -> Result<(), ArchiveError> {
    if value.chars().any(|c| c == '\r' || c == '\n' || c == '\0') {
        return Err(ArchiveError::InvalidInput(format!(
            "{name} value contains a line break or NUL"
        )));
    }
    Ok(())
}

/// Field names must be non-empty tokens (no separators, spaces or controls).
fn check_field_name(name: &str) -> Result<(), ArchiveError> {
    let ok = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c));
    if ok {
        Ok(())
    } else {
        Err(ArchiveError::InvalidInput(format!("bad field name {name:?}")))
    }
}

/// Make a rename durable by syncing the directory (Unix only; elsewhere a no-op).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
}
