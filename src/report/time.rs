//! Report time: Vietnam dates, timeline buckets, and times shown without a made-up hour.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

use crate::extract::date::VIETNAM_OFFSET_SECS;

/// A publication time in Vietnam time. Pages that give only a date are stored at local midnight,
/// so a time of exactly 00:00:00 is read as "no hour known": shown and exported as a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment {
    /// The Vietnam date.
    pub date: NaiveDate,
    /// The Vietnam time of day, when known.
    pub time: Option<NaiveDateTime>,
}

impl Moment {
    /// From UTC seconds.
    pub fn from_utc_secs(secs: i64) -> Moment {
        let local = chrono::DateTime::from_timestamp(secs + i64::from(VIETNAM_OFFSET_SECS), 0)
            .unwrap_or_default()
            .naive_utc();
        let midnight = local.hour() == 0 && local.minute() == 0 && local.second() == 0;
        Moment { date: local.date(), time: (!midnight).then_some(local) }
    }

    /// `2023-09-14` or `2023-09-14 17:20`.
    pub fn display(&self) -> String {
        match self.time {
            Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }

    /// `2023-09-14` or `2023-09-14T17:20:00+07:00` (RFC 3339 when the hour is known).
    pub fn iso(&self) -> String {
        match self.time {
            Some(t) => t.format("%Y-%m-%dT%H:%M:%S+07:00").to_string(),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// Timeline bucket size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bucket {
    /// Calendar days.
    Day,
    /// ISO weeks, Monday to Sunday.
    #[default]
    Week,
    /// Calendar months.
    Month,
}

impl Bucket {
    /// Stable lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    /// First day of the bucket holding `day`.
    pub fn start(self, day: NaiveDate) -> NaiveDate {
        match self {
            Bucket::Day => day,
            Bucket::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Bucket::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// First day of the bucket after the one holding `day`.
    pub fn next(self, day: NaiveDate) -> NaiveDate {
        let s = self.start(day);
        match self {
            Bucket::Day => s + Duration::days(1),
            Bucket::Week => s + Duration::days(7),
            Bucket::Month => {
                let (y, m) =
                    if s.month() == 12 { (s.year() + 1, 1) } else { (s.year(), s.month() + 1) };
                NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(s)
            }
        }
    }

    /// Starts of every bucket from the one holding `first` to the one holding `last`.
    pub fn starts(self, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let mut out = vec![self.start(first)];
        while let Some(&s) = out.last() {
            let n = self.next(s);
            if n > last || n <= s {
                break;
            }
            out.push(n);
        }
        out
    }

    /// Label of the bucket starting at `start`: `2023-09-14`, `2023-W37`, `2023-09`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Bucket::Day => start.format("%Y-%m-%d").to_string(),
            Bucket::Week => {
                let w = start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Bucket::Month => start.format("%Y-%m").to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn check(by: Bucket, first: &str, last: &str, expected: &[&str]) {
        let labels: Vec<String> =
            by.starts(d(first), d(last)).into_iter().map(|s| by.label(s)).collect();
        assert_eq!(labels, expected, "{by:?} {first}..{last}");
    }

    #[test]
    fn buckets() {
        check(Bucket::Day, "2023-09-14", "2023-09-16", &["2023-09-14", "2023-09-15", "2023-09-16"]);
        check(Bucket::Week, "2023-09-14", "2023-09-18", &["2023-W37", "2023-W38"]);
        check(Bucket::Week, "2023-12-31", "2024-01-01", &["2023-W52", "2024-W01"]);
        check(Bucket::Month, "2023-11-30", "2024-01-01", &["2023-11", "2023-12", "2024-01"]);
        check(Bucket::Month, "2023-09-01", "2023-09-30", &["2023-09"]);
    }

    #[test]
    fn moments_without_an_hour_are_dates() {
        // 2023-09-15 00:00 +07:00 = 2023-09-14 17:00 UTC.
        let m = Moment::from_utc_secs(1_694_710_800);
        assert_eq!((m.display(), m.iso()), ("2023-09-15".into(), "2023-09-15".into()));
        let m = Moment::from_utc_secs(1_694_710_800 + 3600 + 120);
        assert_eq!(m.display(), "2023-09-15 01:02");
        assert_eq!(m.iso(), "2023-09-15T01:02:00+07:00");
    }
}
