//! Feed dates, including the non-standard forms Vietnamese feeds write (`sites.md` §1.3).

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use regex::Regex;

use crate::extract::date::{parse_datetime, vietnam_offset};

static US_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[a-z]+,?\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)(?:\s+(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?))?$",
    )
    .expect("US date regex is valid")
});

static TWO_DIGIT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3,9}\s+)(\d{2})(\s+\d{1,2}:\d{2})")
        .expect("two-digit year regex is valid")
});

/// Parses a date as written in feeds and sitemaps, leniently (`sites.md` §1.3, §4).
///
/// Accepted, in order:
/// - US `M/D/YYYY h:mm[:ss] AM|PM`, optionally followed by a zone (baochinhphu's
///   `9/5/2026 1:30:00 PM` is 5 September, local time). A first number above 12 is read as
///   the day;
/// - RFC 822 / 2822 with a two-digit year (`Sat, 05 Sep 26 17:09:00 +0700`: years below 70
///   are 20xx);
/// - everything [`parse_datetime`] reads: RFC 3339 / W3C datetime, RFC 2822 with `GMT`,
///   `+0700` or a `GMT+7` suffix, day-first Vietnamese forms.
///
/// A time without a zone is Vietnamese local time. The result is expressed in +07:00.
pub fn parse_feed_date(input: &str) -> Option<DateTime<FixedOffset>> {
    let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    // A US-shaped value is final: `9/5/2026 13:30:00 PM` must not be re-read day-first.
    let parsed = match parse_us(&s) {
        Some(us) => us?,
        None => parse_two_digit_year(&s).or_else(|| parse_datetime(&s))?,
    };
    Some(parsed.with_timezone(&vietnam_offset()))
}

/// `M/D/YYYY h:mm:ss AM|PM [zone]`: `None` when the shape does not match, `Some(None)` when
/// it matches but is not a valid time.
fn parse_us(s: &str) -> Option<Option<DateTime<FixedOffset>>> {
    let c = US_DATE.captures(s)?;
    Some(us_from_captures(&c))
}

fn us_from_captures(c: &regex::Captures<'_>) -> Option<DateTime<FixedOffset>> {
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let (a, b) = (num(1)?, num(2)?);
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    let year: i32 = c.get(3)?.as_str().parse().ok()?;
    let mut hour = num(4)?;
    if hour == 0 || hour > 12 {
        return None;
    }
    let pm = c.get(7)?.as_str().eq_ignore_ascii_case("pm");
    if pm && hour < 12 {
        hour += 12;
    } else if !pm && hour == 12 {
        hour = 0;
    }
    let time = NaiveTime::from_hms_opt(hour, num(5)?, num(6).unwrap_or(0))?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let offset = match c.get(8) {
        Some(z) => parse_zone(z.as_str())?,
        None => vietnam_offset(),
    };
    if !(1990..=2100).contains(&year) {
        return None;
    }
    offset.from_local_datetime(&NaiveDateTime::new(date, time)).single()
}

/// `+7`, `+07`, `+0700`, `+07:00`.
fn parse_zone(z: &str) -> Option<FixedOffset> {
    let sign = if z.starts_with('-') { -1 } else { 1 };
    let body = z.trim_start_matches(['+', '-']);
    let (h, m) = match body.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None if body.len() <= 2 => (body.parse::<i32>().ok()?, 0),
        None => {
            let (h, m) = body.split_at_checked(body.len() - 2)?;
            (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?)
        }
    };
    if h > 14 || m > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// RFC 822 with a two-digit year: expand the year and hand over to [`parse_datetime`].
fn parse_two_digit_year(s: &str) -> Option<DateTime<FixedOffset>> {
    let c = TWO_DIGIT_YEAR.captures(s)?;
    let yy: i32 = c.get(2)?.as_str().parse().ok()?;
    let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
    let whole = c.get(0)?;
    let rebuilt =
        format!("{}{}{}{}", c.get(1)?.as_str(), year, c.get(3)?.as_str(), s.get(whole.end()..)?);
    parse_datetime(&rebuilt)
}

#[cfg(test)]
mod tests {
    use super::*;

    // --- dates -------------------------------------------------------------------------------

    fn check_date(input: &str, expected: Option<&str>) {
        let got = parse_feed_date(input).map(|d| d.to_rfc3339());
        assert_eq!(got.as_deref(), expected, "input {input:?}");
    }

    #[test]
    fn feed_dates() {
        let cases = [
            ("9/5/2026 1:30:00 PM", Some("2026-09-05T13:30:00+07:00")),
            ("8/29/2026 2:30:00 AM", Some("2026-08-29T02:30:00+07:00")),
            ("9/5/2026 12:10:00 AM", Some("2026-09-05T00:10:00+07:00")),
            ("9/5/2026 12:10:00 PM", Some("2026-09-05T12:10:00+07:00")),
            ("29/8/2026 2:30:00 PM", Some("2026-08-29T14:30:00+07:00")),
            ("Sat, 05 Sep 26 17:09:00 +0700", Some("2026-09-05T17:09:00+07:00")),
            ("Fri, 04 Sep 2026 18:48:27 GMT+7", Some("2026-09-04T18:48:27+07:00")),
            ("Fri, 04 Sep 2026 11:48:27 GMT", Some("2026-09-04T18:48:27+07:00")),
            ("Fri, 04 Sep 2026 18:48:27 +0700", Some("2026-09-04T18:48:27+07:00")),
            ("2026-09-05T13:30:00+07:00", Some("2026-09-05T13:30:00+07:00")),
            ("2026-09-05T06:30:00Z", Some("2026-09-05T13:30:00+07:00")),
            ("2026-09-05", Some("2026-09-05T00:00:00+07:00")),
            ("  9/5/2026\n 1:30:00 PM ", Some("2026-09-05T13:30:00+07:00")),
            ("9/5/2026 13:30:00 PM", None),
            ("13/13/2026 1:30:00 PM", None),
            ("yesterday", None),
            ("", None),
        ];
        for (input, expected) in cases {
            check_date(input, expected);
        }
    }
}
