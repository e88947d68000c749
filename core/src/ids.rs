//! Record ids: short, unique-enough strings made from a timestamp and caller-supplied
//! randomness (the browser layer supplies both; core stays deterministic).

/// Makes an id such as `g-lx3k9a-8f2c1d0e` from a prefix, milliseconds since the epoch
/// and 32 random bits. Ids sort roughly by creation time within a prefix.
pub fn make_id(prefix: &str, now_ms: u64, random: u32) -> String {
    format!("{prefix}-{}-{random:08x}", base36(now_ms))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_carry_prefix_and_differ_by_randomness() {
        let a = make_id("g", 1_700_000_000_000, 1);
        let b = make_id("g", 1_700_000_000_000, 2);
        assert!(a.starts_with("g-"));
        assert_ne!(a, b);
    }

    #[test]
    fn base36_of_zero_and_known_value() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
