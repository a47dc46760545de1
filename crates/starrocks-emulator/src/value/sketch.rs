//! BITMAP and HLL values (wire spec §7): both are kept as exact sets of 64-bit values, so
//! `bitmap_count` is exact (as in StarRocks) and HLL cardinalities are exact too (StarRocks'
//! are approximate, ~1% error). Encoded as sorted little-endian `u64`s in `Value::Bytes`.

use super::Value;
use std::collections::BTreeSet;

/// Encodes a set.
pub fn encode(set: &BTreeSet<u64>) -> Value {
    let mut b = Vec::with_capacity(set.len() * 8);
    for v in set {
        b.extend_from_slice(&v.to_le_bytes());
    }
    Value::Bytes(b)
}

/// Decodes a set; anything that is not an encoded set is empty.
pub fn decode(v: &Value) -> BTreeSet<u64> {
    match v {
        Value::Bytes(b) if b.len() % 8 == 0 => {
            b.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))).collect()
        }
        _ => BTreeSet::new(),
    }
}

/// A one-element set.
pub fn single(v: u64) -> Value {
    Value::Bytes(v.to_le_bytes().to_vec())
}

/// The union of two encoded sets.
pub fn union(a: &Value, b: &Value) -> Value {
    let mut s = decode(a);
    s.extend(decode(b));
    encode(&s)
}

/// 32-bit MurmurHash3 (x86) — `bitmap_hash` uses seed 104729.
pub fn murmur3_32(data: &[u8], seed: u32) -> u32 {
    const C1: u32 = 0xcc9e_2d51;
    const C2: u32 = 0x1b87_3593;
    let mut h = seed;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let mut k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        k = k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
        h ^= k;
        h = h.rotate_left(13).wrapping_mul(5).wrapping_add(0xe654_6b64);
    }
    let tail = chunks.remainder();
    let mut k: u32 = 0;
    for (i, &b) in tail.iter().enumerate() {
        k ^= u32::from(b) << (8 * i);
    }
    if !tail.is_empty() {
        k = k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
        h ^= k;
    }
    h ^= data.len() as u32;
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// 64-bit MurmurHash64A — `hll_hash` uses seed 0xadc83b19.
pub fn murmur64a(data: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let mut h = seed ^ (data.len() as u64).wrapping_mul(M);
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut k = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^ (h >> R)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn murmur_reference_values() {
        assert_eq!(murmur3_32(b"", 0), 0);
        assert_eq!(murmur3_32(b"hello", 0), 0x248b_fa47);
        assert_eq!(murmur3_32(b"The quick brown fox jumps over the lazy dog", 0), 0x2e4f_f723);
        assert_ne!(murmur64a(b"abc", 0xadc8_3b19), murmur64a(b"abd", 0xadc8_3b19));
    }

    #[test]
    fn sets_round_trip_and_union() {
        let a = single(3);
        let b = encode(&[1u64, 3, 5].into_iter().collect());
        assert_eq!(decode(&union(&a, &b)).into_iter().collect::<Vec<_>>(), vec![1, 3, 5]);
        assert!(decode(&Value::Bytes(vec![1, 2, 3])).is_empty());
    }
}
