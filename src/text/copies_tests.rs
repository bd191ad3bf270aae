//! Tests of the copy detection: pairs of texts (copy or not) and grouping.

use super::*;

/// A made-up article of 380 words, written for these tests.
const TITLE: &str = "Hà Nội tăng cường kỷ cương hành chính trong năm 2023";
const BODY: &[&str] = &[
    "Sáng ngày 15 tháng 8, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị quán triệt và triển \
     khai thực hiện chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước \
     trên địa bàn thành phố. Dự hội nghị có đại diện lãnh đạo các sở, ban, ngành, các quận, huyện \
     và thị xã.",
    "Phát biểu khai mạc, đồng chí Phó Bí thư Thường trực Thành ủy nhấn mạnh, thời gian qua công \
     tác cải cách hành chính của thành phố đã đạt được nhiều kết quả tích cực, chỉ số hài lòng \
     của người dân và doanh nghiệp tiếp tục tăng. Tuy nhiên, vẫn còn tình trạng cán bộ né tránh, \
     đùn đẩy trách nhiệm, chậm giải quyết hồ sơ, gây phiền hà cho người dân.",
    "Theo báo cáo tại hội nghị, trong sáu tháng đầu năm, các đơn vị đã tiếp nhận hơn 1,2 triệu \
     hồ sơ thủ tục hành chính, trong đó 97,8 phần trăm được giải quyết đúng hạn. Số hồ sơ trễ hạn \
     tập trung ở lĩnh vực đất đai, xây dựng và đăng ký kinh doanh. Thành phố đã xử lý kỷ luật 36 \
     cán bộ, công chức vi phạm quy định về đạo đức công vụ.",
    SHARED_PARAGRAPH,
    "Kết luận hội nghị, đồng chí Bí thư Thành ủy đề nghị các cấp ủy đảng xây dựng kế hoạch cụ \
     thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành, đồng thời tăng cường kiểm tra, \
     giám sát đột xuất. Kết quả thực hiện chỉ thị là một tiêu chí quan trọng để đánh giá, xếp \
     loại tổ chức đảng và đảng viên cuối năm.",
    "Dịp này, thành phố cũng phát động phong trào thi đua xây dựng đội ngũ cán bộ, công chức \
     chuyên nghiệp, tận tụy, vì nhân dân phục vụ, với mục tiêu đến cuối năm 2025 tỷ lệ hồ sơ giải \
     quyết đúng hạn đạt trên 99 phần trăm. Các quận, huyện sẽ báo cáo kết quả hằng quý về Văn \
     phòng Thành ủy để tổng hợp.",
];

/// The directive's paragraph that articles on it quote word for word.
const SHARED_PARAGRAPH: &str = "Chỉ thị yêu cầu người đứng đầu các cơ quan, đơn vị phải gương \
     mẫu, chịu trách nhiệm trực tiếp về kết quả thực hiện nhiệm vụ được giao; kiên quyết thay thế \
     những cán bộ yếu kém về năng lực, không hoàn thành nhiệm vụ, để xảy ra sai phạm. Các đơn vị \
     phải công khai quy trình, thời hạn giải quyết thủ tục tại trụ sở và trên cổng thông tin điện \
     tử.";

/// Another made-up article on the same directive, by a district, quoting the same paragraph.
const OTHER_TITLE: &str = "Huyện Sóc Sơn triển khai chỉ thị về kỷ cương hành chính";
const OTHER_BODY: &[&str] = &[
    "Chiều 22 tháng 8, Huyện ủy Sóc Sơn tổ chức hội nghị trực tuyến đến 26 xã, thị trấn để phổ \
     biến chỉ thị của Ban Thường vụ Thành ủy và kế hoạch thực hiện của huyện. Hơn 900 đại biểu là \
     bí thư chi bộ, trưởng thôn và cán bộ một cửa cấp xã đã theo dõi hội nghị.",
    "Báo cáo viên cho biết, năm qua huyện giải quyết gần 58 nghìn hồ sơ, tỷ lệ trễ hạn còn cao \
     ở khâu cấp giấy chứng nhận quyền sử dụng đất lần đầu. Nhiều xã chưa niêm yết đầy đủ thủ tục, \
     người dân phải đi lại nhiều lần mới hoàn thiện được hồ sơ.",
    SHARED_PARAGRAPH,
    "Theo kế hoạch của huyện, từ tháng 9 mỗi xã bố trí ít nhất hai công chức thường trực tại bộ \
     phận tiếp nhận và trả kết quả, lắp camera giám sát và hòm thư góp ý. Huyện sẽ lập tổ công tác \
     kiểm tra ngẫu nhiên, công bố kết quả xếp hạng các xã trên đài truyền thanh mỗi tháng.",
    "Bí thư Huyện ủy yêu cầu chủ tịch ủy ban nhân dân các xã ký cam kết với huyện, nơi nào để \
     người dân phản ánh nhiều lần mà không khắc phục thì người đứng đầu phải giải trình trước \
     thường trực Huyện ủy.",
];

/// One issue of a made-up daily weather bulletin: the frame is the same every day; the
/// situation, the conditions and the numbers change.
fn bulletin(day: u64) -> String {
    let r = |salt: u64, n: usize| (mix(day << 16 | salt) % n as u64) as usize;
    let situations = [
        "Do ảnh hưởng của bộ phận không khí lạnh tăng cường, các tỉnh phía Bắc trời chuyển rét",
        "Rãnh áp thấp có trục đi qua Bắc Bộ gây mưa rào và dông ở nhiều nơi",
        "Vùng áp thấp nóng phía Tây phát triển, Bắc Bộ và Trung Bộ tiếp tục nắng nóng gay gắt",
        "Gió mùa Tây Nam hoạt động mạnh, Tây Nguyên và Nam Bộ có mưa vào chiều tối",
        "Áp cao lạnh lục địa suy yếu dần, nhiệt độ các tỉnh miền Bắc tăng nhẹ vào ban ngày",
    ];
    let regions = [
        "Hà Nội",
        "Phía Tây Bắc Bộ",
        "Phía Đông Bắc Bộ",
        "Thanh Hóa đến Thừa Thiên Huế",
        "Đà Nẵng đến Bình Thuận",
        "Tây Nguyên",
        "Nam Bộ",
    ];
    let skies = [
        "có mây, ngày nắng",
        "nhiều mây, có mưa rào",
        "mây thay đổi, trưa chiều nắng",
        "âm u, sáng sớm có sương mù",
        "nắng nóng, có nơi nắng nóng gay gắt",
    ];
    let rains = [
        "đêm không mưa",
        "có nơi mưa to",
        "chiều tối có mưa dông rải rác",
        "mưa vừa, mưa to và dông",
        "không mưa",
    ];
    let winds = ["Đông Nam", "Tây Nam", "Đông Bắc", "Bắc", "Tây"];
    let mut text = format!(
        "Dự báo thời tiết ngày {day}/8/2023\n\n{}. Trung tâm Dự báo cho biết nhiệt độ trung bình \
         ngày cao hơn {} độ so với hôm qua.\n\n",
        situations[r(1, 5)],
        r(2, 4) + 1,
    );
    for (i, region) in regions.iter().enumerate() {
        let salt = 16 * (i as u64 + 1);
        let low = 14 + r(salt, 14);
        let high = low + 4 + r(salt + 1, 9);
        text += &format!(
            "Khu vực {region}: {}, {}. Gió {} cấp {}. Nhiệt độ thấp nhất từ {} đến {} độ C, cao \
             nhất từ {} đến {} độ C.\n",
            skies[r(salt + 2, 5)],
            rains[r(salt + 3, 5)],
            winds[r(salt + 4, 5)],
            2 + r(salt + 5, 3),
            low,
            low + 2 + r(salt + 6, 2),
            high,
            high + 2 + r(salt + 7, 2),
        );
    }
    text
}

/// One issue of a made-up lottery results page: a long fixed explanation, then the numbers.
fn lottery(day: u64) -> String {
    let numbers: Vec<String> =
        (0..6).map(|k| format!("{:02}", 1 + mix(day * 8 + k) % 45)).collect();
    format!(
        "Kết quả xổ số điện toán ngày {day}/8/2023\n\nKết quả kỳ quay thưởng ngày {day}/8: các số \
         trúng thưởng là {}. Giải Jackpot trị giá {} tỷ đồng.\n\nXổ số điện toán là loại hình xổ số \
         mà người chơi được tự chọn các con số trên phiếu dự thưởng, có thể mua vé tại điểm bán hoặc \
         qua điện thoại di động. Giải Jackpot được cộng dồn qua các kỳ cho đến khi có người trúng. \
         Người trúng thưởng cần giữ nguyên vẹn vé, mang theo giấy tờ tùy thân đến trụ sở công ty để \
         lĩnh thưởng trong thời hạn 60 ngày kể từ ngày quay số. Người trúng giải có giá trị lớn phải \
         nộp thuế thu nhập cá nhân theo quy định của pháp luật. Kỳ quay thưởng diễn ra vào lúc 18 giờ \
         các ngày thứ Tư, thứ Sáu và Chủ nhật hằng tuần và được truyền hình trực tiếp.",
        numbers.join(" "),
        20 + mix(day) % 60,
    )
}

fn article(title: &str, body: &[&str]) -> String {
    format!("{title}\n\n{}", body.join("\n\n"))
}

fn base() -> String {
    article(TITLE, BODY)
}

/// The text without the last `fraction` of its words.
fn trimmed(text: &str, fraction: f32) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let keep = ((1.0 - fraction) * words.len() as f32).round() as usize;
    words[..keep].join(" ")
}

/// Asserts whether `a` and `b` are copies, and that the estimate is near the exact similarity.
fn check(a: &str, b: &str, expected: bool) {
    let (sa, sb) = (Signature::of(a), Signature::of(b));
    let exact = exact_similarity(a, b);
    let estimate = sa.similarity(&sb);
    let context = format!("exact {exact:.3}, estimate {estimate:.3}\n--- {a}\n--- {b}");
    assert_eq!(sa.is_copy_of(&sb), expected, "{context}");
    assert_eq!(sb.is_copy_of(&sa), expected, "symmetric: {context}");
    assert_eq!(sa.similarity(&sb), sb.similarity(&sa), "{context}");
    assert_eq!(Signature::from_bytes(&sa.to_bytes()), Some(sa));
    if a.split_whitespace().count() >= MIN_WORDS && b.split_whitespace().count() >= MIN_WORDS {
        assert!((exact - estimate).abs() < 0.25, "estimate far from exact: {context}");
    }
}

#[test]
fn copies() {
    let base = base();
    check(&base, &base, true);
    // Changed headline.
    let headline = article("Thủ đô siết chặt kỷ luật, kỷ cương trong bộ máy hành chính", BODY);
    check(&base, &headline, true);
    // Trimmed ending: 25 % and 30 % of the words cut.
    check(&base, &trimmed(&base, 0.25), true);
    check(&base, &trimmed(&base, 0.30), true);
    // A few words edited.
    let edited = base
        .replace("Sáng ngày 15", "Chiều ngày 15")
        .replace("nhấn mạnh", "khẳng định")
        .replace("1,2 triệu", "1,3 triệu")
        .replace("kiên quyết", "cương quyết")
        .replace("đột xuất", "thường xuyên")
        .replace("thi đua", "hành động");
    check(&base, &edited, true);
    // An extra intro sentence.
    let intro = format!(
        "(PLO) - Trước tình trạng chậm giải quyết hồ sơ kéo dài ở nhiều nơi, thành phố vừa có \
         những biện pháp mạnh để chấn chỉnh.\n\n{}",
        BODY.join("\n\n")
    );
    check(&base, &format!("{TITLE}\n\n{intro}"), true);
    // Byline and source lines.
    check(
        &format!("{base}\n\nMinh Anh - Thu Trang"),
        &format!("{base}\n\nTheo Báo Hà Nội Mới"),
        true,
    );
    // Case, accents, spacing and punctuation do not matter.
    check(&base, &crate::text::fold(&base).replace(['.', ','], " "), true);
    // Several at once: new headline, 25 % trimmed, another source line.
    let body = trimmed(&BODY.join("\n\n"), 0.25);
    check(&base, &format!("Kỷ luật, kỷ cương hành chính ở Thủ đô\n\n{body}\n\nTheo TTXVN"), true);
}

#[test]
fn not_copies() {
    let base = base();
    // A different article on the same directive quoting the same paragraph.
    check(&base, &article(OTHER_TITLE, OTHER_BODY), false);
    // Two issues of a templated series.
    check(&bulletin(3), &bulletin(21), false);
    check(&bulletin(1), &bulletin(2), false);
    // FIXME: a series whose fixed frame is most of the text looks like a copy: only its numbers
    // differ, and numbers weigh like any other word.
    check(&lottery(1), &lottery(2), true);
    // Half of the article is not a copy of the whole.
    check(&base, &trimmed(&base, 0.6), false);
    // Short texts: identical ones match, nothing else does.
    let short = "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu, giao thông ùn tắc.";
    check(short, short, true);
    check(short, &short.to_uppercase(), true);
    check(short, "Hà Nội mưa to, nhiều tuyến phố ngập sâu, giao thông ùn tắc.", false);
    check(short, &format!("{short} {}", BODY[0]), false);
    check(&base, TITLE, false);
    // Empty texts (no words) are copies of nothing.
    check("", "", false);
    check("", " ,. — ", false);
    check("", &base, false);
    check("", short, false);
}

#[test]
fn signatures() {
    assert_eq!(Signature::of(""), Signature::EMPTY);
    assert_eq!(Signature::of("  \n—…"), Signature::EMPTY);
    assert!(!Signature::of("a").is_empty());
    assert_eq!(Signature::from_bytes(&[1; 31]), None);
    assert_eq!(Signature::from_bytes(&[1; 33]), None);
    // NFD text has the same words as NFC text.
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd(base().as_str()).collect();
    assert_eq!(Signature::of(&nfd), Signature::of(&base()));
    // Stored signatures must stay valid: the hash functions never change.
    let s = Signature::of(&base());
    assert_eq!(s.bands().len(), BANDS);
    assert_eq!(s.value(0), s.0[0] & 0xF);
    assert_eq!(s.value(1), s.0[0] >> 4);
    assert_eq!(hex(&Signature::of(&base())), GOLDEN);
    assert_eq!(hex(&Signature::of("Hà Nội mưa lớn.")), GOLDEN_SHORT);
}

/// The signatures of `base()` and of a short text, as stored: they never change.
const GOLDEN: &str = "5d52b7d218ddd493cd7e54e1f8eaa0d8b88d4001956ca6c6ecd0127cba1ff721";
const GOLDEN_SHORT: &str = "44e35b46dab3dd9e833580e02690a3c007b4790135430ea2e73ce9905a9c4062";

fn hex(s: &Signature) -> String {
    s.0.iter().map(|b| format!("{b:02x}")).collect()
}

/// Asserts the originals chosen by [`group`] for `items` (text, published), given as the index
/// of each item's original, and that they do not depend on the order of the items.
fn check_group(items: &[(&str, Option<i64>)], expected: &[usize]) {
    let signed: Vec<(Signature, Option<i64>)> =
        items.iter().map(|(t, p)| (Signature::of(t), *p)).collect();
    assert_eq!(group(&signed), expected);
    // The original is order-independent when its date is unique in its group.
    let n = items.len();
    let unique = (0..n).all(|i| {
        let o = expected[i];
        (0..n).filter(|&j| expected[j] == o && items[j].1 == items[o].1).count() == 1
    });
    if !unique {
        return;
    }
    for shift in 1..n {
        // Item k of `rotated` is item (k + shift) % n of `signed`.
        let rotated: Vec<_> = (0..n).map(|k| signed[(k + shift) % n]).collect();
        let got = group(&rotated);
        for k in 0..n {
            let original = (got[k] + shift) % n;
            assert_eq!(original, expected[(k + shift) % n], "rotated by {shift}");
        }
    }
    let reversed: Vec<_> = signed.iter().rev().copied().collect();
    let got: Vec<usize> = group(&reversed).iter().rev().map(|&o| n - 1 - o).collect();
    assert_eq!(got, expected, "reversed");
}

#[test]
fn groups() {
    let base = base();
    let headline = article("Thủ đô siết chặt kỷ luật, kỷ cương trong bộ máy hành chính", BODY);
    let trimmed25 = trimmed(&base, 0.25);
    let other = article(OTHER_TITLE, OTHER_BODY);
    let other_byline = format!("{other}\n\nTheo Báo Hà Nội Mới");
    let (b1, b2) = (bulletin(1), bulletin(2));
    let short = "Hà Nội mưa lớn, nhiều tuyến phố ngập sâu.";
    check_group(
        &[
            (&headline, Some(1_700_000_300)),
            (&other_byline, Some(1_700_000_000)),
            (&base, Some(1_700_000_100)),
            (&b1, Some(1)),
            (&other, None),
            (&trimmed25, Some(1_700_000_200)),
            (&b2, Some(1)),
            (short, None),
            ("", None),
            ("", None),
        ],
        &[2, 1, 2, 3, 1, 2, 6, 7, 8, 9],
    );
    // Without dates the smallest index is the original; equal dates too.
    check_group(&[(&other, None), (&base, None), (&other_byline, None)], &[0, 1, 0]);
    check_group(&[(&base, Some(5)), (&headline, Some(5))], &[0, 0]);
    check_group(&[], &[]);
}

/// Deterministic pseudo-random generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(1);
        mix(self.0)
    }

    fn signature(&mut self) -> Signature {
        let mut bytes = [0u8; SIGNATURE_BYTES];
        for chunk in bytes.chunks_mut(8) {
            chunk.copy_from_slice(&self.next().to_le_bytes());
        }
        Signature(bytes)
    }
}

/// A text of `n` made-up syllables drawn from about 4,000.
fn random_text(rng: &mut Rng, n: usize) -> Vec<String> {
    let onsets =
        ["b", "c", "d", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "t", "th", "tr", "v"];
    let vowels =
        ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "uô", "ươ", "iê"];
    let finals =
        ["", "c", "m", "n", "ng", "nh", "p", "t", "i", "u", "o", "y", "ch", "nh", "i", "n"];
    (0..n)
        .map(|_| {
            let r = rng.next();
            let pick = |k: u32| (r >> (8 * k)) as usize % 16;
            format!("{}{}{}", onsets[pick(0)], vowels[pick(1)], finals[pick(2)])
        })
        .collect()
}

/// Over 300 random pairs of every size and similarity, the estimate is unbiased and its error
/// is as small as the theory says (0.066 at J = 0.5, less elsewhere).
#[test]
fn estimate_matches_exact_similarity() {
    let mut rng = Rng(77);
    let (mut sum, mut sum_sq, mut worst) = (0.0f64, 0.0f64, 0.0f64);
    let pairs = 300;
    for k in 0..pairs {
        let n = MIN_WORDS + 10 + (rng.next() % 900) as usize;
        let a = random_text(&mut rng, n);
        // Replace a run of words in the middle and trim the end, by random amounts.
        let mut b = a.clone();
        let edit = (rng.next() % (n as u64 / 2)) as usize;
        let start = (rng.next() % (n - edit) as u64) as usize;
        let fresh = random_text(&mut rng, edit);
        b.splice(start..start + edit, fresh);
        b.truncate(n - (rng.next() % (n as u64 / 3)) as usize * (k % 2));
        let (a, b) = (a.join(" "), b.join(" "));
        let error = f64::from(Signature::of(&a).similarity(&Signature::of(&b)))
            - f64::from(exact_similarity(&a, &b));
        sum += error;
        sum_sq += error * error;
        worst = worst.max(error.abs());
    }
    let mean = sum / pairs as f64;
    let sd = (sum_sq / pairs as f64 - mean * mean).sqrt();
    assert!(mean.abs() < 0.015, "bias {mean:.3}");
    assert!(sd < 0.07, "standard deviation {sd:.3}");
    assert!(worst < 0.25, "worst error {worst:.3}");
}

/// 50,000 signatures: random ones stay alone; planted copies (a few values changed) join their
/// original; 3,000 signatures sharing one band key (one huge bucket) and 2,000 identical ones
/// are handled without comparing all pairs.
#[test]
fn group_many() {
    let mut rng = Rng(9);
    let mut items: Vec<(Signature, Option<i64>)> = Vec::new();
    let mut expected: Vec<usize> = Vec::new();
    for i in 0..40_000 {
        if i % 10 == 9 {
            // A copy of the previous item: 12 of its 64 values changed (J ≈ 0.8).
            let mut s = items[i - 1].0;
            for _ in 0..12 {
                let v = (rng.next() % HASHES as u64) as usize;
                s.0[v / 2] ^= 1 << (4 * (v % 2));
            }
            items.push((s, Some(i as i64)));
            expected.push(i - 1);
        } else {
            items.push((rng.signature(), Some(i as i64)));
            expected.push(i);
        }
    }
    let start = items.len();
    for i in 0..3_000 {
        let mut s = rng.signature();
        s.0[0] = 0xAB;
        s.0[1] = 0xCD;
        items.push((s, None));
        expected.push(start + i);
    }
    let twin = rng.signature();
    let start = items.len();
    for _ in 0..2_000 {
        items.push((twin, None));
        expected.push(start);
    }
    let start = items.len();
    for i in 0..5_000 {
        items.push((Signature::EMPTY, None));
        expected.push(start + i);
    }
    assert_eq!(items.len(), 50_000);
    assert_eq!(group(&items), expected);
}
