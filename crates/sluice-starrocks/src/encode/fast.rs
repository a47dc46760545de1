//! The hot loops' byte writing: integers formatted straight into a buffer, and row assembly
//! into reserved capacity with short values copied as whole 16- or 32-byte words (when the
//! source has that many readable bytes) instead of a `memcpy` call per value.

/// Bytes of spare capacity a [`RowWriter`] keeps past its exact total, so that word copies
/// may overshoot the end of the value they copy.
const SLACK: usize = 32;

/// Writes exactly `total` bytes into the spare capacity of a `Vec`. The hot methods do not
/// check bounds: the caller computes `total` from the values it then writes (see
/// [`Encoded::check`](super::column::Encoded::check)); `finish` verifies the count.
pub struct RowWriter<'a> {
    out: &'a mut Vec<u8>,
    start: usize,
    pos: usize,
    total: usize,
}

impl<'a> RowWriter<'a> {
    /// Reserves room for `total` bytes (plus slack) at the end of `out`.
    pub fn new(out: &'a mut Vec<u8>, total: usize) -> Self {
        out.reserve(total + SLACK);
        let start = out.len();
        RowWriter { out, start, pos: start, total }
    }

    /// Appends one byte.
    ///
    /// # Safety
    /// Fewer than `total` bytes may have been written so far.
    #[inline(always)]
    pub unsafe fn byte(&mut self, b: u8) {
        debug_assert!(self.pos < self.start + self.total, "row size was computed wrong");
        // SAFETY: pos < start + total <= capacity (the caller's contract).
        unsafe { *self.out.as_mut_ptr().add(self.pos) = b };
        self.pos += 1;
    }

    /// Appends a short byte string (a separator).
    ///
    /// # Safety
    /// At most `total` bytes may have been written once `s` is.
    #[inline(always)]
    pub unsafe fn bytes(&mut self, s: &[u8]) {
        debug_assert!(self.pos + s.len() <= self.start + self.total, "row size was computed wrong");
        // SAFETY: the range is inside the reserved capacity; `s` cannot overlap it.
        unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), self.out.as_mut_ptr().add(self.pos), s.len()) };
        self.pos += s.len();
    }

    /// Appends `data[from..to]`, copying whole words when `data` has the bytes to read.
    ///
    /// # Safety
    /// `from <= to <= data.len()`, and at most `total` bytes may have been written once the
    /// value is.
    #[inline(always)]
    pub unsafe fn slice(&mut self, data: &[u8], from: usize, to: usize) {
        let len = to - from;
        debug_assert!(from <= to && to <= data.len(), "value range out of bounds");
        debug_assert!(self.pos + len <= self.start + self.total, "row size was computed wrong");
        // SAFETY: source reads stay within `data` (checked per branch); writes stay within
        // pos + 32 <= start + total + SLACK <= capacity; the buffers do not overlap.
        unsafe {
            let dst = self.out.as_mut_ptr().add(self.pos);
            let src = data.as_ptr().add(from);
            if len <= 16 && from + 16 <= data.len() {
                std::ptr::write_unaligned(dst as *mut [u8; 16], std::ptr::read_unaligned(src as *const [u8; 16]));
            } else if len <= 32 && from + 32 <= data.len() {
                std::ptr::write_unaligned(dst as *mut [u8; 32], std::ptr::read_unaligned(src as *const [u8; 32]));
            } else {
                std::ptr::copy_nonoverlapping(src, dst, len);
            }
        }
        self.pos += len;
    }

    /// Sets the length after checking that exactly the reserved total was written.
    pub fn finish(self) {
        assert_eq!(self.pos, self.start + self.total, "row size was computed wrong");
        // SAFETY: every byte up to pos was written above.
        unsafe { self.out.set_len(self.pos) };
    }
}

const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

const POW10: [u64; 20] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
    1_000_000_000_000_000_000,
    10_000_000_000_000_000_000,
];

/// Number of decimal digits of `v` (1 for 0).
#[inline(always)]
fn digits(v: u64) -> usize {
    // log10 from the bit length (1233 / 4096 ≈ log10(2)), then one correction; `v | 1`
    // counts 0 as one digit and changes no other count.
    let x = v | 1;
    let approx = (((64 - x.leading_zeros()) * 1233) >> 12) as usize;
    approx + usize::from(x >= POW10[approx])
}

/// Longest decimal text of an `i64`.
pub const MAX_INT_LEN: usize = 20;

/// Appends the decimal text of `v` to `out`.
#[inline]
pub fn push_int(v: i64, out: &mut Vec<u8>) {
    out.reserve(MAX_INT_LEN);
    let len = out.len();
    // SAFETY: MAX_INT_LEN bytes are reserved, `write_int` writes at most that many.
    unsafe {
        let n = write_int(out.as_mut_ptr().add(len), v);
        out.set_len(len + n);
    }
}

/// Writes the decimal text of `v` at `dst`; returns its length.
///
/// # Safety
/// `dst` must be valid for writing [`MAX_INT_LEN`] bytes.
#[inline(always)]
pub unsafe fn write_int(dst: *mut u8, v: i64) -> usize {
    let neg = usize::from(v < 0);
    let u = v.unsigned_abs();
    // SAFETY: the text is at most MAX_INT_LEN bytes; the helpers write at most that many
    // (whole 8-byte words included) from `dst`.
    unsafe {
        *dst = b'-';
        let dst = dst.add(neg);
        neg + if u <= u64::from(u32::MAX) { write_u32(dst, u as u32) } else { write_u64(dst, u) }
    }
}

fn pair(x: u32) -> u64 {
    let k = x as usize * 2;
    u64::from(u16::from_le_bytes([PAIRS[k], PAIRS[k + 1]]))
}

/// The eight ASCII digits of `v < 10^8`, most significant first in memory order.
#[inline(always)]
fn eight_digits(v: u32) -> u64 {
    let (hi, lo) = (v / 10_000, v % 10_000);
    pair(hi / 100) | (pair(hi % 100) << 16) | (pair(lo / 100) << 32) | (pair(lo % 100) << 48)
}

/// # Safety
/// `dst` must be valid for writing 10 bytes.
#[inline(always)]
unsafe fn write_u32(dst: *mut u8, v: u32) -> usize {
    // SAFETY: at most 2 + 8 bytes are written.
    unsafe {
        if v < 100_000_000 {
            let n = digits(u64::from(v));
            // Drop the leading zeros: shifting right moves later bytes to the front.
            let word = eight_digits(v) >> (8 * (8 - n));
            std::ptr::write_unaligned(dst as *mut u64, word.to_le());
            n
        } else {
            let top = v / 100_000_000;
            let k = if top >= 10 {
                std::ptr::copy_nonoverlapping(PAIRS.as_ptr().add(top as usize * 2), dst, 2);
                2
            } else {
                *dst = b'0' + top as u8;
                1
            };
            std::ptr::write_unaligned(dst.add(k) as *mut u64, eight_digits(v % 100_000_000).to_le());
            k + 8
        }
    }
}

/// # Safety
/// `dst` must be valid for writing 20 bytes.
unsafe fn write_u64(dst: *mut u8, mut u: u64) -> usize {
    let n = digits(u);
    // SAFETY: exactly n <= 20 bytes are written.
    unsafe {
        let mut p = dst.add(n);
        while u >= 100 {
            let k = (u % 100) as usize * 2;
            u /= 100;
            p = p.sub(2);
            std::ptr::copy_nonoverlapping(PAIRS.as_ptr().add(k), p, 2);
        }
        if u >= 10 {
            p = p.sub(2);
            std::ptr::copy_nonoverlapping(PAIRS.as_ptr().add(u as usize * 2), p, 2);
        } else {
            p = p.sub(1);
            *p = b'0' + u as u8;
        }
    }
    n
}

/// Encodes integers without NULLs: text into `data`, end offsets into `starts`.
pub fn ints_no_nulls<T: Copy + Into<i64>>(values: &[T], data: &mut Vec<u8>, starts: &mut Vec<usize>) {
    // Widest text of a T: 4 bytes for i8 ("-128"), 6, 11, 20 for the wider types.
    let widest = [0, 4, 6, 0, 11, 0, 0, 0, 20][std::mem::size_of::<T>().min(8)].max(4);
    data.reserve(values.len() * widest + MAX_INT_LEN);
    starts.reserve(values.len());
    let (mut len, base) = (data.len(), data.as_mut_ptr());
    let (mut k, sbase) = (starts.len(), starts.as_mut_ptr());
    // SAFETY: after i values at most i * widest bytes are used, so MAX_INT_LEN bytes stay
    // writable for the next one; as many offsets as values were reserved; the lengths are
    // set to what was written.
    unsafe {
        for v in values {
            len += write_int(base.add(len), (*v).into());
            *sbase.add(k) = len;
            k += 1;
        }
        data.set_len(len);
        starts.set_len(k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_match_display() {
        let mut all = vec![0, 7, -7, 10, 99, 100, -100, 12345, i32::MAX as i64, i32::MIN as i64, i64::MAX, i64::MIN];
        for k in 1..19 {
            let p = 10i64.pow(k);
            all.extend([p - 1, p, p + 1, -p, 1 - p]);
        }
        for v in all {
            let mut out = b"x".to_vec();
            push_int(v, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), format!("x{v}"));
        }
    }

    #[test]
    fn word_copies_write_exactly_the_value() {
        let data = b"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".to_vec();
        let mut out = Vec::new();
        let mut w = RowWriter::new(&mut out, 3 + 20 + 1 + 3 + 40);
        // SAFETY: the ranges are inside `data` and add up to the total.
        unsafe {
            w.slice(&data, 0, 3);
            w.slice(&data, 5, 25);
            w.byte(b'|');
            w.slice(&data, data.len() - 3, data.len());
            w.slice(&data, 10, 50);
        }
        w.finish();
        assert_eq!(out, [&data[0..3], &data[5..25], b"|", &data[59..62], &data[10..50]].concat());
    }
}
