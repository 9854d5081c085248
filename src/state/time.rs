//! Timestamps as RFC 3339 UTC strings (written without a date library), shown to people in
//! their local time with the offset (through `jiff`, given the time zone: no libc `localtime`).

use serde::{Deserialize, Serialize};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A UTC instant as RFC 3339 with milliseconds, e.g. `2026-11-25T01:59:44.123Z`.
///
/// Strings written by [`Timestamp::from_system_time`] have a fixed width, so they sort in time
/// order as plain strings; merges rely on that ("newest last opened wins").
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub String);

impl Timestamp {
    /// The current time. Reading the clock is the only impure thing here.
    pub fn now() -> Timestamp {
        Timestamp::from_system_time(SystemTime::now())
    }

    /// The RFC 3339 form of `t` (times before 1970 are written as the epoch).
    pub fn from_system_time(t: SystemTime) -> Timestamp {
        let d = t.duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO);
        Timestamp::from_unix_millis(d.as_millis().min(u128::from(u64::MAX)) as u64)
    }

    /// The RFC 3339 form of milliseconds since 1970-01-01T00:00:00Z.
    pub fn from_unix_millis(ms: u64) -> Timestamp {
        let secs = ms / 1000;
        let (y, m, d) = civil_from_days((secs / 86_400) as i64);
        let rem = secs % 86_400;
        Timestamp(format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            rem / 3600,
            rem / 60 % 60,
            rem % 60,
            ms % 1000
        ))
    }

    /// A compact form safe in file names, e.g. `20261125T015944Z`.
    pub fn compact(&self) -> String {
        self.0
            .chars()
            .take(19)
            .filter(|c| c.is_ascii_alphanumeric())
            .chain(std::iter::once('Z'))
            .collect()
    }

    /// `YYYY-MM-DD HH:MM +HH:MM` in time zone `zone` (the reader's: [`jiff::tz::TimeZone::system`]),
    /// e.g. `2026-11-29 14:03 +01:00`; a string that is not RFC 3339 is shown as it is.
    pub fn local(&self, zone: &jiff::tz::TimeZone) -> String {
        match self.0.parse::<jiff::Timestamp>() {
            Ok(t) => t
                .to_zoned_datetime(zone.clone())
                .strftime("%Y-%m-%d %H:%M %:z")
                .to_string(),
            Err(_) => self.0.clone(),
        }
    }

    /// `YYYY-MM-DD HH:MM` in UTC; other strings are shown as they are.
    pub fn short(&self) -> String {
        match self.0.get(..16) {
            Some(s) if s.as_bytes().get(10) == Some(&b'T') => s.replacen('T', " ", 1),
            _ => self.0.clone(),
        }
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Year, month, day of a count of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants_as_rfc3339_utc() {
        assert_eq!(Timestamp::from_unix_millis(0).0, "1970-01-01T00:00:00.000Z");
        // 2000-02-29 (a leap day in a century leap year) 12:34:56.789
        assert_eq!(
            Timestamp::from_unix_millis(951_827_696_789).0,
            "2000-02-29T12:34:56.789Z"
        );
        assert_eq!(
            Timestamp::from_unix_millis(1_798_761_599_000).0,
            "2026-12-31T23:59:59.000Z"
        );
    }

    #[test]
    fn timestamps_sort_in_time_order() {
        let a = Timestamp::from_unix_millis(999);
        let b = Timestamp::from_unix_millis(1_000);
        let c = Timestamp::from_unix_millis(1_798_761_599_000);
        assert!(a < b && b < c);
    }

    #[test]
    fn compact_and_short_forms() {
        let t = Timestamp::from_unix_millis(951_827_696_789);
        assert_eq!(t.compact(), "20000229T123456Z");
        assert_eq!(t.short(), "2000-02-29 12:34");
        assert_eq!(Timestamp("yesterday".into()).short(), "yesterday");
    }

    #[test]
    fn local_time_shows_the_offset_of_the_zone_given() {
        use jiff::tz::{Offset, TimeZone};
        let t = Timestamp::from_unix_millis(951_827_696_789); // 2000-02-29 12:34 UTC
        assert_eq!(t.local(&TimeZone::UTC), "2000-02-29 12:34 +00:00");
        let paris = TimeZone::fixed(Offset::constant(1));
        assert_eq!(t.local(&paris), "2000-02-29 13:34 +01:00");
        let west = TimeZone::fixed(Offset::constant(-13));
        assert_eq!(t.local(&west), "2000-02-28 23:34 -13:00", "the day before");
        // A zone with daylight saving time: July is +02:00 in central Europe.
        let cet = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("valid POSIX TZ");
        let july = Timestamp("2026-07-01T10:00:00.000Z".into());
        assert_eq!(july.local(&cet), "2026-07-01 12:00 +02:00");
        assert_eq!(Timestamp("yesterday".into()).local(&cet), "yesterday");
    }
}
