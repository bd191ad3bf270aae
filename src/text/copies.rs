//! Placeholder of copy detection (replaced by the real module on merge).
#![allow(missing_docs, dead_code, unused_variables)]
pub const SIGNATURE_BYTES: usize = 32;
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Signature(pub [u8; SIGNATURE_BYTES]);
impl Signature {
    pub fn of(text: &str) -> Signature {
        use sha1::{Digest, Sha1};
        let d = Sha1::digest(text.as_bytes());
        let mut b = [0u8; SIGNATURE_BYTES];
        b[..20].copy_from_slice(&d);
        Signature(b)
    }
    pub fn to_bytes(&self) -> [u8; SIGNATURE_BYTES] {
        self.0
    }
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        Some(Signature(b.try_into().ok()?))
    }
    pub fn similarity(&self, other: &Signature) -> f32 {
        if self == other {
            1.0
        } else {
            0.0
        }
    }
    pub fn is_copy_of(&self, other: &Signature) -> bool {
        self == other
    }
}
pub fn group(items: &[(Signature, Option<i64>)]) -> Vec<usize> {
    (0..items.len())
        .map(|i| {
            (0..items.len())
                .filter(|&j| items[j].0 == items[i].0)
                .min_by_key(|&j| (items[j].1.unwrap_or(i64::MAX), j))
                .unwrap_or(i)
        })
        .collect()
}
