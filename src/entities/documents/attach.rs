//! What stands around a reference: the type word and "số" in front, the issue date
//! ("ngày 7/8/2023", "được ban hành ngày …") and the issuer after it ("của Ban Thường vụ Thành
//! ủy Hà Nội", "do … ban hành") or in front ("UBND tỉnh Nghệ An vừa ban hành …", "Ngày
//! 16/8/2018, Bộ X đã có Công văn số …", the date opening that clause being the issue date), a
//! date after the subject clause ("Nghị quyết 57-NQ/TW về … ban hành ngày 22/12/2024"), and the
//! reference's own header or registry row (`header`). Issuers are read with the organisation
//! grammar of [`crate::entities::org`].

use chrono::NaiveDate;

use super::codes::{TypeWord, LEX};
use super::header::{own_row, table_row, title_word};
use super::ident::{Family, Ident};
use super::types::{compatible, type_word_ending_at, type_word_prefix};
use super::{FullMention, Issuer};
use crate::entities::dates::date_at;
use crate::entities::lexicon::{openers, LEX as PLACES};
use crate::entities::org::{holder_office_len, issuer_ending_at, issuer_from, title_head_at};
use crate::entities::scan::{ends_with_word_ci, floor_char, hspace, skip_ws_back, word_at};
use crate::entities::tokens::{Doc, Shape};
use crate::entities::Mention;

/// Builds the mention of a full reference: type word in front, date and issuer after.
pub(super) fn full_mention(text: &str, ident: Ident, published: Option<NaiveDate>) -> FullMention {
    let (start, word) = prefix_before(text, ident.start);
    let mut kind = match word {
        // "Thông tư 37/2015/TTLT-BYT-BTC": the joint kind its code names, the head word written.
        Some(w) if joint_kind(&w.kind, ident.code_kind) => ident.code_kind,
        Some(w) if !w.kind.is_empty() && compatible(&w.kind, &ident) => &w.kind,
        // "Số: 5664/CT-CS V/v chính sách thuế": the subject line "V/v" under a number marks a
        // letter (Công văn), whatever its issuer's code reads like.
        None if subject_line_after(text, ident.end) => "Công văn",
        // "văn bản số 5279/UBND-TKBT": a letter's symbol names no type, so the generic word
        // written is the kind (a bare "Số: 5279/UBND-TKBT" stays a Công văn).
        Some(w) if w.kind.is_empty() && ident.family == Family::CongVan => "Văn bản",
        // "quyết định truy nã số 03/C46-P12", "Kết luận kiểm sát số 127/KLKS-TĐ": a letter's
        // symbol names no type, so the word written before the description is the kind.
        None if ident.family == Family::CongVan => described_word_before(text, ident.start)
            .map_or(ident.code_kind, |(_, w)| w.kind.as_str()),
        // "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14": an act named
        // between its type word and "số" is of that type (the code alone reads as a Nghị quyết).
        None => named_act_word(text, ident.start)
            .filter(|w| compatible(&w.kind, &ident))
            .map_or(ident.code_kind, |w| w.kind.as_str()),
        _ => ident.code_kind,
    };
    let (mut issued, mut issuer) = clauses_after(text, ident.end, published);
    issuer = issuer.or_else(|| dashed_issuer(text, &ident));
    let own = own_row(text, ident.start, ident.end).or_else(|| table_row(text, ident.start));
    // "Số 384-QĐ/TW | …" then "QUY ĐỊNH": a legal text's own number takes the type its title
    // line writes when its code allows two (QĐ: Quyết định or Quy định).
    if word.is_none() && own.is_some() && ident.family != Family::CongVan {
        if let Some(w) = title_word(text, ident.end)
            .filter(|w| !w.kind.is_empty() && w.kind != kind && compatible(&w.kind, &ident))
        {
            kind = &w.kind;
        }
    }
    if let Some((d, i)) = own {
        issued = issued.or(d);
        issuer = issuer.or(i);
    }
    // "ra quyết định xử phạt vi phạm hành chính số 126/QĐ-XPVPHC": the verb phrase stands
    // before the type word and its description.
    let verb_from = match word {
        None => described_type_word(text, &ident).unwrap_or(start),
        Some(_) => start,
    };
    if let Some(v) = front_verb(text, verb_from) {
        // "Bộ X vừa có Quyết định … do Thứ trưởng Y ký": an office-holder named without a body
        // after the reference signs for the subject in front, which is the issuer.
        if issuer.as_ref().is_some_and(|i| i.clause && bare_title(&i.name)) {
            if let Some(front) = front_issuer(text, v) {
                issuer = Some(front);
            }
        }
        issuer = issuer
            .or_else(|| on_behalf(text, v))
            .or_else(|| front_issuer(text, v))
            .or_else(|| dashed_signer(text, v))
            .or_else(|| coordinated_subject(text, v))
            .or_else(|| reporter_subject(text, v));
        issued = issued.or_else(|| front_date(text, v, published));
    }
    if issued.is_none() {
        issued = subject_date(text, ident.end, published);
    }
    // "…, ngày 20/01/2017, tại công văn số 95, Phó Thủ tướng … đã có ý kiến": the day opening
    // the clause the reference opens (within the year its symbol names).
    if issued.is_none() {
        issued = topic_date(text, start, published).filter(|d| super::year_fits(&ident, *d));
    }
    issuer = issuer.or_else(|| adopting_subject(text, start, kind));
    issuer = issuer.or_else(|| passive_issuer(text, ident.end));
    issuer = issuer.or_else(|| passive_agent(text, start));
    issuer = issuer.or_else(|| issuing_subject(text, start));
    issuer = issuer.or_else(|| paren_issuer(text, start));
    issuer = issuer.or_else(|| proposer(text, start));
    issuer = issuer.or_else(|| topic_subject(text, start, ident.end, published));
    issuer = issuer.or_else(|| plural_list_issuer(text, start, kind));
    issuer = issuer.or_else(|| code_named_body(text, ident.end, &ident));
    issuer = issuer.or_else(|| paren_actor(text, start, &ident));
    issuer = issuer.or_else(|| granting_subject(text, start));
    let mention = Mention { start, end: ident.end, text: text[start..ident.end].to_string() };
    FullMention { ident, kind, mention, issued, issuer }
}

/// "Thông tư số 49/2016/TT-BGTVT quy định về xây dựng, tổ chức và hoạt động của trạm thu phí
/// … của Bộ GTVT sẽ có hiệu lực": when no clause right after the reference names its issuer,
/// a "của"/"do" body after its subject clause (opened by "về", "quy định", "hướng dẫn"; no
/// digit, parenthesis or sentence end in it) whose initials spell the issuer code its symbol
/// carries ("Bộ GTVT" for `BGTVT`, "Bộ Tài chính" for `BTC`). Another body there is the
/// subject's ("quy định về phí của Bộ Tài chính" for a `BYT` circular: none).
fn code_named_body(text: &str, end: usize, ident: &Ident) -> Option<Issuer> {
    let code = symbol_issuer_code(&ident.symbol)?;
    let q = hspace(text, end);
    let q = if text[q..].starts_with(',') { hspace(text, q + 1) } else { q };
    let (w, _) = word_at(text, q);
    if w != "về" && !["quy định ", "hướng dẫn "].iter().any(|o| text[q..].starts_with(o))
    {
        return None;
    }
    let stop = floor_char(text, (q + 300).min(text.len()));
    let clause = &text[q..stop];
    let clause = &clause[..clause.find(['\n', ';', '(', ')']).unwrap_or(clause.len())];
    let mut from = 0;
    for (k, _) in clause.match_indices(' ') {
        let gap = &clause[..k];
        if gap.contains(|c: char| c.is_ascii_digit()) || sentence_break(gap) {
            return None;
        }
        let word = &gap[from..];
        from = k + 1;
        if word != "của" && word != "do" {
            continue;
        }
        let s = q + k + 1;
        if let Some(e) = issuer_from(text, s).filter(|&e| initials_match(code, &text[s..e])) {
            return Some(issuer_span(text, s, e, true));
        }
    }
    None
}

/// The issuer code a symbol carries: its one part that is a known issuer code, without a
/// term's digits (`TT-BGTVT` → `BGTVT`, `TTg-KTN` → `TTg`, `UBTVQH14` → `UBTVQH`); none for a
/// joint symbol naming two (`TTLT-BYT-BTC`).
fn symbol_issuer_code(symbol: &str) -> Option<&str> {
    let mut codes = symbol
        .split(['/', '-'])
        .map(|p| p.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|p| LEX.issuers.iter().any(|i| i == p));
    let code = codes.next()?;
    codes.next().is_none().then_some(code)
}

/// Whether the initials of the body `name` spell `code`: a word in capitals counts whole
/// ("Bộ GD&ĐT" → `BGDĐT`), any other word by its first letter, "và" and dashes
/// none ("Bộ Lao động - Thương binh và Xã hội" → `BLĐTBXH`, also `LĐTBXH`); the Prime Minister
/// ("Thủ tướng Chính phủ") for `TTg`.
fn initials_match(code: &str, name: &str) -> bool {
    let mut initials = String::new();
    for w in name.split([' ', '-', '–', ',']).filter(|w| !w.is_empty() && *w != "và") {
        let caps = w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if caps && w.chars().count() >= 2 {
            initials.extend(w.chars().filter(|c| c.is_alphabetic()));
        } else {
            initials.extend(w.chars().next().into_iter().flat_map(char::to_uppercase));
        }
    }
    let code = code.to_uppercase();
    initials == code
        || initials.strip_prefix('B') == Some(code.as_str())
        || (code == "TTG" && (initials == "TT" || initials == "TTCP"))
}

/// Whether `code_kind` is the joint ("liên tịch") kind of the type word's `kind` ("Thông tư
/// liên tịch" of "Thông tư", "Nghị quyết liên tịch" of "Nghị quyết").
pub(super) fn joint_kind(kind: &str, code_kind: &str) -> bool {
    !kind.is_empty() && code_kind.strip_prefix(kind) == Some(" liên tịch")
}

/// "ý kiến của Bộ Tài chính (Công văn số 123/BTC-CST)", "chỉ đạo của UBND tỉnh (tại Công văn
/// số 1866/UBND-KTN …)": the body the parentheses opening a reference's mention at `start`
/// follow; or the body of "của ORG" that a topic after "về" follows ("các chỉ đạo của Thủ
/// tướng Chính phủ về công tác bảo đảm trật tự, an toàn giao thông (Chỉ thị số 12, 23)").
pub(super) fn paren_issuer(text: &str, start: usize) -> Option<Issuer> {
    let at = paren_open(text, start)?;
    front_issuer(text, at).or_else(|| listed_ministry(text, at)).or_else(|| topic_of_body(text, at))
}

/// Where the text before a parenthesis that opens a reference's mention at `start` ("(Công
/// văn số …", "(tại Công văn số …") ends, its spaces trimmed.
fn paren_open(text: &str, start: usize) -> Option<usize> {
    let mut open = text[..start].trim_end_matches([' ', '\t']);
    if let Some(s) = ends_with_word_ci(text, open.len(), "tại") {
        let o = text[..s].trim_end_matches([' ', '\t']);
        if o.ends_with('(') {
            open = o;
        }
    }
    Some(open.strip_suffix('(')?.trim_end_matches([' ', '\t']).len())
}

/// "Thủ tướng Chính phủ đã đồng ý cho phép Bộ GTVT triển khai thí điểm … (Công văn số
/// 1850/TTg-KTN)": a reference in parentheses closing the act of its sentence's subject; the
/// subject is its issuer when its initials spell the symbol's issuer code and an act follows it
/// ("đã", "vừa", "đồng ý", "chấp thuận", "cho phép").
fn paren_actor(text: &str, start: usize, ident: &Ident) -> Option<Issuer> {
    let code = symbol_issuer_code(&ident.symbol)?;
    let at = paren_open(text, start)?;
    let lo = floor_char(text, at.saturating_sub(400));
    let window = &text[lo..at];
    let from = window.rfind('\n').map_or(0, |k| k + 1);
    let from = lo + window[from..].rfind(". ").map_or(from, |k| from + k + 2);
    let mut k = from;
    while k < at {
        let (w, we) = word_at(text, k);
        if w.starts_with(char::is_uppercase) {
            if let Some(e) = issuer_from(text, k).filter(|&e| e <= at) {
                let r = hspace(text, e);
                let acts = ACTS
                    .iter()
                    .any(|a| text[r..].starts_with(a) && text[r + a.len()..].starts_with(' '));
                if acts && initials_match(code, &text[k..e]) {
                    return Some(issuer_span(text, k, e, false));
                }
            }
        }
        k = if we > k { hspace(text, we) } else { k + text[k..].chars().next()?.len_utf8() };
    }
    None
}

/// The words after a subject that tell it acts ([`paren_actor`]).
const ACTS: &[&str] = &["đã", "vừa", "đồng ý", "chấp thuận", "cho phép"];

/// "… của Thủ tướng Chính phủ về công tác bảo đảm trật tự, an toàn giao thông" ending at `at`:
/// the body after "của" that the sentence's last "về" follows (commas may stand in the topic,
/// no other stop, parenthesis or "của").
fn topic_of_body(text: &str, at: usize) -> Option<Issuer> {
    let lo = floor_char(text, at.saturating_sub(300));
    let clause = &text[lo..at];
    let clause_start = clause.rfind(['.', ';', ':', '!', '?', '\n', '(', ')']).map_or(0, |k| k + 1);
    let v = lo + clause_start + clause[clause_start..].rfind(" về ")?;
    if text[v..at].contains(" của ") {
        return None;
    }
    let s = issuer_ending_at(text, lo + clause_start, v, 24)?;
    ends_with_word_ci(text, text[..s].trim_end_matches(' ').len(), "của")?;
    Some(issuer_span(text, s, v, false))
}

/// "Công văn số 123/UBND – UBND tỉnh Quảng Nam": the body named after a spaced dash, its name
/// opening with the code the symbol ends with and running on past it, is the issuer.
fn dashed_issuer(text: &str, ident: &Ident) -> Option<Issuer> {
    let q = hspace(text, ident.end);
    let dash = text[q..].chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
    if q == ident.end || !text[q + dash.len_utf8()..].starts_with([' ', '\t']) {
        return None;
    }
    let s = hspace(text, q + dash.len_utf8());
    let code = ident.symbol.rsplit(['/', '-']).next()?;
    let e = issuer_from(text, s)?;
    // (the code as a whole word: "UB" does not open "UBND tỉnh …")
    let whole = text[s..].starts_with(code)
        && !text[s + code.len()..].starts_with(|c: char| c.is_alphanumeric());
    let opens = whole && e > s + code.len();
    opens.then(|| issuer_span(text, s, e, true))
}

/// "ý kiến của các Bộ: Lao động - Thương binh và Xã hội (Công văn số …), Tài chính (Công văn
/// số …)": a ministry listed by its field alone after "các Bộ:", the item ending at `end`.
fn listed_ministry(text: &str, end: usize) -> Option<Issuer> {
    let lo = floor_char(text, end.saturating_sub(400));
    let window = &text[lo..end];
    let window = &window[window.rfind('\n').map_or(0, |k| k + 1)..];
    let head = window.rfind("các Bộ:")?;
    let rest = &window[head + "các Bộ:".len()..];
    let item = rest[rest.rfind([',', ':']).map_or(0, |k| k + 1)..].trim();
    if item.is_empty() || rest[..rest.len() - item.len()].contains(['.', ';']) {
        return None;
    }
    let doc = Doc::analyse(item);
    let whole =
        crate::entities::lexicon::LEX.fields.at(&doc, 0).is_some_and(|(e, _)| e == doc.len());
    (whole && doc.is_cap(0)).then(|| Issuer { name: format!("Bộ {item}"), clause: true })
}

/// Whether "V/v" (về việc, a letter's subject line) follows the number ending at `end`.
fn subject_line_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t', '\n', '*']);
    rest.starts_with("V/v") || rest.starts_with("V/V")
}

/// Looks back from a reference for "số" / "Số:" / "số hiệu" and a type word. Returns the mention
/// start and the type word.
pub(super) fn prefix_before(text: &str, ident_start: usize) -> (usize, Option<&'static TypeWord>) {
    let mut p = skip_ws_back(text, ident_start);
    if text[..p].ends_with(':') {
        p = skip_ws_back(text, p - 1);
    }
    if let Some(s) =
        ends_with_word_ci(text, p, "số hiệu").or_else(|| ends_with_word_ci(text, p, "số"))
    {
        p = skip_ws_back(text, s);
    }
    match type_word_ending_at(text, p) {
        Some((s, w)) => (s, Some(w)),
        None => (ident_start, None),
    }
}

/// "ra quyết định xử phạt vi phạm hành chính số 126/QĐ-XPVPHC", "ban hành Quyết định đình chỉ
/// thi công số 139/QĐ-UBND": a type word agreeing with the code and up to eight lowercase syllables
/// describing the document before "số". Returns the type word's start.
fn described_type_word(text: &str, ident: &Ident) -> Option<usize> {
    let (s, w) = described_word_before(text, ident.start)?;
    compatible(&w.kind, ident).then_some(s)
}

/// The type word (naming a kind) and its start when up to eight lowercase syllables describe the
/// document between it and the "số" before `ident_start` ("bản án phúc thẩm số …").
pub(super) fn described_word_before(
    text: &str,
    ident_start: usize,
) -> Option<(usize, &'static TypeWord)> {
    let p = skip_ws_back(text, ident_start);
    let p = text[..p].strip_suffix(':').map_or(p, |t| skip_ws_back(text, t.len()));
    let mut p = skip_ws_back(text, ends_with_word_ci(text, p, "số")?);
    for _ in 0..9 {
        if let Some((s, w)) = type_word_ending_at(text, p) {
            return (!w.kind.is_empty()).then_some((s, w));
        }
        let k = text[..p].rfind(' ')? + 1;
        let word = &text[k..p];
        if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
            return None;
        }
        p = skip_ws_back(text, k);
    }
    None
}

/// "Căn cứ các Nghị định của Chính phủ quy định chi tiết … (Số 37/2019/NĐ-CP ngày …, số
/// 58/2023/NĐ-CP …)": a reference listed in parentheses or after a colon that follow "các <type
/// word> của ORG" in one clause takes that body as issuer when its kind is the type word's.
fn plural_list_issuer(text: &str, mention_start: usize, kind: &str) -> Option<Issuer> {
    let lo = floor_char(text, mention_start.saturating_sub(400));
    let head = &text[lo..mention_start];
    let open = head.rfind(['(', ':'])?;
    let inside = &head[open + 1..];
    let closed = if head[open..].starts_with('(') {
        inside.contains(')')
    } else {
        // "…: số 02/2017/TT-VPCP ngày …; số 03/2025/TT-VPCP …": items after a colon run on
        // over ";" while each opens with "số".
        let items_go_on = inside.split(';').skip(1).all(|item| {
            let item = item.trim_start().to_lowercase();
            item.starts_with("số ") || item.starts_with("và số ")
        });
        inside.contains(['\n', '(', ')']) || !items_go_on
    };
    if closed {
        return None;
    }
    let before = &head[..open];
    let cs = before.rfind(['.', ';', '\n', '(', ')']).map_or(0, |k| k + 1);
    let clause = &before[cs..];
    let lower = clause.to_lowercase();
    if lower.len() != clause.len() {
        return None;
    }
    let mut from = 0;
    while let Some(k) = lower[from..].find("các ").map(|k| from + k) {
        from = k + "các ".len();
        if k > 0 && !lower[..k].ends_with(' ') {
            continue;
        }
        let Some(w) = type_word_prefix(&lower[from..]) else { continue };
        if w.kind != kind || !lower[from + w.phrase.len()..].starts_with(" của ") {
            continue;
        }
        let s = lo + cs + from + w.phrase.len() + " của ".len();
        let e = issuer_from(text, s)?;
        return Some(issuer_span(text, s, e, true));
    }
    None
}

/// The type word of an act named by its title before "số" ("Luật Nhà ở số …", "Bộ luật Hình sự
/// số …", "Pháp lệnh Ưu đãi người có công với cách mạng số …"): a code, law or ordinance word, then a name opening with a capital
/// and up to eleven more words, without punctuation.
fn named_act_word(text: &str, ident_start: usize) -> Option<&'static TypeWord> {
    let p = skip_ws_back(text, ident_start);
    let mut p = skip_ws_back(text, ends_with_word_ci(text, p, "số")?);
    let mut first: Option<&str> = None;
    for _ in 0..12 {
        if let Some((_, w)) = type_word_ending_at(text, p) {
            let named = first.is_some_and(|f| f.starts_with(char::is_uppercase));
            return (named && matches!(w.kind.as_str(), "Luật" | "Bộ luật" | "Pháp lệnh"))
                .then_some(w);
        }
        let k = text[..p].rfind(' ')? + 1;
        let word = &text[k..p];
        if word.is_empty() || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        first = Some(word);
        p = skip_ws_back(text, k);
    }
    None
}

/// "UBND tỉnh Quảng Nam cho biết, vừa có văn bản số 156/TB-UBND": the subject of a reporting
/// verb ("cho biết") right before the comma that opens the verb phrase at `verb`.
fn reporter_subject(text: &str, verb: usize) -> Option<Issuer> {
    let t = text[..verb].trim_end_matches([' ', '\t']);
    let t = t.strip_suffix(',')?.trim_end_matches([' ', '\t']);
    let r = LEX.report_verbs.iter().find_map(|w| ends_with_word_ci(text, t.len(), w))?;
    front_issuer(text, text[..r].trim_end_matches([' ', '\t']).len())
}

/// "đã được UBND thành phố thống nhất tại công văn số 3299/UBND-SXD": the agent of a passive
/// verb of one to three lowercase words whose act the reference records ("được ORG <verb> tại
/// <reference>"), in one clause; also "do ORG [khóa XV] chuyển đến tại <reference>", and a
/// grant recorded by the reference it follows ("được Bộ GTVT cho phép ứng dụng rộng rãi theo
/// Quyết định số …": a granting verb and up to six lowercase syllables before "theo"); the
/// subject of a relative clause too ("các giải pháp mà Thủ tướng Chính phủ đã chỉ đạo tại công
/// văn số …"), and an act recorded "bằng" (by) the reference.
pub(super) fn passive_agent(text: &str, mention_start: usize) -> Option<Issuer> {
    let p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    // ("Giấy phép khai thác cát được UBND tỉnh Kon Tum cấp (số 135/GP-UBND …)": the record in
    // parentheses right after the passive verb)
    let paren = || {
        let p = ends_with_word_ci(text, p, "số").map_or(p, |s| text[..s].trim_end().len());
        text[..p].ends_with('(').then(|| p - 1)
    };
    // ("đã được Thủ tướng phê duyệt bằng quyết định 655": the act recorded "by" the reference)
    let at = ends_with_word_ci(text, p, "tại").or_else(|| ends_with_word_ci(text, p, "bằng"));
    let (tai, by_grant) = match at {
        Some(t) => (t, false),
        None => match ends_with_word_ci(text, p, "theo") {
            Some(t) => (t, true),
            None => (paren()?, false),
        },
    };
    let mut q = text[..tai].trim_end_matches([' ', '\t']).len();
    // "được UBND tỉnh Quảng Nam chấp thuận cho phép Công ty 501 đầu tư (theo Công văn số: …)":
    // the grant's record in parentheses.
    if by_grant {
        if let Some(o) = text[..q].strip_suffix('(') {
            q = o.trim_end_matches([' ', '\t']).len();
        }
    }
    let lo = floor_char(text, q.saturating_sub(160));
    let (k, agent) = [("được ", false), ("do ", true), ("mà ", false)]
        .iter()
        .filter(|(_, by)| !(by_grant && *by))
        .filter_map(|(w, _)| text[lo..q].rfind(w).map(|k| (lo + k, w.len())))
        .max()?;
    if text[k..q].contains([',', '.', ';', ':', '\n', '(', ')'])
        || !text[..k].ends_with(|c: char| !c.is_alphanumeric())
    {
        return None;
    }
    let s = k + agent;
    let e = issuer_from(text, s)?;
    let mut gap: Vec<&str> = text.get(e..q)?.split_whitespace().collect();
    // "Ủy ban Dân nguyện và Giám sát Quốc hội khóa XV chuyển đến": the body's term is no verb.
    if gap.len() > 2 && ["khóa", "khoá"].contains(&gap[0]) {
        gap.drain(..2);
    }
    let lowercase = gap.iter().all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
    let verb = if by_grant {
        let joined = gap.join(" ");
        // (a word may stand before the verb: "được Thủ tướng Chính phủ về phê duyệt theo")
        let from = |k: usize| gap.get(k..).map(|w| w.join(" ")).unwrap_or_default();
        let direct = GRANTS.iter().any(|g| joined.starts_with(g));
        let grant = direct || (gap.len() >= 3 && GRANTS.iter().any(|g| from(1).starts_with(g)));
        // (the grantee may be named after the verb: "chấp thuận cho phép Công ty 501 đầu tư")
        let named = direct && gap.len() <= 9;
        if named {
            return Some(issuer_span(text, s, e, false));
        }
        gap.len() <= 6 && grant
    } else {
        // ("được Thủ tướng cho phép áp dụng cơ chế đặc thù tại Văn bản số …": a granting verb
        // and what it grants, up to nine lowercase words)
        (1..=3).contains(&gap.len())
            || (gap.len() <= 9 && GRANTS.iter().any(|g| gap.join(" ").starts_with(g)))
    };
    (verb && lowercase).then(|| issuer_span(text, s, e, false))
}

/// "Bộ TT&TT ban hành Kế hoạch Chuyển đổi mã vùng theo Quyết định số …", "danh sách mà Bộ X
/// vừa công bố theo quyết định số …": a subject that issues or announces something under the
/// reference ("theo"), in one clause, is its issuer: up to eight words without digits between
/// the verb and "theo".
fn issuing_subject(text: &str, mention_start: usize) -> Option<Issuer> {
    let p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    let theo = ends_with_word_ci(text, p, "theo")?;
    let q = text[..theo].trim_end_matches([' ', '\t']).len();
    let lo = floor_char(text, q.saturating_sub(200));
    let clause_start =
        text[lo..q].rfind([',', '.', ';', ':', '\n', '(', ')']).map_or(lo, |k| lo + k + 1);
    let clause = &text[clause_start..q];
    let (v, verb) = last_verb(clause, &ISSUING)?;
    if clause[v + verb..].split_whitespace().count() > 8
        || clause[v + verb..].contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // The subject ends before the auxiliaries of the verb ("vừa", "đã").
    let mut at = clause_start + v;
    loop {
        let t = text[..at].trim_end_matches([' ', '\t']);
        match ["đã", "vừa", "mới", "cũng"].iter().find_map(|w| ends_with_word_ci(text, t.len(), w))
        {
            Some(s) => at = s,
            None => break,
        }
    }
    let e = text[..at].trim_end_matches([' ', '\t']).len();
    if e <= clause_start {
        return None;
    }
    let s = issuer_ending_at(text, clause_start, e, 14)?;
    Some(issuer_span(text, s, e, false))
}

/// "UBND TPHCM đã phê duyệt dự án này tại Quyết định số 2319", "sau khi Thủ tướng Chính phủ
/// chấp thuận về chủ trương đầu tư tại văn bản số 152/TTg-CN", "được Ban Quản lý Khu Kinh tế
/// Nghi Sơn phê duyệt Báo cáo đánh giá tác động môi trường tại Quyết định số 299/…": a grant
/// ([`RECORDED_GRANTS`]) the reference after "tại" records, made by the body written right
/// before its verb (after its auxiliaries) in the same clause: the grant's maker is the
/// issuer. What the grant is of stands between the verb and "tại" (up to twelve words, no digit,
/// no comma, not a rule's "quy định": "đồng ý áp dụng các quy định tại Nghị định …" cites
/// rules, not the grant's record). A passive with no agent ("được phê duyệt tại") gives none.
pub(super) fn granting_subject(text: &str, mention_start: usize) -> Option<Issuer> {
    let p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    let tai = ends_with_word_ci(text, p, "tại")?;
    let q = text[..tai].trim_end_matches([' ', '\t']).len();
    let lo = floor_char(text, q.saturating_sub(300));
    let clause_start =
        text[lo..q].rfind(['.', ';', ':', '\n', '(', ')']).map_or(lo, |k| lo + k + 1);
    let clause = &text[clause_start..q];
    let (v, verb) = last_verb(clause, &RECORDED_GRANTS)?;
    let object = &clause[v + verb..];
    if object.split_whitespace().count() > 12
        || object.contains(|c: char| c.is_ascii_digit() || c == ',')
        || object.contains("quy định")
    {
        return None;
    }
    let at = before_auxiliaries(text, clause_start + v);
    let e = text[..at].trim_end_matches([' ', '\t']).len();
    if e <= clause_start {
        return None;
    }
    let s = issuer_ending_at(text, clause_start, e, 14)?;
    Some(issuer_span(text, s, e, false))
}

/// The last of `verbs` written as whole words in `clause` (after a space, before no letter or
/// digit): its byte offset and length.
fn last_verb(clause: &str, verbs: &[&str]) -> Option<(usize, usize)> {
    verbs
        .iter()
        .filter_map(|w| {
            clause
                .match_indices(w)
                .map(|(k, _)| k)
                .filter(|&k| k > 0 && clause[..k].ends_with(' '))
                .filter(|&k| !clause[k + w.len()..].starts_with(char::is_alphanumeric))
                .last()
                .map(|k| (k, w.len()))
        })
        .max()
}

/// Verbs of a grant that the reference after "tại" records ([`granting_subject`]).
const RECORDED_GRANTS: [&str; 7] =
    ["cho phép", "phê duyệt", "chấp thuận", "công nhận", "cấp phép", "đồng ý", "xếp hạng"];

/// Verbs of a subject that issues or announces what a reference after "theo" records.
const ISSUING: [&str; 2] = ["ban hành", "công bố"];

/// Verbs of a grant that the decision "theo" which it was made records.
const GRANTS: [&str; 5] = ["cho phép", "phê duyệt", "chấp thuận", "công nhận", "cấp phép"];

/// An issuer read from `text[s..e]`, without the name of the office-holder it may end with
/// ("Thủ tướng Chính phủ Nguyễn Xuân Phúc" → "Thủ tướng Chính phủ").
fn issuer_span(text: &str, s: usize, e: usize, clause: bool) -> Issuer {
    let name = &text[s..e];
    let name = &name[..holder_office_len(name).unwrap_or(name.len())];
    let name = &name[..next_sentence_at(name).unwrap_or(name.len())];
    // "Thông tư 15/2015 của Bộ VHTTDL Quy định về tổ chức lễ hội", "… của Bộ Tài chính Hướng
    // dẫn thực hiện …": the capitalised first word of the document's title is no part of the body.
    let name = SUBJECT_HEADS
        .iter()
        .find_map(|h| name.strip_suffix(h))
        .filter(|n| n.split_whitespace().count() >= 2)
        .map_or(name, str::trim_end);
    Issuer { name: unglue(name), clause }
}

/// Where a sentence run on after a body's name begins in `name` (a word of
/// [`openers::IN_ISSUER`] after the first word, not "Theo dõi" nor a place's "Cả"; or of
/// [`openers::DATELINE`] before a number), the spaces before it trimmed.
fn next_sentence_at(name: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = name
        .split(' ')
        .scan(0, |at, w| {
            let k = *at;
            *at += w.len() + 1;
            Some((k, w))
        })
        .collect();
    words.windows(3).find_map(|three| {
        let [(_, prev), (k, w), (_, next)] = three else { return None };
        let opens = (openers::IN_ISSUER.contains_capitalised(w)
            && !(*w == "Theo" && *next == "dõi")
            && !(*w == "Cả" && NAMES_ENDING_CA.contains(prev)))
            || (openers::DATELINE.contains_capitalised(w)
                && next.starts_with(|c: char| c.is_ascii_digit()));
        opens.then(|| name[..*k].trim_end().len())
    })
}

/// The words that "Cả" ends a place's name after ("Đèo Cả" a pass, "Sông Cả" a river, "Cha Cả"
/// a crossroads), where it opens no sentence ("Công ty CP Đầu tư BOT Đèo Cả Khánh Hòa").
const NAMES_ENDING_CA: [&str; 3] = ["Đèo", "Sông", "Cha"];

/// The first words of a document's title written with a capital after its issuer's name.
const SUBJECT_HEADS: [&str; 4] = [" Quy định", " Hướng dẫn", " Về việc", " Ban hành"];

/// A title alone, naming no body ("Thứ trưởng", "Phó Chủ tịch").
fn bare_title(name: &str) -> bool {
    let doc = Doc::new(name);
    title_head_at(&doc, 0).is_some_and(|(e, _)| e == doc.len())
}

/// `name` with a space put back where a word runs into the next without one ("Bộ trưởngBộ
/// Giáo dục" → "Bộ trưởng Bộ Giáo dục"), as the tokeniser splits it.
fn unglue(name: &str) -> String {
    let doc = Doc::new(name);
    let mut out = String::with_capacity(name.len() + 2);
    let mut last = 0;
    for w in doc.toks.windows(2) {
        let words =
            [w[0].shape, w[1].shape].iter().all(|s| !matches!(s, Shape::Punct | Shape::Break));
        if words && w[1].s == w[0].e {
            out.push_str(&name[last..w[1].s]);
            out.push(' ');
            last = w[1].s;
        }
    }
    out.push_str(&name[last..]);
    out
}

/// "Ủy ban Thường vụ Quốc hội khóa 13", "Ban Bí thư khóa XII": the end of the body before its
/// term, when the text before `p` ends with one.
fn before_term(text: &str, p: usize) -> usize {
    let t = text[..p].trim_end_matches([' ', '\t']);
    let last = t.rsplit(' ').next().unwrap_or("");
    let term = !last.is_empty()
        && (last.chars().all(|c| c.is_ascii_digit()) || last.chars().all(|c| "IVXL".contains(c)));
    if !term {
        return p;
    }
    let q = t[..t.len() - last.len()].trim_end_matches([' ', '\t']);
    ["khóa", "khoá", "Khóa", "Khoá"]
        .iter()
        .find_map(|w| ends_with_word_ci(q, q.len(), w))
        .map_or(p, |s| text[..s].trim_end_matches([' ', '\t']).len())
}

/// Issue date and issuer written after a reference.
pub(super) fn clauses_after(
    text: &str,
    end: usize,
    published: Option<NaiveDate>,
) -> (Option<NaiveDate>, Option<Issuer>) {
    let mut p = end;
    let mut issued = None;
    if let Some((d, e)) = date_clause(text, p, published) {
        issued = Some(d);
        p = e;
    }
    // "Kết luận (số 184/KL-SYT) của Giám đốc Sở Y tế": the reference closed in parentheses.
    let q = hspace(text, p);
    if text[q..].starts_with(')') {
        let lo = floor_char(text, end.saturating_sub(40));
        let open = text[lo..end].rfind('(');
        if open.is_some_and(|o| text[lo + o..end].find(')').is_none()) {
            p = q + 1;
        }
    }
    let mut issuer = issuer_clause(text, p)
        .or_else(|| signed_after_addressee(text, p))
        .or_else(|| issuer_past_gap(text, p, issued.is_none() && published.is_none()));
    if issuer.is_none() && issued.is_some() {
        // "Văn bản số 5279/UBND-TKBT, ngày 09/9/2016, của UBND Thành phố"
        let q = hspace(text, p);
        if text[q..].starts_with(',') {
            issuer = issuer_clause(text, q + 1);
        }
    }
    if issued.is_none() {
        if let Some((_, e)) = &issuer {
            issued = date_clause(text, *e, published).map(|(d, _)| d);
        }
    }
    if issued.is_none() {
        issued = signed_date(text, p, published);
    }
    let issuer = issuer.map(|(i, _)| i).or_else(|| unnumbered_sibling(text, p, published));
    (issued, issuer)
}

/// The issuer clause ([`issuer_clause`]) after a gap at `p` that names no issuer: the year
/// written out after the number ("Văn bản số 2380 năm 2017 của Văn phòng Chính phủ"), or, when
/// `yearless` (no date read and no publication date to give a day its year), a day written
/// without its year ("công điện số 03 (ngày 6/2) của Ủy ban An toàn giao thông Quốc gia",
/// "Công văn số 12, ngày 6/2, của …"): the day is left unread, the issuer after it is read.
fn issuer_past_gap(text: &str, p: usize, yearless: bool) -> Option<(Issuer, usize)> {
    // (cheap test first: the gap opens with "năm", "ngày", "(" or ",")
    let q = hspace(text, p);
    let rest = &text[q..];
    if !(rest.starts_with(['(', ',']) || rest.starts_with("năm ") || rest.starts_with("ngày ")) {
        return None;
    }
    if let Some(y) = super::short::year_word_after(text, p) {
        return issuer_clause(text, y);
    }
    if !yearless {
        return None;
    }
    // Any year completes the day; only the end of its clause is used.
    let any_year = NaiveDate::from_ymd_opt(2000, 6, 30);
    let (_, e) = date_clause(text, p, any_year)?;
    issuer_clause(text, e).or_else(|| {
        let c = hspace(text, e);
        text[c..].starts_with(',').then(|| issuer_clause(text, c + 1)).flatten()
    })
}

/// "Công văn số 301/BGDĐT-GDMN gửi Sở GD – ĐT Hà Nội, do Thứ trưởng … ký": the signing clause
/// ("do" the signer and an issue verb, [`issuer_clause`]) after the body a letter is sent to.
fn signed_after_addressee(text: &str, p: usize) -> Option<(Issuer, usize)> {
    let mut q = hspace(text, p);
    if text[q..].starts_with(',') {
        q = hspace(text, q + 1);
    }
    let (w, e) = word_at(text, q);
    if w != "gửi" {
        return None;
    }
    let mut r = hspace(text, issuer_from(text, hspace(text, e))?);
    if text[r..].starts_with(',') {
        r = hspace(text, r + 1);
    }
    (word_at(text, r).0 == "do").then(|| issuer_clause(text, r)).flatten()
}

/// "công văn số 314, do bà Trần Thị Thảo – Phó Giám đốc Sở TTTT tỉnh Ninh Bình ký ngày
/// 7.4.2017": the date of the signing clause after the reference ("do" the signer, up to
/// sixteen words with no digit and no sentence break, "ký", its date).
fn signed_date(text: &str, p: usize, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let mut q = hspace(text, p);
    if text[q..].starts_with(',') {
        q = hspace(text, q + 1);
    }
    let rest = text[q..].strip_prefix("do ")?;
    let stop = floor_char(rest, rest.len().min(200));
    let k = rest[..stop].find(" ký ")?;
    let signer = &rest[..k];
    if signer.split_whitespace().count() > 16
        || signer.contains(|c: char| c.is_ascii_digit() || ".;:()\n".contains(c))
    {
        return None;
    }
    let after = q + 3 + k + " ký ".len();
    date_clause(text, after, published).map(|(d, _)| d)
}

/// "Chỉ thị số 26/CT-TTg ngày 05/9/2016 cũng như Công điện ngày 02/2/2017 của Thủ tướng Chính
/// phủ": a document without a number joined to the reference by "cũng như" or "và", with its
/// own date, shares the issuer named after it.
fn unnumbered_sibling(text: &str, p: usize, published: Option<NaiveDate>) -> Option<Issuer> {
    let mut q = hspace(text, p);
    if text[q..].starts_with(',') {
        q = hspace(text, q + 1);
    }
    let (w, e) = word_at(text, q);
    q = match w {
        "và" => hspace(text, e),
        "cũng" => {
            let (w2, e2) = word_at(text, hspace(text, e));
            (w2 == "như").then(|| hspace(text, e2))?
        }
        _ => return None,
    };
    let head = &text[q..floor_char(text, (q + 60).min(text.len()))];
    let word = type_word_prefix(&head.to_lowercase()).filter(|w| !w.kind.is_empty())?;
    for _ in 0..word.phrase.split(' ').count() {
        let (w, e) = word_at(text, q);
        if w.is_empty() {
            return None;
        }
        q = hspace(text, e);
    }
    // Its own date makes it a document of its own ("Công điện ngày 02/2/2017").
    let (_, e) = date_clause(text, q, published)?;
    issuer_clause(text, e).map(|(i, _)| i)
}

/// `[","] ["("] [được ban hành | ký …] "ngày" Date [")"]` at `p`.
pub(super) fn date_clause(
    text: &str,
    p: usize,
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, usize)> {
    let mut q = hspace(text, p);
    if text[q..].starts_with(',') {
        q = hspace(text, q + 1);
    }
    let paren = text[q..].starts_with('(');
    if paren {
        q = hspace(text, q + 1);
    }
    let mut words = 0;
    loop {
        let (w, e) = word_at(text, q);
        if w.is_empty() {
            return None;
        }
        let lw = w.to_lowercase();
        if lw == "ngày" {
            q = hspace(text, e);
            // "ngày ngày 08 tháng 6 …": the word typed twice is read once.
            let (w2, e2) = word_at(text, q);
            if w2.to_lowercase() == "ngày" {
                q = hspace(text, e2);
            }
            break;
        }
        if lw == "gửi" && words == 0 && !paren {
            // "văn bản số 47/CV-HoREA, gửi Thủ tướng Chính phủ ngày 11/5/2017": the day a letter
            // was sent to a body named right after "gửi" is its date; "ngày" must follow.
            q = hspace(text, issuer_from(text, hspace(text, e))?);
            words = 4;
            continue;
        }
        if !LEX.date_clause.contains(&lw) || words >= 4 {
            return None;
        }
        words += 1;
        q = hspace(text, e);
    }
    let (date, mut e) = date_at(text, q, published)?;
    if paren {
        let r = hspace(text, e);
        if text[r..].starts_with(')') {
            e = r + 1;
        }
    }
    Some((date, e))
}

/// `của ORG` or `do ORG ban hành` at `p`.
fn issuer_clause(text: &str, p: usize) -> Option<(Issuer, usize)> {
    let q = hspace(text, p);
    let (w, e) = word_at(text, q);
    let by = match w {
        "của" | "CỦA" => false,
        "do" | "DO" => true,
        _ => return None,
    };
    if !text[e..].starts_with(' ') {
        return None;
    }
    let mut s = e + 1;
    // "… CỦA CỦA ỦY BAN NHÂN DÂN TỈNH …": the word typed twice is read once.
    let (w2, e2) = word_at(text, s);
    if w2 == w && text[e2..].starts_with(' ') {
        s = e2 + 1;
    }
    // "do ông Phạm Văn Ca – Phó Chủ tịch UBND tỉnh Thái Bình ký": a signer named first, then
    // the office they sign for.
    if by {
        if let Some((os, oe, after)) = signer_office(text, s) {
            let r = hspace(text, after);
            if LEX.issue_verbs.iter().any(|v| text[r..].starts_with(v.as_str())) {
                return Some((issuer_span(text, os, oe, true), after));
            }
        }
    }
    let mut end = match issuer_from(text, s) {
        Some(e) => e,
        None if !by => lowercase_issuer(text, s)?,
        // "Quyết định 19/2009 do TP ban hành": the city or province the text is about, named
        // by its bare noun before the issuing verb.
        None => province_noun_end(text, s)?,
    };
    if w.chars().all(char::is_uppercase) {
        end = caps_issuer_end(text, s, end)?;
    }
    if by {
        let r = hspace(text, end);
        let rest = &text[r..];
        if !LEX.issue_verbs.iter().any(|v| rest.starts_with(v.as_str())) {
            return None;
        }
    }
    Some((issuer_span(text, s, end, true), end))
}

/// "ông Phạm Văn Ca – Phó Chủ tịch UBND tỉnh Thái Bình", "Thiếu tá Vũ Minh Tiến, Phó Thủ
/// trưởng Cơ quan Cảnh sát điều tra …", "ông Phan Quốc Ly (Phó giám đốc Đài …)": a signer
/// named at `s` by an honorific, rank or degree (`prefixes.txt`) and two to four capitalised
/// words, then, after a comma, a dash or an opening parenthesis, the office they hold (a title
/// and its body). Returns the office's start and end and the end of the whole (past the
/// closing parenthesis).
fn signer_office(text: &str, s: usize) -> Option<(usize, usize, usize)> {
    let doc = Doc::analyse(&text[s..floor_char(text, (s + 120).min(text.len()))]);
    let mut i = 0;
    while let Some((e, _)) = PLACES.prefixes.at(&doc, i) {
        i = e;
    }
    let name = (i..doc.len().min(i + 5)).take_while(|&k| doc.shape(k) == Shape::Title).count();
    if i == 0 || !(2..=4).contains(&name) {
        return None;
    }
    let sep = i + name;
    let paren = doc.is_punct(sep, '(');
    if !(paren || [',', '-', '–', '—'].iter().any(|&c| doc.is_punct(sep, c))) {
        return None;
    }
    let os = s + doc.toks.get(sep + 1)?.s;
    title_head_at(&Doc::analyse(&text[os..floor_char(text, (os + 80).min(text.len()))]), 0)?;
    let oe = issuer_from(text, os)?;
    let mut after = oe;
    if paren {
        let r = hspace(text, oe);
        after = text[r..].starts_with(')').then_some(r + 1)?;
    }
    Some((os, oe, after))
}

/// An issuer after "của" written in lowercase: the Government ("của chính phủ về …"), or an
/// office whose title is lowercase before its capitalised body ("của chủ tịch Hội đồng Bộ
/// trưởng"). Returns its end.
fn lowercase_issuer(text: &str, s: usize) -> Option<usize> {
    const GOVERNMENT: &str = "chính phủ";
    if text[s..].starts_with(GOVERNMENT)
        && !text[s + GOVERNMENT.len()..].starts_with(char::is_alphanumeric)
    {
        return Some(s + GOVERNMENT.len());
    }
    if !text[s..].starts_with(char::is_lowercase) {
        return None;
    }
    let doc = Doc::analyse(&text[s..floor_char(text, (s + 80).min(text.len()))]);
    let (head, _) = title_head_at(&doc, 0)?;
    let body = s + doc.toks.get(head)?.s;
    if !text[body..].starts_with(char::is_uppercase) {
        return None;
    }
    issuer_from(text, body)
}

/// A title in capitals ("… CỦA BỘ XÂY DỰNG VỀ HƯỚNG DẪN THỰC HIỆN …") gives no case to end
/// the body's name: it ends before the first word of the clause that follows (`caps_clause`).
fn caps_issuer_end(text: &str, s: usize, end: usize) -> Option<usize> {
    let span = &text[s..end];
    let lower = span.to_lowercase();
    if lower.len() != span.len() {
        return Some(end);
    }
    let mut cut = end;
    for w in &LEX.caps_clause {
        let mut from = 0;
        while let Some(k) = lower[from..].find(w.as_str()).map(|k| from + k) {
            let after = k + w.len();
            let starts = k > 0 && lower[..k].ends_with(' ');
            let ends = after == lower.len() || lower[after..].starts_with(' ');
            if starts && ends {
                cut = cut.min(s + k);
                break;
            }
            from = after;
        }
    }
    let t = text[s..cut].trim_end();
    (!t.is_empty()).then_some(s + t.len())
}

/// "[đã|vừa|mới] [ký] ban hành <mention>" (or "đã có", "đã ký", "ra"): the start of that verb
/// phrase.
pub(super) fn front_verb(text: &str, mention_start: usize) -> Option<usize> {
    let mut p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    // "ban hành các Quyết định số 1, 2 và 3/QĐ-UBND", "đã có liên tiếp 5 quyết định số …"
    loop {
        let digits =
            text[..p].len() - text[..p].trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let s = if digits > 0
            && digits <= 2
            && !text[..p - digits].ends_with(|c: char| c.is_alphanumeric())
        {
            Some(p - digits)
        } else {
            LEX.front_counts.iter().find_map(|w| ends_with_word_ci(text, p, w))
        };
        match s {
            Some(s) => p = text[..s].trim_end_matches([' ', '\t']).len(),
            None => break,
        }
    }
    let mut p = LEX.front_verbs.iter().find_map(|v| ends_with_word_ci(text, p, v))?;
    // "Bộ trưởng … ký, ban hành Công văn số …": the signing and the issuing as two verbs.
    if let Some(k) = text[..p].trim_end_matches([' ', '\t']).strip_suffix(',') {
        if let Some(s) = ends_with_word_ci(text, k.trim_end_matches([' ', '\t']).len(), "ký") {
            p = s;
        }
    }
    Some(before_auxiliaries(text, p))
}

/// Where the auxiliaries before `p` ("đã", "vừa", "chính thức" …, `front_aux`) begin, read
/// backwards, spaces before them trimmed: the start of a verb phrase ending at `p`.
fn before_auxiliaries(text: &str, mut p: usize) -> usize {
    loop {
        let q = text[..p].trim_end_matches([' ', '\t']).len();
        match LEX.front_aux.iter().find_map(|w| ends_with_word_ci(text, q, w)) {
            Some(s) => p = s,
            None => return q,
        }
    }
}

/// "Ngày 6-2, thay mặt Chính phủ, Thủ tướng Nguyễn Xuân Phúc ký ban hành <mention>",
/// "thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Vương Đình Huệ đã ký <mention>": the
/// body or office a signer acts for (a signing formula, ORG and a comma opening the clause
/// whose subject, the signer, stands before the verb phrase at `v`) is the issuer, not the
/// signer's title.
pub(super) fn on_behalf(text: &str, v: usize) -> Option<Issuer> {
    let lo = floor_char(text, v.saturating_sub(200));
    let window = &text[lo..v];
    let (k, len) = SIGNING_FORMULAS
        .iter()
        .filter_map(|w| {
            let low = window.rfind(w);
            let cap = w.strip_prefix('t').and_then(|r| window.rfind(&format!("T{r}")));
            low.max(cap).map(|k| (k, w.len()))
        })
        .max()?;
    let mut s = lo + k + len;
    if text[s..v].starts_with("của ") {
        s += "của ".len();
    }
    // The whole span up to the formula's comma is one issuer.
    let c = s + text[s..v].find(',')?;
    let e = text[..c].trim_end_matches([' ', '\t']).len();
    if e <= s || issuer_ending_at(text, s, e, 14) != Some(s) {
        return None;
    }
    // The signer between the comma and the verb: a few words, no clause break.
    let signer = &text[c + 1..v];
    let words = signer.split_whitespace().count();
    let broken = signer.contains([',', '.', ';', ':', '\n', '(', ')', '"', '“', '”']);
    (!broken && (1..=8).contains(&words)).then(|| issuer_span(text, s, e, false))
}

/// "Ngày 17/5 vừa qua, ông Võ Đức Đại - Trưởng phòng GD-ĐT huyện Can Lộc đã ký công văn số
/// …", "PGS.TS Lương Ngọc Khuê - Cục trưởng Cục Quản lý Khám chữa bệnh (Bộ Y tế)- đã ký công văn
/// số …": a signer named by "ông"/"bà" or a degree and two to four capitalised words, then a
/// spaced dash and the office they hold (a title opening it, a parent body in parentheses kept,
/// no comma, at most sixteen words, a dash closing it left out) before the verb phrase at `v`:
/// the office is the issuer, as when the title stands before the name.
pub(super) fn dashed_signer(text: &str, v: usize) -> Option<Issuer> {
    let lo = floor_char(text, v.saturating_sub(240));
    let head = text[lo..v].trim_end_matches([' ', '\t']);
    let head = head.strip_suffix(['-', '–']).map_or(head, |h| h.trim_end_matches([' ', '\t']));
    let (d, len) =
        [" - ", " – "].iter().filter_map(|sep| head.rfind(sep).map(|k| (k, sep.len()))).max()?;
    let from = head[..d]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '\n' | ',' | ';' | ':' | '"' | '“' | '”' | '(' | ')'))
        .map_or(0, |(k, c)| k + c.len_utf8())
        .max(head[..d].rfind(". ").map_or(0, |k| k + 2));
    if !named_person(head[from..d].trim()) {
        return None;
    }
    let (os, oe) = (lo + d + len, lo + head.len());
    let office = &text[os..oe];
    let words = office.split_whitespace().count();
    if office.contains([',', ';', ':', '\n', '"', '“', '”']) || !(1..=16).contains(&words) {
        return None;
    }
    // ("… - Phó Giám đốc Sở TN&MT cho biết sở đã có văn bản số …": a reporting verb ends the
    // office and opens another subject's clause; no office is read then.)
    let spaced = format!(" {} ", office.to_lowercase());
    if LEX.report_verbs.iter().any(|w| spaced.contains(&format!(" {w} "))) {
        return None;
    }
    title_head_at(&Doc::new(office), 0)?;
    Some(Issuer { name: unglue(office), clause: false })
}

/// "Quốc hội thông qua Nghị quyết số 32/2016/QH14", "Hội đồng Bảo an LHQ đã thông qua nghị
/// quyết 1718": the body that adopts a resolution, a law or an ordinance ("[đã|vừa|chính thức]
/// thông qua" right before the reference) issues it.
pub(super) fn adopting_subject(text: &str, mention_start: usize, kind: &str) -> Option<Issuer> {
    if !matches!(kind, "Nghị quyết" | "Luật" | "Pháp lệnh") {
        return None;
    }
    let p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    let v = before_auxiliaries(text, ends_with_word_ci(text, p, "thông qua")?);
    let issuer = front_issuer(text, v)?;
    // The body opens its clause ("…, Liên Hiệp Quốc đã thông qua", "sau khi Hội đồng Bảo an …
    // thông qua"), not read as the end of a longer name ("Hội đồng bảo an LHQ" → "LHQ").
    let s = text[..v].rfind(issuer.name.as_str())?;
    let before = text[..s].trim_end_matches([' ', '\t']);
    let opens = before.is_empty()
        || before.ends_with(['.', ',', ';', ':', '\n', '(', ')', '"', '“', '”', '-', '–'])
        || ["và", "khi", "thì", "mà"]
            .iter()
            .any(|w| ends_with_word_ci(text, before.len(), w).is_some());
    opens.then_some(issuer)
}

/// "Trên cơ sở đề nghị của UBND TP, ngày 20/01/2017, tại công văn số 95, Phó Thủ tướng … đã có
/// ý kiến", "Cụ thể, ngày 28/4, tại Giấy phép số 237/GP-NTBD, Cục NTBD cho phổ biến …": a day
/// written with "ngày", alone in its clause (after a sentence or clause start, no time of day
/// before it, a comma or nothing after it), right before the opener ("tại", "trong") of the
/// clause the reference at `start` opens, is the day of the act the reference records.
pub(super) fn topic_date(
    text: &str,
    start: usize,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let p = text[..start].trim_end_matches([' ', '\t']).len();
    let o = LEX.topic_openers.iter().find_map(|w| ends_with_word_ci(text, p, w))?;
    let before = text[..o].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix(',').map_or(before, |b| b.trim_end_matches([' ', '\t']));
    let lo = floor_char(text, before.len().saturating_sub(40));
    let n = lo + ["ngày ", "Ngày "].iter().filter_map(|w| text[lo..before.len()].rfind(w)).max()?;
    let lead = text[..n].trim_end_matches([' ', '\t']);
    if !(lead.is_empty() || lead.ends_with(['.', '\n', ',', ':', ';', '-', '–'])) {
        return None;
    }
    let d = hspace(text, n + "ngày".len());
    // The date runs to the clause's end: "ngày 14/11/2013 tại", "ngày 28/4, tại".
    let (date, e) = date_at(text, d, published)?;
    (e == before.len()).then_some(date)
}

/// "ORG <verb phrase at `p`> <mention>": the issuer named in front. An abbreviation in
/// parentheses after it ("Ngân hàng Nhà nước Việt Nam (NHNN) vừa có văn bản số …") is left out.
pub(super) fn front_issuer(text: &str, p: usize) -> Option<Issuer> {
    let p = before_abbreviation(text, p);
    let window = floor_char(text, p.saturating_sub(160));
    // "Chủ tịch UBND thành phố Tây Ninh (Tây Ninh) Trần Hữu Hậu đã có …", "ông A - Trưởng công
    // an xã Kim Sơn (Định Hóa, Thái Nguyên) đã ký …", "được UBND thị xã (nay là TP) Rạch Giá ra
    // …": places or a present name in parentheses inside the subject read as blank (their
    // commas close no clause).
    match blank_place_parens(text, window, p) {
        Some(blank) => front_issuer_at(&blank, window, p).map(|mut i| {
            i.name = i.name.split_whitespace().collect::<Vec<_>>().join(" ");
            i
        }),
        None => front_issuer_at(text, window, p),
    }
}

/// [`front_issuer`] over `text[window..p]`: the subject's clause, then its issuer.
fn front_issuer_at(text: &str, window: usize, p: usize) -> Option<Issuer> {
    // A dot glued to the next word is an abbreviation's ("UBND TP.Hà Nội"), no sentence end;
    // nor is the dot of a city's abbreviation before a spaced name ("TAND TP. Vinh").
    let city_dot = |k: usize| {
        let head = &text[window..window + k];
        ["TP", "Tp", "TX"].iter().any(|a| {
            head.strip_suffix(a)
                .is_some_and(|h| h.is_empty() || h.ends_with(|c: char| c.is_whitespace()))
        })
    };
    let seg_start = text[window..p]
        .rmatch_indices(['\n', ',', '.', ';', ':', '!', '?', '(', ')', '“', '”', '"'])
        .find(|&(k, c)| {
            if matches!(c, "(" | ")") {
                return !abbreviation_paren(text, window + k);
            }
            c != "."
                || (text[window + k + 1..].starts_with(|n: char| n.is_whitespace()) && !city_dot(k))
        })
        .map_or(window, |(k, c)| window + k + c.len());
    let p = before_term(text, p);
    front_issuer_in(text, window, seg_start, p)
}

/// [`front_issuer`] over the segment `text[seg_start..p]`, the text from `window` on being
/// where it may look back over commas.
fn front_issuer_in(text: &str, window: usize, seg_start: usize, p: usize) -> Option<Issuer> {
    // (up to 24 words: "Bộ trưởng Bộ NN&PTNT kiêm Trưởng ban chỉ đạo T.Ư về Phòng chống thiên
    // tai Nguyễn Xuân Cường")
    let mut best = issuer_ending_at(text, seg_start, p, 24);
    // "Giám đốc sở KH-ĐT tỉnh Lạng Sơn, ông Dương Công Vĩ vừa có văn bản số …": the
    // office-holder set off by a comma before "ông"/"bà" and the name is the issuer.
    if best.is_none() && named_person(&text[seg_start..p]) {
        if let Some(comma) = text[window..seg_start].trim_end().strip_suffix(',') {
            let c = window + comma.trim_end_matches([' ', '\t']).len();
            let lo = text[window..c]
                .rfind(['.', ';', ':', '\n', '(', ')', ','])
                .map_or(window, |k| window + k + 1);
            // (never past the comma's word: "… (Hà Nội) , ông A" leaves nothing before it)
            let lo = hspace(text, lo).min(c);
            if let Some(s) = issuer_ending_at(text, lo, c, 24) {
                if title_head_at(&Doc::new(&text[s..c]), 0).is_some() {
                    return Some(issuer_span(text, s, c, false));
                }
            }
        }
    }
    // A body named with commas ("Bộ Văn hóa, Thể thao và Du lịch", "Liên Bộ A, Bộ B, Bộ C"):
    // up to two commas back, an issuer running over them is preferred.
    let mut seg = seg_start;
    for _ in 0..2 {
        let Some(comma) = text[window..seg].trim_end_matches([' ', '\t']).strip_suffix(',') else {
            break;
        };
        let lo = text[window..window + comma.len()]
            .rfind([',', '.', ';', ':', '\n', '('])
            .map_or(window, |k| window + k + 1);
        if let Some(s) = issuer_ending_at(text, lo, p, 28) {
            if best.is_none_or(|b| s < b) {
                best = Some(s);
            }
        }
        seg = lo;
    }
    // "NHNN đã phối hợp với Bộ Nông nghiệp và Phát triển Nông thôn, Bộ Khoa học và Công nghệ ban
    // hành Quyết định số 1050/QĐ-NHNN": the partner after "phối hợp với" is no subject; the
    // body before it is the issuer (none when it is not read).
    if let Some(b) = best {
        let q = text[..b].trim_end_matches([' ', '\t']).len();
        if let Some(k) = PARTNER_CUES.iter().find_map(|w| ends_with_word_ci(text, q, w)) {
            let v = before_auxiliaries(text, k);
            return if v > window && v < b { front_issuer(text, v) } else { None };
        }
    }
    if let Some(d) = best.and_then(|b| department_before(text, window, seg_start, b)) {
        return Some(d);
    }
    best.map(|s| issuer_span(text, s, p, false))
}

/// The words that name a partner, not the subject, before a body read in front of a verb.
const PARTNER_CUES: [&str; 2] = ["phối hợp với", "phối hợp cùng"];

/// "Cục Chăn nuôi, Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) vừa có công văn …": when
/// the subject read at `best` is a ministry opening the segment at `seg_start`, a department of
/// it ("Cục", "Tổng cục", "Vụ") named before, set off by a comma, is the issuer.
fn department_before(text: &str, window: usize, seg_start: usize, best: usize) -> Option<Issuer> {
    if best != hspace(text, seg_start) || !text[best..].starts_with("Bộ ") {
        return None;
    }
    let comma = text[window..seg_start].trim_end().strip_suffix(',')?;
    let c = window + comma.trim_end_matches([' ', '\t']).len();
    let lo = text[window..c]
        .rfind(['.', ';', ':', '\n', '(', ')', ',', '“', '”', '"'])
        .map_or(window, |k| window + k + 1);
    let lo = hspace(text, lo).min(c);
    let department = ["Cục ", "Tổng cục ", "Vụ "].iter().any(|d| text[lo..c].starts_with(d));
    (department && issuer_ending_at(text, lo, c, 14) == Some(lo))
        .then(|| issuer_span(text, lo, c, false))
}

/// "ông Dương Công Vĩ", "PGS.TS Lương Ngọc Khuê": "ông" or "bà" or a degree written with dots,
/// and a name of two to four capitalised words, all `s`.
fn named_person(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let degree = |w: &str| {
        w.len() <= 10
            && w.contains('.')
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    if !words.next().is_some_and(|w| matches!(w, "ông" | "bà" | "Ông" | "Bà") || degree(w)) {
        return false;
    }
    let name: Vec<&str> = words.collect();
    (2..=4).contains(&name.len())
        && name
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// Whether the parenthesis at byte `k` opens or closes an abbreviation in parentheses inside
/// a name ("Bộ Tài nguyên - Môi trường (TN-MT) Nguyễn Linh Ngọc"): one word of two capitals or
/// more, up to 24 bytes, within the line.
fn abbreviation_paren(text: &str, k: usize) -> bool {
    let (open, close) = if text[k..].starts_with('(') {
        match text[k..].find(')') {
            Some(c) => (k, k + c),
            None => return false,
        }
    } else if text[k..].starts_with(')') {
        match text[..k].rfind('(') {
            Some(o) => (o, k),
            None => return false,
        }
    } else {
        return false;
    };
    let abbr = &text[open + 1..close];
    abbreviation_shape(abbr) || place_paren(abbr)
}

/// "NHNN", "TN&MT", "PC45", and "C67" (a police department by its code), "HĐBA LHQ": an
/// abbreviation written in parentheses after a body: at most 24 bytes in one to three words of
/// letters, digits and "&.-", each with two capitals or more, or one capital and two or three
/// digits.
fn abbreviation_shape(abbr: &str) -> bool {
    let words: Vec<&str> = abbr.split(' ').collect();
    let word_ok = |w: &&str| {
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        let mut chars = w.chars();
        let coded = chars.next().is_some_and(char::is_uppercase)
            && (2..=3).contains(&chars.as_str().len())
            && chars.as_str().chars().all(|c| c.is_ascii_digit());
        !w.is_empty()
            && w.chars().all(|c| c.is_alphanumeric() || "&.-".contains(c))
            && (caps >= 2 || coded)
    };
    abbr.len() <= 24 && words.len() <= 3 && words.iter().all(word_ok)
}

/// A province named alone inside parentheses after a body ("UBND thành phố Hạ Long (Quảng
/// Ninh)", "Chủ tịch UBND thành phố Tây Ninh (Tây Ninh) Trần Hữu Hậu"): the body's place, part
/// of the subject, left out of the issuer. Also a district before its province ("Trưởng công
/// an xã Kim Sơn (Định Hóa, Thái Nguyên)": up to two capitalised names of at most three words,
/// then a known place), and the body's present name ("UBND thị xã (nay là TP) Rạch Giá").
fn place_paren(inner: &str) -> bool {
    if renamed_paren(inner) {
        return true;
    }
    if inner.len() > 80 || !inner.starts_with(char::is_uppercase) {
        return false;
    }
    let (last, before) = match inner.rsplit_once(", ") {
        Some((b, l)) => (l, Some(b)),
        None => (inner, None),
    };
    let named = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    };
    if !before.is_none_or(|b| b.split(", ").count() <= 2 && b.split(", ").all(named)) {
        return false;
    }
    let doc = Doc::analyse(last);
    doc.len() > 0 && PLACES.places.at(&doc, 0).is_some_and(|(e, _)| e == doc.len())
}

/// "(nay là Bộ Công Thương)", "(nay là TP)": a body's present name in parentheses.
fn renamed_paren(inner: &str) -> bool {
    ["nay là ", "Nay là "].iter().any(|w| inner.starts_with(w))
        && inner.len() <= 100
        && !inner.contains(['(', ',', '.', ';'])
}

/// `text` with every province in parentheses inside `text[s..e]` blanked out (same byte
/// length, so offsets hold), for the organisation grammar to read the subject around it.
fn blank_place_parens(text: &str, s: usize, e: usize) -> Option<String> {
    let mut out: Option<String> = None;
    let mut k = s;
    while let Some(o) = text[k..e].find('(').map(|o| k + o) {
        let Some(c) = text[o..e].find(')').map(|c| o + c) else { break };
        if place_paren(&text[o + 1..c]) {
            let buf = out.get_or_insert_with(|| text.to_string());
            buf.replace_range(o..=c, &" ".repeat(c + 1 - o));
        }
        k = c + 1;
    }
    out
}

/// The end of the name before `p` when `text[..p]` ends with an abbreviation in parentheses
/// ("Ngân hàng Nhà nước Việt Nam (NHNN)"): one word of two or more capitals; else `p`.
fn before_abbreviation(text: &str, p: usize) -> usize {
    let t = text[..p].trim_end_matches([' ', '\t']);
    let Some(inner) = t.strip_suffix(')') else { return p };
    let Some(k) = inner.rfind('(') else { return p };
    let abbr = &inner[k + 1..];
    // "Bộ Công nghiệp (nay là Bộ Công Thương) đã ban hành …": the body's present name in
    // parentheses between the subject and its verb.
    let renamed = renamed_paren(abbr);
    // "Cục Quản lý dược (Bộ Y tế) vừa có công văn …": the parent body in parentheses after the
    // subject, which is the issuer without it.
    let parent = abbr.starts_with(char::is_uppercase)
        && abbr.len() <= 100
        && issuer_from(text, k + 1) == Some(inner.len());
    if renamed || parent || place_paren(abbr) {
        return inner[..k].trim_end_matches([' ', '\t']).len();
    }
    if abbreviation_shape(abbr) {
        inner[..k].trim_end_matches([' ', '\t']).len()
    } else {
        p
    }
}

/// The date that opens the clause of a verb phrase at `verb`: "[Ngày] 16/8/2018[,] Bộ X đã có
/// <mention>", "22/12/2024, Tổng Bí thư … đã ký ban hành <mention>". The date must be followed
/// only by `[","]` and the subject (no comma, no other reference, at most 120 bytes): a date
/// anywhere else in the sentence (the article's dateline, an event's day) is not the issue date.
pub(super) fn front_date(
    text: &str,
    verb: usize,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    // "Ngày 26-12-2013, Thường vụ Quân ủy Trung ương (QUTW) ban hành …": the subject's
    // abbreviation in parentheses is left out.
    let recent = matches!(word_at(text, hspace(text, verb)).0, "vừa" | "mới");
    let verb = before_abbreviation(text, verb);
    let lo = floor_char(text, verb.saturating_sub(220));
    // (an abbreviation in parentheses inside the subject is no break: "Thứ trưởng Bộ Tài
    // nguyên - Môi trường (TN-MT) Nguyễn Linh Ngọc đã ký …")
    let seg_start = text[lo..verb]
        .match_indices(['\n', ';', '!', '?', '(', ')'])
        .rev()
        .find(|&(k, _)| !abbreviation_paren(text, lo + k))
        .map_or(lo, |(k, _)| lo + k + 1);
    let seg = &text[seg_start..verb];
    let mut best = None;
    for (k, c) in seg.char_indices() {
        if !c.is_ascii_digit() || seg[..k].ends_with(|p: char| p.is_ascii_digit()) {
            continue;
        }
        let Some((d, e)) = date_at(text, seg_start + k, published) else { continue };
        let lead = seg[..k].trim_end();
        let day_word = lead.strip_suffix("ngày").or_else(|| lead.strip_suffix("Ngày"));
        let lead = day_word.unwrap_or(lead).trim_end().to_lowercase();
        // "Sáng 5/7, UBND tỉnh vừa ban hành …" is a news dateline; "Chiều ngày 8.2.2017, Bộ
        // trưởng … ra Quyết định …", with "ngày" and the year, states the day of the act.
        // "Chiều 11/7, Bộ trưởng … ký, ban hành Công văn số …": a time of day dates the act
        // itself when the verb is not told as recent news ("vừa", "mới").
        let stated = (day_word.is_some() && has_year(&text[seg_start + k..e])) || !recent;
        if !stated
            && LEX.dateline_cues.iter().any(|c| ends_with_word_ci(&lead, lead.len(), c).is_some())
        {
            continue;
        }
        let verb_end = before_term(text, verb);
        let rest = text[e..verb_end].trim_start_matches([' ', '\t']);
        // "Ngày 17/5 vừa qua, ông A đã ký …": the date told as just past.
        let rest = rest.strip_prefix("vừa qua").map_or(rest, |r| r.trim_start_matches([' ', '\t']));
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        let mut subject = rest.trim();
        let mut subject_start = verb_end - rest.trim_start().len();
        // "Ngày 6-2, thay mặt Chính phủ, Thủ tướng Nguyễn Xuân Phúc ký ban hành …", "Ngày
        // 9/2/2017, thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng … đã ký …": the
        // signing formula up to its comma stands between the date and the signer.
        // (the formula's first letter in either case: "Thay mặt", "thay mặt")
        if let Some(w) = SIGNING_FORMULAS
            .iter()
            .find(|w| subject.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)))
        {
            let Some(c) = subject[w.len()..].find(',') else { continue };
            let after = subject[w.len() + c + 1..].trim_start();
            subject_start += subject.len() - after.len();
            subject = after.trim_end();
        }
        // "ngày 23/5, sau khi xét đơn của ông A, đề nghị của …, ban Thường vụ Huyện ủy X đã có
        // Quyết định …": a clause of time between the date and the subject, up to a comma.
        // (from the subject's start, past a signing formula skipped above; the subject's start
        // moves with it)
        if ["sau khi ", "Sau khi "].iter().any(|w| subject.starts_with(w)) {
            let end = text[..verb_end].trim_end().len();
            let from = subject_start;
            match issuer_ending_at(text, from, end, 28) {
                Some(s) if s > from && text[..s].trim_end().ends_with(',') => {
                    subject = text[s..end].trim();
                    subject_start = s + (text[s..end].len() - text[s..end].trim_start().len());
                }
                _ => continue,
            }
        }
        // A subject named with commas must be one issuer ("Bộ Văn hóa, Thể thao và Du lịch").
        let commas_ok = !subject.contains(',') || {
            let s = floor_char(text, subject_start);
            let end = text[..verb_end].trim_end().len();
            issuer_ending_at(text, s, end, 28) == Some(s) || holder_then_office(text, s, end)
        };
        let ok = !subject.is_empty()
            && subject.len() <= 160
            && commas_ok
            && !subject.contains([';', ':', '/'])
            && !subject.contains(|c: char| c.is_ascii_digit())
            && !sentence_break(subject)
            && person_or_capital(subject);
        if ok {
            best = Some(d);
        }
    }
    best
}

/// Signing formulas that may stand, up to a comma, between a date and the signer: "thay mặt
/// Chính phủ,", "thừa ủy quyền của Thủ tướng Chính phủ,", "thừa lệnh Bộ trưởng,".
const SIGNING_FORMULAS: &[&str] = &["thay mặt ", "thừa ủy quyền ", "thừa uỷ quyền ", "thừa lệnh "];

/// "ông Hoàng Tiến Minh, Chi cục trưởng Chi cục Thủy sản", "PGS.TS Lương Ngọc Khuê, Cục trưởng
/// Cục Quản lý khám chữa bệnh": `text[s..e]` names a person ([`named_person`]), then after one
/// comma the office they hold (a title and its body, one issuer running to `e`).
fn holder_then_office(text: &str, s: usize, e: usize) -> bool {
    let Some(c) = text[s..e].find(',').map(|c| s + c) else { return false };
    let office = hspace(text, c + 1);
    office < e
        && named_person(text[s..c].trim())
        && !text[office..e].contains(',')
        && issuer_ending_at(text, office, e, 28) == Some(office)
        && title_head_at(&Doc::new(&text[office..e]), 0).is_some()
}

/// A subject opening with a capital, or a person named after "ông" / "bà" ("Ngày 10/10/2003,
/// ông Phí Thái Bình đã ký quyết định số …"), or a Party body's lowercase "ban" before its
/// capitalised field ("ban Thường vụ Huyện ủy"), or a locality in lowercase ("tỉnh Nghệ An").
fn person_or_capital(subject: &str) -> bool {
    // ("ngày 28.7.2014 tỉnh Nghệ An có Quyết định số 43": a locality in lowercase)
    let named = ["ông ", "bà ", "ban ", "tỉnh ", "thành phố ", "huyện ", "quận ", "thị xã "]
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .unwrap_or(subject);
    named.starts_with(char::is_uppercase)
}

/// Whether a written date states its year ("8.2.2017", "22 tháng 9 năm 2021").
fn has_year(date: &str) -> bool {
    date.contains("năm") || date.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// "<reference> về … vừa được ORG ký ngày 30/6": the body after "được" in the reference's own
/// clause, right before an issue verb, with no other number in between.
pub(super) fn passive_issuer(text: &str, end: usize) -> Option<Issuer> {
    let stop = floor_char(text, (end + 300).min(text.len()));
    let clause = &text[end..stop];
    let clause = &clause[..clause.find(['\n', ';', '(']).unwrap_or(clause.len())];
    // "<reference> Quy định về tổ chức lễ hội mà Bộ VH-TT&DL ban hành tháng 12-2015": the
    // subject of a relative clause after the reference's title, likewise.
    let (k, w) = ["được ", "mà "]
        .iter()
        .filter_map(|w| {
            clause
                .match_indices(w)
                .map(|(k, _)| k)
                .find(|&k| k == 0 || clause[..k].ends_with(' '))
                .map(|k| (k, w.len()))
        })
        .min()?;
    let between = &clause[..k];
    if between.contains(|c: char| c.is_ascii_digit()) || sentence_break(between) {
        return None;
    }
    let s = end + k + w;
    let e = issuer_from(text, s)?;
    let rest = &text[hspace(text, e)..];
    // ("mà Bộ VH-TT-DL đã ban hành": a tense word before the verb)
    let rest = ["đã ", "vừa ", "mới "].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    let verb = LEX.issue_verbs.iter().any(|v| {
        rest.starts_with(v.as_str()) && !rest[v.len()..].starts_with(char::is_alphanumeric)
    });
    verb.then(|| issuer_span(text, s, e, true))
}

/// "[Xét] đề nghị của [Giám đốc] ORG tại <mention>": the body whose proposal the document is.
/// Also "theo chỉ đạo của UBND TPHCM theo công văn số 177/UBND-VX": a directive, opinion,
/// request or proposal "của" ORG recorded "theo" the reference.
fn proposer(text: &str, mention_start: usize) -> Option<Issuer> {
    let p = text[..mention_start].trim_end_matches([' ', '\t']).len();
    let (tai, theo) = match ends_with_word_ci(text, p, "tại") {
        Some(t) => (t, false),
        None => (ends_with_word_ci(text, p, "theo")?, true),
    };
    let q = text[..tai].trim_end_matches([' ', '\t']).len();
    let lo = floor_char(text, q.saturating_sub(200));
    let cua = lo + text[lo..q].rfind("của ")? + "của ".len();
    if theo {
        let before = text[..cua - "của ".len()].trim_end();
        if !["chỉ đạo", "ý kiến", "đề nghị", "yêu cầu"].iter().any(|w| before.ends_with(w))
        {
            return None;
        }
    }
    let mut s = cua;
    if let Some(t) = LEX.proposer_titles.iter().find(|t| text[s..].starts_with(t.as_str())) {
        s = hspace(text, s + t.len());
    }
    (issuer_ending_at(text, s, q, 16)? == s)
        .then(|| Issuer { name: text[s..q].to_string(), clause: true })
}

/// "Tại Công văn số 409/UBND-TKBT, ban hành ngày 3/2, UBND Thành phố yêu cầu …": a sentence
/// opened by "Tại"/"Trong [nội dung]" + the reference, its date clause, a comma, then a subject
/// and a directive verb: that subject is the issuer. Not "Theo Quyết định số …, Sở X có trách
/// nhiệm" (an executor: no directive verb).
pub(super) fn topic_subject(
    text: &str,
    start: usize,
    end: usize,
    published: Option<NaiveDate>,
) -> Option<Issuer> {
    let p = text[..start].trim_end_matches([' ', '\t']).len();
    let (o, opener) =
        LEX.topic_openers.iter().find_map(|w| ends_with_word_ci(text, p, w).map(|o| (o, w)))?;
    let mut before = text[..o].trim_end_matches([' ', '\t']);
    // "Sau đó tại Quyết định số 724/QĐ-UBND …", "Ví dụ tại Chỉ thị 01/2017, …", "Theo đó,
    // trong Công điện …": a sentence adverb, with or without its comma, between the sentence
    // start and the opener.
    let bare = before.strip_suffix(',').map_or(before, |b| b.trim_end_matches([' ', '\t']));
    if let Some(a) = TOPIC_ADVERBS.iter().find_map(|w| ends_with_word_ci(text, bare.len(), w)) {
        before = text[..a].trim_end_matches([' ', '\t']);
    }
    let sentence_start = before.is_empty()
        || before.ends_with(['.', '\n', '-', '–', ':', ';', '!', '?'])
        || time_clause_before(before);
    // "Chấp thuận kiến nghị của tỉnh Cao Bằng, tại Quyết định số 326 ngày 1/3/2016, Thủ tướng
    // Chính phủ đã bổ sung …": "tại" + the reference after an opening clause and its comma.
    let after_clause = opener.as_str() == "tại" && before.ends_with(',');
    if !(sentence_start || after_clause) {
        return None;
    }
    let mut q = end;
    if let Some((_, e)) = date_clause(text, q, published) {
        q = e;
    }
    let mut q = hspace(text, q);
    if !text[q..].starts_with(',') {
        // "Tại Nghị quyết 46/NQ-CP phiên họp Chính phủ thường kỳ tháng 5/2017 vừa được ban
        // hành, Chính phủ yêu cầu …": the reference's own words up to the comma, in one clause
        // naming no other reference.
        let stop = floor_char(text, (q + 160).min(text.len()));
        let comma = q + text[q..stop].find(',')?;
        let gap = &text[q..comma];
        let other = super::CANDIDATE_RE.is_match(gap) || gap.contains(" số ");
        if other || gap.contains(['\n', ';', ':', '(', ')']) || sentence_break(gap) {
            return None;
        }
        q = comma;
    }
    let s = hspace(text, q + 1);
    let e = issuer_from(text, s).or_else(|| province_subject(text, s))?;
    let mut r = hspace(text, e);
    // "…, Thủ tướng Nguyễn Xuân Phúc yêu cầu …": an office named by its title, the holder's
    // name after it (left out of the issuer).
    if title_head_at(&Doc::new(&text[s..e]), 0).is_some() {
        let (mut k, mut words) = (r, 0);
        while words < 4 {
            let (w, we) = word_at(text, k);
            if !w.starts_with(char::is_uppercase) {
                break;
            }
            words += 1;
            k = hspace(text, we);
        }
        if words >= 2 {
            r = k;
        }
    }
    let at_verb = |r: usize| {
        let rest = &text[r..];
        LEX.topic_verbs.iter().any(|v| {
            rest.starts_with(v.as_str()) && !rest[v.len()..].starts_with(char::is_alphanumeric)
        })
    };
    let mut aux = false;
    // ("Bộ Kế hoạch và Đầu tư chỉ bố trí …", "tỉnh Lào Cai tiếp tục điều chỉnh …", "… lại
    // giao …": adverbs before the verb; a verb that opens on one of them, "chỉ đạo", is the
    // verb)
    while !at_verb(r) {
        let (w, we) = word_at(text, r);
        if !matches!(w, "đã" | "vừa" | "cũng" | "mới" | "tiếp" | "tục" | "chỉ" | "lại")
        {
            break;
        }
        aux |= matches!(w, "đã" | "vừa" | "cũng" | "mới");
        r = hspace(text, we);
    }
    let verb = at_verb(r);
    // "…, Thủ tướng Chính phủ đã bổ sung tuyến đường …", "…, Cục NTBD cũng đã đặc cách cấp
    // phép …": an active verb after "đã"/"vừa"/"cũng", the subject acting by the reference (not
    // a passive "được"/"bị", nor a negation).
    let active = aux && {
        let (w, _) = word_at(text, r);
        !w.is_empty()
            && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
            && !["được", "bị", "không", "chưa", "từng"].contains(&w)
    };
    (verb || active).then(|| issuer_span(text, s, e, false))
}

/// "tỉnh Lào Cai", "thành phố Đà Nẵng": a province or city named by its noun and one to three
/// capitalised words at `s`, as the subject of a sentence (the body acting for it unnamed).
/// Returns its end.
fn province_subject(text: &str, s: usize) -> Option<usize> {
    let mut e = province_noun_end(text, s)?;
    let mut words = 0;
    loop {
        let r = hspace(text, e);
        let (w, we) = word_at(text, r);
        if words == 3 || r == e || !w.starts_with(char::is_uppercase) {
            break;
        }
        words += 1;
        e = we;
    }
    (words > 0).then_some(e)
}

/// The bare noun of a province or city at `s` ("tỉnh", "TP", "thành phố"): its end.
fn province_noun_end(text: &str, s: usize) -> Option<usize> {
    let (w, e) = word_at(text, s);
    match w {
        "TP" | "tỉnh" | "Tỉnh" => Some(e),
        "thành" | "Thành" if text[e..].starts_with(" phố ") => Some(e + " phố".len()),
        _ => None,
    }
}

/// Sentence adverbs that may stand, with or without a comma, before the opener of a sentence
/// on a reference ("Sau đó tại Quyết định số …", "Theo đó, trong Công điện …").
const TOPIC_ADVERBS: [&str; 10] = [
    "sau đó",
    "trước đó",
    "tiếp đó",
    "theo đó",
    "ví dụ",
    "cụ thể",
    "ngoài ra",
    "tuy nhiên",
    "bên cạnh đó",
    "mặt khác",
];

/// "Đến năm 2011, tại Quyết định số …": `before` ends with a comma after a short clause of at
/// most five words that opens the sentence and holds a number (a year or a date).
fn time_clause_before(before: &str) -> bool {
    let Some(t) = before.strip_suffix(',') else { return false };
    let k = t.rfind(['.', '\n', ';', ':', '!', '?', ',']).map_or(0, |k| k + 1);
    let clause = t[k..].trim();
    let words = clause.split_whitespace().count();
    (1..=5).contains(&words)
        && clause.contains(|c: char| c.is_ascii_digit())
        && clause.starts_with(char::is_uppercase)
}

/// "Thủ tướng Chính phủ đã ban hành Quyết định … và ký ban hành <reference>", "Cục X (Bộ Y) đã
/// cử cán bộ … và có <reference>": a verb phrase at `verb` joined by "và" to an earlier one
/// shares its subject, the issuer opening the sentence or one of its comma-separated clauses
/// and followed by "đã"/"vừa"/"mới"/"cũng" or an issue verb.
fn coordinated_subject(text: &str, verb: usize) -> Option<Issuer> {
    let and = ends_with_word_ci(text, verb, "và")?;
    let lo = floor_char(text, and.saturating_sub(400));
    let window = &text[lo..and];
    // The sentence start: a line or clause break, or a full stop before a capital.
    let sentence = window
        .char_indices()
        .rev()
        .find(|&(k, c)| {
            matches!(c, '\n' | ';' | '!' | '?')
                || (c == '.' && {
                    let after = &window[k + 1..];
                    let next = after.trim_start_matches([' ', '\t']);
                    after.len() > next.len() && next.starts_with(char::is_uppercase)
                })
        })
        .map_or(lo, |(k, c)| lo + k + c.len_utf8());
    let mut starts = vec![sentence];
    starts.extend(text[sentence..and].match_indices(',').map(|(k, _)| sentence + k + 1));
    starts.into_iter().rev().find_map(|c| {
        let s = hspace(text, c);
        let clause = &text[s..and];
        // The predicate: the first "đã"/"vừa"/"mới"/"cũng" or issue verb of the clause.
        let p = clause
            .match_indices(' ')
            .map(|(k, _)| k + 1)
            .find(|&k| {
                let rest = &clause[k..];
                let (w, _) = word_at(rest, 0);
                matches!(w, "đã" | "vừa" | "mới" | "cũng")
                    || LEX.front_verbs.iter().any(|v| {
                        rest.starts_with(v.as_str())
                            && !rest[v.len()..].starts_with(char::is_alphanumeric)
                    })
            })
            .map(|k| s + k)?;
        // "Cục Di sản văn hóa (Bộ VHTTDL) đã …": a parenthesis after the subject.
        let mut e = text[..p].trim_end_matches([' ', '\t']).len();
        if text[s..e].ends_with(')') {
            e = text[..s + text[s..e].rfind('(')?].trim_end_matches([' ', '\t']).len();
        }
        // The whole subject is one issuer, named with more than a bare head ("Cục"); a proper
        // name in sentence case may run on in lowercase up to the predicate ("Cục Di sản văn
        // hóa": the grammar reads "Cục Di sản").
        let lower_tail = |e0: usize| {
            let tail: Vec<&str> = text[e0..e].split_whitespace().collect();
            tail.len() <= 3
                && tail.iter().all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
        };
        let one = e > s
            && (issuer_ending_at(text, s, e, 14) == Some(s)
                || issuer_from(text, s).is_some_and(|e0| e0 > s && e0 <= e && lower_tail(e0)));
        (one && text[s..e].contains(' ')).then(|| issuer_span(text, s, e, false))
    })
}

/// A full stop that ends a sentence inside `s` (not the one of "TP." or "Tp.").
fn sentence_break(s: &str) -> bool {
    s.match_indices(". ").any(|(k, _)| {
        let word = s[..k].rsplit(' ').next().unwrap_or("");
        !(word.chars().count() <= 2 && word.starts_with(char::is_uppercase))
    })
}

/// "<reference> [, ] về|quy định|hướng dẫn … [được] ban hành [vào] ngày D": the date after
/// the subject clause, in the same sentence, with no other reference or date in between.
fn subject_date(text: &str, end: usize, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let q = hspace(text, end);
    let q = if text[q..].starts_with(',') { hspace(text, q + 1) } else { q };
    // (or a title opened by its verb: "Thông tư số 43/2016/TT-NHNN quy định cho vay tiêu dùng
    // … được Thống đốc Ngân hàng Nhà nước ký ban hành ngày 30-12-2016")
    let (w, _) = word_at(text, q);
    let titled = ["quy định ", "hướng dẫn "].iter().any(|o| text[q..].starts_with(o));
    if w != "về" && !titled {
        return None;
    }
    let stop = floor_char(text, (q + 300).min(text.len()));
    let clause = &text[q..stop];
    let clause = &clause[..clause.find(['\n', ';', '(']).unwrap_or(clause.len())];
    // The first "ngày" of the clause, right after the verb: any other is another date.
    let k = clause.find("ngày")?;
    let before = clause[..k].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix("vào").unwrap_or(before).trim_end_matches([' ', '\t']);
    // (after a title opened by its verb only "[ký] ban hành": a bare "ký" there is the title's
    // own, "Thông tư 39/2016/TT-NHNN quy định hợp đồng vay ký ngày 15/3/2017 trở đi …")
    let v = LEX
        .subject_date_verbs
        .iter()
        .filter(|v| !titled || v.ends_with("ban hành"))
        .find_map(|v| ends_with_word_ci(before, before.len(), v))?;
    // Nothing that looks like another reference or a sentence end in the subject.
    let subject = &before[..v];
    if subject.contains(|c: char| c.is_ascii_digit()) || sentence_break(subject) {
        return None;
    }
    date_at(text, hspace(text, q + k + "ngày".len()), published).map(|(d, _)| d)
}
