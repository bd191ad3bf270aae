//! Tests of [`super`]: SVG structure read back with `roxmltree` (strict XML, as `usvg` reads it),
//! PNGs decoded with `png`, text layout checked against the bundled font.

use super::*;
use resvg::usvg::roxmltree;

const TITLE: &str = "Chỉ thị 24-CT/TU của Thành ủy Hà Nội — số bài theo tuần";

/// An element of an SVG: tag name, attributes, text content.
type Element = (String, Vec<(String, String)>, String);

/// The elements of an SVG, parsed strictly.
fn elements(svg: &str) -> Vec<Element> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
    doc.descendants()
        .filter(|n| n.is_element())
        .map(|n| {
            let attrs = n.attributes().map(|a| (a.name().to_owned(), a.value().to_owned()));
            let text: String = n.children().filter_map(|c| c.text()).collect();
            (n.tag_name().name().to_owned(), attrs.collect(), text)
        })
        .collect()
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn num(attrs: &[(String, String)], name: &str) -> f64 {
    let v = attr(attrs, name).unwrap_or_else(|| panic!("no {name} in {attrs:?}"));
    v.parse().unwrap_or_else(|e| panic!("{name}={v}: {e}"))
}

/// The text of the elements of class `class`, in document order.
fn texts(svg: &str, class: &str) -> Vec<String> {
    elements(svg)
        .into_iter()
        .filter(|(_, a, _)| attr(a, "class") == Some(class))
        .map(|(_, _, t)| t)
        .collect()
}

/// The rects of class `class` with the numeric attributes asked for.
fn rects(svg: &str, class: &str, names: &[&str]) -> Vec<Vec<f64>> {
    elements(svg)
        .into_iter()
        .filter(|(n, a, _)| n == "rect" && attr(a, "class") == Some(class))
        .map(|(_, a, _)| names.iter().map(|n| num(&a, n)).collect())
        .collect()
}

fn px_per_unit(svg: &str) -> f64 {
    let plot = elements(svg).into_iter().find(|(_, a, _)| attr(a, "class") == Some("plot"));
    num(&plot.unwrap_or_else(|| panic!("no plot in {svg}")).1, "data-px-per-unit")
}

fn svg_size(svg: &str) -> (f64, f64) {
    let root = &elements(svg)[0];
    (num(&root.1, "width"), num(&root.1, "height"))
}

fn series(label: &str, values: &[u64]) -> Series {
    Series { label: label.to_owned(), values: values.to_vec() }
}

fn timeline(buckets: &[&str], series: Vec<Series>) -> Timeline {
    Timeline {
        title: TITLE.to_owned(),
        subtitle: "14/08/2023 – 30/10/2023 · 4 bài, 3 báo".to_owned(),
        buckets: buckets.iter().map(|b| b.to_string()).collect(),
        series,
        y_label: "Số bài".to_owned(),
    }
}

fn bars(pairs: &[(&str, u64)]) -> Bars {
    Bars {
        title: "Số bài theo báo".to_owned(),
        subtitle: String::new(),
        bars: pairs.iter().map(|(l, v)| (l.to_string(), *v)).collect(),
    }
}

fn weeks(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("2023-W{:02}", i % 52 + 1)).collect()
}

/// The usvg options of [`svg_to_png`], to inspect the text layout.
fn tree(svg: &str) -> usvg::Tree {
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: font_db(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).unwrap_or_else(|e| panic!("{e}\n{svg}"))
}

fn collect_texts<'a>(group: &'a usvg::Group, out: &mut Vec<&'a usvg::Text>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => collect_texts(g, out),
            usvg::Node::Text(t) => out.push(t),
            _ => {}
        }
    }
}

/// Every input renders to strict XML that usvg also reads, and is sized like its root says.
fn check_well_formed(svg: &str) {
    let (w, h) = svg_size(svg);
    assert!(w >= 100.0 && h >= 100.0, "{w}x{h}");
    let size = tree(svg).size();
    assert_eq!((f64::from(size.width()), f64::from(size.height())), (w, h));
    assert!(!svg.contains("@font-face") && !svg.contains("base64"), "nothing embedded");
}

#[test]
fn well_formed() {
    let hostile = "<script>alert('x')</script> & \"q\" ]]> \u{0}\u{7}\u{1b}\u{FFFF} --> <!--";
    let many: Vec<Series> =
        (0..12).map(|k| series(&format!("Báo {k}"), &[k, 2 * k, 0, 1])).collect();
    let cases = [
        timeline_svg(&timeline(&["2023-09"], vec![series("Hànộimới", &[3])])),
        timeline_svg(&timeline(&["a", "b", "c", "d"], many)),
        timeline_svg(&Timeline {
            title: hostile.into(),
            subtitle: hostile.into(),
            buckets: vec![hostile.into(), hostile.into()],
            series: vec![series(hostile, &[1, 2])],
            y_label: hostile.into(),
        }),
        timeline_svg(&timeline(&[], vec![])),
        timeline_svg(&timeline(&["2023-09-14"], vec![series("a", &[0])])),
        timeline_svg(&timeline(
            &["x", "y"],
            vec![series("ragged", &[5]), series("long", &[1, 2, 3])],
        )),
        timeline_svg(&timeline(
            &["x"],
            vec![series("huge", &[u64::MAX]), series("b", &[u64::MAX])],
        )),
        bars_svg(&bars(&[("VnExpress", 3), ("Hà Nội Mới", 1), (hostile, 2)])),
        bars_svg(&bars(&[])),
        bars_svg(&bars(&[("zero", 0)])),
        bars_svg(&bars(&[("max", u64::MAX)])),
    ];
    for svg in &cases {
        check_well_formed(svg);
    }
    let big = timeline_svg(&Timeline {
        buckets: weeks(52),
        series: (0..9).map(|k| series(&format!("Báo {k}"), &[k + 1; 52])).collect(),
        ..timeline(&[], vec![])
    });
    check_well_formed(&big);
    assert!(big.len() < 150_000, "52 weeks × 9 series: {} bytes", big.len());
}

/// A title (and the same text as a label) reads back from the SVG as `expected`.
fn check_text(input: &str, expected: &str) {
    let svg = bars_svg(&Bars {
        title: input.into(),
        subtitle: input.into(),
        bars: vec![(input.into(), 2)],
    });
    assert!(!svg.contains("<script"), "{svg}");
    assert_eq!(texts(&svg, "title"), [expected], "title of {input:?}");
    assert_eq!(texts(&svg, "subtitle"), [expected], "subtitle of {input:?}");
    assert_eq!(texts(&svg, "bl"), [expected], "bar label of {input:?}");
    let svg = timeline_svg(&timeline(&[input], vec![series(input, &[1])]));
    assert_eq!(texts(&svg, "xl"), [expected], "bucket label of {input:?}");
    assert_eq!(texts(&svg, "lg"), [expected], "legend of {input:?}");
}

#[test]
fn escaping() {
    let cases = [
        ("Thành ủy Hà Nội", "Thành ủy Hà Nội"),
        ("<b>Tin</b> & \"Báo\" 'Đảng'", "<b>Tin</b> & \"Báo\" 'Đảng'"),
        ("a<b>c", "a<b>c"),
        ("&amp; &lt;", "&amp; &lt;"),
        ("]]> <![CDATA[x]]>", "]]> <![CDATA[x]]>"),
        ("x\u{0}y\u{8}z\u{1F}w\u{7F}v", "x y z w v"),
        ("dòng\nmới\t\r  cách", "dòng mới cách"),
        ("  lề  ", "lề"),
        ("Ha\u{300} Nô\u{323}i", "Hà Nội"),
        ("\u{FFFF}\u{FFFE}x\u{2028}y", "x y"),
    ];
    for (input, expected) in cases {
        check_text(input, expected);
    }
}

/// Which of `n` bucket labels `widest` px wide are drawn in slots `slot` px wide.
fn check_thin(n: usize, slot: f64, widest: f64, expected_every: usize) {
    let shown = thin_labels(n, slot, widest);
    let expected: Vec<bool> = (0..n).map(|i| i % expected_every == 0).collect();
    assert_eq!(shown, expected, "n={n} slot={slot} widest={widest}");
}

#[test]
fn label_thinning() {
    let cases = [
        (0, 10.0, 50.0, 1),
        (1, 360.0, 60.0, 1),
        (10, 64.0, 58.0, 1),
        (10, 64.0, 58.1, 2),
        (52, 21.15, 48.0, 3),
        (365, 3.01, 70.0, 26),
        (12, 30.0, 0.0, 1),
    ];
    for (n, slot, widest, every) in cases {
        check_thin(n, slot, widest, every);
    }
}

/// In a rendered timeline of `n` buckets, the drawn bucket labels never overlap (by the
/// estimate, which `text_width_is_generous` checks against the font) and stay on the canvas.
fn check_labels_apart(buckets: &[String]) {
    let t = Timeline { buckets: buckets.to_vec(), ..timeline(&[], vec![]) };
    let t = Timeline { series: vec![series("a", &vec![1; buckets.len()])], ..t };
    let svg = timeline_svg(&t);
    let (width, _) = svg_size(&svg);
    let labels: Vec<(f64, f64)> = elements(&svg)
        .into_iter()
        .filter(|(_, a, _)| attr(a, "class") == Some("xl"))
        .map(|(_, a, text)| (num(&a, "x"), text_width(&text, LABEL_SIZE)))
        .collect();
    assert!(!labels.is_empty());
    let first = &texts(&svg, "xl")[0];
    assert!(buckets[0].starts_with(first.trim_end_matches('…')), "first bucket: {first}");
    assert!(text_width(first, LABEL_SIZE) <= MAX_BUCKET_LABEL_W, "{first}");
    for pair in labels.windows(2) {
        let ((x0, w0), (x1, w1)) = (pair[0], pair[1]);
        assert!(x0 + w0 / 2.0 + 4.0 <= x1 - w1 / 2.0, "{} buckets: {pair:?}", buckets.len());
    }
    for (x, w) in labels {
        assert!(x - w / 2.0 >= 0.0 && x + w / 2.0 <= width, "label at {x} in {width}");
    }
}

#[test]
fn labels_never_overlap() {
    let days = |n: usize| (0..n).map(|i| format!("2023-{:02}-{:02}", i / 28 + 1, i % 28 + 1));
    let cases: Vec<Vec<String>> = vec![
        days(1).collect(),
        days(7).collect(),
        days(31).collect(),
        days(365).collect(),
        weeks(13),
        weeks(104),
        (1..=12).map(|m| format!("2023-{m:02}")).collect(),
        vec!["tuần từ 14/08 đến 20/08 năm 2023".into(); 40],
        vec![
            "một nhãn rất dài, dài hơn bất kỳ nhãn thời gian nào có thể có".into();
            3
        ],
    ];
    for buckets in &cases {
        check_labels_apart(buckets);
    }
}

/// The (step, top) of an axis up to `max`.
fn check_ticks(max: u64, expected: (u64, u64)) {
    assert_eq!(y_ticks(max), expected, "max={max}");
}

#[test]
fn tick_steps() {
    let cases = [
        (0, (1, 1)),
        (1, (1, 1)),
        (4, (1, 4)),
        (5, (1, 5)),
        (6, (2, 6)),
        (7, (2, 8)),
        (10, (2, 10)),
        (11, (5, 15)),
        (23, (5, 25)),
        (50, (10, 50)),
        (99, (20, 100)),
        (101, (25, 125)),
        (1000, (200, 1000)),
        (12_345, (2500, 12_500)),
        (u64::MAX, (5_000_000_000_000_000_000, u64::MAX)),
    ];
    for (max, expected) in cases {
        check_ticks(max, expected);
    }
    for max in 1..3000 {
        let (step, top) = y_ticks(max);
        let lead = step / 10u64.pow(step.ilog10());
        let nice = [1, 2, 5].contains(&lead) || (step >= 25 && step % 25 == 0 && lead == 2);
        assert!(nice && top >= max && top % step == 0 && top / step <= 6, "{max}: {step} {top}");
    }
}

/// Each bucket's stacked rects add up to its total, and the stacks are contiguous from the axis.
fn check_stacks(t: &Timeline, expected_legend: &[&str]) {
    let svg = timeline_svg(t);
    let px = px_per_unit(&svg);
    let segs = rects(&svg, "seg", &["data-b", "y", "height"]);
    for (i, _) in t.buckets.iter().enumerate() {
        let total: u64 = t.series.iter().map(|s| s.values.get(i).copied().unwrap_or(0)).sum();
        let mine: Vec<&Vec<f64>> = segs.iter().filter(|r| r[0] as usize == i).collect();
        let height: f64 = mine.iter().map(|r| r[2]).sum();
        assert!((height - total as f64 * px).abs() < 0.01, "bucket {i}: {height} vs {total}×{px}");
        for pair in mine.windows(2) {
            assert!((pair[0][1] - (pair[1][1] + pair[1][2])).abs() < 0.02, "gap in bucket {i}");
        }
    }
    assert_eq!(texts(&svg, "lg"), expected_legend);
}

#[test]
fn stacks_equal_totals() {
    let few = timeline(
        &["2023-W33", "2023-W34", "2023-W35"],
        vec![
            series("VnExpress", &[1, 0, 2]),
            series("Hà Nội Mới", &[3, 1, 0]),
            series("Zero", &[0, 0, 0]),
        ],
    );
    check_stacks(&few, &["Hà Nội Mới", "VnExpress"]);
    let names: Vec<String> = (1..=11).map(|k| format!("Báo {k:02}")).collect();
    let eleven =
        timeline(&["a", "b"], names.iter().zip(1..).map(|(n, k)| series(n, &[k, k])).collect());
    check_stacks(
        &eleven,
        &[
            "Báo 11",
            "Báo 10",
            "Báo 09",
            "Báo 08",
            "Báo 07",
            "Báo 06",
            "Báo 05",
            "Báo 04",
            OTHERS_LABEL,
        ],
    );
    let ties = timeline(&["a"], vec![series("b", &[2]), series("a", &[2]), series("c", &[7])]);
    check_stacks(&ties, &["c", "a", "b"]);
}

/// A bar chart of `input` draws bars labelled and sized as `expected`.
fn check_bars(input: &[(&str, u64)], expected: &[(&str, u64)]) {
    let svg = bars_svg(&bars(input));
    let px = px_per_unit(&svg);
    let widths = rects(&svg, "bar", &["width"]);
    let got: Vec<(String, u64)> = texts(&svg, "bl")
        .into_iter()
        .zip(widths)
        .map(|(label, w)| (label, (w[0] / px).round() as u64))
        .collect();
    let want: Vec<(String, u64)> = expected.iter().map(|(l, v)| (l.to_string(), *v)).collect();
    assert_eq!(got, want);
}

#[test]
fn bars_sorted_and_folded() {
    check_bars(
        &[("A", 1), ("B", 5), ("C", 1), ("D", 3)],
        &[("B", 5), ("D", 3), ("A", 1), ("C", 1)],
    );
    check_bars(&[("x", 0), ("y", 2)], &[("y", 2), ("x", 0)]);
    let forty: Vec<(String, u64)> = (0..40).map(|k| (format!("Báo {k:02}"), 100 - k)).collect();
    let input: Vec<(&str, u64)> = forty.iter().map(|(l, v)| (l.as_str(), *v)).collect();
    let mut expected: Vec<(&str, u64)> = input[..MAX_BARS - 1].to_vec();
    let rest: u64 = input[MAX_BARS - 1..].iter().map(|(_, v)| v).sum();
    expected.push(("Khác (11)", rest));
    check_bars(&input, &expected);
}

#[test]
fn sizes_adapt() {
    let width_of = |n: usize| {
        let t = Timeline {
            buckets: weeks(n),
            series: vec![series("a", &vec![1; n])],
            ..timeline(&[], vec![])
        };
        svg_size(&timeline_svg(&t)).0
    };
    let widths: Vec<f64> = [1, 10, 30, 100, 365].into_iter().map(width_of).collect();
    assert!(widths.windows(2).all(|w| w[0] <= w[1]), "{widths:?}");
    assert!(widths[0] >= 480.0 && widths[4] <= 2000.0, "{widths:?}");
    let height_of = |n: u64| {
        let pairs: Vec<(String, u64)> = (0..n).map(|k| (format!("b{k}"), k + 1)).collect();
        svg_size(&bars_svg(&Bars { bars: pairs, ..bars(&[]) })).1
    };
    assert!(height_of(1) < height_of(10) && height_of(10) < height_of(30));
    assert_eq!(height_of(30), height_of(300), "at most {MAX_BARS} bars");
}

/// Input without data says so, and still renders.
fn check_no_data(svg: &str) {
    assert_eq!(texts(svg, "nodata"), [NO_DATA]);
    assert_eq!(texts(svg, "title").len(), 1);
    assert!(rects(svg, "seg", &[]).is_empty() && rects(svg, "bar", &[]).is_empty());
    let png = svg_to_png(svg, 1.0).unwrap_or_else(|e| panic!("{e}"));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn no_data() {
    check_no_data(&timeline_svg(&timeline(&[], vec![])));
    check_no_data(&timeline_svg(&timeline(&["a", "b"], vec![])));
    check_no_data(&timeline_svg(&timeline(&["a", "b"], vec![series("x", &[0, 0])])));
    check_no_data(&timeline_svg(&timeline(&[], vec![series("x", &[4, 2])])));
    check_no_data(&bars_svg(&bars(&[])));
    check_no_data(&bars_svg(&bars(&[("a", 0), ("b", 0)])));
}

/// Decodes a PNG: (width, height, RGBA pixels).
fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("png size")];
    let info = reader.next_frame(&mut buf).expect("png frame");
    assert_eq!(info.color_type, png::ColorType::Rgba);
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// `svg` at `scale` decodes to a PNG of the SVG's size times the scale.
fn check_png_size(svg: &str, scale: f32) {
    let (w, h) = svg_size(svg);
    let png = svg_to_png(svg, scale).unwrap_or_else(|e| panic!("{e}"));
    let (pw, ph, _) = decode(&png);
    let want = |v: f64| (v * f64::from(scale)).ceil() as u32;
    assert_eq!((pw, ph), (want(w), want(h)), "scale {scale}");
}

#[test]
fn png_sizes() {
    let t = timeline(&["2023-W33", "2023-W34"], vec![series("VnExpress", &[1, 2])]);
    for scale in [1.0, 2.0, 0.5, 1.5] {
        check_png_size(&timeline_svg(&t), scale);
        check_png_size(&bars_svg(&bars(&[("Hà Nội Mới", 3)])), scale);
    }
}

#[test]
fn png_errors() {
    let svg = bars_svg(&bars(&[("a", 1)]));
    for scale in [0.0, -1.0, f32::NAN, f32::INFINITY] {
        assert!(matches!(svg_to_png(&svg, scale), Err(ChartError::Scale(_))), "{scale}");
    }
    assert!(matches!(svg_to_png(&svg, 1000.0), Err(ChartError::Size { .. })));
    for bad in ["", "<svg", "<html></html>", "not xml"] {
        assert!(matches!(svg_to_png(bad, 1.0), Err(ChartError::Svg(_))), "{bad:?}");
    }
}

/// An SVG whose `<image>` points at `href`.
fn with_image(href: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image width="10" height="10" xlink:href="{href}"/></svg>"#
    )
}

#[test]
fn png_reads_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let black = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#;
    let path = dir.path().join("black.svg");
    std::fs::write(&path, black).expect("write");
    let data = "data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'%3E%3Crect width='10' height='10'/%3E%3C/svg%3E";
    for href in [path.to_str().expect("utf-8 path"), data] {
        let svg = with_image(href);
        // Control: usvg's default options do load the image.
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).expect("svg");
        let mut pixmap = tiny_skia::Pixmap::new(10, 10).expect("pixmap");
        resvg::render(&tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
        assert!(pixmap.pixels().iter().any(|p| p.alpha() > 0), "control for {href}");
        let (_, _, pixels) = decode(&svg_to_png(&svg, 1.0).expect("renders without the image"));
        assert!(pixels.chunks(4).all(|p| p == [255, 255, 255, 255]), "{href} was drawn");
    }
}

/// Ink (non-white pixels) in a rectangle of an RGBA image of width `w`.
fn ink(pixels: &[u8], w: u32, x: std::ops::Range<u32>, y: std::ops::Range<u32>) -> usize {
    let mut n = 0;
    for row in y {
        for col in x.clone() {
            let i = ((row * w + col) * 4) as usize;
            if pixels[i..i + 3].iter().any(|c| *c < 200) {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn font_draws_vietnamese() {
    let with_title = |title: &str| {
        let svg = bars_svg(&Bars { title: title.into(), ..bars(&[("a", 1)]) });
        decode(&svg_to_png(&svg, 1.0).expect("png"))
    };
    let (w, _, pixels) = with_title("Thành ủy Hà Nội ắằẳẵặ");
    let glyphs = ink(&pixels, w, 0..w, 8..36);
    assert!(glyphs > 300, "title ink {glyphs}");
    // Stacked diacritics rise above the x-height (baseline 30, x-height ≈ 10 px): "ắằẳẵặ" has
    // ink there, "aaaaa" none.
    let (w2, _, plain) = with_title("aaaaa");
    let (_, _, marked) = with_title("ắằẳẵặ");
    assert_eq!(w, w2);
    let above = |p: &[u8]| ink(p, w2, 0..w2, 4..19);
    assert_eq!(above(&plain), 0);
    assert!(above(&marked) > 30, "diacritic ink {}", above(&marked));
    let (_, _, empty) = with_title("");
    assert_eq!(ink(&empty, w2, 0..w2, 8..36), 0);
}

#[test]
fn font_covers_vietnamese() {
    let vowels = "aăâeêioôơuưy";
    let mut letters = String::from("đĐ");
    for base in vowels.chars() {
        for tone in ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'] {
            let lower: String = [base, tone].iter().collect::<String>().nfc().collect();
            letters.push_str(&lower);
            letters.push_str(&lower.to_uppercase());
        }
        letters.push(base);
        letters.extend(base.to_uppercase());
    }
    assert_eq!(letters.chars().count(), 2 + 12 * 12, "all precomposed: {letters}");
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="40" font-family="{FONT_STACK}"><text x="0" y="20">{letters}</text></svg>"#
    );
    let tree = tree(&svg);
    let mut found = Vec::new();
    collect_texts(tree.root(), &mut found);
    let glyphs: Vec<_> =
        found.iter().flat_map(|t| t.layouted()).flat_map(|s| &s.positioned_glyphs).collect();
    assert_eq!(glyphs.len(), letters.chars().count());
    let missing: String = glyphs.iter().filter(|g| g.id.0 == 0).map(|g| g.text.as_str()).collect();
    assert_eq!(missing, "", "letters without a glyph");
}

/// The width estimate is at least the drawn width of `s` in the bundled font, and not much more.
fn check_width(s: &str, size: f64) {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="60" font-family="{FONT_STACK}"><text x="0" y="30" font-size="{size}">{}</text></svg>"#,
        esc(s)
    );
    let tree = tree(&svg);
    let mut found = Vec::new();
    collect_texts(tree.root(), &mut found);
    let drawn = f64::from(found[0].bounding_box().width());
    let estimate = text_width(s, size);
    assert!(estimate >= drawn, "{s:?} at {size}: estimate {estimate} < {drawn}");
    assert!(estimate <= drawn * 1.3 + size, "{s:?} at {size}: estimate {estimate} ≫ {drawn}");
}

#[test]
fn text_width_is_generous() {
    let cases = [
        "2023-09-14",
        "2023-W37",
        "2023-09",
        "12.500",
        TITLE,
        "Số bài",
        "Báo Hà Nội Mới",
        "Cổng thông tin điện tử Chính phủ",
        "VnExpress",
        "MMMWWW mmm www",
        "iiiilll jjj ...",
        "ƯỚC TÍNH ĐỘ RỘNG CHỮ IN HOA",
        "ứ ừ ử ữ ự ơ ớ ờ ở ỡ ợ ư",
        "Khác (11)",
        "Không có dữ liệu",
    ];
    for s in cases {
        for size in [LABEL_SIZE, LEGEND_SIZE, TITLE_SIZE] {
            check_width(s, size);
        }
    }
}

/// `fit(s, width)` at 12 px.
fn check_fit(s: &str, width: f64, expected: &str) {
    let got = fit(s, width, LEGEND_SIZE);
    assert_eq!(got, expected, "fit({s:?}, {width})");
    assert!(text_width(&got, LEGEND_SIZE) <= width.max(text_width("…", LEGEND_SIZE)));
}

#[test]
fn fitting() {
    let cases = [
        ("Hà Nội", 200.0, "Hà Nội"),
        ("Báo Hà Nội Mới", 60.0, "Báo Hà…"),
        ("Báo Hà Nội Mới", 1.0, "…"),
        ("", 10.0, ""),
    ];
    for (s, width, expected) in cases {
        check_fit(s, width, expected);
    }
    assert_eq!(group_digits(0), "0");
    assert_eq!(group_digits(999), "999");
    assert_eq!(group_digits(12_500), "12.500");
    assert_eq!(group_digits(1_234_567), "1.234.567");
}

#[test]
fn snapshot_small_bars() {
    let svg = bars_svg(&Bars {
        title: "Số bài theo báo".into(),
        subtitle: "Chỉ thị 24-CT/TU".into(),
        bars: vec![("Hà Nội Mới".into(), 2), ("VnExpress".into(), 1)],
    });
    insta::assert_snapshot!(svg, @r##"
<svg xmlns="http://www.w3.org/2000/svg" width="652" height="160" viewBox="0 0 652 160" font-family="'DejaVu Sans', Verdana, sans-serif" font-size="12"><rect width="100%" height="100%" fill="#FFFFFF"/>
<text class="title" x="16" y="30" font-size="18" fill="#222222">Số bài theo báo</text>
<text class="subtitle" x="16" y="52" font-size="13" fill="#555555">Chỉ thị 24-CT/TU</text>
<line x1="100.16" y1="76.00" x2="100.16" y2="124.00" stroke="#E4E4E4"/><text x="100.16" y="140.00" text-anchor="middle" font-size="11" fill="#555555">0</text>
<line x1="360.16" y1="76.00" x2="360.16" y2="124.00" stroke="#E4E4E4"/><text x="360.16" y="140.00" text-anchor="middle" font-size="11" fill="#555555">1</text>
<line x1="620.16" y1="76.00" x2="620.16" y2="124.00" stroke="#E4E4E4"/><text x="620.16" y="140.00" text-anchor="middle" font-size="11" fill="#555555">2</text>
<g class="plot" data-px-per-unit="260">
<text class="bl" x="92.16" y="92.00" text-anchor="end" font-size="12" fill="#222222">Hà Nội Mới</text><rect class="bar" data-i="0" x="100.16" y="80.00" width="520.000" height="16" fill="#4477AA"><title>Hà Nội Mới: 2</title></rect><text x="624.16" y="92.00" font-size="11" fill="#222222">2</text>
<text class="bl" x="92.16" y="116.00" text-anchor="end" font-size="12" fill="#222222">VnExpress</text><rect class="bar" data-i="1" x="100.16" y="104.00" width="260.000" height="16" fill="#4477AA"><title>VnExpress: 1</title></rect><text x="364.16" y="116.00" font-size="11" fill="#222222">1</text>
</g>
<path d="M100.16 76.00V124.00H620.16" fill="none" stroke="#222222"/>
</svg>
"##);
}
