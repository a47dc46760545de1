//! Whole batches through the encoder: every type, row kinds, NULLs, separators.

use std::sync::Arc;

use arrow_array::builder::{Int32Builder, ListBuilder};
use arrow_array::{
    ArrayRef, BinaryArray, BooleanArray, Date32Array, Decimal128Array, Float32Array, Float64Array, Int8Array,
    Int32Array, Int64Array, RecordBatch, StringArray, TimestampMillisecondArray,
};
use sluice_common::{ChangeBatch, DataType, RowKind, TimestampKind, TypeKind};

use super::*;

fn settings(format: Format, op_mode: OpMode) -> EncoderSettings {
    EncoderSettings { format, layout: CsvLayout::default(), op_mode, time_zone: None }
}

fn run(enc: &RowEncoder, batch: &ChangeBatch) -> String {
    let mut out = Vec::new();
    enc.encode(batch, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn all_types() -> (Vec<(String, DataType)>, RecordBatch) {
    let n = |k| DataType::nullable(k);
    let cols = vec![
        ("id".to_string(), DataType::not_null(TypeKind::Int)),
        ("c_bool".into(), n(TypeKind::Boolean)),
        ("c_tinyint".into(), n(TypeKind::TinyInt)),
        ("c_bigint".into(), n(TypeKind::BigInt)),
        ("c_float".into(), n(TypeKind::Float)),
        ("c_double".into(), n(TypeKind::Double)),
        ("c_dec38".into(), n(TypeKind::Decimal(38, 9))),
        ("c_char".into(), n(TypeKind::Char(5))),
        ("c_string".into(), DataType::string()),
        ("c_date".into(), n(TypeKind::Date)),
        ("c_ts".into(), n(TypeKind::Timestamp(3, TimestampKind::Regular))),
        ("c_ts_ltz".into(), n(TypeKind::TimestampLtz(3, TimestampKind::Regular))),
        ("c_array".into(), n(TypeKind::Array(Box::new(n(TypeKind::Int))))),
        ("c_binary".into(), n(TypeKind::Binary(4))),
    ];
    let mut lb = ListBuilder::new(Int32Builder::new());
    lb.append_value([Some(1), None]);
    lb.append_null();
    let arrays: Vec<ArrayRef> = vec![
        Arc::new(Int32Array::from(vec![1, 2])),
        Arc::new(BooleanArray::from(vec![Some(true), None])),
        Arc::new(Int8Array::from(vec![Some(127), None])),
        Arc::new(Int64Array::from(vec![Some(i64::MIN), None])),
        Arc::new(Float32Array::from(vec![Some(1.5), None])),
        Arc::new(Float64Array::from(vec![Some(1e-7), Some(f64::NAN)])),
        Arc::new(Decimal128Array::from(vec![Some(0), None]).with_precision_and_scale(38, 9).unwrap()),
        Arc::new(StringArray::from(vec![Some("abc"), None])),
        Arc::new(StringArray::from(vec![Some("x/日本"), None])),
        Arc::new(Date32Array::from(vec![Some(19782), None])),
        Arc::new(TimestampMillisecondArray::from(vec![Some(1_709_210_096_789), None])),
        Arc::new(TimestampMillisecondArray::from(vec![Some(-1), None]).with_timezone("UTC")),
        Arc::new(lb.finish()),
        Arc::new(BinaryArray::from(vec![Some(&[0xDE, 0xAD, 0xBE, 0xEF][..]), None])),
    ];
    let names: Vec<String> = cols.iter().map(|(n, _)| n.clone()).collect();
    let batch = RecordBatch::try_from_iter(names.into_iter().zip(arrays)).unwrap();
    (cols, batch)
}

#[test]
fn every_type_as_csv() {
    let (cols, batch) = all_types();
    let enc = RowEncoder::new(&cols, settings(Format::Csv, OpMode::Upsert { ignore_update_before: true })).unwrap();
    assert_eq!(
        run(&enc, &ChangeBatch::inserts(batch)),
        "1\t1\t127\t-9223372036854775808\t1.5\t1e-7\t0.000000000\tabc  \tx/日本\t2024-02-29\t2024-02-29 12:34:56.789\t1969-12-31 23:59:59.999\t[1,null]\t3735928559\t0\n\
         2\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t0\n"
    );
}

#[test]
fn every_type_as_json_with_explicit_nulls() {
    let (cols, batch) = all_types();
    let enc = RowEncoder::new(&cols, settings(Format::Json, OpMode::Append)).unwrap();
    let out = run(&enc, &ChangeBatch::inserts(batch));
    let body = format!("[{}]", &out[1..]);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let second = v[1].as_object().unwrap();
    assert_eq!(second.len(), cols.len(), "every key present: {second:?}");
    assert!(second.iter().filter(|(k, _)| *k != "id").all(|(_, v)| v.is_null()));
    assert_eq!(
        v[0].to_string(),
        r#"{"id":1,"c_bool":1,"c_tinyint":127,"c_bigint":-9223372036854775808,"c_float":1.5,"c_double":1e-7,"c_dec38":0.000000000,"c_char":"abc  ","c_string":"x/日本","c_date":"2024-02-29","c_ts":"2024-02-29 12:34:56.789","c_ts_ltz":"1969-12-31 23:59:59.999","c_array":[1,null],"c_binary":3735928559}"#
            .replace("0.000000000", "0.0")
    );
    assert!(out.contains(r#""c_dec38":0.000000000"#), "decimals keep their scale: {out}");
}

fn kv() -> (Vec<(String, DataType)>, RecordBatch) {
    let cols = vec![("id".to_string(), DataType::not_null(TypeKind::Int)), ("name".to_string(), DataType::string())];
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(Int32Array::from(vec![1, 1, 1, 2])) as ArrayRef),
        ("name", Arc::new(StringArray::from(vec!["a", "a", "b", "c"])) as ArrayRef),
    ])
    .unwrap();
    (cols, batch)
}

#[test]
fn row_kinds_become_op_or_are_dropped() {
    let (cols, batch) = kv();
    let kinds = vec![RowKind::Insert, RowKind::UpdateBefore, RowKind::UpdateAfter, RowKind::Delete];
    let cb = ChangeBatch::with_kinds(batch, kinds);
    let upsert = RowEncoder::new(&cols, settings(Format::Csv, OpMode::Upsert { ignore_update_before: true })).unwrap();
    assert_eq!(run(&upsert, &cb), "1\ta\t0\n1\tb\t0\n2\tc\t1\n");
    let keep_before =
        RowEncoder::new(&cols, settings(Format::Csv, OpMode::Upsert { ignore_update_before: false })).unwrap();
    assert_eq!(run(&keep_before, &cb), "1\ta\t0\n1\ta\t1\n1\tb\t0\n2\tc\t1\n");
    let append = RowEncoder::new(&cols, settings(Format::Csv, OpMode::Append)).unwrap();
    assert_eq!(run(&append, &cb), "1\ta\n1\tb\n");
    let json = RowEncoder::new(&cols, settings(Format::Json, OpMode::Upsert { ignore_update_before: true })).unwrap();
    assert_eq!(
        run(&json, &cb),
        r#",{"id":1,"name":"a","__op":0},{"id":1,"name":"b","__op":0},{"id":2,"name":"c","__op":1}"#
    );
}

#[test]
fn a_separator_in_a_value_fails_the_batch_with_the_row() {
    let cols = vec![("id".to_string(), DataType::not_null(TypeKind::Int)), ("name".to_string(), DataType::string())];
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(Int32Array::from(vec![1, 2])) as ArrayRef),
        ("name", Arc::new(StringArray::from(vec!["fine", "tab\there"])) as ArrayRef),
    ])
    .unwrap();
    let enc = RowEncoder::new(&cols, settings(Format::Csv, OpMode::Append)).unwrap();
    let mut out = Vec::new();
    let err = enc.encode(&ChangeBatch::inserts(batch.clone()), &mut out).unwrap_err();
    assert!(out.is_empty());
    let text = err.to_string();
    assert!(text.starts_with("row 1 of the batch, column 'name': the value contains the column separator"), "{text}");
    assert!(text.contains(r"row: 2\ttab\there"), "{text}");
    assert!(text.contains("help: set 'sink.properties.enclose'"), "{text}");

    let quoted = EncoderSettings {
        layout: CsvLayout { enclose: Some(b'"'), escape: Some(b'\\'), ..CsvLayout::default() },
        ..settings(Format::Csv, OpMode::Append)
    };
    let enc = RowEncoder::new(&cols, quoted).unwrap();
    assert_eq!(run(&enc, &ChangeBatch::inserts(batch)), "1\tfine\n2\t\"tab\there\"\n");
}

#[test]
fn timestamp_ltz_uses_the_session_zone() {
    let cols = vec![("t".to_string(), DataType::nullable(TypeKind::TimestampLtz(0, TimestampKind::Regular)))];
    let batch = RecordBatch::try_from_iter([(
        "t",
        Arc::new(TimestampMillisecondArray::from(vec![0]).with_timezone("UTC")) as ArrayRef,
    )])
    .unwrap();
    let s = EncoderSettings { time_zone: Some(chrono_tz::Asia::Shanghai), ..settings(Format::Csv, OpMode::Append) };
    let enc = RowEncoder::new(&cols, s).unwrap();
    assert_eq!(run(&enc, &ChangeBatch::inserts(batch)), "1970-01-01 08:00:00\n");
}

#[test]
fn unloadable_types_are_refused_up_front() {
    let cols = vec![("t".to_string(), DataType::nullable(TypeKind::Time(0)))];
    let err = RowEncoder::new(&cols, settings(Format::Csv, OpMode::Append)).err().unwrap();
    assert!(err.to_string().contains("no type for TIME"), "{err}");
    let cols = vec![("b".to_string(), DataType::nullable(TypeKind::Binary(16)))];
    assert!(RowEncoder::new(&cols, settings(Format::Csv, OpMode::Append)).is_err());
}

#[test]
fn raw_rows_are_framed_and_checked() {
    let layout = CsvLayout::default();
    let csv = Framing { format: Format::Csv };
    let mut out = Vec::new();
    csv.push_raw(&layout, b"1\ta", &mut out).unwrap();
    assert_eq!(out, b"1\ta\n");
    assert!(csv.push_raw(&layout, b"1\ta\n2\tb", &mut out).is_err());
    let json = Framing { format: Format::Json };
    let mut out = Vec::new();
    json.push_raw(&layout, br#" {"a":1} "#, &mut out).unwrap();
    assert_eq!(out, br#",{"a":1}"#);
    assert!(json.push_raw(&layout, b"[1]", &mut out).is_err());
}
