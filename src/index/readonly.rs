//! Reading an index without writing to it, and surviving a damaged one.
//!
//! [`ReadOnlyDirectory`] is the tantivy directory of [`super::Index::open_read_only`]: it reads
//! through a memory-mapped directory and refuses every write, so searching an index on a
//! read-only mount or directory works and never changes a byte of it. tantivy takes its meta lock
//! while it opens segments (so that a writer's garbage collection does not delete them under the
//! reader); here that lock is a shared `flock` on the existing lock file, opened read-only, and no
//! lock at all when the file does not exist (no writer ever collected garbage there).
//!
//! `guarded` runs a read of the index and turns a panic inside tantivy (a garbled segment file
//! trips its assertions) into [`IndexError::Damaged`]; [`damage_guard_active`] tells the binary's
//! panic hook to stay quiet meanwhile, since the panic becomes that one-line error.

use std::cell::Cell;
use std::fs::File;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{
    DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError,
};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};
use tantivy::TantivyError;

use super::IndexError;

/// A directory that reads an index and never writes to it.
#[derive(Debug, Clone)]
pub struct ReadOnlyDirectory {
    root: PathBuf,
    inner: MmapDirectory,
}

impl ReadOnlyDirectory {
    /// Opens `root` for reading.
    pub fn open(root: &Path) -> Result<ReadOnlyDirectory, OpenDirectoryError> {
        Ok(ReadOnlyDirectory { root: root.to_path_buf(), inner: MmapDirectory::open(root)? })
    }
}

fn refused() -> Arc<io::Error> {
    Arc::new(io::Error::new(io::ErrorKind::PermissionDenied, "index opened read-only"))
}

impl Directory for ReadOnlyDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        Err(DeleteError::IoError { io_error: refused(), filepath: path.to_path_buf() })
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        Err(OpenWriteError::IoError { io_error: refused(), filepath: path.to_path_buf() })
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, _path: &Path, _data: &[u8]) -> io::Result<()> {
        Err(io::Error::new(io::ErrorKind::PermissionDenied, "index opened read-only"))
    }

    fn sync_directory(&self) -> io::Result<()> {
        Ok(())
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        let file = match File::open(self.root.join(&lock.filepath)) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(DirectoryLock::from(Box::new(())))
            }
            Err(e) => return Err(LockError::wrap_io_error(e)),
        };
        if lock.is_blocking {
            file.lock_shared().map_err(LockError::wrap_io_error)?;
        } else if file.try_lock_shared().is_err() {
            return Err(LockError::LockBusy);
        }
        // Dropping the file releases the lock.
        Ok(DirectoryLock::from(Box::new(file)))
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

thread_local! {
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

/// True while this thread runs a read under `guarded`: a panic now is reported as a damaged
/// index, so a panic hook need not print it.
pub fn damage_guard_active() -> bool {
    GUARDED.with(Cell::get)
}

/// Runs `f` on a helper thread of a guarded read with the reading thread's guard state
/// (`active` = [`damage_guard_active`] there), so that a panic on a damaged segment is reported
/// once, as a damaged index, wherever the segment was read.
pub(crate) fn inherit_guard<T>(active: bool, f: impl FnOnce() -> T) -> T {
    let outer = GUARDED.with(|g| g.replace(active));
    let result = f();
    GUARDED.with(|g| g.set(outer));
    result
}

/// Runs `read`, a read of the index in `dir`; a panic inside it, or a tantivy error saying the
/// data is corrupt, becomes [`IndexError::Damaged`].
pub(crate) fn guarded<T>(
    dir: &Path,
    read: impl FnOnce() -> Result<T, IndexError>,
) -> Result<T, IndexError> {
    let outer = GUARDED.with(|g| g.replace(true));
    let result = catch_unwind(AssertUnwindSafe(read));
    GUARDED.with(|g| g.set(outer));
    let damaged = || IndexError::Damaged { dir: dir.to_path_buf() };
    match result {
        Err(_panic) => Err(damaged()),
        Ok(Err(e)) if is_damage(&e) => Err(damaged()),
        Ok(other) => other,
    }
}

/// Errors that mean the index files are not what tantivy wrote: garbled, cut short or missing.
fn is_damage(e: &IndexError) -> bool {
    // Errors tantivy makes up while decoding a file ("Unsupported dictionary type") carry no OS
    // error code; those of the file system (permissions, EIO) do, and are reported as they are.
    let io_damage = |e: &io::Error| {
        matches!(e.kind(), io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof)
            || (e.raw_os_error().is_none() && e.kind() != io::ErrorKind::PermissionDenied)
    };
    match e {
        IndexError::Tantivy(t) => match t {
            TantivyError::DataCorruption(_) | TantivyError::IncompatibleIndex(_) => true,
            TantivyError::OpenReadError(
                OpenReadError::FileDoesNotExist(_) | OpenReadError::IncompatibleIndex(_),
            ) => true,
            TantivyError::OpenReadError(OpenReadError::IoError { io_error, .. }) => {
                io_damage(io_error)
            }
            TantivyError::IoError(io_error) => io_damage(io_error),
            _ => false,
        },
        IndexError::Io(io_error) => io_damage(io_error),
        IndexError::Stored(_) | IndexError::Record(_) => true,
        _ => false,
    }
}
