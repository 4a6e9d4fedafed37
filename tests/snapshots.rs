//! Torn and corrupt snapshots (issue 7): a snapshot written by the binary is truncated and
//! bit-flipped at many offsets. Every damaged copy is refused with an error naming the file,
//! the previous generation is used where one is sound (with a warning), and nothing panics,
//! not even on damage that keeps the checksum valid.

use std::path::Path;

use gleaner::snapshot::{SnapshotError, decode_into};
use gleaner::state::{self, CURRENT, PREVIOUS};

use crate::util::*;

/// A state directory with two generations, written by the binary: `(dir, current, previous)`.
fn two_generations() -> (tempfile::TempDir, Vec<u8>, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _) = Generator::new(7, false).jsonl(600);
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()).collect();
    let state = dir.path().join("state");
    for (i, part) in lines.chunks(300).enumerate() {
        let input = dir.path().join(format!("part{i}.jsonl"));
        std::fs::write(&input, part.join(&b"\n"[..])).unwrap();
        run_ok(gleaner().args(["clean", "-q", "-o", "/dev/null", "--state"]).arg(&state).arg(&input));
    }
    let cur = std::fs::read(state.join(CURRENT)).unwrap();
    let prev = std::fs::read(state.join(PREVIOUS)).unwrap();
    assert_ne!(cur, prev);
    (dir, cur, prev)
}

/// An engine with the default configuration (built once; clones share the lists).
fn engine() -> gleaner::Engine {
    static PROTO: std::sync::OnceLock<gleaner::Engine> = std::sync::OnceLock::new();
    PROTO.get_or_init(|| gleaner::Config::default().build().unwrap()).clone()
}

fn load(dir: &Path) -> Result<Option<state::Loaded>, state::StateError> {
    state::load(dir, &mut engine())
}

/// Damaged copies: every truncation, and one flipped bit at every byte.
fn damaged(sound: &[u8]) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    let cuts = (0..sound.len()).map(|k| (format!("truncated to {k} bytes"), sound[..k].to_vec()));
    let flips = (0..sound.len()).map(|k| {
        let mut b = sound.to_vec();
        b[k] ^= 1 << (k % 8);
        (format!("bit {} of byte {k} flipped", k % 8), b)
    });
    cuts.chain(flips)
}

#[test]
fn every_truncation_and_bit_flip_is_refused_in_process() {
    let (_dir, cur, _) = two_generations();
    let mut e = engine();
    let pos = decode_into(&mut e, &cur).expect("the sound snapshot loads");
    assert!(pos.line > 0);
    let indexed = e.indexed();
    assert!(indexed > 200, "{indexed}");
    let mut n = 0;
    for (what, bytes) in damaged(&cur) {
        let mut e = engine();
        let err = decode_into(&mut e, &bytes).expect_err(&what);
        assert!(
            matches!(
                err,
                SnapshotError::Truncated(_)
                    | SnapshotError::Checksum
                    | SnapshotError::BadMagic
                    | SnapshotError::Version { .. }
            ),
            "{what}: {err}"
        );
        assert_eq!(e.indexed(), 0, "{what}: a refused snapshot leaves the engine as it was");
        n += 1;
    }
    assert_eq!(n, 2 * cur.len());
}

#[test]
fn damage_behind_a_valid_checksum_never_panics() {
    // The checksum stops random damage; this checks that the parser behind it is safe on its
    // own: flip bits, then fix the checksum up so the body is parsed.
    let (_dir, cur, _) = two_generations();
    let body = &cur[..cur.len() - 8];
    let reseal = |mut b: Vec<u8>| {
        let sum = xxhash_rust::xxh3::xxh3_64(&b);
        b.extend_from_slice(&sum.to_le_bytes());
        b
    };
    let mut outcomes = std::collections::BTreeMap::<String, usize>::new();
    for k in (12..body.len()).step_by(3) {
        for bit in [k % 8, (k + 5) % 8] {
            let mut b = body.to_vec();
            b[k] ^= 1 << bit;
            let r = std::panic::catch_unwind(|| decode_into(&mut engine(), &reseal(b)));
            let r = r.unwrap_or_else(|_| panic!("panic on bit {bit} of byte {k}"));
            let key = match r {
                Ok(_) => "loaded".to_owned(),
                Err(e) => format!("{e:?}").split(['(', ' ', '{']).next().unwrap().to_owned(),
            };
            *outcomes.entry(key).or_default() += 1;
        }
    }
    // Cut the body short at every length and reseal: always an error, never a panic.
    for k in (12..body.len()).step_by(7) {
        let r = std::panic::catch_unwind(|| decode_into(&mut engine(), &reseal(body[..k].to_vec())));
        assert!(r.unwrap_or_else(|_| panic!("panic on body cut at {k}")).is_err(), "body cut at {k} loaded");
    }
    assert!(outcomes.contains_key("Malformed") && outcomes.contains_key("Incompatible"), "{outcomes:?}");
}

#[test]
fn damaged_current_falls_back_to_previous_with_a_warning_naming_the_file() {
    let (dir, cur, prev) = two_generations();
    let state = dir.path().join("state");
    let prev_pos = decode_into(&mut engine(), &prev).unwrap();
    // A sample of the damaged copies, through the files (all of them are covered in process).
    for (what, bytes) in damaged(&cur).step_by(97) {
        std::fs::write(state.join(CURRENT), &bytes).unwrap();
        let l = load(&state).unwrap_or_else(|e| panic!("{what}: {e}")).unwrap();
        assert_eq!(l.path, state.join(PREVIOUS), "{what}");
        assert_eq!(l.position, prev_pos);
        assert_eq!(l.warnings.len(), 1, "{what}");
        assert!(l.warnings[0].contains(&state.join(CURRENT).display().to_string()), "{what}: {:?}", l.warnings);
    }
    // The binary says so and carries on from the previous generation.
    std::fs::write(state.join(CURRENT), &cur[..cur.len() / 2]).unwrap();
    let out = run_ok(gleaner().args(["clean", "-o", "/dev/null", "--state"]).arg(&state).arg(fixture("seed.in.jsonl")));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Damaged snapshot generation skipped") && err.contains(CURRENT), "{err}");
    assert!(err.contains("truncated or corrupt"), "{err}");
    assert!(err.contains("Loaded state") && err.contains(PREVIOUS), "{err}");
}

#[test]
fn damaged_snapshot_without_a_sound_generation_is_refused_naming_the_file() {
    let (dir, cur, _) = two_generations();
    let state = dir.path().join("state");
    std::fs::remove_file(state.join(PREVIOUS)).unwrap();
    for (what, bytes) in damaged(&cur).step_by(211) {
        std::fs::write(state.join(CURRENT), &bytes).unwrap();
        let e = load(&state).err().unwrap_or_else(|| panic!("{what}: loaded"));
        assert!(e.to_string().contains(&state.join(CURRENT).display().to_string()), "{what}: {e}");
    }
    // Both generations damaged: both are named.
    std::fs::write(state.join(CURRENT), &cur[..100]).unwrap();
    std::fs::write(state.join(PREVIOUS), b"not a snapshot").unwrap();
    let e = load(&state).unwrap_err().to_string();
    assert!(e.contains(CURRENT) && e.contains(PREVIOUS), "{e}");
    // The binary refuses to start (exit 1) rather than silently starting from an empty index.
    std::fs::write(state.join(CURRENT), &cur[..cur.len() - 1]).unwrap();
    std::fs::remove_file(state.join(PREVIOUS)).unwrap();
    let out = gleaner()
        .args(["clean", "-q", "-o", "/dev/null", "--state"])
        .arg(&state)
        .arg(fixture("seed.in.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot load --state") && err.contains(&state.join(CURRENT).display().to_string()), "{err}");
    // An empty file (a crash before any byte was written) is refused the same way.
    std::fs::write(state.join(CURRENT), b"").unwrap();
    assert!(load(&state).unwrap_err().to_string().contains("truncated"));
}
