//! Snapshots on disk (`--state DIR`): written atomically, read with a fallback to the previous
//! generation.
//!
//! A save writes `snapshot.tmp`, fsyncs it, moves the current `snapshot.bin` to
//! `snapshot.prev.bin`, renames the temporary file to `snapshot.bin` and fsyncs the directory.
//! A crash at any point leaves at least one complete generation. A load that finds
//! `snapshot.bin` damaged says so, naming the file, and uses `snapshot.prev.bin` if that one is
//! sound; with no sound generation it fails, so a damaged state is never silently replaced by
//! an empty index.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::engine::Engine;
use crate::snapshot::{self, SnapshotError, StreamPosition};

/// The current generation's file name.
pub const CURRENT: &str = "snapshot.bin";
/// The previous generation's file name.
pub const PREVIOUS: &str = "snapshot.prev.bin";
const TEMP: &str = "snapshot.tmp";

/// Why state could not be loaded or saved.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A snapshot is damaged or incompatible, and no sound previous generation exists.
    #[error("cannot use snapshot {path}: {source}")]
    Snapshot {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: SnapshotError,
    },
    /// Both generations are there and neither can be used; each problem names its file.
    #[error("no usable snapshot in {}: {}", dir.display(), problems.join("; "))]
    Damaged {
        /// The state directory.
        dir: PathBuf,
        /// What is wrong with each generation, as `file: problem`.
        problems: Vec<String>,
    },
}

/// What a load found.
#[derive(Debug)]
pub struct Loaded {
    /// The file the state came from.
    pub path: PathBuf,
    /// Where the stream was when it was saved.
    pub position: StreamPosition,
    /// Problems with the newer generation when the previous one had to be used.
    pub warnings: Vec<String>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StateError + '_ {
    move |source| StateError::Io { path: path.to_path_buf(), source }
}

/// Loads the state in `dir` into `engine`. `Ok(None)` when the directory holds no snapshot (a
/// first run); the directory is created if missing.
///
/// # Errors
/// [`StateError`] when the only snapshots there are damaged or unreadable.
pub fn load(dir: &Path, engine: &mut Engine) -> Result<Option<Loaded>, StateError> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    let cur = dir.join(CURRENT);
    let prev = dir.join(PREVIOUS);
    let mut warnings = Vec::new();
    let mut first_err = None;
    for path in [cur, prev] {
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(StateError::Io { path, source: e }),
        };
        match snapshot::decode_into(engine, &bytes) {
            Ok(position) => return Ok(Some(Loaded { path, position, warnings })),
            Err(source) => {
                warnings.push(format!("{}: {source}", path.display()));
                if first_err.is_none() {
                    first_err = Some(StateError::Snapshot { path, source });
                }
            }
        }
    }
    match first_err {
        Some(_) if warnings.len() > 1 => Err(StateError::Damaged { dir: dir.to_path_buf(), problems: warnings }),
        Some(e) => Err(e),
        None => Ok(None),
    }
}

/// Saves `engine`'s state in `dir` atomically; returns the snapshot's size in bytes.
///
/// # Errors
/// [`StateError::Io`] when a file cannot be written, synced or renamed.
pub fn save(dir: &Path, engine: &Engine, pos: &StreamPosition) -> Result<u64, StateError> {
    write_snapshot(dir, &snapshot::encode(engine, pos))
}

/// Writes an encoded snapshot ([`snapshot::encode`]) in `dir` atomically, as [`save`] does; for
/// callers that encode under a lock and write outside it (the daemon). Returns its size.
///
/// # Errors
/// [`StateError::Io`] when a file cannot be written, synced or renamed.
pub fn write_snapshot(dir: &Path, bytes: &[u8]) -> Result<u64, StateError> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    let tmp = dir.join(TEMP);
    {
        let mut f = OpenOptions::new().write(true).create(true).truncate(true).open(&tmp).map_err(io(&tmp))?;
        f.write_all(bytes).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
    }
    let cur = dir.join(CURRENT);
    if cur.exists() {
        let prev = dir.join(PREVIOUS);
        fs::rename(&cur, &prev).map_err(io(&cur))?;
    }
    fs::rename(&tmp, &cur).map_err(io(&tmp))?;
    // Make the renames durable.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(bytes.len() as u64)
}
