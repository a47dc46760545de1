//! The CSV and JSON body parsers with the load plan: the first bytes choose the format and
//! the headers (separators, enclose/escape, `columns`, `where`, `jsonpaths`, strict mode …,
//! or header text taken from the input), the rest is the body, fed in chunks of a chosen
//! size. Nothing may panic, and the counters of a finished body must add up.
#![no_main]

mod common;

use http::{HeaderMap, HeaderName, HeaderValue};
use libfuzzer_sys::fuzz_target;
use starrocks_emulator::load::BodyReader;
use starrocks_emulator::load::params::LoadParams;
use starrocks_emulator::load::plan::{LoadPlan, PlanOptions};

const SEPARATORS: &[&str] = &["\\t", ",", "|", "\\x01", "ab", "\\x0D0A"];
const DELIMITERS: &[&str] = &["\\n", "\\x0D0A", ";", "||"];
const COLUMNS: &[&str] = &[
    "id,a,b,c,f,j,arr,m,st",
    "id,a,tmp,b=tmp*2,__op",
    "id, x, a = concat(x, 'y'), j = x",
    "k,v,d,n",
    "k,tmp,s=tmp,b=to_bitmap(tmp),h=hll_hash(tmp)",
];
const TABLES: &[&str] = &["t", "dup", "agg"];

fn set(h: &mut HeaderMap, k: &'static str, v: &str) {
    if let Ok(v) = HeaderValue::from_str(v) {
        h.insert(HeaderName::from_static(k), v);
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (c, rest) = data.split_at(4);
    let mut h = HeaderMap::new();
    let json = c[0] & 1 == 1;
    set(&mut h, "format", if json { "json" } else { "csv" });
    if c[0] & 2 != 0 {
        set(&mut h, "strict_mode", "true");
    }
    if c[0] & 4 != 0 {
        set(&mut h, "strip_outer_array", "true");
    }
    if c[0] & 8 != 0 {
        set(&mut h, "max_filter_ratio", "0.5");
    }
    if c[0] & 16 != 0 {
        set(&mut h, "jsonpaths", r#"["$.id", "$.a", "$.b[0]", "$['c']", "$"]"#);
    }
    if c[0] & 32 != 0 {
        set(&mut h, "json_root", "$.rows");
    }
    set(&mut h, "column_separator", SEPARATORS[usize::from(c[1]) % SEPARATORS.len()]);
    set(&mut h, "row_delimiter", DELIMITERS[usize::from(c[1] >> 4) % DELIMITERS.len()]);
    if c[2] & 1 != 0 {
        set(&mut h, "enclose", "\"");
    }
    if c[2] & 2 != 0 {
        set(&mut h, "escape", "\\");
    }
    if c[2] & 4 != 0 {
        set(&mut h, "trim_space", "true");
    }
    if c[2] & 8 != 0 {
        set(&mut h, "skip_header", "1");
    }
    if c[2] & 16 != 0 {
        set(&mut h, "where", "id > 1 or k is null");
    }
    let table = TABLES[usize::from(c[3] >> 4) % TABLES.len()];
    // Header text from the input: `columns` up to the first NUL byte when asked for.
    let body = match c[3] & 7 {
        0 => rest,
        7 => {
            let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
            set(&mut h, "columns", &String::from_utf8_lossy(&rest[..end]));
            &rest[(end + 1).min(rest.len())..]
        }
        n => {
            set(&mut h, "columns", COLUMNS[usize::from(n - 1) % COLUMNS.len()]);
            rest
        }
    };
    if c[3] & 8 != 0 && table == "t" {
        set(&mut h, "partial_update", "true");
    }
    let Ok(params) = LoadParams::from_headers(&h) else { return };
    let shared = common::shared();
    let tbl = common::table(&shared, table);
    let Ok(plan) = LoadPlan::new(tbl, PlanOptions::from_params(&params)) else { return };
    let chunk = 1 + usize::from(c[2] >> 5) * 7;
    let mut reader = BodyReader::new(params, plan, true);
    for piece in body.chunks(chunk) {
        reader.push(piece);
    }
    if let Ok(out) = reader.finish() {
        let k = out.counters;
        assert_eq!(k.total, k.loaded + k.filtered + k.unselected, "{k:?}");
        assert_eq!(out.batch.len(), k.loaded, "{k:?}");
    }
});
