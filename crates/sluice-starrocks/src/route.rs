//! Which writer of a [`ParallelSink`](crate::ParallelSink) a row goes to, and the split of a
//! batch by writer. Pure.
//!
//! Rows are routed by a hash of their key values, never of their position, so equal keys go
//! to the same writer whatever batch they arrive in. The hash covers the value bytes of each
//! key column (little-endian for fixed-width types, the bytes of strings and binaries), with
//! a marker for NULL, and is the same in every process.

use arrow_array::cast::AsArray;
use arrow_array::{Array, RecordBatch, UInt32Array};
use arrow_schema::{ArrowError, DataType};
use sluice_common::ChangeBatch;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const NULL_TAG: u8 = 0;
const VALUE_TAG: u8 = 1;

fn fold(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h = (h ^ u64::from(*b)).wrapping_mul(FNV_PRIME);
    }
    h
}

fn fold_value(h: u64, bytes: Option<&[u8]>) -> u64 {
    match bytes {
        None => fold(h, &[NULL_TAG]),
        Some(v) => fold(fold(fold(h, &[VALUE_TAG]), v), &(v.len() as u64).to_le_bytes()),
    }
}

/// splitmix64's finalizer: spreads FNV's low bits before the modulo.
fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Whether rows can be routed by a column of this type.
pub(crate) fn is_hashable(t: &DataType) -> bool {
    t.primitive_width().is_some()
        || matches!(
            t,
            DataType::Null
                | DataType::Boolean
                | DataType::Utf8
                | DataType::LargeUtf8
                | DataType::Utf8View
                | DataType::Binary
                | DataType::LargeBinary
                | DataType::BinaryView
                | DataType::FixedSizeBinary(_)
        )
}

fn fold_rows<'a>(col: &dyn Array, hashes: &mut [u64], value: impl Fn(usize) -> Option<&'a [u8]>) {
    for (i, h) in hashes.iter_mut().enumerate() {
        *h = fold_value(*h, if col.is_null(i) { None } else { value(i) });
    }
}

fn hash_column(col: &dyn Array, hashes: &mut [u64]) -> Result<(), ArrowError> {
    match col.data_type() {
        DataType::Null => fold_rows(col, hashes, |_| None),
        DataType::Boolean => {
            let a = col.as_boolean();
            fold_rows(col, hashes, |i| Some(if a.value(i) { &[1u8] } else { &[0u8] }))
        }
        DataType::Utf8 => {
            let a = col.as_string::<i32>();
            fold_rows(col, hashes, |i| Some(a.value(i).as_bytes()))
        }
        DataType::LargeUtf8 => {
            let a = col.as_string::<i64>();
            fold_rows(col, hashes, |i| Some(a.value(i).as_bytes()))
        }
        DataType::Utf8View => {
            let a = col.as_string_view();
            fold_rows(col, hashes, |i| Some(a.value(i).as_bytes()))
        }
        DataType::Binary => {
            let a = col.as_binary::<i32>();
            fold_rows(col, hashes, |i| Some(a.value(i)))
        }
        DataType::LargeBinary => {
            let a = col.as_binary::<i64>();
            fold_rows(col, hashes, |i| Some(a.value(i)))
        }
        DataType::BinaryView => {
            let a = col.as_binary_view();
            fold_rows(col, hashes, |i| Some(a.value(i)))
        }
        DataType::FixedSizeBinary(_) => {
            let a = col.as_fixed_size_binary();
            fold_rows(col, hashes, |i| Some(a.value(i)))
        }
        t => {
            let Some(width) = t.primitive_width() else {
                return Err(ArrowError::NotYetImplemented(format!("routing rows by a key column of type {t}")));
            };
            let data = col.to_data();
            let values = data.buffers()[0].as_slice();
            let offset = data.offset();
            fold_rows(col, hashes, |i| values.get((offset + i) * width..(offset + i + 1) * width))
        }
    }
    Ok(())
}

/// The writer (`0..writers`) of each row, by the values of the columns at `key`.
pub(crate) fn by_key(batch: &RecordBatch, key: &[usize], writers: usize) -> Result<Vec<usize>, ArrowError> {
    let mut hashes = vec![FNV_OFFSET; batch.num_rows()];
    for &k in key {
        let col = batch.columns().get(k).ok_or_else(|| {
            ArrowError::SchemaError(format!("key column {k} missing from a batch of {} columns", batch.num_columns()))
        })?;
        hash_column(col.as_ref(), &mut hashes)?;
    }
    Ok(hashes.into_iter().map(|h| (finish(h) % writers as u64) as usize).collect())
}

/// `batch` split by writer (`targets[i]` is row `i`'s writer), rows kept in their order;
/// `None` for a writer with no rows.
pub(crate) fn split(
    batch: &ChangeBatch,
    targets: &[usize],
    writers: usize,
) -> Result<Vec<Option<ChangeBatch>>, ArrowError> {
    let mut out: Vec<Option<ChangeBatch>> = (0..writers).map(|_| None).collect();
    let Some(&first) = targets.first() else { return Ok(out) };
    if targets.iter().all(|&t| t == first) {
        out[first] = Some(batch.clone());
        return Ok(out);
    }
    let mut indices: Vec<Vec<u32>> = vec![Vec::new(); writers];
    for (row, &t) in targets.iter().enumerate() {
        indices[t].push(row as u32);
    }
    for (w, rows) in indices.into_iter().enumerate() {
        if rows.is_empty() {
            continue;
        }
        let kinds =
            if batch.kinds.is_empty() { Vec::new() } else { rows.iter().map(|&r| batch.kinds[r as usize]).collect() };
        let part = arrow_select::take::take_record_batch(&batch.batch, &UInt32Array::from(rows))?;
        out[w] = Some(ChangeBatch { batch: part, kinds });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::{ArrayRef, Int64Array, StringArray, StringViewArray};
    use sluice_common::RowKind;

    use super::*;

    fn batch(ids: &[Option<i64>], names: &[&str]) -> RecordBatch {
        RecordBatch::try_from_iter([
            ("id", Arc::new(Int64Array::from(ids.to_vec())) as ArrayRef),
            ("name", Arc::new(StringArray::from(names.to_vec())) as ArrayRef),
        ])
        .unwrap()
    }

    #[test]
    fn equal_keys_route_alike_across_batches_and_slices() {
        let ids: Vec<Option<i64>> = (0..200).map(Some).chain([None]).collect();
        let names: Vec<String> = (0..201).map(|i| format!("n{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let whole = batch(&ids, &names);
        let all = by_key(&whole, &[0, 1], 4).unwrap();
        assert!((0..4).all(|w| all.contains(&w)), "every writer gets rows");
        // Another batch holding the same keys in another layout: a slice.
        let part = whole.slice(50, 100);
        assert_eq!(by_key(&part, &[0, 1], 4).unwrap(), all[50..150]);
        let single = batch(&ids[7..8], &names[7..8]);
        assert_eq!(by_key(&single, &[0, 1], 4).unwrap(), [all[7]]);
    }

    #[test]
    fn string_layouts_hash_alike() {
        let plain: ArrayRef = Arc::new(StringArray::from(vec!["a", "bb", "ccc"]));
        let view: ArrayRef = Arc::new(StringViewArray::from(vec!["a", "bb", "ccc"]));
        let a = RecordBatch::try_from_iter([("k", plain)]).unwrap();
        let b = RecordBatch::try_from_iter([("k", view)]).unwrap();
        assert_eq!(by_key(&a, &[0], 8).unwrap(), by_key(&b, &[0], 8).unwrap());
    }

    #[test]
    fn split_keeps_order_and_kinds() {
        let b = batch(&[Some(1), Some(2), Some(3), Some(4)], &["a", "b", "c", "d"]);
        let kinds = vec![RowKind::Insert, RowKind::Delete, RowKind::UpdateAfter, RowKind::UpdateBefore];
        let cb = ChangeBatch::with_kinds(b, kinds);
        let parts = split(&cb, &[1, 0, 1, 0], 3).unwrap();
        assert!(parts[2].is_none());
        let p0 = parts[0].as_ref().unwrap();
        let p1 = parts[1].as_ref().unwrap();
        assert_eq!(p0.kinds, [RowKind::Delete, RowKind::UpdateBefore]);
        assert_eq!(p1.kinds, [RowKind::Insert, RowKind::UpdateAfter]);
        let ids = |p: &ChangeBatch| p.batch.column(0).as_primitive::<arrow_array::types::Int64Type>().values().to_vec();
        assert_eq!(ids(p0), [2, 4]);
        assert_eq!(ids(p1), [1, 3]);
        // One writer only: the batch as it is.
        let one = split(&cb, &[2, 2, 2, 2], 3).unwrap();
        assert_eq!(one[2].as_ref().unwrap().num_rows(), 4);
    }
}
