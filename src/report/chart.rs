//! Charts of coverage reports: a timeline stacked by outlet and an outlets bar chart, as SVG,
//! and their rasterisation to PNG.
//!
//! Pure rendering: the functions take data and return bytes; callers write the files.
//!
//! - [`timeline_svg`] draws one bar per bucket (day, week, month), stacked by series (outlets):
//!   the 8 largest series keep their own colour, the rest are stacked as [`OTHERS_LABEL`].
//! - [`bars_svg`] draws one horizontal bar per outlet, largest first.
//! - [`svg_to_png`] rasterises such an SVG with `resvg`, with text drawn in the bundled font.
//!
//! **Font.** Labels are Vietnamese (stacked diacritics such as "ặ", "ễ", "ự"), so the PNG never
//! depends on the fonts of the machine: [`FONT_FAMILY`] (DejaVu Sans) is compiled into the binary
//! and is the only font `resvg` sees, and the output is the same everywhere. The SVG names that
//! family with `sans-serif` as fallback and embeds nothing, so it stays small and viewable in a
//! browser.
//!
//! **Untrusted text.** Titles and labels come from crawled pages: they are NFC-normalised,
//! stripped of characters that XML forbids and escaped, so every SVG is well-formed.
//! Layout never fails: empty input (or input whose values are all zero) draws a chart that says
//! [`NO_DATA`].

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use resvg::tiny_skia;
use resvg::usvg;
use unicode_normalization::UnicodeNormalization;

/// The bundled font: DejaVu Sans 2.37 (`DejaVuSans.ttf` of the npm package `dejavu-fonts-ttf`
/// 2.37.3, identical to the upstream release at <https://dejavu-fonts.github.io/>). Licence: the
/// Bitstream Vera licence plus public-domain DejaVu changes and the Arev licence, which allow
/// bundling and redistribution; full text in `assets/fonts/DejaVuSans-LICENSE.txt`. It covers all
/// precomposed Vietnamese letters (checked by a test: no `.notdef` glyph for any of them).
static FONT_DATA: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/DejaVuSans.ttf"));

/// The family name of the bundled font, as the SVG names it.
pub const FONT_FAMILY: &str = "DejaVu Sans";
/// How many series of a timeline keep their own colour; the rest are stacked as one.
pub const MAX_SERIES: usize = 8;
/// How many bars a bar chart draws; the rest are summed into one last bar.
pub const MAX_BARS: usize = 30;
/// The label of the series (or bar) that gathers everything past the largest ones.
pub const OTHERS_LABEL: &str = "Khác";
/// The message of a chart without data.
pub const NO_DATA: &str = "Không có dữ liệu";
/// The largest PNG side [`svg_to_png`] produces, in pixels.
pub const MAX_PNG_SIDE: u32 = 16_384;

/// The `font-family` of every SVG: the bundled font first, then the browser's fallbacks.
const FONT_STACK: &str = "'DejaVu Sans', Verdana, sans-serif";
/// Colour-blind-safe series colours: Paul Tol's "muted" qualitative scheme.
const PALETTE: [&str; MAX_SERIES] =
    ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#AA4499"];
/// The colour of [`OTHERS_LABEL`].
const OTHERS_COLOUR: &str = "#BBBBBB";
/// The colour of the bars of a bar chart.
const BAR_COLOUR: &str = "#4477AA";
const INK: &str = "#222222";
const MUTED_INK: &str = "#555555";
const GRID: &str = "#E4E4E4";
/// Outer padding of every chart.
const PAD: f64 = 16.0;
const TITLE_SIZE: f64 = 18.0;
const SUBTITLE_SIZE: f64 = 13.0;
const LABEL_SIZE: f64 = 11.0;
const LEGEND_SIZE: f64 = 12.0;
/// Where plots start below the top edge (under the title and subtitle).
const PLOT_TOP: f64 = 76.0;
/// The height of a timeline's plot area.
const TIMELINE_PLOT_H: f64 = 300.0;
/// The widest label of a legend or of a bar chart (longer ones end with "…").
const MAX_LABEL_W: f64 = 240.0;
/// The widest bucket label of a timeline (longer ones end with "…").
const MAX_BUCKET_LABEL_W: f64 = 200.0;
/// The widest a chart grows to fit its title (longer titles end with "…").
const MAX_TITLE_W: f64 = 960.0;

/// One stacked series (an outlet) of a timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// What the legend shows, e.g. the outlet's name.
    pub label: String,
    /// One value per bucket of the timeline; missing values count as 0, extra ones are ignored.
    pub values: Vec<u64>,
}

/// A timeline: one bar per bucket, stacked by series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The chart title, e.g. "Chỉ thị 24-CT/TU của Thành ủy Hà Nội — số bài theo tuần".
    pub title: String,
    /// A line under the title (period, totals); empty for none.
    pub subtitle: String,
    /// Bucket labels in time order, e.g. "2023-09-14", "2023-W37", "2023-09".
    pub buckets: Vec<String>,
    /// The stacked series; each `values.len() == buckets.len()`.
    pub series: Vec<Series>,
    /// The y axis title, e.g. "Số bài".
    pub y_label: String,
}

/// A horizontal bar chart (articles per outlet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bars {
    /// The chart title.
    pub title: String,
    /// A line under the title; empty for none.
    pub subtitle: String,
    /// (label, value) pairs in any order; drawn largest first, ties in the given order.
    pub bars: Vec<(String, u64)>,
}

/// Why [`svg_to_png`] failed.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The scale is not a finite positive number.
    #[error("invalid scale {0}: must be finite and positive")]
    Scale(f32),
    /// The image would exceed [`MAX_PNG_SIDE`] pixels on a side, or is empty.
    #[error("image size {width}x{height} is out of range (1 to {MAX_PNG_SIDE} pixels a side)")]
    Size {
        /// The requested width, in pixels.
        width: f64,
        /// The requested height, in pixels.
        height: f64,
    },
    /// The input is not an SVG `usvg` can read.
    #[error("invalid svg: {0}")]
    Svg(#[from] usvg::Error),
    /// PNG encoding failed.
    #[error("png encoding: {0}")]
    Png(String),
}

/// Renders a timeline as an SVG document.
pub fn timeline_svg(t: &Timeline) -> String {
    let title = clean(&t.title);
    let subtitle = clean(&t.subtitle);
    let n = t.buckets.len();
    let series = fold_series(&t.series, n);
    let totals: Vec<u64> =
        (0..n).map(|i| series.iter().fold(0u64, |a, s| a.saturating_add(s.values[i]))).collect();
    let max = totals.iter().copied().max().unwrap_or(0);
    if series.is_empty() || max == 0 {
        return no_data_svg(&title, &subtitle);
    }
    let (step, top) = y_ticks(max);
    let top_label_w = text_width(&group_digits(top), LABEL_SIZE);
    let y_label = clean(&t.y_label);
    let slot = timeline_slot(n);
    let labels: Vec<String> =
        t.buckets.iter().map(|b| fit(&clean(b), MAX_BUCKET_LABEL_W, LABEL_SIZE)).collect();
    let widest = labels.iter().map(|l| text_width(l, LABEL_SIZE)).fold(0.0, f64::max);
    // Bucket labels are centred on their slot: the first and last may overhang the plot.
    let overhang = (widest / 2.0 - slot / 2.0).max(0.0);
    let plot_left = (PAD + if y_label.is_empty() { 0.0 } else { 22.0 } + top_label_w + 10.0)
        .max(PAD + overhang);
    let plot_w = slot * n as f64;
    let plot_right = plot_left + plot_w;
    let plot_bottom = PLOT_TOP + TIMELINE_PLOT_H;
    let shown = thin_labels(n, slot, widest);

    let legend: Vec<(String, &str)> = series.iter().map(|s| (s.label.clone(), s.colour)).collect();
    let legend_label_w =
        legend.iter().map(|(l, _)| text_width(l, LEGEND_SIZE).min(MAX_LABEL_W)).fold(0.0, f64::max);
    let legend_x = plot_right + overhang + 24.0;
    let mut width = legend_x + 18.0 + legend_label_w + PAD;
    width = width.max((text_width(&title, TITLE_SIZE) + 2.0 * PAD).min(MAX_TITLE_W));
    let legend_bottom = PLOT_TOP + 20.0 * legend.len() as f64;
    let height = (plot_bottom + 44.0).max(legend_bottom + PAD);

    let mut svg = String::with_capacity(4096 + 120 * n * series.len());
    open_svg(&mut svg, width, height);
    heading(&mut svg, &title, &subtitle, width);
    let px = TIMELINE_PLOT_H / top as f64;
    // Grid and y ticks.
    let mut v = 0;
    while v <= top {
        let y = plot_bottom - v as f64 * px;
        let _ = writeln!(
            svg,
            r#"<line x1="{:.2}" y1="{y:.2}" x2="{:.2}" y2="{y:.2}" stroke="{GRID}"/><text x="{:.2}" y="{:.2}" text-anchor="end" font-size="{LABEL_SIZE}" fill="{MUTED_INK}">{}</text>"#,
            plot_left,
            plot_right,
            plot_left - 6.0,
            y + 4.0,
            group_digits(v)
        );
        let Some(next) = v.checked_add(step) else { break };
        v = next;
    }
    if !y_label.is_empty() {
        let (x, y) = (PAD + 12.0, PLOT_TOP + TIMELINE_PLOT_H / 2.0);
        let _ = writeln!(
            svg,
            r#"<text x="{x:.2}" y="{y:.2}" transform="rotate(-90 {x:.2} {y:.2})" text-anchor="middle" font-size="{LEGEND_SIZE}" fill="{INK}">{}</text>"#,
            esc(&fit(&y_label, TIMELINE_PLOT_H, LEGEND_SIZE))
        );
    }
    // Stacked bars, series in legend order from the bottom up.
    let bar_w = (slot * 0.75).min(56.0);
    let _ = writeln!(svg, r#"<g class="plot" data-px-per-unit="{px}">"#);
    for (i, bucket) in labels.iter().enumerate() {
        let x = plot_left + slot * i as f64 + (slot - bar_w) / 2.0;
        let mut base = 0u64;
        for (j, s) in series.iter().enumerate() {
            let value = s.values[i];
            if value == 0 {
                continue;
            }
            let y0 = plot_bottom - base.saturating_add(value) as f64 * px;
            let h = value as f64 * px;
            let _ = writeln!(
                svg,
                r#"<rect class="seg" data-b="{i}" data-s="{j}" x="{x:.2}" y="{y0:.2}" width="{bar_w:.2}" height="{h:.3}" fill="{}"><title>{} · {}: {}</title></rect>"#,
                s.colour,
                esc(bucket),
                esc(&s.label),
                group_digits(value)
            );
            base = base.saturating_add(value);
        }
    }
    svg.push_str("</g>\n");
    // Axes and bucket labels.
    axes(&mut svg, plot_left, plot_right, PLOT_TOP, plot_bottom);
    for (i, label) in labels.iter().enumerate() {
        if shown[i] {
            let x = plot_left + slot * (i as f64 + 0.5);
            let _ = writeln!(
                svg,
                r#"<line x1="{x:.2}" y1="{plot_bottom:.2}" x2="{x:.2}" y2="{:.2}" stroke="{INK}"/><text class="xl" x="{x:.2}" y="{:.2}" text-anchor="middle" font-size="{LABEL_SIZE}" fill="{INK}">{}</text>"#,
                plot_bottom + 4.0,
                plot_bottom + 16.0,
                esc(label)
            );
        }
    }
    // Legend.
    for (k, (label, colour)) in legend.iter().enumerate() {
        let y = PLOT_TOP + 20.0 * k as f64;
        let _ = writeln!(
            svg,
            r#"<rect x="{legend_x:.2}" y="{y:.2}" width="12" height="12" fill="{colour}"/><text class="lg" x="{:.2}" y="{:.2}" font-size="{LEGEND_SIZE}" fill="{INK}">{}</text>"#,
            legend_x + 18.0,
            y + 10.5,
            esc(&fit(label, MAX_LABEL_W, LEGEND_SIZE))
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Renders a horizontal bar chart as an SVG document.
pub fn bars_svg(b: &Bars) -> String {
    let title = clean(&b.title);
    let subtitle = clean(&b.subtitle);
    let bars = fold_bars(&b.bars);
    let max = bars.iter().map(|(_, v)| *v).max().unwrap_or(0);
    if max == 0 {
        return no_data_svg(&title, &subtitle);
    }
    let (step, top) = y_ticks(max);
    let label_w =
        bars.iter().map(|(l, _)| text_width(l, LEGEND_SIZE).min(MAX_LABEL_W)).fold(0.0, f64::max);
    let plot_left = PAD + label_w + 10.0;
    let plot_w = 520.0;
    let plot_right = plot_left + plot_w;
    const ROW: f64 = 24.0;
    let plot_bottom = PLOT_TOP + ROW * bars.len() as f64;
    let value_w = text_width(&group_digits(max), LABEL_SIZE);
    let top_tick_w = text_width(&group_digits(top), LABEL_SIZE);
    let mut width = plot_right + (value_w + 8.0).max(top_tick_w / 2.0) + PAD;
    width = width.max((text_width(&title, TITLE_SIZE) + 2.0 * PAD).min(MAX_TITLE_W));
    let height = plot_bottom + 36.0;

    let mut svg = String::with_capacity(2048 + 200 * bars.len());
    open_svg(&mut svg, width, height);
    heading(&mut svg, &title, &subtitle, width);
    let px = plot_w / top as f64;
    let mut v = 0;
    while v <= top {
        let x = plot_left + v as f64 * px;
        let _ = writeln!(
            svg,
            r#"<line x1="{x:.2}" y1="{PLOT_TOP:.2}" x2="{x:.2}" y2="{plot_bottom:.2}" stroke="{GRID}"/><text x="{x:.2}" y="{:.2}" text-anchor="middle" font-size="{LABEL_SIZE}" fill="{MUTED_INK}">{}</text>"#,
            plot_bottom + 16.0,
            group_digits(v)
        );
        let Some(next) = v.checked_add(step) else { break };
        v = next;
    }
    let _ = writeln!(svg, r#"<g class="plot" data-px-per-unit="{px}">"#);
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = PLOT_TOP + ROW * i as f64;
        let w = *value as f64 * px;
        let _ = writeln!(
            svg,
            r#"<text class="bl" x="{:.2}" y="{:.2}" text-anchor="end" font-size="{LEGEND_SIZE}" fill="{INK}">{}</text><rect class="bar" data-i="{i}" x="{plot_left:.2}" y="{:.2}" width="{w:.3}" height="16" fill="{BAR_COLOUR}"><title>{}: {}</title></rect><text x="{:.2}" y="{:.2}" font-size="{LABEL_SIZE}" fill="{INK}">{}</text>"#,
            plot_left - 8.0,
            y + 16.0,
            esc(&fit(label, MAX_LABEL_W, LEGEND_SIZE)),
            y + 4.0,
            esc(label),
            group_digits(*value),
            plot_left + w + 4.0,
            y + 16.0,
            group_digits(*value)
        );
    }
    svg.push_str("</g>\n");
    axes(&mut svg, plot_left, plot_right, PLOT_TOP, plot_bottom);
    svg.push_str("</svg>\n");
    svg
}

/// Rasterises an SVG made by this module to PNG, text rendered with the bundled font.
///
/// `scale` multiplies the SVG's size (2.0 for a sharp image on high-density screens). No
/// system font, no external file and no embedded image is read: any SVG works, but only the
/// bundled font draws its text.
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, ChartError> {
    if !scale.is_finite() || scale <= 0.0 {
        return Err(ChartError::Scale(scale));
    }
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        languages: vec!["vi".to_owned()],
        fontdb: font_db(),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size();
    let width = (f64::from(size.width()) * f64::from(scale)).ceil();
    let height = (f64::from(size.height()) * f64::from(scale)).ceil();
    let side = 1.0..=f64::from(MAX_PNG_SIDE);
    if !side.contains(&width) || !side.contains(&height) {
        return Err(ChartError::Size { width, height });
    }
    let mut pixmap = tiny_skia::Pixmap::new(width as u32, height as u32)
        .ok_or(ChartError::Size { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| ChartError::Png(e.to_string()))
}

/// The font database of [`svg_to_png`]: the bundled font only, answering every generic family.
fn font_db() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(FONT_DATA.to_vec());
        db.set_sans_serif_family(FONT_FAMILY);
        db.set_serif_family(FONT_FAMILY);
        db.set_monospace_family(FONT_FAMILY);
        db.set_cursive_family(FONT_FAMILY);
        db.set_fantasy_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// A series ready to draw: cleaned label, exactly one value per bucket, a colour.
#[derive(Debug)]
struct Drawn {
    label: String,
    values: Vec<u64>,
    colour: &'static str,
}

/// Orders series by total (largest first, ties by label), drops empty ones, keeps the first
/// [`MAX_SERIES`] and stacks the rest as [`OTHERS_LABEL`].
fn fold_series(series: &[Series], n: usize) -> Vec<Drawn> {
    let mut ranked: Vec<(u64, String, Vec<u64>)> = Vec::new();
    for s in series {
        let values: Vec<u64> = (0..n).map(|i| s.values.get(i).copied().unwrap_or(0)).collect();
        let total = values.iter().fold(0u64, |a, v| a.saturating_add(*v));
        if total > 0 {
            ranked.push((total, clean(&s.label), values));
        }
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut drawn = Vec::new();
    let mut others = vec![0u64; n];
    for (k, (_, label, values)) in ranked.into_iter().enumerate() {
        if k < MAX_SERIES {
            drawn.push(Drawn { label, values, colour: PALETTE[k] });
        } else {
            for (o, v) in others.iter_mut().zip(values) {
                *o = o.saturating_add(v);
            }
        }
    }
    if others.iter().any(|v| *v > 0) {
        drawn.push(Drawn { label: OTHERS_LABEL.to_owned(), values: others, colour: OTHERS_COLOUR });
    }
    drawn
}

/// Orders bars largest first (stable), keeps the first [`MAX_BARS`] − 1 and sums the rest into
/// one "Khác (N)" bar when there are more than [`MAX_BARS`].
fn fold_bars(bars: &[(String, u64)]) -> Vec<(String, u64)> {
    let mut sorted: Vec<(String, u64)> = bars.iter().map(|(l, v)| (clean(l), *v)).collect();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.1));
    if sorted.len() > MAX_BARS {
        let rest = sorted.split_off(MAX_BARS - 1);
        let sum = rest.iter().fold(0u64, |a, (_, v)| a.saturating_add(*v));
        sorted.push((format!("{OTHERS_LABEL} ({})", rest.len()), sum));
    }
    sorted
}

/// The width given to each bucket of a timeline: wide for a few buckets, at least 3 px for
/// many, and a plot at least 360 px wide.
fn timeline_slot(n: usize) -> f64 {
    let n = n.max(1) as f64;
    let slot = (1100.0 / n).clamp(3.0, 64.0);
    slot.max(360.0 / n)
}

/// Which bucket labels to draw so that none overlaps the next: every k-th, starting with the
/// first, where k is the smallest step that leaves a 6 px gap between labels `widest` wide.
fn thin_labels(n: usize, slot: f64, widest: f64) -> Vec<bool> {
    let every = (((widest + 6.0) / slot).ceil() as usize).max(1);
    (0..n).map(|i| i % every == 0).collect()
}

/// The tick step and the top of an axis showing values up to `max`: about 5 steps of 1, 2,
/// 2.5 (from 25 up) or 5 times a power of ten, and the top a multiple of the step ≥ `max`.
fn y_ticks(max: u64) -> (u64, u64) {
    let raw = max.div_ceil(5).max(1);
    let mut magnitude = 1u64;
    while magnitude.saturating_mul(10) <= raw && magnitude < u64::MAX / 10 {
        magnitude *= 10;
    }
    let mut step = magnitude.saturating_mul(10);
    for candidate in [magnitude, 2 * magnitude, 5 * magnitude / 2, 5 * magnitude] {
        if candidate >= raw {
            step = candidate;
            break;
        }
    }
    let top = max.div_ceil(step).saturating_mul(step).max(step);
    (step, top)
}

/// Writes the `<svg>` opening tag and a white background.
fn open_svg(svg: &mut String, width: f64, height: f64) {
    let (w, h) = (width.ceil(), height.ceil());
    let _ = writeln!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_STACK}" font-size="{LEGEND_SIZE}"><rect width="100%" height="100%" fill="#FFFFFF"/>"##
    );
}

/// Writes the title and subtitle, shortened to fit `width`.
fn heading(svg: &mut String, title: &str, subtitle: &str, width: f64) {
    let room = width - 2.0 * PAD;
    let _ = writeln!(
        svg,
        r#"<text class="title" x="{PAD}" y="30" font-size="{TITLE_SIZE}" fill="{INK}">{}</text>"#,
        esc(&fit(title, room, TITLE_SIZE))
    );
    if !subtitle.is_empty() {
        let _ = writeln!(
            svg,
            r#"<text class="subtitle" x="{PAD}" y="52" font-size="{SUBTITLE_SIZE}" fill="{MUTED_INK}">{}</text>"#,
            esc(&fit(subtitle, room, SUBTITLE_SIZE))
        );
    }
}

/// Writes the x and y axis lines of a plot.
fn axes(svg: &mut String, left: f64, right: f64, top: f64, bottom: f64) {
    let _ = writeln!(
        svg,
        r#"<path d="M{left:.2} {top:.2}V{bottom:.2}H{right:.2}" fill="none" stroke="{INK}"/>"#
    );
}

/// The chart drawn for empty input: title, subtitle and [`NO_DATA`].
fn no_data_svg(title: &str, subtitle: &str) -> String {
    let width = (text_width(title, TITLE_SIZE) + 2.0 * PAD).clamp(480.0, MAX_TITLE_W);
    let height = 200.0;
    let mut svg = String::with_capacity(1024);
    open_svg(&mut svg, width, height);
    heading(&mut svg, title, subtitle, width);
    let _ = writeln!(
        svg,
        r#"<text class="nodata" x="{:.2}" y="{:.2}" text-anchor="middle" font-size="{SUBTITLE_SIZE}" fill="{MUTED_INK}">{NO_DATA}</text></svg>"#,
        width.ceil() / 2.0,
        PLOT_TOP + 60.0
    );
    svg
}

/// A label ready to measure and draw: NFC, with every character XML forbids or that would
/// break a line (controls, separators) turned into a space, and runs of spaces collapsed.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        let c = if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FFFE}' | '\u{FFFF}')
        {
            ' '
        } else {
            c
        };
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Escapes text for XML content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// An estimate of the width of `s` set in DejaVu Sans at `size` px, on the generous side (a
/// test checks it against the real advances of the bundled font).
fn text_width(s: &str, size: f64) -> f64 {
    let mut em = 0.0;
    for c in s.chars() {
        em += match c {
            '\u{0300}'..='\u{036F}' => 0.0,
            ' ' | 'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'ì' | 'í' | 'ỉ'
            | 'ĩ' | 'ị' => 0.34,
            'f' | 't' | 'r' | 'I' | 'J' | '(' | ')' | '[' | ']' | '-' | '/' | '"' => 0.46,
            'm' | 'M' | 'W' | '—' | '%' | '@' | '&' => 1.02,
            'w' | '…' => 0.86,
            c if c.is_uppercase() => 0.82,
            c if c.is_ascii() => 0.66,
            _ => 0.72,
        };
    }
    em * size
}

/// `s` if it fits in `width` px at `size`, else its longest prefix that fits followed by "…".
fn fit(s: &str, width: f64, size: f64) -> String {
    if text_width(s, size) <= width {
        return s.to_owned();
    }
    let room = width - text_width("…", size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in s.chars() {
        let w = text_width(c.encode_utf8(&mut [0; 4]), size);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Digits grouped by thousands with ".", the Vietnamese way: 12500 → "12.500".
fn group_digits(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests;
