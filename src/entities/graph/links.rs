//! Links between documents and the units that held events on them, read sentence by sentence.
//!
//! - **Explicit**: the child, its date and issuer clauses, then only implementing words ("để
//!   triển khai thực hiện", "về việc thực hiện") and the parent; or a sentence that opens with
//!   "Thực hiện <parent>, …" and later names what someone "ban hành".
//! - **Co-cited**: documents side by side, joined only by "," / "và" after their date and issuer
//!   clauses (so they share one subject clause), the child of an implementing kind and not of a
//!   higher level than the parent; a list of what a body "ban hành" is no chain.
//! - **Events**: the unit right before "tổ chức Hội nghị/Tọa đàm … quán triệt/triển khai …
//!   <doc>" or "… quán triệt <doc>", or before "tổ chức Hội nghị" in the previous sentence when
//!   this one says what was conveyed at it.

use std::sync::LazyLock;

use regex::Regex;

use super::places::committee_at;
use super::{DocLink, LinkKind};
use crate::entities::org::{canonical, issuer_ending_at, issuer_from, title_head_at};
use crate::entities::scan::{hspace, word_at};
use crate::entities::tokens::{Doc, Shape};
use crate::entities::{Mention, Unit};

/// One mention of a document: (document index, start byte, end byte).
pub(super) type Occ = (usize, usize, usize);

/// What the link rules need of each document.
pub(super) struct Node {
    /// Its key.
    pub key: String,
    /// Its kind ("Chỉ thị").
    pub kind: String,
    /// Level rank (5 national … 2 commune), when known.
    pub rank: Option<u8>,
    /// A Party document (`24-CT/TU`: organ code after the slash).
    pub party: bool,
}

/// Everything shared by the rules: the text, its tokens and sentences.
pub(super) struct Text<'a> {
    /// The article text.
    pub text: &'a str,
    /// Its tokens.
    pub doc: &'a Doc<'a>,
    /// Sentence byte spans.
    pub sents: &'a [(usize, usize)],
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,2}\s*[/.\-–]\s*\d{1,2}(?:\s*[/.\-–]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s*,?\s*năm\s+\d{4})?)",
    )
    .expect("date pattern is valid")
});

/// Skips the date and issuer clauses after a reference ending at `p` (", ngày 7/8/2023",
/// "(ngày …)", "của Ban Thường vụ Thành ủy", "do … ban hành"), in any order.
pub(super) fn skip_clauses(text: &str, mut p: usize) -> usize {
    for _ in 0..4 {
        let q = hspace(text, p);
        let mut r = q;
        if text[r..].starts_with(',') {
            r = hspace(text, r + 1);
        }
        let paren = text[r..].starts_with('(');
        if paren {
            r = hspace(text, r + 1);
        }
        let mut words = 0;
        let mut dated = None;
        loop {
            let (w, e) = word_at(text, r);
            let lw = w.to_lowercase();
            if lw == "ngày" {
                let d = hspace(text, e);
                dated = DATE_RE.find(&text[d..]).map(|m| d + m.end());
                break;
            }
            if words >= 4 || !matches!(lw.as_str(), "được" | "đã" | "ban" | "hành" | "ký" | "vào")
            {
                break;
            }
            words += 1;
            r = hspace(text, e);
        }
        if let Some(mut e) = dated {
            if paren {
                let c = hspace(text, e);
                if text[c..].starts_with(')') {
                    e = c + 1;
                }
            }
            p = e;
            continue;
        }
        let (w, e) = word_at(text, q);
        if (w == "của" || w == "do") && text[e..].starts_with(' ') {
            if let Some(end) = issuer_from(text, e + 1) {
                // "Huyện ủy Gia Lâm": a local name the grammar does not know.
                let mut end = end;
                for _ in 0..3 {
                    // The next word only after a space: `end` may stand before a quote mark.
                    if !text[end..].starts_with(' ') {
                        break;
                    }
                    let (w, we) = word_at(text, end + 1);
                    let title = w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).all(char::is_lowercase);
                    if !title {
                        break;
                    }
                    end = we;
                }
                if w == "do" {
                    let r = hspace(text, end);
                    match text[r..].strip_prefix("ban hành") {
                        Some(_) => end = r + "ban hành".len(),
                        None => break,
                    }
                }
                p = end;
                continue;
            }
        }
        break;
    }
    p
}

impl Text<'_> {
    /// Keys of the tokens inside bytes `a..b`.
    fn keys(&self, a: usize, b: usize) -> Vec<&str> {
        let toks = &self.doc.toks;
        let i = toks.partition_point(|t| t.s < a);
        let j = toks.partition_point(|t| t.s < b);
        (i..j).filter(|&k| toks[k].e <= b).map(|k| self.doc.key(k)).collect()
    }

    /// Index of the sentence holding byte `p`.
    pub fn sentence_of(&self, p: usize) -> usize {
        self.sents.partition_point(|&(_, e)| e <= p).min(self.sents.len().saturating_sub(1))
    }

    fn evidence(&self, k: usize) -> Mention {
        let (s, e) = self.sents[k];
        Mention { start: s, end: e, text: self.text[s..e].to_string() }
    }
}

/// Words allowed between a child and the parent it carries out.
const IMPL_WORDS: &[&str] = &[
    ",", "để", "nhằm", "về", "việc", "tiếp", "tục", "triển", "khai", "thực", "hiện", "tổ", "chức",
    "cụ", "thể", "hóa", "quán", "triệt", "hướng", "dẫn", "và", "hiệu", "quả", "nghiêm", "túc",
    "có", "đẩy", "mạnh", "sơ", "kết", "tổng",
];

/// Whether `keys` say "carry out": only implementing words, one of them a core verb.
fn implementing(keys: &[&str]) -> bool {
    let core = keys.windows(2).any(|w| {
        matches!(
            (w[0], w[1]),
            ("thực", "hiện") | ("triển", "khai") | ("cụ", "thể") | ("quán", "triệt")
        )
    });
    core && keys.iter().all(|k| IMPL_WORDS.contains(k))
}

/// Whether the words between a child (after its clauses) and a parent say "carry out":
/// implementing words only, or the child's own subject clause and then, after a comma,
/// implementing words ("về tăng cường kỷ cương, nhằm thực hiện").
fn carries_out(keys: &[&str]) -> bool {
    if implementing(keys) {
        return true;
    }
    let Some(c) = keys.iter().rposition(|k| *k == ",") else {
        return false;
    };
    keys.first() == Some(&"về")
        && c <= 24
        && !keys[..c].iter().any(|k| matches!(*k, ";" | ":" | "(" | ")"))
        && matches!(keys.get(c + 1), Some(&("để" | "nhằm")))
        && implementing(&keys[c + 1..])
}

/// Whether `keys` join two references of one list.
fn joiner(keys: &[&str]) -> bool {
    matches!(keys, [","] | ["và"] | [",", "và"] | ["cùng"] | ["cùng", "với"])
}

const PARENT_KINDS: &[&str] = &[
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Luật",
    "Bộ luật",
    "Nghị định",
    "Quy định",
    "Pháp lệnh",
    "Thông tư",
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
];
const CHILD_KINDS: &[&str] = &[
    "Kế hoạch",
    "Chương trình",
    "Chương trình hành động",
    "Hướng dẫn",
    "Công văn",
    "Quyết định",
    "Thông báo",
    "Đề án",
    "Phương án",
];

/// Whether `child` may carry out `parent` (never a higher level).
fn not_higher(parent: &Node, child: &Node) -> bool {
    parent.key != child.key && !matches!((parent.rank, child.rank), (Some(p), Some(c)) if c > p)
}

/// Whether a co-cited `child` is read as carrying out `parent`: an implementing kind, or a
/// Chỉ thị of a strictly lower level beside a Chỉ thị.
fn cocited_pair(parent: &Node, child: &Node) -> bool {
    if !not_higher(parent, child) || !PARENT_KINDS.contains(&parent.kind.as_str()) {
        return false;
    }
    let lower = matches!((parent.rank, child.rank), (Some(p), Some(c)) if c < p);
    match child.kind.as_str() {
        // Decisions, notices and letters are cited beside rules they do not carry out
        // ("Nghị quyết 39-NQ/TW, Quyết định 2218/QĐ-TTg"): only from a lower level.
        "Quyết định" | "Thông báo" | "Công văn" | "Văn bản" => lower,
        "Chỉ thị" => lower && parent.kind == "Chỉ thị" && parent.party && child.party,
        k => CHILD_KINDS.contains(&k),
    }
}

/// The coordinated groups of one sentence's occurrences (indices into `occ`).
fn groups(t: &Text, occ: &[Occ]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for k in 0..occ.len() {
        let joined = k > 0 && {
            let after = skip_clauses(t.text, occ[k - 1].2);
            after <= occ[k].1 && joiner(&t.keys(after, occ[k].1))
        };
        match out.last_mut() {
            Some(g) if joined => g.push(k),
            _ => out.push(vec![k]),
        }
    }
    out
}

/// Whether the words before `start` in its sentence make a list of issued documents
/// ("đã ban hành Chỉ thị …, Kế hoạch …").
fn issued_list(t: &Text, sent_start: usize, start: usize) -> bool {
    let keys = t.keys(sent_start, start);
    let tail = &keys[keys.len().saturating_sub(14)..];
    match tail.windows(2).rposition(|w| w == ["ban", "hành"]) {
        Some(k) => !tail[k..].windows(2).any(|w| {
            matches!((w[0], w[1]), ("thực", "hiện") | ("triển", "khai") | ("quán", "triệt"))
        }),
        None => false,
    }
}

/// Links found in the text. `occ` holds every mention, sorted by start.
pub(super) fn links(t: &Text, nodes: &[Node], occ: &[Occ]) -> Vec<DocLink> {
    let mut out: Vec<DocLink> = Vec::new();
    let mut add = |p: usize, c: usize, kind: LinkKind, sent: usize| {
        let (parent, child) = (&nodes[p], &nodes[c]);
        if parent.key == child.key {
            return;
        }
        let pos = out.iter().position(|l| l.parent == parent.key && l.child == child.key);
        match pos {
            Some(k) if out[k].kind == LinkKind::CoCited && kind == LinkKind::Explicit => {
                out[k].kind = kind;
                out[k].evidence = t.evidence(sent);
            }
            Some(_) => {}
            None => out.push(DocLink {
                parent: parent.key.clone(),
                child: child.key.clone(),
                kind,
                evidence: t.evidence(sent),
            }),
        }
    };
    let mut k = 0;
    while k < occ.len() {
        let sent = t.sentence_of(occ[k].1);
        let mut e = k;
        while e < occ.len() && t.sentence_of(occ[e].1) == sent {
            e += 1;
        }
        let so = &occ[k..e];
        let gs = groups(t, so);
        // Co-cited.
        for g in &gs {
            if issued_list(t, t.sents[sent].0, so[g[0]].1) {
                continue;
            }
            for (ci, &c) in g.iter().enumerate().skip(1) {
                let child = &nodes[so[c].0];
                let parent = g[..ci].iter().rev().find(|&&p| cocited_pair(&nodes[so[p].0], child));
                if let Some(&p) = parent {
                    add(so[p].0, so[c].0, LinkKind::CoCited, sent);
                }
            }
        }
        // Explicit: child, clauses, implementing words, parent (and the parent's list).
        for (gi, g) in gs.iter().enumerate().skip(1) {
            let prev = &gs[gi - 1];
            let c = so[*prev.last().unwrap_or(&0)];
            let after = skip_clauses(t.text, c.2);
            let first = so[g[0]];
            if after > first.1 || !carries_out(&t.keys(after, first.1)) {
                continue;
            }
            for &p in g {
                if not_higher(&nodes[so[p].0], &nodes[c.0]) {
                    add(so[p].0, c.0, LinkKind::Explicit, sent);
                }
            }
        }
        // Explicit: "Thực hiện <parent>, <body> ban hành <child>".
        if let Some(g) = gs.first() {
            let lead = t.keys(t.sents[sent].0, so[g[0]].1);
            let lead = strip_date_lead(&lead);
            if implementing(lead) {
                for h in &gs[1..] {
                    for &c in h {
                        let before = t.keys(t.sents[sent].0, so[c].1);
                        if before.ends_with(&["ban", "hành"]) {
                            for &p in g {
                                if not_higher(&nodes[so[p].0], &nodes[so[c].0]) {
                                    add(so[p].0, so[c].0, LinkKind::Explicit, sent);
                                }
                            }
                        }
                    }
                }
            }
        }
        k = e;
    }
    out
}

/// Drops a leading "Ngày 15/9," from a sentence's first words.
fn strip_date_lead<'k>(keys: &'k [&'k str]) -> &'k [&'k str] {
    match keys.iter().position(|k| *k == ",") {
        Some(c)
            if keys
                .first()
                .is_some_and(|k| matches!(*k, "ngày" | "sáng" | "chiều" | "tối" | "hôm"))
                && c <= 4 =>
        {
            &keys[c + 1..]
        }
        _ => keys,
    }
}

/// Event nouns after "tổ chức".
const EVENT_NOUNS: &[&[&str]] =
    &[&["hội", "nghị"], &["tọa", "đàm"], &["hội", "thảo"], &["lễ"], &["buổi"], &["lớp"], &["đợt"]];

/// Words allowed between an event noun and the document.
const EVENT_WORDS: &[&str] = &[
    "quán", "triệt", "triển", "khai", "học", "tập", "phổ", "biến", "tuyên", "truyền", "thực",
    "hiện", "nghiên", "cứu", "chuyên", "đề", "sơ", "kết", "tổng", "giới", "thiệu", ",", "“", "\"",
    "và", "nội", "dung", "về", "việc", "tiếp", "tục", "cụ", "thể", "hóa", "trực", "tuyến", "làm",
    "theo", "các", "hướng", "dẫn", ":", "-", "nghị", "hội", "tọa", "đàm", "buổi",
];

fn event_verb(keys: &[&str]) -> bool {
    keys.windows(2).any(|w| {
        matches!(
            (w[0], w[1]),
            ("quán", "triệt")
                | ("triển", "khai")
                | ("học", "tập")
                | ("phổ", "biến")
                | ("tuyên", "truyền")
                | ("thực", "hiện")
                | ("sơ", "kết")
                | ("tổng", "kết")
                | ("nghiên", "cứu")
                | ("giới", "thiệu")
        )
    })
}

/// The unit whose name ends right before token `k` (after "đã", "vừa", …).
fn subject(t: &Text, units: &[Unit], mut k: usize) -> Option<String> {
    const AUX: &[&str] =
        &["đã", "vừa", "mới", "sẽ", "cũng", "long", "trọng", "trang", "đồng", "loạt"];
    while k > 0 && AUX.contains(&t.doc.key(k - 1)) {
        k -= 1;
    }
    if k == 0 || !t.doc.is_word(k - 1) {
        return None;
    }
    let end = t.doc.toks[k - 1].e;
    let (start, name) = subject_span(t, units, k, end)?;
    // A person with a title ("Thứ trưởng Bộ Công an Lê Quý Vương", "Thứ trưởng Bộ Công an").
    let st = tok_at(t, start);
    let titled = (st.saturating_sub(4)..=st)
        .any(|j| title_head_at(t.doc, j).is_some_and(|(e, _)| j == st || e == st));
    (!titled).then_some(name)
}

/// The unit ending at byte `end` (token `k` follows it): its start byte and canonical name.
fn subject_span(t: &Text, units: &[Unit], k: usize, end: usize) -> Option<(usize, String)> {
    // "Huyện ủy Gia Lâm": a committee and a local name the unit grammar does not know.
    for r in 1..=3.min(k.saturating_sub(2)) {
        let st = k - r;
        if committee_at(t.doc, st - 2).is_some() && (st..k).all(|i| t.doc.shape(i) == Shape::Title)
        {
            return Some((t.doc.toks[st - 2].s, canonical(t.doc.span_text(st - 2, k))));
        }
    }
    for u in units {
        if let Some(m) = u.mentions.iter().find(|m| m.end == end) {
            return Some((m.start, u.canonical.clone()));
        }
    }
    let (s, _) = t.sents[t.sentence_of(end.saturating_sub(1))];
    let seg = t.text[s..end]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, ',' | ':' | ';' | '(' | '“' | '"'))
        .map_or(s, |(c, ch)| s + c + ch.len_utf8());
    let seg = hspace(t.text, seg);
    issuer_ending_at(t.text, seg, end, 14).map(|b| (b, canonical(&t.text[b..end])))
}

/// Token index of byte `p` (the first token starting at or after it).
fn tok_at(t: &Text, p: usize) -> usize {
    t.doc.toks.partition_point(|x| x.s < p)
}

/// (doc key, unit canonical name) for every unit that held an event on a document.
pub(super) fn events(
    t: &Text,
    nodes: &[Node],
    occ: &[Occ],
    units: &[Unit],
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |doc: usize, unit: &str| {
        let pair = (nodes[doc].key.clone(), unit.to_string());
        if !out.contains(&pair) {
            out.push(pair);
        }
    };
    let doc = t.doc;
    // Per sentence, the unit that "tổ chức Hội nghị" without naming a document there.
    let mut pending: Option<(usize, String)> = None;
    for (si, &(s, e)) in t.sents.iter().enumerate() {
        let in_sent: Vec<Occ> = occ.iter().copied().filter(|o| o.1 >= s && o.1 < e).collect();
        let gs = groups(t, &in_sent);
        let group_of = |k: usize| gs.iter().find(|g| g.contains(&k)).cloned().unwrap_or_default();
        let (ts, te) = (tok_at(t, s), tok_at(t, e));
        let mut held = false;
        for k in ts..te {
            let (verb_start, organised) = if doc.key(k) == "tổ" && doc.key(k + 1) == "chức" {
                let j = k + 2;
                let Some(n) =
                    EVENT_NOUNS.iter().find(|n| (0..n.len()).all(|x| doc.key(j + x) == n[x]))
                else {
                    continue;
                };
                (j + n.len(), true)
            } else if matches!(
                (doc.key(k), doc.key(k + 1)),
                ("quán", "triệt") | ("học", "tập") | ("phổ", "biến")
            ) {
                (k, false)
            } else {
                continue;
            };
            let Some(unit) = subject(t, units, k) else {
                continue;
            };
            // The first document after the event words.
            let Some(from) = doc.toks.get(verb_start).map(|x| x.s) else {
                continue;
            };
            let next = in_sent.iter().position(|o| o.1 >= from);
            let hit = next.filter(|&x| {
                let keys = t.keys(from, in_sent[x].1);
                keys.len() <= 14
                    && keys.iter().all(|w| EVENT_WORDS.contains(w))
                    && event_verb(&keys)
            });
            match hit {
                Some(x) => {
                    for g in group_of(x) {
                        push(in_sent[g].0, &unit);
                    }
                    held = true;
                }
                None if organised => {
                    pending = Some((si, unit));
                    held = true;
                }
                None => {}
            }
        }
        if held {
            continue;
        }
        // The previous sentence organised the event; this one says what was conveyed.
        if let Some((ps, unit)) = pending.take() {
            if ps + 1 == si {
                let keys = t.keys(s, e);
                let mentions_event =
                    EVENT_NOUNS[..3].iter().any(|n| keys.windows(2).any(|w| w == *n));
                for (x, o) in in_sent.iter().enumerate() {
                    let before = t.keys(s, o.1);
                    let tail = &before[before.len().saturating_sub(6)..];
                    let conveyed = tail.windows(2).any(|w| {
                        matches!(
                            (w[0], w[1]),
                            ("truyền", "đạt")
                                | ("quán", "triệt")
                                | ("triển", "khai")
                                | ("phổ", "biến")
                                | ("giới", "thiệu")
                        )
                    });
                    if mentions_event && conveyed {
                        for g in group_of(x) {
                            push(in_sent[g].0, &unit);
                        }
                    }
                }
            }
        }
    }
    out
}
