//! The charts of a coverage report: the timeline stacked by outlet, and articles per outlet.

use super::coverage::Coverage;
use crate::report::chart::{Bars, Series, Timeline};

/// Outlets shown by name in the timeline; the rest are stacked as "Khác" (others).
const NAMED_OUTLETS: usize = 8;

fn title(c: &Coverage) -> String {
    let d = &c.document;
    if d.issuer_display.is_empty() {
        d.label.clone()
    } else {
        format!("{} của {}", d.label, d.issuer_display)
    }
}

/// The timeline chart: one bar per bucket, stacked by outlet.
pub fn timeline(c: &Coverage) -> Timeline {
    let unit = match c.by {
        super::time::Bucket::Day => "ngày",
        super::time::Bucket::Week => "tuần",
        super::time::Bucket::Month => "tháng",
    };
    let mut series: Vec<Series> = c
        .outlets
        .iter()
        .take(NAMED_OUTLETS)
        .enumerate()
        .map(|(i, o)| Series {
            label: o.site.clone(),
            values: c.timeline.iter().map(|b| b.by_outlet[i]).collect(),
        })
        .collect();
    if c.outlets.len() > NAMED_OUTLETS {
        series.push(Series {
            label: "Khác".into(),
            values: c.timeline.iter().map(|b| b.by_outlet[NAMED_OUTLETS..].iter().sum()).collect(),
        });
    }
    Timeline {
        title: format!("{} — số bài theo {unit}", title(c)),
        subtitle: format!(
            "{} bài, {} báo; {} bài gốc, {} bài đăng lại",
            c.articles.len(),
            c.outlets.len(),
            c.originals,
            c.articles.len() - c.originals
        ),
        buckets: c.timeline.iter().map(|b| b.label.clone()).collect(),
        series,
        y_label: "Số bài".into(),
    }
}

/// Articles per outlet.
pub fn outlets(c: &Coverage) -> Bars {
    Bars {
        title: format!("{} — số bài theo báo", title(c)),
        subtitle: format!("{} bài, {} báo", c.articles.len(), c.outlets.len()),
        bars: c.outlets.iter().map(|o| (o.site.clone(), o.articles as u64)).collect(),
    }
}
