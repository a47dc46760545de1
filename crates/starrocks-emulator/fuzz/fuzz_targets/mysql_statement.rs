//! Arbitrary text as statements on the MySQL port (split at `;`, at most eight): the
//! statement lexer, DDL, SHOW/DESC, INSERT and SELECT over a database with tables of every
//! model. Nothing may panic.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use starrocks_emulator::mysql::{Conn, execute};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let shared = common::shared();
    let mut conn = Conn { db: Some("d".into()), user: "root".into(), conn_id: 1 };
    for stmt in text.split(';').take(8) {
        let _ = execute(&shared, &mut conn, stmt);
    }
});
