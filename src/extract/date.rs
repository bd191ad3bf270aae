//! Publication-time parsing for Vietnamese news pages (`sites.md` §4).
//!
//! [`parse_datetime`] accepts every form the target sites write in metadata and in visible
//! article headers, and returns a time with an explicit offset. A time written without a zone
//! is local Vietnamese time: Asia/Ho_Chi_Minh, UTC+7, no daylight saving.
//!
//! Accepted shapes (weekday names, commas, dashes, bars and parentheses around the parts are
//! ignored):
//!
//! | Shape | Example |
//! |---|---|
//! | ISO 8601 / RFC 3339, `T` or space, zone `Z`, `+07:00`, `+0700` or none | `2025-05-09 11:02` |
//! | RFC 2822, also with a `GMT+7` suffix | `Sat, 05 Sep 2026 17:09:00 +0700` |
//! | day-first date, `/` or `-`, then a 24-hour time | `Thứ sáu, 09/05/2025 - 11:02` |
//! | day-first date with `(GMT+7)` / `GMT+7` | `Thứ ba, 21/4/2026, 00:00 (GMT+7)` |
//! | time before the date, optionally 12-hour | `10:15 AM 25/01/2018`, `11:02 - 09/05/2025` |
//! | day-first date alone (midnight local time) | `25/01/2018` |
//!
//! Years outside 1990..=2100 are rejected: such values are IDs or garbage, not dates.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use regex::Regex;

/// Offset of Vietnamese local time (UTC+7, no DST), in seconds.
pub const VIETNAM_OFFSET_SECS: i32 = 7 * 3600;

/// The first accepted year.
const MIN_YEAR: i32 = 1990;
/// The last accepted year.
const MAX_YEAR: i32 = 2100;

/// The fixed offset of Vietnamese local time.
pub fn vietnam_offset() -> FixedOffset {
    FixedOffset::east_opt(VIETNAM_OFFSET_SECS).expect("+07:00 is a valid offset")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (\d{4})-(\d{1,2})-(\d{1,2})
        (?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?
        \s*(Z|[+-]\d{2}(?::?\d{2})?)?
        $",
    )
    .expect("ISO regex is valid")
});

static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:[^\d]|$)")
        .expect("day-first regex is valid")
});

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\d:])(\d{1,2})\s*[:h]\s*(\d{2})(?::(\d{2}))?(?:\s*(am|pm|sa|ch)\b)?(?:[^\d:/]|$)",
    )
    .expect("time regex is valid")
});

static GMT_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?")
        .expect("zone regex is valid")
});

static NUM_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)([+-])(\d{2}):?(\d{2})(?:\s|$)").expect("numeric zone regex is valid")
});

static GMT_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*GMT\s*([+-])\s*(\d{1,2})$").expect("suffix regex"));

/// Parses a publication time written in any of the shapes listed in the module documentation.
///
/// Returns `None` when no date is found or the year is outside 1990..=2100. A value without a
/// zone gets +07:00.
pub fn parse_datetime(input: &str) -> Option<DateTime<FixedOffset>> {
    let s: String = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let parsed = parse_iso(s).or_else(|| parse_rfc2822(s)).or_else(|| parse_day_first(s))?;
    let year = chrono::Datelike::year(&parsed);
    (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(parsed)
}

/// Parses only the machine formats (ISO 8601 / RFC 3339 and RFC 2822), whose field order is
/// fixed. Metadata written in a locale's own shape ("9/5/2026 10:17:01 PM", month first in the
/// en-US culture of some CMSs) is left to [`parse_datetime`] and ranks below these.
pub fn parse_machine_datetime(input: &str) -> Option<DateTime<FixedOffset>> {
    let s: String = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let parsed = parse_iso(s).or_else(|| parse_rfc2822(s))?;
    let year = chrono::Datelike::year(&parsed);
    (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(parsed)
}

/// ISO 8601 with or without `T`, seconds, fraction and zone.
fn parse_iso(s: &str) -> Option<DateTime<FixedOffset>> {
    let c = ISO.captures(s)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let year: i32 = c.get(1)?.as_str().parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, num(2)?, num(3)?)?;
    let time = match num(4) {
        Some(h) => NaiveTime::from_hms_opt(h, num(5)?, num(6).unwrap_or(0))?,
        None => NaiveTime::MIN,
    };
    let offset = match c.get(7).map(|m| m.as_str()) {
        None => vietnam_offset(),
        Some("Z") => FixedOffset::east_opt(0)?,
        Some(z) => parse_numeric_zone(z)?,
    };
    offset.from_local_datetime(&date.and_time(time)).single()
}

/// `+07:00`, `+0700` or `+07` to an offset.
fn parse_numeric_zone(z: &str) -> Option<FixedOffset> {
    let sign = if z.starts_with('-') { -1 } else { 1 };
    let digits: String = z.chars().filter(|c| c.is_ascii_digit()).collect();
    let (h, m) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (digits.get(..2)?.parse::<i32>().ok()?, digits.get(2..)?.parse::<i32>().ok()?),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// RFC 2822 (`Sat, 05 Sep 2026 17:09:00 +0700`), also with a `GMT+7` suffix.
fn parse_rfc2822(s: &str) -> Option<DateTime<FixedOffset>> {
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d);
    }
    let c = GMT_SUFFIX.captures(s)?;
    let whole = c.get(0)?;
    let sign = c.get(1)?.as_str();
    let hours: i32 = c.get(2)?.as_str().parse().ok()?;
    let rebuilt = format!("{} {}{:02}00", s.get(..whole.start())?, sign, hours);
    DateTime::parse_from_rfc2822(&rebuilt).ok()
}

/// Day-first dates with an optional time anywhere around them.
fn parse_day_first(s: &str) -> Option<DateTime<FixedOffset>> {
    let dc = DAY_FIRST.captures(s)?;
    let whole = dc.get(0)?;
    let day: u32 = dc.get(1)?.as_str().parse().ok()?;
    let month: u32 = dc.get(3)?.as_str().parse().ok()?;
    let year: i32 = dc.get(4)?.as_str().parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;

    // Look for the time outside the date so `09/05` cannot be read as a time.
    let mut rest = String::with_capacity(s.len());
    rest.push_str(s.get(..whole.start())?);
    rest.push(' ');
    rest.push_str(s.get(whole.end()..)?);
    let time = TIME
        .captures(&rest)
        .and_then(|c| {
            let mut h: u32 = c.get(1)?.as_str().parse().ok()?;
            let m: u32 = c.get(2)?.as_str().parse().ok()?;
            let sec: u32 = c.get(3).and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
            if let Some(ampm) = c.get(4) {
                let pm = matches!(ampm.as_str().to_ascii_lowercase().as_str(), "pm" | "ch");
                if h == 0 || h > 12 {
                    return None;
                }
                if pm && h < 12 {
                    h += 12;
                } else if !pm && h == 12 {
                    h = 0;
                }
            }
            NaiveTime::from_hms_opt(h, m, sec)
        })
        .unwrap_or(NaiveTime::MIN);

    let offset = zone_hint(&rest).unwrap_or_else(vietnam_offset);
    offset.from_local_datetime(&NaiveDateTime::new(date, time)).single()
}

/// A zone written next to a visible date: `GMT+7`, `(GMT+07:00)`, `UTC+7`, `+0700`.
fn zone_hint(s: &str) -> Option<FixedOffset> {
    if let Some(c) = GMT_ZONE.captures(s) {
        let sign = if c.get(1)?.as_str() == "-" { -1 } else { 1 };
        let h: i32 = c.get(2)?.as_str().parse().ok()?;
        let m: i32 = c.get(3).and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
        if h > 14 || m > 59 {
            return None;
        }
        return FixedOffset::east_opt(sign * (h * 3600 + m * 60));
    }
    let c = NUM_ZONE.captures(s)?;
    let z = format!("{}{}{}", c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str());
    parse_numeric_zone(&z)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        let got = parse_datetime(input).map(|d| d.to_rfc3339());
        assert_eq!(got.as_deref(), expected, "input: {input:?}");
    }

    #[test]
    fn parses_site_formats() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2022-07-01T06:53:48+07:00", Some("2022-07-01T06:53:48+07:00")),
            ("2026-09-05T13:30:00+07:00", Some("2026-09-05T13:30:00+07:00")),
            ("2025-05-09 11:02", Some("2025-05-09T11:02:00+07:00")),
            ("2024-03-01T10:20:30+0700", Some("2024-03-01T10:20:30+07:00")),
            ("2024-03-01T03:20:30Z", Some("2024-03-01T03:20:30+00:00")),
            ("2024-03-01T10:20:30.123+07:00", Some("2024-03-01T10:20:30+07:00")),
            ("2024-03-01", Some("2024-03-01T00:00:00+07:00")),
            (" Thứ sáu, 09/05/2025 - 11:02 ", Some("2025-05-09T11:02:00+07:00")),
            ("Thứ Sáu, 26/12/2025 - 22:10", Some("2025-12-26T22:10:00+07:00")),
            ("05/09/2026 13:30", Some("2026-09-05T13:30:00+07:00")),
            ("05/09/2026\n    \n   13:30", Some("2026-09-05T13:30:00+07:00")),
            ("Thứ ba, 21/4/2026, 00:00 (GMT+7)", Some("2026-04-21T00:00:00+07:00")),
            ("05/10/2026 15:42 GMT+7", Some("2026-10-05T15:42:00+07:00")),
            ("15-01-2024 13:04", Some("2024-01-15T13:04:00+07:00")),
            ("10:15 AM 25/01/2018", Some("2018-01-25T10:15:00+07:00")),
            ("12:05 PM 25/01/2018", Some("2018-01-25T12:05:00+07:00")),
            ("12:05 AM 25/01/2018", Some("2018-01-25T00:05:00+07:00")),
            ("03:30 PM 25/01/2018", Some("2018-01-25T15:30:00+07:00")),
            ("11:02 - 09/05/2025", Some("2025-05-09T11:02:00+07:00")),
            ("09/05/2025 | 11:02", Some("2025-05-09T11:02:00+07:00")),
            ("11:02, 09/05/2025", Some("2025-05-09T11:02:00+07:00")),
            (" 03/02/2026 11:24 ", Some("2026-02-03T11:24:00+07:00")),
            ("25/01/2018", Some("2018-01-25T00:00:00+07:00")),
            ("Sat, 05 Sep 2026 17:09:00 +0700", Some("2026-09-05T17:09:00+07:00")),
            ("Fri, 04 Sep 2026 18:48:27 GMT+7", Some("2026-09-04T18:48:27+07:00")),
            ("Fri, 04 Sep 2026 11:48:27 GMT", Some("2026-09-04T11:48:27+00:00")),
            // Rejected: years out of range, impossible dates and times, no date at all.
            ("1985-01-01T00:00:00+07:00", None),
            ("2101-01-01", None),
            ("31/02/2024 10:00", None),
            ("2024-13-01", None),
            ("13:30 PM 25/01/2018", Some("2018-01-25T00:00:00+07:00")),
            ("Tin mới nhất", None),
            ("", None),
            ("20250509103306115", None),
        ];
        for (input, expected) in cases {
            check(input, *expected);
        }
    }
}
