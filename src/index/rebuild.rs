//! Rebuilding an index in place without ever losing the old one (`vnmon reindex`).
//!
//! [`rebuild`]:
//!
//! 1. refuses a target that is neither missing, an empty folder nor an index (it never deletes
//!    files it did not write);
//! 2. opens an [`Indexer`] on the target and holds it to the end: the target's writer lock is
//!    the one `import` and `crawl` take, so a rebuild and an import exclude each other;
//! 3. builds the new index in a work folder inside the target ([`WORK_DIR`]);
//! 4. swaps only when the build succeeded and the new index holds at least as many documents as
//!    the old one, or when forced; otherwise the old index stays as it was;
//! 5. swaps file by file inside the target, the lock still held: the new segment files are
//!    moved in beside the old ones, then the new `meta.json` replaces the old one in one atomic
//!    rename (tantivy's commit point), then the old segment files are deleted. A crash at any
//!    point leaves the old index or the new one, never a mix.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::identity::SiteRules;
use super::{Index, IndexError, Indexer};

/// Name of the work folder, inside the target, where the new index is built.
pub const WORK_DIR: &str = ".vnmon-rebuild";

/// tantivy's commit point and its list of managed files.
const META: &str = "meta.json";
const MANAGED: &str = ".managed.json";

/// Why a rebuild did not replace the index.
#[derive(Debug, thiserror::Error)]
pub enum RebuildError {
    /// The target holds files but no index: it is not replaced.
    #[error("{} is neither empty nor a vnmon index: refusing to replace its files (choose another --index folder)", dir.display())]
    NotAnIndex {
        /// The target folder.
        dir: PathBuf,
    },
    /// The new index would hold fewer documents than the old one.
    #[error("the rebuilt index holds {new} documents, the index at {} holds {old}: kept the old index (use --force to replace it anyway)", dir.display())]
    Fewer {
        /// The target folder.
        dir: PathBuf,
        /// Documents in the current index.
        old: u64,
        /// Documents in the rebuilt one.
        new: u64,
    },
    /// Opening, building or swapping failed; the old index is unchanged.
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// What a successful [`rebuild`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebuilt<T> {
    /// What the build step returned.
    pub built: T,
    /// Documents in the index before.
    pub old_docs: u64,
    /// Documents in the index now.
    pub new_docs: u64,
}

/// Rebuilds the index at `target` with `build`, which fills a fresh [`Indexer`] (opened with
/// `rules` and `heap_bytes`); see the module documentation. With `force`, an index with fewer
/// documents replaces the old one. On any error the old index is left unchanged and the work
/// folder removed.
pub fn rebuild<T>(
    target: &Path,
    rules: Arc<dyn SiteRules>,
    heap_bytes: usize,
    force: bool,
    build: impl FnOnce(&mut Indexer) -> Result<T, IndexError>,
) -> Result<Rebuilt<T>, RebuildError> {
    check_target(target)?;
    // The target's writer lock, held until the swap is done (it also creates an empty index
    // in a missing or empty folder). It never writes: the smallest heap will do.
    let guard = Indexer::open_with(target, rules.clone(), 0)?;
    let old_docs = guard.index().num_docs();
    let work = target.join(WORK_DIR);
    let result = build_and_swap(target, &work, rules, heap_bytes, force, old_docs, build);
    if work.try_exists().unwrap_or(true) {
        let _ = std::fs::remove_dir_all(&work);
    }
    drop(guard);
    result
}

fn build_and_swap<T>(
    target: &Path,
    work: &Path,
    rules: Arc<dyn SiteRules>,
    heap_bytes: usize,
    force: bool,
    old_docs: u64,
    build: impl FnOnce(&mut Indexer) -> Result<T, IndexError>,
) -> Result<Rebuilt<T>, RebuildError> {
    if work.try_exists().map_err(IndexError::from)? {
        // Left by an interrupted rebuild (the name is ours, inside an index).
        std::fs::remove_dir_all(work).map_err(IndexError::from)?;
    }
    let mut fresh = Indexer::open_with(work, rules, heap_bytes)?;
    let built = build(&mut fresh)?;
    fresh.finish()?;
    let new_docs = Index::open(work)?.num_docs();
    if new_docs < old_docs && !force {
        return Err(RebuildError::Fewer {
            dir: target.to_path_buf(),
            old: old_docs,
            new: new_docs,
        });
    }
    swap(target, work).map_err(IndexError::from)?;
    Ok(Rebuilt { built, old_docs, new_docs })
}

/// A missing folder, an empty one or an index: anything else is refused.
fn check_target(target: &Path) -> Result<(), RebuildError> {
    let not_index = || RebuildError::NotAnIndex { dir: target.to_path_buf() };
    match std::fs::metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(IndexError::from(e).into()),
        Ok(meta) if !meta.is_dir() => return Err(not_index()),
        Ok(_) => {}
    }
    if target.join(META).is_file() {
        return Ok(());
    }
    let mut entries = std::fs::read_dir(target).map_err(IndexError::from)?;
    match entries.next() {
        None => Ok(()),
        Some(_) => Err(not_index()),
    }
}

/// Lock files belong to whoever holds them, never moved nor deleted here.
fn is_lock(name: &str) -> bool {
    name.ends_with(".lock")
}

/// File names directly in `dir`, work folder and locks excluded.
fn files_in(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_file() && !is_lock(&name) {
            out.push(name);
        }
    }
    out.sort();
    Ok(out)
}

/// Replaces the index files of `target` by those of `work` (see the module documentation).
fn swap(target: &Path, work: &Path) -> std::io::Result<()> {
    // Only tantivy's own files are replaced: those it lists as managed (anything else a user
    // keeps in the folder stays).
    let old: Vec<String> = managed_files(target);
    let new: Vec<String> = files_in(work)?;
    let new_set: HashSet<&str> = new.iter().map(String::as_str).collect();
    // 1. The new segment files beside the old ones (unique names: no clash).
    for name in new.iter().filter(|n| *n != META && *n != MANAGED) {
        std::fs::rename(work.join(name), target.join(name))?;
    }
    // 2. Both sets managed, so whichever meta.json a crash leaves, its files are kept and the
    //    others can be collected by tantivy.
    let mut managed: Vec<String> = old.iter().chain(&new).cloned().collect();
    managed.retain(|n| n != META && n != MANAGED);
    managed.sort();
    managed.dedup();
    let json = serde_json::to_vec(&managed).map_err(std::io::Error::other)?;
    write_atomic(target, MANAGED, &json)?;
    // 3. The commit point.
    std::fs::rename(work.join(META), target.join(META))?;
    sync_dir(target);
    // 4. The old files, then the final list of managed files.
    for name in old.iter().filter(|n| *n != META && *n != MANAGED) {
        if !new_set.contains(name.as_str()) {
            let _ = std::fs::remove_file(target.join(name));
        }
    }
    if new_set.contains(MANAGED) {
        std::fs::rename(work.join(MANAGED), target.join(MANAGED))?;
    }
    sync_dir(target);
    Ok(())
}

/// The files tantivy manages in `dir` (its `.managed.json`); none when the list is unreadable.
fn managed_files(dir: &Path) -> Vec<String> {
    std::fs::read(dir.join(MANAGED))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Vec<String>>(&bytes).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|n| !n.contains('/') && !n.contains('\\') && !is_lock(n))
        .collect()
}

fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = dir.join(format!("{name}.tmp"));
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(tmp, dir.join(name))
}

/// Makes renames in `dir` durable where the platform allows it.
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::NoRules;
    use crate::record::Record;

    fn record(n: usize) -> Record {
        let mut article = crate::extract::Article {
            title: Some(format!("Bài số {n}")),
            body: format!("Nội dung bài {n} về kỷ cương hành chính."),
            url: Some(format!("https://example.vn/bai-{n}")),
            ..Default::default()
        };
        article.site = Some("example.vn".into());
        Record::from_article(article, None)
    }

    fn fill(dir: &Path, n: usize) {
        let mut indexer = Indexer::open(dir).unwrap();
        for i in 0..n {
            indexer.add(record(i), None).unwrap();
        }
        indexer.finish().unwrap();
    }

    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// (documents before, documents rebuilt, force, expected documents after or the error).
    #[test]
    fn swaps_only_when_not_fewer_or_forced() {
        let cases: &[(usize, usize, bool, Result<u64, &str>)] = &[
            (0, 0, false, Ok(0)),
            (2, 3, false, Ok(3)),
            (3, 3, false, Ok(3)),
            (3, 1, false, Err("holds 1 documents, the index at")),
            (3, 0, false, Err("holds 0 documents")),
            (3, 1, true, Ok(1)),
        ];
        for &(before, rebuilt, force, ref expected) in cases {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().join("index");
            if before > 0 {
                fill(&dir, before);
                std::fs::write(dir.join("notes.txt"), b"mine").unwrap();
            }
            let result = rebuild(&dir, Arc::new(NoRules), 0, force, |ix| {
                for i in 0..rebuilt {
                    ix.add(record(100 + i), None)?;
                }
                Ok(())
            });
            let label = format!("{before} → {rebuilt}, force {force}");
            match (expected, result) {
                (Ok(docs), Ok(r)) => {
                    assert_eq!(r.new_docs, *docs, "{label}");
                    assert_eq!(Index::open(&dir).unwrap().num_docs(), *docs, "{label}");
                }
                (Err(msg), Err(e)) => {
                    assert!(e.to_string().contains(msg), "{label}: {e}");
                    assert_eq!(Index::open(&dir).unwrap().num_docs(), before as u64, "{label}");
                }
                (_, r) => panic!("{label}: {:?}", r.map(|r| r.new_docs)),
            }
            assert!(!dir.join(WORK_DIR).try_exists().unwrap(), "{label}: work folder left");
            if before > 0 {
                assert_eq!(std::fs::read(dir.join("notes.txt")).unwrap(), b"mine", "{label}");
            }
            // No file of the replaced index is left behind.
            let managed = managed_files(&dir);
            for name in files(&dir) {
                let ours = [META, MANAGED, "notes.txt"].contains(&name.as_str()) || is_lock(&name);
                assert!(ours || managed.contains(&name), "{label}: stray {name}");
            }
            // Reopening and writing again works (lock released, files consistent).
            let mut again = Indexer::open(&dir).unwrap();
            again.add(record(999), None).unwrap();
            again.finish().unwrap();
        }
    }

    #[test]
    fn refuses_a_folder_that_is_not_an_index_and_a_locked_index() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("docs");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("thesis.docx"), b"years of work").unwrap();
        let err = rebuild(&dir, Arc::new(NoRules), 0, true, |_| Ok(())).unwrap_err();
        assert!(matches!(err, RebuildError::NotAnIndex { .. }), "{err}");
        assert_eq!(files(&dir), ["thesis.docx"]);

        let index = tmp.path().join("index");
        fill(&index, 2);
        let writer = Indexer::open(&index).unwrap();
        let err = rebuild(&index, Arc::new(NoRules), 0, true, |_| Ok(())).unwrap_err();
        assert!(matches!(err, RebuildError::Index(IndexError::Locked { .. })), "{err}");
        drop(writer);
        assert_eq!(Index::open(&index).unwrap().num_docs(), 2);
    }

    #[test]
    fn a_failed_build_keeps_the_old_index() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("index");
        fill(&dir, 2);
        let before = files(&dir);
        let err = rebuild(&dir, Arc::new(NoRules), 0, true, |ix| {
            ix.add(record(7), None)?;
            Err::<(), _>(IndexError::Io(std::io::Error::other("disk full")))
        })
        .unwrap_err();
        assert!(err.to_string().contains("disk full"), "{err}");
        assert_eq!(files(&dir), before);
        assert_eq!(Index::open(&dir).unwrap().num_docs(), 2);
    }
}
