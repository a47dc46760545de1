//! Arbitrary bytes as one HTTP/1.1 connection to the FE or the BE (the first byte picks
//! which): the request parser, routing, header checks, stream loads, transaction calls and
//! the admin endpoint. Nothing may panic, and whatever is answered is an HTTP response.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use starrocks_emulator::http::{Role, serve_io};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fuzz_target!(|data: &[u8]| {
    let Some((&first, request)) = data.split_first() else { return };
    let role = if first & 1 == 0 { Role::Fe(0) } else { Role::Be };
    let shared = common::shared();
    // Paused time: sleeps (merge-commit windows, injected delays) end as soon as nothing
    // else can run, so every input finishes at once.
    let rt = tokio::runtime::Builder::new_current_thread().enable_time().start_paused(true).build().expect("runtime");
    let out = rt.block_on(async move {
        let (mut client, server) = tokio::io::duplex(1 << 16);
        let peer = SocketAddr::from(([127, 0, 0, 1], 40000));
        tokio::spawn(serve_io(server, shared, role, peer));
        // The request bytes stay open for writing (a half-closed connection would end the
        // request); reading stops when the server has nothing more to say: a read that
        // waits a virtual day (no timer left to wait for) or the end of the stream.
        let mut out = Vec::new();
        let (mut written, mut buf) = (0usize, vec![0u8; 1 << 16]);
        loop {
            if written < request.len() {
                match tokio::time::timeout(Duration::from_secs(86_400), client.write(&request[written..])).await {
                    Ok(Ok(n)) if n > 0 => written += n,
                    _ => break,
                }
                continue;
            }
            match tokio::time::timeout(Duration::from_secs(86_400), client.read(&mut buf)).await {
                Ok(Ok(n)) if n > 0 => out.extend_from_slice(&buf[..n]),
                _ => break,
            }
        }
        out
    });
    if std::env::var_os("FUZZ_SHOW").is_some() {
        eprintln!("{}", String::from_utf8_lossy(&out));
    }
    if !out.is_empty() {
        assert!(out.starts_with(b"HTTP/1."), "not an HTTP response: {:?}", String::from_utf8_lossy(&out));
    }
});
