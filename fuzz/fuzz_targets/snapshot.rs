//! The snapshot loader on any bytes, as they are and resealed with a valid checksum (so the
//! parser behind the checksum is reached): it never panics, a refused snapshot leaves the
//! engine as it was, and an accepted one encodes back to bytes that load to the same state.
#![no_main]

use std::sync::OnceLock;

use gleaner::Engine;
use gleaner::snapshot::{decode_into, encode};
use libfuzzer_sys::fuzz_target;

fn engine() -> Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| gleaner::Config::default().build().expect("the default config builds")).clone()
}

fn check(bytes: &[u8]) {
    let mut e = engine();
    match decode_into(&mut e, bytes) {
        Err(_) => assert_eq!(e.indexed(), 0, "a refused snapshot leaves the engine as it was"),
        Ok(pos) => {
            let enc = encode(&e, &pos);
            let mut e2 = engine();
            let pos2 = decode_into(&mut e2, &enc).expect("an encoded state loads");
            assert_eq!(pos, pos2);
            assert_eq!(encode(&e2, &pos2), enc, "encode . decode is the identity on encoded states");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(data);
    let mut sealed = data.to_vec();
    sealed.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(data).to_le_bytes());
    check(&sealed);
});
