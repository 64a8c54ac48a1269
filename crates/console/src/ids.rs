//! Where new identifiers come from (profile ids, paymentRequestIds, probe ids): an `IdSource`.
//! Random ids for wiring only; tests pass their own source so ids are predictable or unique.

use rand::Rng;

/// Produces a fresh id starting with `prefix` (ASCII letters, digits and `_` only).
pub trait IdSource: Send + Sync {
    fn next_id(&self, prefix: &str) -> String;
}

/// `PREFIX_` followed by 24 random upper-case letters and digits.
#[derive(Debug, Clone, Copy, Default)]
pub struct RandomIds;

impl IdSource for RandomIds {
    fn next_id(&self, prefix: &str) -> String {
        const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let mut rng = rand::thread_rng();
        let tail: String = (0..24)
            .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
            .collect();
        format!("{prefix}_{tail}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_prefixed_and_distinct() {
        let a = RandomIds.next_id("PAY");
        let b = RandomIds.next_id("PAY");
        assert!(a.starts_with("PAY_") && a.len() == 28);
        assert_ne!(a, b);
    }
}
