//! Grouping the syllables of a bare multi-word query into the words the user meant.
//!
//! Vietnamese writes every syllable apart: `Sóc Sơn Chỉ thị 24` is three words, a place name
//! (*Sóc Sơn*), a document reference (*Chỉ thị 24*)… but nothing in the spelling says where one
//! ends. The groups are found, in this order:
//! 0. **abbreviations and their expansions** ([`ABBREVIATIONS`], from `vietnamese.md` §4.4):
//!    `HĐND` and `Hội đồng nhân dân`, `TN-MT` and `Tài nguyên và Môi trường` are one group that
//!    matches either spelling (typed with diacritics, only a spelling of exactly those
//!    letters); so are the two spellings of a **code** of letters and a number, joined and
//!    dashed (`G20` and `G-20`, `U.23` and `U23`; [`code_spellings`]), and a name with the
//!    Arabic article and without it (`al-Tanf` and `Tanf`; [`article_spellings`]);
//! 1. **document references**: the longest span that [`normalize_ref`] reads as one
//!    (`Chỉ thị 24`, `nghị quyết số 57-NQ/TW`, `24-CT/TU`), whose last word holds the number;
//! 2. **names**: runs of up to four capitalised syllables (`Nguyễn Văn An`, `Sóc Sơn`), each
//!    following the ones before it in at least a fifth of the documents holding both; a common
//!    surname followed by a capitalised syllable the index has seen after it always starts one
//!    (`Trịnh Xuân Thanh`, although *trịnh* is mostly the *trình* of *chương trình*); a run
//!    that is two names side by side, a place and its country or province, is two groups
//!    (`Giang Tô` `Trung Quốc`, `Hạ Long` `Quảng Ninh`, `Bali` `Indonesia`: the second name
//!    stands far more often without the first; [`two_names_at`]);
//! 3. **words**: pairs of syllables the index mostly sees side by side — the phrase `a b` occurs
//!    in at least half of the documents holding both syllables (`kỷ cương`, `thủy điện`). Pairs
//!    are chosen to maximise that share over the run; a syllable in no pair is a word alone.
//!
//! A month typed as `tháng` and its number (`tháng 7`; [`is_month`]) is one group too, found
//! before the references: one concept, whose two words are required anywhere. A year typed
//! (`2017`; [`is_year`]) is a group of its own, never paired with the word before it (`Cannes
//! 2017`).
//!
//! A word group (never a name) typed with a syllable the press writes with a final `i` or `y`
//! alike, or with an initial `d` or `gi` alike, also matches its other spelling (`kỷ luật` and
//! `kỉ luật`, `mưa giông` and `mưa dông`; [`twin_spelling`], [`crate::text::I_Y_TWINS`],
//! [`crate::text::D_GI_TWINS`]).
//!
//! The statistics come from the caller ([`PairStats`]), so this module stays independent of the
//! index and testable on its own.

use crate::entities::documents::normalize_ref;

/// Most syllables of one document reference (`nghị quyết liên tịch số 12/2017/NQLT-…`).
const MAX_REF_WORDS: usize = 7;

/// Share of the documents holding both syllables that must hold them side by side for a pair of
/// lowercase syllables to be one word.
const WORD_SHARE: f64 = 0.5;

/// The same share for capitalised syllables (a name): the user typed them as a name, so weaker
/// evidence suffices (`Sóc` is also in *Sóc Trăng*).
const NAME_SHARE: f64 = 0.2;

/// What a group is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// One syllable, or syllables the index sees side by side.
    Word,
    /// Capitalised syllables seen side by side (`Sóc Sơn`, `Trịnh Xuân Thanh`).
    Name,
    /// A document reference, with its key ([`crate::index::doc_filter_key`]).
    Doc(String),
    /// An abbreviation or its expansion, or a code: every spelling that means the same (`HĐND`,
    /// `Hội đồng nhân dân`; `G20`, `G-20`), the typed one first.
    Spellings(Vec<String>),
}

/// Abbreviations, other spellings and synonyms, each entry one group that matches any of its
/// spellings: unambiguous abbreviations of Vietnamese public life and their expansions
/// (`vietnamese.md` §4.4; ambiguous ones such as `BCT`, `BTC`, `TT`, `CT` are left out), foreign
/// names in their transliterations, two spellings or words of one thing. Each entry: the
/// other spellings, then the expansion or main one (a `và` in it may be left out when typed).
/// An abbreviation of [`ONE_WAY`] is matched only when typed: the other spellings typed do not
/// search it.
pub const ABBREVIATIONS: &[(&[&str], &str)] = &[
    (&["UBND"], "Ủy ban nhân dân"),
    (&["HĐND"], "Hội đồng nhân dân"),
    (&["MTTQ"], "Mặt trận Tổ quốc"),
    (&["ĐBQH"], "đại biểu Quốc hội"),
    (&["QH"], "Quốc hội"),
    (&["UBTVQH"], "Ủy ban Thường vụ Quốc hội"),
    (&["TAND"], "Tòa án nhân dân"),
    (&["VKSND"], "Viện kiểm sát nhân dân"),
    (&["KTNN"], "Kiểm toán Nhà nước"),
    (&["NHNN"], "Ngân hàng Nhà nước"),
    (&["TTCP"], "Thanh tra Chính phủ"),
    (&["VPCP"], "Văn phòng Chính phủ"),
    (&["CAND"], "Công an nhân dân"),
    (&["QĐND"], "Quân đội nhân dân"),
    (&["LĐLĐ"], "Liên đoàn Lao động"),
    (&["TN-MT", "TN&MT", "TNMT"], "Tài nguyên và Môi trường"),
    (&["GD-ĐT", "GD&ĐT", "GDĐT"], "Giáo dục và Đào tạo"),
    (&["KH-ĐT", "KH&ĐT", "KHĐT"], "Kế hoạch và Đầu tư"),
    (&["KH-CN", "KH&CN", "KHCN"], "Khoa học và Công nghệ"),
    (&["NN-PTNT", "NN&PTNT", "NNPTNT"], "Nông nghiệp và Phát triển nông thôn"),
    (&["LĐ-TB&XH", "LĐTB&XH", "LĐTBXH"], "Lao động Thương binh và Xã hội"),
    (&["TT-TT", "TT&TT", "TTTT"], "Thông tin và Truyền thông"),
    (&["GTVT"], "Giao thông vận tải"),
    (&["GPMB"], "giải phóng mặt bằng"),
    (&["KCN"], "khu công nghiệp"),
    (&["KKT"], "khu kinh tế"),
    (&["DNNVV", "doanh nghiệp vừa và nhỏ"], "doanh nghiệp nhỏ và vừa"),
    (&["TP.HCM", "TPHCM", "TP HCM"], "Thành phố Hồ Chí Minh"),
    // Foreign names the press writes both transliterated and in Latin letters, or with either
    // of the two spellings of a final i/y (the corpus: Ả Rập Xê Út in 32 articles, Ả Rập Saudi
    // in 63, Saudi Arabia in 263, Arab Saudi in 36; Thụy Sĩ 157, Thụy Sỹ 87). A name never
    // gets the i/y spellings of `text::I_Y_TWINS` (a person's is his own), so a country's is
    // listed here.
    (&["Ả Rập Xê Út", "Ả Rập Saudi", "Arab Saudi"], "Saudi Arabia"),
    (&["Thụy Sỹ"], "Thụy Sĩ"),
    // Hồng Kông in 163 articles, Hong Kong in 248, HongKong in 6 (every one read in a sample
    // of 15 the territory; "Hồng Công" is left out: also a person's name).
    (&["Hong Kong", "HongKong"], "Hồng Kông"),
    // Articles of the corpus: Ukraine 331, Ukraina 34; Moscow 363, Moskva 200, Mát-xcơ-va or
    // Matxcơva 64; Italy 286, Italia 303.
    (&["Ukraina"], "Ukraine"),
    (&["Moscow", "Mát-xcơ-va", "Matxcơva"], "Moskva"),
    (&["Italia"], "Italy"),
    // Notre-Dame in Vietnamese ("Nhà thờ Đức Bà", 21 articles of the corpus, Paris's and Sài
    // Gòn's) and as the press also writes it, "nhà thờ Notre-Dame" (6; the bare "Notre Dame"
    // is also a university and a metro station, so the church's word is kept).
    (&["nhà thờ Notre-Dame"], "Nhà thờ Đức Bà"),
    // Two spellings of the same word (staff cuts: "tinh giản biên chế" in 65 articles, "tinh
    // giảm biên chế" in 11; every "tinh giảm" of the corpus means "tinh giản").
    (&["tinh giảm"], "tinh giản"),
    // Two words for a gambling house ("sòng bạc" in 46 articles, "sòng bài" in 31; every one of
    // a sample of 12 "sòng bài" a casino). "casino" is left out: also the French retailer.
    (&["sòng bài"], "sòng bạc"),
    // Football competitions by their English and Vietnamese names: "Premier League" in 513
    // articles, "Ngoại hạng Anh" in 283 (every one the English league); "Confed Cup" in 84,
    // "Confederations Cup" in 118 (the FIFA tournament; its Vietnamese name, 6, is left out).
    (&["Ngoại hạng Anh"], "Premier League"),
    (&["Confed Cup"], "Confederations Cup"),
    // The European club cup by its old Vietnamese name: "Champions League" in 755 articles of
    // the corpus outside the excluded ids, "cúp C1" in 94, 12 of them never writing "Champions
    // League" (all 12 read: 11 the European cup, its final or a coach who won it, one the
    // Asian futsal club cup, "cúp C1 châu Á", which "AFC Champions League" names too).
    (&["Cúp C1"], "Champions League"),
    // One adjective, intercontinental, in two words ("tên lửa đạn đạo liên lục địa" and
    // "… xuyên lục địa"; the corpus: "liên lục địa" in 158 articles, "xuyên lục địa" in 112,
    // every one of a sample of 12 of each read the missiles, flights or transport across
    // continents). "xuyên lục địa" also means transcontinental or transnational: of its 112
    // articles, 8 are not missiles, 5 of them airlines, flights or a transport hub between
    // continents, which "liên lục địa" also names, and 3 a drug ring, conflicts, relationships
    // across continents ("đường sắt xuyên lục địa", the railway, is in none): rare, so kept.
    (&["xuyên lục địa"], "liên lục địa"),
    // The United Nations, abbreviated and in its two Sino-Vietnamese names ("Liên Hợp Quốc" in
    // 539 articles of the corpus, "Liên Hiệp Quốc" in 97, "LHQ" in 176; every one of a sample of
    // 12 "LHQ" the UN, several spelling it out first: "Liên hợp quốc (LHQ)", "Liên Hiệp Quốc
    // (LHQ)"). "UN" (15 articles) is left out: folded, it is also a syllable.
    (&["LHQ", "Liên Hiệp Quốc"], "Liên Hợp Quốc"),
    // Social and health insurance, abbreviated ("BHXH" in 96 articles of the corpus, 56 of
    // them also writing "bảo hiểm xã hội"; "BHYT" in 94, 53; every one of a sample of 12 of
    // each the insurance: "Bảo hiểm xã hội (BHXH) Việt Nam", "thẻ BHYT", "đóng BHXH, BHYT").
    // "BHTN", unemployment insurance, is left out: in 8 articles only, and the expansion typed
    // as one group would lose the articles writing "bảo hiểm" and "thất nghiệp" apart.
    (&["BHXH"], "bảo hiểm xã hội"),
    (&["BHYT"], "bảo hiểm y tế"),
    // Two words for a military parade ("duyệt binh" in 59 articles of the corpus, "diễu binh"
    // in 51, 13 of them writing both; every one of a sample of 12 "diễu binh" a parade of
    // troops: Victory Day in Moscow, Pyongyang's missiles, Estonia's independence day).
    (&["diễu binh"], "duyệt binh"),
    // Two words for a reconnaissance aircraft ("máy bay trinh sát" in 31 articles, "máy bay do
    // thám" in 40, 6 writing both; every one of a sample of 12 "máy bay do thám" a
    // reconnaissance plane or drone: RC-135, P-3 Orion, LR-2). "do thám" and "trinh sát" alone
    // are left out: "trinh sát" is also a police detective ("trinh sát hình sự").
    (&["máy bay do thám"], "máy bay trinh sát"),
    // Football clubs written short (the corpus outside the excluded ids, articles: "MU" 576,
    // "M.U" 157, "Man Utd" 158, "Man United" 188, "Manchester United" 182, only 65 of the
    // "MU" ones also writing the full name; "Man City" 331, "Manchester City" 71; "PSG" 222,
    // "Paris Saint-Germain" 42, "Paris SG" 3). Lowercase, `mu` is a syllable and stays one
    // ([`CAPITALS_ONLY`]). "Barca" is one way (below): "Barcelona" is also the city.
    (&["MU", "M.U", "Man Utd", "Man United"], "Manchester United"),
    // "Barca" is always the club (the corpus outside the excluded ids: 389 articles, 183 of
    // them never writing "Barcelona"; every one of a random sample of 20 the club), while
    // "Barcelona" (431 articles) is also the city: one way ([`ONE_WAY`]), a typed `Barcelona`
    // also searches "Barca", a typed `Barca` does not search the city.
    (&["Barcelona"], "Barca"),
    (&["Man City"], "Manchester City"),
    (&["PSG", "Paris SG"], "Paris Saint-Germain"),
    // The country written short, one way ([`ONE_WAY`]): a typed `VN` also searches "Việt
    // Nam", a typed "Việt Nam" does not search `vn`. The tokenizer splits on punctuation, so
    // the token `vn` is also a web address's, a byline's or an index's ("Zing.vn", ".gov.vn",
    // "/VOV.VN", "VN-Index"): outside the excluded ids it is in 2,256 articles, 1,446 of them
    // never writing "Việt Nam", while "VN" stands as a word of its own in 397 (164 never
    // writing "Việt Nam"; every one of a random sample of 20 the country: "Ngân hàng Nhà nước
    // VN", "giờ VN", "VN - Nga"). Folded, `vn` is no syllable.
    (&["VN"], "Việt Nam"),
    // A motor race written short, one way too: the token `gp` is in 55 articles, "Grand Prix"
    // in 20; all 55 read: 34 a race or a racing team ("Spanish GP", "Brawn GP"), 14 model or
    // company names ("Exciter 150 GP", "GP Invest"), which hold no other concept of a race
    // query, and 7 licence symbols ("237/GP-NTBD", "1517/GP-BTNMT").
    (&["GP"], "Grand Prix"),
    // A coach, abbreviated: "HLV" in 2,112 articles of the corpus outside the excluded ids,
    // "huấn luyện viên" in 288, 183 of them never writing "HLV"; every one of a random sample
    // of 15 "HLV" a coach ("HLV Hữu Thắng", "HLV trưởng Fernando Santos").
    (&["HLV"], "huấn luyện viên"),
    // The sport by its English and Vietnamese names: "tennis" in 100 articles of the corpus
    // outside the excluded ids, 75 of them never writing "quần vợt" (74, 49 never writing
    // "tennis"); every one of a random sample of 8 of each the sport ("đánh tennis", "giải
    // tennis Madrid Open", "sân tennis"; "Liên đoàn quần vợt thế giới", "ngôi sao quần vợt").
    (&["tennis"], "quần vợt"),
    // A launch, a debut or a premiere in three words: "ra mắt" in 1,441 articles outside the
    // excluded ids, "trình làng" in 210 (110 writing neither other word), "công chiếu" in 106
    // (58); every one of a random sample of 10 "trình làng" a product, a song, a squad or a
    // statue shown for the first time, of 10 "công chiếu" a film shown. "ra mắt" also names a
    // debut ("màn ra mắt ở Premier League") and meeting a spouse's family ("ra mắt gia đình
    // nhà chồng", 2 of a sample of 10): the query's other groups tell them apart.
    (&["trình làng", "công chiếu"], "ra mắt"),
];

/// Spellings of [`ABBREVIATIONS`] searched one way only: typed, they also search their other
/// spellings (`VN` finds "Việt Nam"), but those typed never search them (`Việt Nam` does not
/// search `vn`). The letters of `VN` and `GP` are also a token of web addresses, bylines and
/// symbols, which the tokenizer splits on punctuation ("Zing.vn", "/VOV.VN", "VN-Index";
/// "237/GP-NTBD"); `Barcelona` is also the city, which a typed `Barca` (the club) must not find.
const ONE_WAY: &[&str] = &["VN", "GP", "Barcelona"];

/// Abbreviations of [`ABBREVIATIONS`] whose letters are also a syllable (`mu`: *mũ*, *mù*),
/// read as the abbreviation only when typed with a capital (`MU`, `Mu`), never as `mu`.
const CAPITALS_ONLY: &[&str] = &["MU"];

/// `words`, one word (a [`Kind::Word`] group; never a name, whose spelling is its owner's:
/// `vietnamese.md` §3.4), with every syllable of [`crate::text::I_Y_TWINS`] or
/// [`crate::text::D_GI_TWINS`] written the other way (`kỷ luật` → `kỉ luật`, `bác sĩ` → `bác
/// sỹ`, `mưa giông` → `mưa dông`; [`crate::text::spelling_twin`]), or `None` when none is one.
/// A capitalised syllable is a name's and keeps its spelling (`bác sĩ Sỹ`, `ông Lý`, the last
/// syllable of `Lê Văn Sỹ` grouped alone), except the first of a word of two or more syllables
/// whose others are lowercase (`Kỷ luật`, `Lý do` opening a sentence).
pub fn twin_spelling(words: &[String]) -> Option<String> {
    let capitalised = |w: &String| w.starts_with(char::is_uppercase);
    let opens_word = words.len() >= 2 && !words[1..].iter().any(capitalised);
    let mut changed = false;
    let other: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let name = capitalised(w) && !(k == 0 && opens_word);
            match crate::text::spelling_twin(w).filter(|_| !name) {
                Some(twin) => {
                    changed = true;
                    twin
                }
                None => w.as_str(),
            }
        })
        .collect();
    changed.then(|| other.join(" "))
}

/// The key of a spelling for comparison: folded, only letters and digits, `va` dropped.
fn spelling_key(words: &[&str]) -> String {
    key_of(words, crate::text::fold, "va")
}

/// The key of an accented spelling: lowercase, canonical tone marks, only letters and digits,
/// `và` dropped. Typed with diacritics, a span matches only the spellings with those letters.
fn exact_spelling_key(words: &[&str]) -> String {
    key_of(words, |w| crate::text::canonical_tones(&w.to_lowercase()), "và")
}

fn key_of(words: &[&str], norm: impl Fn(&str) -> String, connective: &str) -> String {
    words
        .iter()
        .map(|w| norm(w))
        .filter(|w| w != connective)
        .collect::<String>()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The abbreviation or expansion at the start of `words`, longest first: its length in words
/// and every spelling of it (the typed one first). Typed without diacritics, the span matches a
/// spelling by its folded letters; typed with any, only a spelling with exactly those letters
/// (`sóng bạc` is not `sòng bạc`).
fn spellings_at(words: &[&str]) -> Option<(usize, Vec<String>)> {
    (1..=words.len().min(MAX_EXPANSION_WORDS)).rev().find_map(|len| {
        let typed = &words[..len];
        let typed_text = typed.join(" ");
        // Typed without diacritics, every spelling is folded: it matches every accented form.
        let folded = !typed_text.chars().any(|c| !c.is_ascii() && c.is_alphabetic());
        let key_fn: fn(&[&str]) -> String = if folded { spelling_key } else { exact_spelling_key };
        let key = key_fn(typed);
        if key.is_empty() || crate::text::fold(typed[len - 1]) == "va" {
            return None;
        }
        let spelled = |s: &str| key_fn(&s.split_whitespace().collect::<Vec<_>>()) == key;
        if !typed_text.chars().any(char::is_uppercase)
            && CAPITALS_ONLY.iter().any(|a| spelling_key(&[a]) == spelling_key(typed))
        {
            return None;
        }
        let (abbrevs, expansion) = ABBREVIATIONS.iter().find(|(abbrevs, expansion)| {
            spelled(expansion) || abbrevs.iter().any(|a| spelled(a))
        })?;
        let mut all = vec![typed_text.clone()];
        let one_way_typed = ONE_WAY.iter().any(|a| spelled(a));
        for other in abbrevs.iter().copied().chain(std::iter::once(*expansion)) {
            if !one_way_typed && ONE_WAY.contains(&other) {
                continue;
            }
            let other = if folded { crate::text::fold(other) } else { other.to_string() };
            let same = crate::text::canonical_tones(&other.to_lowercase())
                == crate::text::canonical_tones(&typed_text.to_lowercase());
            if !same && !all.contains(&other) {
                all.push(other);
            }
        }
        all.dedup();
        // An expansion whose only other spelling is one-way is no group of spellings.
        (all.len() > 1).then_some((len, all))
    })
}

/// True when `word` typed alone may have other spellings, so that [`segment`] should see it:
/// an abbreviation of [`ABBREVIATIONS`] (`HĐND`, `hdnd`, `TN-MT`), a code of letters and a
/// number (`G20`, `U-23`; [`code_parts`]), whose other spelling [`code_spellings`] may still
/// leave out, a name with the Arabic article (`al-Tanf`; [`article_spellings`]), or a
/// lowercase syllable of [`crate::text::I_Y_TWINS`] or [`crate::text::D_GI_TWINS`] (`tỷ`, `kỷ`,
/// `giông`; [`twin_spelling`]).
pub fn may_have_other_spellings(word: &str) -> bool {
    spellings_at(&[word]).is_some_and(|(len, _)| len == 1)
        || code_parts(word).is_some()
        || article_spellings(word).is_some()
        || (!word.starts_with(char::is_uppercase) && crate::text::spelling_twin(word).is_some())
}

/// Most letters before the number of a code (`MH370`), ASCII only.
const MAX_CODE_LETTERS: usize = 4;

/// Most digits of a code's number, ASCII only.
const MAX_CODE_DIGITS: usize = 4;

/// Share of the documents holding a code's letters and its number as two words that must hold
/// them side by side for the code typed joined to also search its dashed spelling (the corpus,
/// body text: `G 20` in 20 % of the articles holding both words, `U 23` 33 %, `U 20` 28 %, `F
/// 16` 55 %; below it `F 1` 12 %, the F-1 visa beside F1 racing; `co 2` 6 %, mostly "có 2";
/// units, `km 2` 1 %, `m 2` 6 %, `mm 2` 1 %, `kg 2` 0.3 %, `ha 2` 0.2 %; a lowercase vowel
/// before a number, `a 1` 0.4 %, `o 2` 1 %).
const CODE_SHARE: f64 = 0.15;

/// The letters and the number of a code (`G20`, `U-23`, `U.23`, `G–20` with an en dash): one to
/// [`MAX_CODE_LETTERS`] ASCII letters, then one to [`MAX_CODE_DIGITS`] ASCII digits, joined or
/// split by the first `-`, `.` or `–`; and whether it was typed joined. A document number
/// (`24-CT`) is never one: it starts with its digits.
fn code_parts(word: &str) -> Option<(&str, &str, bool)> {
    let (letters, digits, joined) = match word.split_once(['-', '.', '–']) {
        Some((letters, digits)) => (letters, digits, false),
        None => {
            let (letters, digits) = word.split_at(word.find(|c: char| c.is_ascii_digit())?);
            (letters, digits, true)
        }
    };
    let letters_ok = (1..=MAX_CODE_LETTERS).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_alphabetic());
    let digits_ok =
        (1..=MAX_CODE_DIGITS).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    (letters_ok && digits_ok).then_some((letters, digits, joined))
}

/// A code of Latin letters then a number ([`code_parts`]; `G20` and `G-20`, `U23` and `U-23`
/// or `U.23`, `F-16`, `Su-22`): both spellings, the typed one first. The press writes both (the
/// corpus: G20 in 217 articles, G-20 in 24; U20 458, U-20 51; U22 220, U-22 34), and the index
/// keeps `G20` as one word and `G-20` or `U.23` as two, so neither finds the other. Typed with a
/// separator, the other spelling is the joined one, one word of the index. Typed joined, the
/// dashed one is the phrase `letters number`, which may be something else (`km2` and "Km 2",
/// `CO2` and "có 2", `F1` and the F-1 visa): it is added only when the index shows that phrase
/// in at least [`CODE_SHARE`] of the documents holding both words (`stats`). Never a document
/// reference, so none is checked for: [`normalize_ref`] reads a word without spaces only when
/// it starts with its number (`24-CT`; a type word before it, `Chỉ thị 24`, is a word apart).
fn code_spellings(word: &str, stats: &mut PairStats<'_>) -> Option<Vec<String>> {
    let (letters, digits, joined) = code_parts(word)?;
    let other = if joined {
        let (phrase, both) = stats(&[letters], digits)?;
        if phrase == 0 || share(phrase, both) < CODE_SHARE {
            return None;
        }
        format!("{letters}-{digits}")
    } else {
        format!("{letters}{digits}")
    };
    Some(vec![word.to_string(), other])
}

/// The Arabic article a name may be written with or without (`al-Tanf` and `Tanf`,
/// `al-Baghdadi` and `Baghdadi`), lowercase.
const ARTICLE: &str = "al";

/// Fewest letters of the name after the article ([`article_spellings`]).
const MIN_ARTICLE_NAME_LETTERS: usize = 3;

/// A name with the Arabic article joined by a dash (`al-Tanf`, `Al-Nuri`; [`ARTICLE`]): both
/// spellings, the typed one first, then the name alone (`Tanf`), as the press also writes it
/// (the corpus: `Tanf` without the article in 9 of the 30 articles naming the base, 8 of them
/// never writing `al-Tanf`, "căn cứ Tanf", "At Tanf"; `Assad` alone in 71 of 126, 21 never
/// writing `al-Assad`). The name is [`MIN_ARTICLE_NAME_LETTERS`] ASCII letters or more (`al-Ba`
/// is left as typed; `al-12` is a code, [`code_spellings`]). An article writing the name with
/// its article holds the name alone too, so the group finds both.
fn article_spellings(word: &str) -> Option<Vec<String>> {
    let (article, name) = word.split_once('-')?;
    let is_name =
        name.len() >= MIN_ARTICLE_NAME_LETTERS && name.chars().all(|c| c.is_ascii_alphabetic());
    (article.eq_ignore_ascii_case(ARTICLE) && is_name)
        .then(|| vec![word.to_string(), name.to_string()])
}

/// A foreign name of two capitalised words written as one or apart (`New Face` and `NewFace`,
/// `Big Bang` and `BigBang`, `YouTube` and `You Tube`): its length in words and both spellings,
/// the typed one first, when the index holds the other (`stats`). Each part is capitalised ASCII
/// letters, lowercase after the first, and one of them spells no Vietnamese syllable
/// ([`not_a_syllable`]; `Sai Gon` and `SaiGon`, `Viet Nam` and `VietNam` are left alone). The
/// press writes both (the corpus, outside the excluded ids: of 1,008 words of two capitalised
/// parts, 159 are also written apart, `Big Bang` in 44 articles and `BigBang` in 8, `Joong Ki`
/// 8 and `JoongKi` 9, `YouTube` 150 and `You Tube` 2; 687 articles write such a name only
/// joined), and the index keeps the joined one as one word, so neither finds the other.
fn joined_spellings(words: &[&str], stats: &mut PairStats<'_>) -> Option<(usize, Vec<String>)> {
    let part = |w: &str| {
        w.len() >= 2
            && w.chars().all(|c| c.is_ascii_alphabetic())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
    };
    let foreign_pair =
        |a: &str, b: &str| part(a) && part(b) && (not_a_syllable(a) || not_a_syllable(b));
    let first = *words.first()?;
    if let Some(&second) = words.get(1) {
        if foreign_pair(first, second) {
            let joined = format!("{first}{second}");
            if stats(&[], &joined).is_some_and(|(docs, _)| docs > 0) {
                return Some((2, vec![format!("{first} {second}"), joined]));
            }
        }
    }
    // Typed joined: cut before its one capital after the first letter.
    let mut cut = first.char_indices().skip(1).filter(|(_, c)| c.is_ascii_uppercase());
    let (Some((at, _)), None) = (cut.next(), cut.next()) else { return None };
    let (a, b) = first.split_at(at);
    if !foreign_pair(a, b) || stats(&[a], b).is_none_or(|(phrase, _)| phrase == 0) {
        return None;
    }
    Some((1, vec![first.to_string(), format!("{a} {b}")]))
}

/// Most words of an expansion in [`ABBREVIATIONS`].
const MAX_EXPANSION_WORDS: usize = 7;

/// Syllables that belong together, in query order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The words as typed.
    pub words: Vec<String>,
    /// What they are.
    pub kind: Kind,
}

/// Index statistics of syllables `a…` followed by `b`: `(documents with the phrase "a… b",
/// documents with the phrase "a…" and the syllable b)`; with `a` empty, `(documents with b,
/// the same)`. `None` when they cannot be looked up (a word that is not one term).
pub type PairStats<'a> = dyn FnMut(&[&str], &str) -> Option<(u64, u64)> + 'a;

/// Splits a run of bare words into groups (see the module documentation).
pub fn segment(words: &[&str], stats: &mut PairStats<'_>) -> Vec<Group> {
    let mut out = Vec::new();
    let mut stretch: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let spelled = spellings_at(&words[i..])
            .or_else(|| code_spellings(words[i], stats).map(|all| (1, all)))
            .or_else(|| article_spellings(words[i]).map(|all| (1, all)))
            .or_else(|| joined_spellings(&words[i..], stats));
        if let Some((len, spellings)) = spelled {
            out.extend(words_of(&stretch, stats));
            stretch.clear();
            let group = words[i..i + len].iter().map(|w| w.to_string()).collect();
            out.push(Group { words: group, kind: Kind::Spellings(spellings) });
            i += len;
            continue;
        }
        if let Some(len) = month_at(&words[i..]) {
            out.extend(words_of(&stretch, stats));
            stretch.clear();
            let group = words[i..i + len].iter().map(|w| w.to_string()).collect();
            out.push(Group { words: group, kind: Kind::Word });
            i += len;
            continue;
        }
        if is_year_word(words[i]) {
            // A year is a group of its own, never paired with a neighbour it often follows
            // (`Cannes 2017`, `Bolero 2017`): a piece on the festival that never writes the
            // year lacks the year, not the festival.
            out.extend(words_of(&stretch, stats));
            stretch.clear();
            out.push(Group { words: vec![words[i].to_string()], kind: Kind::Word });
            i += 1;
            continue;
        }
        match doc_ref_at(&words[i..]) {
            Some((len, key)) => {
                out.extend(words_of(&stretch, stats));
                stretch.clear();
                let group = words[i..i + len].iter().map(|w| w.to_string()).collect();
                out.push(Group { words: group, kind: Kind::Doc(key) });
                i += len;
            }
            None => {
                stretch.push(words[i]);
                i += 1;
            }
        }
    }
    out.extend(words_of(&stretch, stats));
    out
}

/// A month typed at the start of `words`, `tháng` (or `thang`) and its number, 1 to 12 (`tháng
/// 7`, `thang 07`): its length in words, 2. One group, the month ([`is_month`]): its two words
/// are required anywhere, as before (the press mostly dates a month's events `14/6`, `6/2017`,
/// which hold no `tháng 6`), but it is one concept, and the headline and the lead count it only
/// as the phrase. As two groups, `tháng` and `7`, each in nearly every article (the corpus: of
/// the articles holding both `tháng` and `7`, 17 % hold them side by side, so the pair is never
/// grouped by [`WORD_SHARE`]), a headline holding `tháng` beside another month's number
/// ("Bảng xếp hạng tháng 6") or "6 tháng" (six months) counted twice for `tháng 7`.
fn month_at(words: &[&str]) -> Option<usize> {
    let [first, number, ..] = words else { return None };
    let month = number.chars().all(|c| c.is_ascii_digit())
        && number.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    (crate::text::fold(first) == "thang" && month).then_some(2)
}

/// Whether a group's words are a month typed (`tháng 7`; [`month_at`]).
pub fn is_month(words: &[String]) -> bool {
    matches!(words, [first, number] if month_at(&[first.as_str(), number.as_str()]).is_some())
}

/// Whether a group's words are a year alone (`2017`: four digits, 1900 to 2099). A news
/// article rarely writes the year it was published in (its date says it), so a near match
/// lacking only the year typed is nearly a full match ([`crate::index::query`]'s
/// `NEAR_WITHOUT_YEAR`).
pub fn is_year(words: &[String]) -> bool {
    matches!(words, [w] if is_year_word(w))
}

/// Whether one word is a year (four digits, 1900 to 2099): [`is_year`] of a single word.
fn is_year_word(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// The longest document reference at the start of `words`: its length in words and its key.
fn doc_ref_at(words: &[&str]) -> Option<(usize, String)> {
    let first = words.first()?;
    let code = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars().any(char::is_alphabetic)
            && w.contains(['/', '-'])
    };
    if code(first) {
        return normalize_ref(first).map(|key| (1, key));
    }
    if !first.chars().all(char::is_alphabetic) {
        return None;
    }
    (2..=words.len().min(MAX_REF_WORDS)).rev().find_map(|len| {
        let last = words[len - 1];
        if !last.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        normalize_ref(&words[..len].join(" ")).map(|key| (len, key))
    })
}

/// A capitalised syllable (`Sóc`), not a code in capitals (`UBND`) nor a number.
fn capitalised(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
}

/// Most syllables of a name (`Tôn Nữ Thị Ninh`).
const MAX_NAME_WORDS: usize = 4;

/// Common Vietnamese surnames, folded (`vietnamese.md` §4.5): a capitalised surname followed by
/// a capitalised syllable the index has seen after it starts a person's name, however common
/// each syllable is alone (`Trịnh Xuân Thanh`: *trịnh* is also in *chương trình*).
const SURNAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "dao", "doan", "luong", "trinh", "mai", "truong", "lam",
    "phung", "to", "ta", "ha", "kieu", "quach", "cao", "chau", "thai", "luu", "van", "vuong",
    "trieu", "giang",
];

/// Groups a stretch without document references into names and words.
fn words_of(stretch: &[&str], stats: &mut PairStats<'_>) -> Vec<Group> {
    let n = stretch.len();
    let mut out = Vec::new();
    let mut gap_start = 0;
    let mut k = 0;
    while k < n {
        match name_at(&stretch[k..], stats) {
            Some(len) => {
                out.extend(pair_up(&stretch[gap_start..k], stats));
                let words = stretch[k..k + len].iter().map(|w| w.to_string()).collect();
                out.push(Group { words, kind: Kind::Name });
                k += len;
                gap_start = k;
            }
            None => k += 1,
        }
    }
    out.extend(pair_up(&stretch[gap_start..], stats));
    out
}

/// Length of the name starting `words`, when there is one: capitalised syllables, each seen
/// after the ones before it in at least [`NAME_SHARE`] of the documents holding both (the first
/// pair only once when it starts with a surname).
fn name_at(words: &[&str], stats: &mut PairStats<'_>) -> Option<usize> {
    let (first, second) = (*words.first()?, *words.get(1)?);
    if !capitalised(first) || !capitalised(second) {
        return None;
    }
    let surname = SURNAMES.contains(&crate::text::fold(first).as_str());
    let (phrase, both) = stats(&words[..1], second)?;
    if phrase == 0 || (!surname && share(phrase, both) < NAME_SHARE) {
        return None;
    }
    let mut len = 2;
    while len < words.len().min(MAX_NAME_WORDS) && capitalised(words[len]) {
        match stats(&words[..len], words[len]) {
            Some((phrase, both)) if phrase > 0 && share(phrase, both) >= NAME_SHARE => len += 1,
            _ => break,
        }
    }
    let len = two_names_at(&words[..len], stats).unwrap_or(len);
    (len >= 2).then_some(len)
}

/// Share of the documents holding the tail of a name run (`Trung Quốc`, `New York`, `Canada`)
/// that must hold the whole run (`Giang Tô Trung Quốc`) for the run to stay one name. The
/// corpus: a place and its country, city or province 0.004–0.009 (`Giang Tô Trung Quốc`, `Bronx
/// New York`, `British Columbia Canada`) and 0.03–0.08 (`Phan Thiết Bình Thuận`, `Hạ Long
/// Quảng Ninh`, `Sa Pa Lào Cai`, `Tam Đảo Vĩnh Phúc`, `Đà Lạt Lâm Đồng`); a person's name after
/// its surname and middle syllable mostly 0.12 and more (`Nguyễn Thị Bích Ngọc`, `Nguyễn Thị Thu
/// Hà`), some less (`Ngô Thị Thùy Linh` 0.09, `Vũ Thị Thu Hà` 0.05: never cut there, see
/// [`MIDDLE_SYLLABLES`]),
/// a country before a person 0.58 and more (`Pháp Emmanuel Macron`), a route 0.18 (`Cát Linh
/// Hà Đông`).
const TWO_NAMES_SHARE: f64 = 0.1;

/// For a run of two words ([`two_names_at`]): the share of the documents holding the first
/// word that may hold the whole run for it to be cut. The corpus: a place before its country
/// 0.33–0.40 (`Sicily Italy`, `Bali Indonesia`, `Bamako Mali`); a given name before its
/// surname 0.72 and more (`Melania Trump`, `Ivanka Trump` 0.83, `Vladimir Putin` 0.90), a
/// place's two words 0.75 (`Finsbury Park`).
const TWO_WORDS_HEAD_SHARE: f64 = 0.5;

/// The states of the United States written in one word (separated by spaces), the second word
/// of a run of two that [`two_names_at`] may cut like a country (`Orlando Florida`: the press
/// writes "Orlando, Florida", and the index drops the comma, so the city is followed by its
/// state often enough for [`name_at`]; but the reports writing "thành phố Orlando, bang
/// Florida" or "Orlando (bang Florida, Mỹ)" miss the whole phrase). States of two words (`New
/// York`, `North Carolina`) are cut by the longer runs' rule. `Washington` is left out: in the
/// press it is far more often the capital (`Nhà Trắng Washington`) or a person's name than the
/// state. A brand or model named after a state (`Ferrari California`, `Chevrolet Colorado`) may
/// be cut too when its first word stands mostly alone: not measured.
const US_STATES: &str = "Alabama Alaska Arizona Arkansas California Colorado Connecticut \
    Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine \
    Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio \
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming";

/// Countries written in one word that the place lexicon's foreign section
/// ([`crate::entities::is_foreign_place`], which belongs to entity extraction) lacks, each
/// written in the corpus (separated by spaces): the second word of a run of two that
/// [`two_names_at`] may cut like a country of the lexicon, after a word that is no Vietnamese
/// syllable ([`not_a_syllable`]), as [`US_STATES`] (`Maiduguri Nigeria`: the index holds
/// "Maiduguri (Nigeria)" once, in one of the three documents naming the city, so the two read
/// as one name, and the reports writing "Maiduguri, thủ phủ bang Borno, miền Đông Bắc Nigeria"
/// lacked it). Left out: `Jordan` (far more often Michael Jordan), `Georgia` (a state of
/// [`US_STATES`]), `Chad` and `Niger` (a given name; the other country), `Monaco` and `Italia`
/// (the club, `Coppa Italia`). After a Vietnamese syllable the run is one name: `Bắc Ireland`,
/// `Nam Sudan`.
const COUNTRIES: &str = "Nigeria Somalia Mali Libya Yemen Kenya Ethiopia Sudan Tunisia Algeria \
    Maroc Morocco Lebanon Liban Colombia Ecuador Bolivia Paraguay Uruguay Guatemala Honduras \
    Nicaragua Panama Haiti Jamaica Romania Bulgaria Serbia Croatia Slovenia Slovakia Albania \
    Macedonia Montenegro Moldova Estonia Latvia Lithuania Litva Ireland Scotland Iceland \
    Luxembourg Malta Armenia Azerbaijan Gruzia Uzbekistan Turkmenistan Kyrgyzstan Tajikistan \
    Bhutan Maldives Fiji Oman Bahrain Congo Angola Zambia Zimbabwe Mozambique Tanzania Uganda \
    Rwanda Cameroon Ghana Senegal Gabon Eritrea Djibouti Madagascar Namibia Liberia Ukraina \
    Italy Palestine Kosovo Bosnia";

/// The middle syllables of Vietnamese personal names (`Thị`, `Văn`, folded): after a surname,
/// the run goes on with the given name ([`two_names_at`] never cuts there).
const MIDDLE_SYLLABLES: &[&str] = &["thi", "van"];

/// Where a run of two or more capitalised syllables that [`name_at`] joined is two names side
/// by side, a place and its country or city (`Giang Tô Trung Quốc`, `Bronx New York`, `British
/// Columbia Canada`, `Bali Indonesia`): the length of the first name, when the tail after it is
/// a name the index holds far more often than the whole run — the whole run in less than
/// [`TWO_NAMES_SHARE`] of the documents holding the tail. The press writes "tỉnh Giang Tô,
/// Trung Quốc", and the index drops the comma, so the first name is followed by the second
/// often enough for [`name_at`]; but the same place written "Giang Tô, miền Đông Trung Quốc" or
/// "British Columbia của Canada" then misses the whole phrase. The tail is two syllables or more, or one word that is no
/// Vietnamese syllable ([`not_a_syllable`]: `Canada`); a Vietnamese syllable alone is too often
/// a given name (`Trần Đại Quang`: `Quang` stands in 30 times as many documents), and a
/// common surname ([`SURNAMES`]) is never a name alone (`Trần Văn Nam`: `Văn Nam` stands in
/// twelve times as many documents). Of several such tails, the longest (`New York`, not
/// `York`). A run of two words is cut only when its first word, too, stands mostly without the
/// second ([`TWO_WORDS_HEAD_SHARE`]): `Bali Indonesia`, not `Melania Trump`; and only when the
/// second word is a country of the place lexicon (`Indonesia`, `Qatar`, `Iraq`), or one of
/// [`COUNTRIES`] (`Maiduguri Nigeria`) or a state of [`US_STATES`] (`Orlando Florida`) after a
/// word that is no Vietnamese syllable: not `Swansea City`, `Super League`, `Zing News`, `Michael
/// Jordan`, whose shares overlap a place's.
fn two_names_at(words: &[&str], stats: &mut PairStats<'_>) -> Option<usize> {
    let (last, head) = words.split_last()?;
    if words.len() < 2 {
        return None;
    }
    let (whole, _) = stats(head, last)?;
    // Two words: a place and its country (`Bali Indonesia`) or US state (`Orlando Florida`) only
    // when the tail is a country of the place lexicon or a state (`Swansea City`, `Motor Show`,
    // `Zing News`, `Michael Jordan` are one name each, their shares those of a place before its
    // country) and the place, too, stands mostly without the country; a given name mostly
    // stands with its surname (`Melania Trump`), and a place's first word with its second
    // (`Finsbury Park`), however often the second stands alone.
    if let [first, second] = words {
        let lexicon_country = crate::entities::is_foreign_place(second);
        let listed = |list: &str| list.split_whitespace().any(|place| place == *second);
        let search_place = listed(US_STATES) || listed(COUNTRIES);
        // (a state or a country of [`COUNTRIES`] after a Vietnamese syllable is a Vietnamese
        // phrase: `Nam California`, southern California; `Bang Virginia`, the state of
        // Virginia; `Bắc Ireland`, Northern Ireland)
        let cut = lexicon_country || (search_place && not_a_syllable(first));
        if !cut {
            return None;
        }
        let first_docs = stats(&[], first)?.0;
        if first_docs == 0 || share(whole, first_docs) >= TWO_WORDS_HEAD_SHARE {
            return None;
        }
    }
    // A surname alone is no name: `Trần Văn Nam` is never `Trần` and `Văn Nam`; nor a surname
    // and a middle syllable (`Ngô Thị Thùy Linh` is never `Ngô Thị` and `Thùy Linh`, however
    // often the given name stands alone).
    let surname = SURNAMES.contains(&crate::text::fold(words[0]).as_str());
    for k in usize::from(surname) + 1..words.len() {
        if surname && MIDDLE_SYLLABLES.contains(&crate::text::fold(words[k - 1]).as_str()) {
            continue;
        }
        let tail = &words[k..];
        let tail_docs = match tail {
            [one] if not_a_syllable(one) => stats(&[], one)?.0,
            [_] => continue,
            _ => {
                let (tail_last, tail_head) = tail.split_last()?;
                stats(tail_head, tail_last)?.0
            }
        };
        if tail_docs > 0 && share(whole, tail_docs) < TWO_NAMES_SHARE {
            return Some(k);
        }
    }
    None
}

/// Whether `w` spells no Vietnamese syllable: [`foreign`], or two vowel groups (`Canada`,
/// `Tokyo`), or a last consonant no syllable ends with (`York`, `Bronx`, `Kohl`; a syllable
/// ends with a vowel or `c`, `ch`, `m`, `n`, `ng`, `nh`, `p`, `t`).
pub(crate) fn not_a_syllable(w: &str) -> bool {
    let folded = crate::text::fold(w);
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut prev_vowel = false;
    for c in folded.chars() {
        if vowel(c) && !prev_vowel {
            groups += 1;
        }
        prev_vowel = vowel(c);
    }
    let coda = &folded[folded.trim_end_matches(|c: char| !vowel(c)).len()..];
    foreign(w)
        || groups != 1
        || !matches!(coda, "" | "c" | "ch" | "m" | "n" | "ng" | "nh" | "p" | "t")
}

/// Fewest letters of a capitalised foreign word matched within one letter
/// ([`one_letter_spellings`]): shorter names (`Trump`'s four-letter neighbours) are too
/// often other words.
pub const MIN_NEAR_NAME_LETTERS: usize = 5;

/// The spellings one letter away from `word`, a capitalised word of ASCII letters, at least
/// [`MIN_NEAR_NAME_LETTERS`] long, that spells no Vietnamese syllable (a foreign name,
/// `Betsy`, `Mississippi`, `Mueller`): a letter left out (`Mississipi`, `Muller`), a letter
/// doubled, two neighbouring letters swapped (`Besty`). Lowercase, each also at least
/// [`MIN_NEAR_NAME_LETTERS`] long and no syllable; empty for any other word.
pub fn one_letter_spellings(word: &str) -> Vec<String> {
    let letters = word.chars().count();
    if !capitalised(word)
        || !word.chars().all(|c| c.is_ascii_alphabetic())
        || letters < MIN_NEAR_NAME_LETTERS
        || !not_a_syllable(word)
    {
        return Vec::new();
    }
    let typed = word.to_ascii_lowercase();
    let lower: Vec<char> = typed.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut add = |chars: Vec<char>| {
        let s: String = chars.into_iter().collect();
        if s.len() >= MIN_NEAR_NAME_LETTERS && s != typed && not_a_syllable(&s) && !out.contains(&s)
        {
            out.push(s);
        }
    };
    for i in 0..lower.len() {
        let mut left_out = lower.clone();
        left_out.remove(i);
        add(left_out);
        let mut doubled = lower.clone();
        doubled.insert(i, lower[i]);
        add(doubled);
        if i + 1 < lower.len() {
            let mut swapped = lower.clone();
            swapped.swap(i, i + 1);
            add(swapped);
        }
    }
    out
}

fn share(phrase: u64, both: u64) -> f64 {
    phrase as f64 / both.max(1) as f64
}

/// Longest Vietnamese syllable, in letters (`nghiêng`).
const MAX_SYLLABLE_LETTERS: usize = 7;

/// A word no Vietnamese syllable spells: a letter Vietnamese does not use (f, j, w, z) or more
/// letters than a syllable has (`WannaCry`, `Facebook`, `VFF`).
fn foreign(w: &str) -> bool {
    w.chars().any(|c| matches!(c.to_ascii_lowercase(), 'f' | 'j' | 'w' | 'z'))
        || w.chars().filter(|c| c.is_alphabetic()).count() > MAX_SYLLABLE_LETTERS
}

/// Whether `a b` may be one two-syllable word: two Vietnamese syllables, not a lowercase one
/// before a capitalised one (`độc WannaCry`, `tỉnh Quảng` are a word and a name side by side,
/// however often they stand together).
fn may_pair(a: &str, b: &str) -> bool {
    let lowercase_then_name = a.starts_with(char::is_lowercase) && capitalised(b);
    !lowercase_then_name && !foreign(a) && !foreign(b)
}

/// Pairs of `words` (2 syllables each) seen side by side in at least [`WORD_SHARE`] of the
/// documents holding both, chosen to maximise the total share; the others stand alone.
fn pair_up(words: &[&str], stats: &mut PairStats<'_>) -> Vec<Group> {
    let n = words.len();
    let shares: Vec<Option<f64>> = (0..n.saturating_sub(1))
        .map(|k| {
            if !may_pair(words[k], words[k + 1]) {
                return None;
            }
            let (phrase, both) = stats(&words[k..=k], words[k + 1])?;
            let s = share(phrase, both);
            (phrase > 0 && s >= WORD_SHARE).then_some(s)
        })
        .collect();
    // best[i]: the best total for words[i..], and whether words[i] starts a pair.
    let mut best = vec![(0.0f64, false); n + 2];
    for i in (0..n).rev() {
        let alone = best[i + 1].0;
        let paired = shares.get(i).copied().flatten().map(|s| s + best[i + 2].0);
        best[i] = match paired {
            Some(p) if p > alone => (p, true),
            _ => (alone, false),
        };
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let len = if best[i].1 && i + 1 < n { 2 } else { 1 };
        let group = words[i..i + len].iter().map(|w| w.to_string()).collect();
        out.push(Group { words: group, kind: Kind::Word });
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs the fake index sees side by side: (a, b, phrase share in %, documents with both).
    const PAIRS: &[(&str, &str, u64)] = &[
        ("kỷ", "cương", 90),
        ("sóc", "sơn", 40),
        ("nguyễn", "văn", 60),
        ("văn", "an", 30),
        ("thủy", "điện", 80),
        ("điện", "hòa", 5),
        ("hòa", "bình", 70),
        ("hà", "nội", 95),
        ("ky", "cuong", 90),
        ("cương", "hành", 40),
        ("hành", "chính", 90),
        ("thu", "hoạch", 90),
        ("cannes", "2017", 70),
        ("thần", "tượng", 90),
        ("tượng", "bolero", 60),
        ("bolero", "2017", 70),
        ("chung", "kết", 90),
        ("trinh", "xuan", 1),
        ("xuan", "thanh", 30),
        ("chuong", "trinh", 95),
        ("huan", "chuong", 90),
        ("sơn", "hà", 1),
        ("ma", "doc", 60),
        ("doc", "wannacry", 95),
        ("mã", "độc", 60),
        ("độc", "wannacry", 95),
        ("nhiễm", "độc", 60),
        ("độc", "hòa", 95),
        // A code's letters and number side by side (`G-20`, `U.23`), or as often as units and
        // "có 2" beside "km2", "CO2", "F1".
        ("g", "20", 20),
        ("u", "23", 33),
        ("km", "2", 1),
        ("co", "2", 6),
        ("f", "1", 12),
    ];

    /// Counts the fake index holds for whole phrases, looked up before [`PAIRS`]: (the words
    /// before, the last word, documents with the phrase, documents with both; an empty first
    /// field: documents with the word). From the corpus: a place and its country or city typed
    /// side by side, and a name whose tail is rarely without it.
    const PHRASES: &[(&str, &str, u64, u64)] = &[
        ("giang", "tô", 29, 218),
        ("giang tô", "trung", 11, 27),
        ("giang tô trung", "quốc", 11, 11),
        ("tô trung", "quốc", 11, 11),
        ("trung", "quốc", 3009, 3100),
        ("bronx", "new", 4, 13),
        ("bronx new", "york", 4, 4),
        ("new", "york", 657, 700),
        ("", "york", 669, 669),
        ("british", "columbia", 13, 13),
        ("british columbia", "canada", 4, 12),
        ("columbia", "canada", 5, 5),
        ("", "canada", 447, 447),
        ("đức", "helmut", 5, 10),
        ("đức helmut", "kohl", 5, 5),
        ("helmut", "kohl", 6, 6),
        ("", "kohl", 6, 6),
        ("hạ", "long", 300, 400),
        ("hạ long", "quảng", 25, 60),
        ("hạ long quảng", "ninh", 25, 25),
        ("long quảng", "ninh", 25, 25),
        ("quảng", "ninh", 565, 600),
        ("trần", "văn", 900, 1000),
        ("trần văn", "nam", 6, 20),
        ("văn", "nam", 72, 2000),
        ("ngô", "thị", 500, 600),
        ("ngô thị", "thùy", 10, 40),
        ("ngô thị thùy", "linh", 5, 5),
        ("thùy", "linh", 54, 60),
        ("trần", "đại", 40, 900),
        ("trần đại", "quang", 30, 40),
        ("đại", "quang", 35, 300),
        ("", "quang", 3000, 3000),
        ("bali", "indonesia", 19, 30),
        ("", "bali", 52, 52),
        ("", "indonesia", 534, 534),
        ("maiduguri", "nigeria", 1, 3),
        ("", "maiduguri", 3, 3),
        ("", "nigeria", 55, 55),
        ("bắc", "ireland", 36, 44),
        ("", "bắc", 4106, 4106),
        ("", "ireland", 121, 121),
        ("orlando", "florida", 2, 9),
        ("", "newface", 1, 1),
        ("", "bigbang", 8, 8),
        ("big", "bang", 44, 50),
        ("", "saigon", 3, 3),
        ("", "orlando", 37, 37),
        ("", "florida", 155, 155),
        ("nam", "california", 10, 12),
        ("", "nam", 5000, 5000),
        ("", "california", 120, 120),
        ("melania", "trump", 46, 64),
        ("", "melania", 64, 64),
        ("", "trump", 1805, 1805),
        ("finsbury", "park", 9, 9),
        ("", "finsbury", 12, 12),
        ("", "park", 265, 265),
        ("swansea", "city", 21, 24),
        ("", "swansea", 71, 71),
        ("", "city", 636, 636),
        ("motor", "show", 28, 31),
        ("", "motor", 78, 78),
        ("", "show", 605, 605),
    ];

    fn stats(a: &[&str], b: &str) -> Option<(u64, u64)> {
        let (before, b) = (a.join(" ").to_lowercase(), b.to_lowercase());
        if let Some((.., phrase, both)) = PHRASES.iter().find(|(x, y, ..)| *x == before && *y == b)
        {
            return Some((*phrase, *both));
        }
        let a = a.last().map_or(String::new(), |w| w.to_lowercase());
        let found = PAIRS.iter().find(|(x, y, _)| *x == a && *y == b);
        Some(found.map_or((0, 100), |(_, _, share)| (*share, 100)))
    }

    fn check(query: &str, expected: &[&str]) {
        let words: Vec<&str> = query.split_whitespace().collect();
        let groups = segment(&words, &mut stats);
        let got: Vec<String> = groups
            .iter()
            .map(|g| {
                let tag = match &g.kind {
                    Kind::Word => String::new(),
                    Kind::Name => "N:".to_string(),
                    Kind::Doc(key) => format!("D[{key}]:"),
                    Kind::Spellings(all) => format!("S[{}]:", all[1..].join("|")),
                };
                format!("{tag}{}", g.words.join(" "))
            })
            .collect();
        assert_eq!(got, expected, "{query}");
    }

    #[test]
    fn syllables_group_into_words_names_and_references() {
        let cases: &[(&str, &[&str])] = &[
            ("kỷ cương", &["kỷ cương"]),
            ("ky cuong", &["ky cuong"]),
            ("KỶ CƯƠNG", &["KỶ CƯƠNG"]),
            ("Sóc Sơn Chỉ thị 24", &["N:Sóc Sơn", "D[Chỉ thị|24]:Chỉ thị 24"]),
            ("Sóc Sơn 24-CT/TU", &["N:Sóc Sơn", "D[24-CT/TU]:24-CT/TU"]),
            ("nghị quyết số 57-NQ/TW", &["D[57-NQ/TW]:nghị quyết số 57-NQ/TW"]),
            ("chi thi 24 kỷ cương", &["D[Chỉ thị|24]:chi thi 24", "kỷ cương"]),
            ("Nguyễn Văn An", &["N:Nguyễn Văn An"]),
            ("thủy điện Hòa Bình", &["thủy điện", "N:Hòa Bình"]),
            ("kỷ cương hành chính", &["kỷ cương", "hành chính"]),
            // Never seen together: separate words, all required.
            ("kỷ thủy", &["kỷ", "thủy"]),
            // Mixed: looked up with the letters typed (the fake index has no `thủy dien`).
            ("thủy dien", &["thủy", "dien"]),
            ("thu hoạch", &["thu hoạch"]),
            // A surname starts a name even when its pair is rare next to `chương trình`.
            ("huy huan chuong Trinh Xuan Thanh", &["huy", "huan chuong", "N:Trinh Xuan Thanh"]),
            // Two names side by side stay two names.
            ("Sóc Sơn Hà Nội", &["N:Sóc Sơn", "N:Hà Nội"]),
            // Also when the first is so often followed by the second (a place, then its
            // country or city) that they read as one: its tail stands mostly without it.
            ("Giang Tô Trung Quốc", &["N:Giang Tô", "N:Trung Quốc"]),
            ("xả súng Bronx New York", &["xả", "súng", "Bronx", "N:New York"]),
            ("British Columbia Canada", &["N:British Columbia", "Canada"]),
            ("du lịch Hạ Long Quảng Ninh", &["du", "lịch", "N:Hạ Long", "N:Quảng Ninh"]),
            // Two words, when the first, too, stands mostly alone (`Bali`: in 52 documents, 19
            // of them before `Indonesia`, in 534).
            ("Obama nghi duong Bali Indonesia", &["Obama", "nghi", "duong", "Bali", "Indonesia"]),
            // Also a city and its US state (`Orlando` before `Florida` in 2 of 37 documents).
            ("xả súng Orlando Florida", &["xả", "súng", "Orlando", "Florida"]),
            // Also a country the place lexicon lacks (`Maiduguri` before `Nigeria` in 1 of 3
            // documents).
            ("đánh bom Maiduguri Nigeria", &["đánh", "bom", "Maiduguri", "Nigeria"]),
            // Not after a Vietnamese syllable: `Bắc Ireland` is Northern Ireland (`Bắc` before
            // `Ireland` in 36 of 4,106 documents)…
            ("Bắc Ireland", &["N:Bắc Ireland"]),
            // …and `Nam California` southern California.
            ("Nam California", &["N:Nam California"]),
            // Not a given name, which mostly stands before its surname (`Melania` before
            // `Trump` in 46 of 64), nor a place's two words (`Finsbury Park`).
            ("Melania Trump", &["N:Melania Trump"]),
            ("Finsbury Park", &["N:Finsbury Park"]),
            // Nor when the tail is no country of the place lexicon: a club, a show (`Swansea`
            // before `City` in 21 of 71, `City` in 636; `Motor` before `Show` in 28 of 78), with
            // the shares of a place before its country.
            ("Swansea City", &["N:Swansea City"]),
            ("Motor Show", &["N:Motor Show"]),
            // A name whose tail is mostly in it stays one (`Kohl`), and a Vietnamese syllable
            // alone is no tail (`An`, in far more documents than `Nguyễn Văn An`).
            ("Thủ tướng Đức Helmut Kohl", &["Thủ", "tướng", "N:Đức Helmut Kohl"]),
            // A common surname is never a name alone, however often the rest stands without it.
            ("Trần Văn Nam", &["N:Trần Văn Nam"]),
            // Nor a surname and a middle syllable (`Thùy Linh` in ten times as many documents).
            ("Ngô Thị Thùy Linh", &["N:Ngô Thị Thùy Linh"]),
            // A Vietnamese syllable alone is no tail, however often it stands alone.
            ("Trần Đại Quang", &["N:Trần Đại Quang"]),
            ("Hà Nội", &["N:Hà Nội"]),
            ("số 24", &["số", "24"]),
            ("2017 Hà Nội", &["2017", "N:Hà Nội"]),
            // A year stands alone, however often the index sees it after its neighbour.
            ("LHP Cannes 2017", &["LHP", "Cannes", "2017"]),
            ("Thần tượng Bolero 2017 chung kết", &["Thần tượng", "Bolero", "2017", "chung kết"]),
            // A month is one word, its name and number (never grouped by their statistics: the
            // fake index has no pair of them).
            ("CPI tháng 6 2017", &["CPI", "tháng 6", "2017"]),
            ("xep hang FIFA thang 07", &["xep", "hang", "FIFA", "thang 07"]),
            // Not six months, nor a number that is no month.
            ("6 tháng đầu năm", &["6", "tháng", "đầu", "năm"]),
            ("tháng 13", &["tháng", "13"]),
            // Abbreviations and expansions: one group, every spelling.
            ("UBND Hà Nội", &["S[uy ban nhan dan]:UBND", "N:Hà Nội"]),
            ("hdnd ha noi", &["S[hoi dong nhan dan]:hdnd", "ha", "noi"]),
            (
                "Sở Tài nguyên Môi trường Yên Bái",
                &[
                    "Sở",
                    "S[TN-MT|TN&MT|TNMT|Tài nguyên và Môi trường]:Tài nguyên Môi trường",
                    "Yên",
                    "Bái",
                ],
            ),
            ("Sở TN-MT", &["Sở", "S[tn&mt|tnmt|tai nguyen va moi truong]:TN-MT"]),
            ("GPMB sân bay", &["S[giai phong mat bang]:GPMB", "sân", "bay"]),
            ("giải phóng mặt bằng", &["S[GPMB]:giải phóng mặt bằng"]),
            ("TP HCM", &["S[tp.hcm|tphcm|thanh pho ho chi minh]:TP HCM"]),
            // QH is the National Assembly; DNNVV small and medium enterprises, in either order.
            ("Quốc hội thông qua", &["S[QH]:Quốc hội", "thông", "qua"]),
            ("QH", &["S[quoc hoi]:QH"]),
            (
                "Luật doanh nghiệp nhỏ và vừa",
                &["Luật", "S[DNNVV|doanh nghiệp vừa và nhỏ]:doanh nghiệp nhỏ và vừa"],
            ),
            (
                "hỗ trợ doanh nghiệp vừa và nhỏ",
                &["hỗ", "trợ", "S[DNNVV|doanh nghiệp nhỏ và vừa]:doanh nghiệp vừa và nhỏ"],
            ),
            ("dnnvv", &["S[doanh nghiep vua va nho|doanh nghiep nho va vua]:dnnvv"]),
            // A foreign name in any of the spellings the press uses.
            (
                "Ả Rập Xê Út cắt quan hệ Qatar",
                &[
                    "S[Ả Rập Saudi|Arab Saudi|Saudi Arabia]:Ả Rập Xê Út",
                    "cắt",
                    "quan",
                    "hệ",
                    "Qatar",
                ],
            ),
            ("Saudi Arabia", &["S[a rap xe ut|a rap saudi|arab saudi]:Saudi Arabia"]),
            ("Thuy Si", &["S[thuy sy]:Thuy Si"]),
            // Other spellings of foreign names and of a Vietnamese word.
            ("Ukraina", &["S[ukraine]:Ukraina"]),
            ("tan cong Ukraine", &["tan", "cong", "S[ukraina]:Ukraine"]),
            ("thủ đô Moscow", &["thủ", "đô", "S[mat-xco-va|matxcova|moskva]:Moscow"]),
            ("Italia", &["S[italy]:Italia"]),
            ("Hồng Kông trở về", &["S[Hong Kong|HongKong]:Hồng Kông", "trở", "về"]),
            ("Hong Kong", &["S[hongkong]:Hong Kong"]),
            ("tinh giản biên chế", &["S[tinh giảm]:tinh giản", "biên", "chế"]),
            ("tấn công sòng bạc", &["tấn", "công", "S[sòng bài]:sòng bạc"]),
            ("lễ diễu binh", &["lễ", "S[duyệt binh]:diễu binh"]),
            ("chan may bay trinh sat My", &["chan", "S[may bay do tham]:may bay trinh sat", "My"]),
            // A code of letters and a number, joined or split by a dash, a dot or an en dash;
            // typed joined, the dashed spelling only where the index shows that phrase.
            ("biểu tình G20 Hamburg", &["biểu", "tình", "S[G-20]:G20", "Hamburg"]),
            // (the country is one group with `VN`)
            ("U-23 Việt Nam", &["S[U23]:U-23", "Việt", "Nam"]),
            ("U.23 Việt Nam", &["S[U23]:U.23", "Việt", "Nam"]),
            ("u23 viet nam", &["S[u-23]:u23", "viet", "nam"]),
            ("G–20 Hamburg", &["S[G20]:G–20", "Hamburg"]),
            ("diện tích km2", &["diện", "tích", "km2"]),
            ("khí thải CO2", &["khí", "thải", "CO2"]),
            ("đua xe F1", &["đua", "xe", "F1"]),
            ("MH370", &["MH370"]),
            // Ordinary words left alone: a document number without its issuer, a score, a name with its number, a
            // letter outside ASCII, a number first, no number, a letter after the number,
            // too many digits.
            ("Sóc Sơn 24-CT", &["N:Sóc Sơn", "24-CT"]),
            ("tỷ số 2-1", &["tỷ", "số", "2-1"]),
            ("COVID-19", &["COVID-19"]),
            ("Đ5", &["Đ5"]),
            ("5G", &["5G"]),
            ("U", &["U"]),
            ("U23s", &["U23s"]),
            ("G12345", &["G12345"]),
            ("tiêm kích F-16", &["tiêm", "kích", "S[F16]:F-16"]),
            ("Su-22 bị bắn hạ", &["S[Su22]:Su-22", "bị", "bắn", "hạ"]),
            ("Hwasong-14", &["Hwasong-14"]),
            (
                "Chelsea vô địch Ngoại hạng Anh",
                &["Chelsea", "vô", "địch", "S[Premier League]:Ngoại hạng Anh"],
            ),
            ("tuyen Duc Confed Cup", &["tuyen", "Duc", "S[confederations cup]:Confed Cup"]),
            ("song bai Manila", &["S[song bac]:song bai", "Manila"]),
            ("LHQ thông qua", &["S[lien hiep quoc|lien hop quoc]:LHQ", "thông", "qua"]),
            // A club written short, each spelling matching the others; `mu` lowercase is a
            // syllable (mũ, mù), not the club.
            (
                "MU thua Arsenal",
                &["S[m.u|man utd|man united|manchester united]:MU", "thua", "Arsenal"],
            ),
            ("Man Utd thắng", &["S[mu|m.u|man united|manchester united]:Man Utd", "thắng"]),
            ("PSG Mbappe", &["S[paris sg|paris saint-germain]:PSG", "Mbappe"]),
            // The country and a race written short, one way: the abbreviation typed also
            // searches the expansion, the expansion typed not the abbreviation (`vn` and `gp`
            // are also tokens of web addresses, bylines and licence symbols).
            ("VN Campuchia", &["S[viet nam]:VN", "Campuchia"]),
            ("vn Campuchia", &["S[viet nam]:vn", "Campuchia"]),
            ("Việt Nam Campuchia", &["Việt", "Nam", "Campuchia"]),
            ("Viet Nam Campuchia", &["Viet", "Nam", "Campuchia"]),
            ("Spanish GP", &["Spanish", "S[grand prix]:GP"]),
            ("Grand Prix Canada", &["Grand", "Prix", "Canada"]),
            // The club written short, one way: `Barcelona` typed also searches "Barca" (always
            // the club), `Barca` typed not "Barcelona" (also the city).
            ("Deulofeu Barcelona", &["Deulofeu", "S[barca]:Barcelona"]),
            ("deulofeu barcelona", &["deulofeu", "S[barca]:barcelona"]),
            ("Deulofeu Barca", &["Deulofeu", "Barca"]),
            // A coach abbreviated and spelt out.
            ("HLV Hữu Thắng", &["S[huan luyen vien]:HLV", "Hữu", "Thắng"]),
            ("huấn luyện viên Valverde", &["S[HLV]:huấn luyện viên", "Valverde"]),
            ("Mu thắng", &["S[m.u|man utd|man united|manchester united]:Mu", "thắng"]),
            ("mu thắng", &["mu", "thắng"]),
            ("mũ thắng", &["mũ", "thắng"]),
            // The sport in either name; a launch or a premiere in any of three words; a
            // shooting in one word only (`nổ súng` is also a striker scoring).
            ("Maldini thi đấu quần vợt", &["Maldini", "thi", "đấu", "S[tennis]:quần vợt"]),
            ("Maldini tennis", &["Maldini", "S[quan vot]:tennis"]),
            ("OnePlus 5 ra mắt", &["OnePlus", "5", "S[trình làng|công chiếu]:ra mắt"]),
            ("Transformers công chiếu", &["Transformers", "S[trình làng|ra mắt]:công chiếu"]),
            ("iPhone trinh lang", &["iPhone", "S[cong chieu|ra mat]:trinh lang"]),
            ("xả súng Orlando", &["xả", "súng", "Orlando"]),
            ("nổ súng Orlando", &["nổ", "súng", "Orlando"]),
            // Social insurance abbreviated and spelt out, within a law's name.
            ("Luật Bảo hiểm xã hội", &["Luật", "S[BHXH]:Bảo hiểm xã hội"]),
            ("the BHYT", &["the", "S[bao hiem y te]:BHYT"]),
            ("đóng BHTN", &["đóng", "BHTN"]),
            // A name with the Arabic article, also without it; the article alone, or before a
            // short word, is left as typed.
            ("Syria al-Tanf", &["Syria", "S[Tanf]:al-Tanf"]),
            ("thủ lĩnh Al-Baghdadi", &["thủ", "lĩnh", "S[Baghdadi]:Al-Baghdadi"]),
            ("al-Tanf", &["S[Tanf]:al-Tanf"]),
            ("al", &["al"]),
            ("al-Ba Syria", &["al-Ba", "Syria"]),
            ("Liên hiệp quốc", &["S[LHQ|Liên Hợp Quốc]:Liên hiệp quốc"]),
            ("lien hop quoc", &["S[lhq|lien hiep quoc]:lien hop quoc"]),
            // Typed with diacritics, only those letters: "sóng bạc" (whitecaps) and "tính
            // giảm" are not "sòng bạc" and "tinh giảm"; a tone mark placed either way is one.
            ("sóng bạc đầu", &["sóng", "bạc", "đầu"]),
            ("cách tính giảm trừ", &["cách", "tính", "giảm", "trừ"]),
            ("Thuỵ Sỹ", &["S[Thụy Sĩ]:Thuỵ Sỹ"]),
            ("HĐND Hà Nội", &["S[Hội đồng nhân dân]:HĐND", "N:Hà Nội"]),
            ("Nhà thờ Đức Bà Paris", &["S[nhà thờ Notre-Dame]:Nhà thờ Đức Bà", "Paris"]),
            // A syllable and a foreign word or a name after it are never one word, however
            // often they stand together (the fake index sees `độc WannaCry` side by side).
            ("ma doc WannaCry", &["ma doc", "WannaCry"]),
            ("mã độc wannacry", &["mã độc", "wannacry"]),
            ("nhiễm độc Hòa", &["nhiễm độc", "Hòa"]),
            // A foreign name of two capitalised words, also written joined when the index
            // holds that word, and back; not two syllables, not lowercase, not unseen.
            ("Psy New Face", &["Psy", "S[NewFace]:New Face"]),
            ("Big Bang", &["S[BigBang]:Big Bang"]),
            ("BigBang", &["S[Big Bang]:BigBang"]),
            ("Sai Gon", &["Sai", "Gon"]),
            ("new face", &["new", "face"]),
            ("Old Face", &["Old", "Face"]),
            ("NewFaceX", &["NewFaceX"]),
        ];
        for (query, expected) in cases {
            check(query, expected);
        }
    }

    /// A year is four digits from 1900 to 2099, alone; a month, a date, a number or a code is
    /// none.
    #[test]
    fn a_year_alone_is_a_year() {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        for typed in ["2017", "1999", "2018"] {
            assert!(is_year(&words(typed)), "{typed}");
        }
        for typed in ["201", "20175", "1899", "2117", "3000", "năm 2017", "tháng 6", "G2017", "24"]
        {
            assert!(!is_year(&words(typed)), "{typed}");
        }
    }

    /// A word shaped like a code is never read as a document reference: that check is not
    /// needed in [`code_spellings`].
    #[test]
    fn a_code_is_never_a_document_reference() {
        for word in ["G20", "G-20", "U.23", "CT-24", "NQ-57", "TT.24", "QD24", "KH-2017", "So-24"] {
            assert!(code_parts(word).is_some(), "{word}");
            assert!(may_have_other_spellings(word), "{word}");
            assert_eq!(normalize_ref(word), None, "{word}");
        }
        for word in ["24-CT", "2-1", "COVID-19", "Đ5", "5G", "U", "U23s", "G12345", "U-", "-23"] {
            assert!(code_parts(word).is_none(), "{word}");
        }
    }

    /// A capitalised foreign word of five letters or more is spelt one letter away (left out,
    /// doubled, two swapped), each spelling also five letters or more and no syllable; a
    /// syllable, a lowercase word, an abbreviation, a shorter word or one with a digit or a
    /// diacritic has none.
    #[test]
    fn foreign_names_are_spelt_one_letter_away() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            // (word, among its spellings, never among them)
            ("Betsy", &["besty", "bettsy", "betsyy"], &["betsy", "bety", "bets"]),
            ("Mississippi", &["mississipi", "misissippi", "mississsippi"], &["mississippi"]),
            ("Mueller", &["muller", "mueler", "meuller"], &[]),
            ("DeVos", &["devoss", "dveos"], &["devo", "deos"]),
        ];
        for (word, some, none) in cases {
            let got = one_letter_spellings(word);
            for s in *some {
                assert!(got.iter().any(|g| g == s), "{word}: {s} missing from {got:?}");
            }
            for s in *none {
                assert!(!got.iter().any(|g| g == s), "{word}: {s} in {got:?}");
            }
        }
        for word in ["Thanh", "Nguyễn", "Trưởng", "mississippi", "NASA", "Pont", "KC130", "Mỹ"]
        {
            assert_eq!(one_letter_spellings(word), Vec::<String>::new(), "{word}");
        }
    }

    /// A syllable of [`crate::text::I_Y_TWINS`] or [`crate::text::D_GI_TWINS`] is written the
    /// other way; other syllables, the folded `ti`/`ty` and `giong`, and a capitalised syllable (a name's) unless it opens a word of two or
    /// more lowercase-continued syllables, are left alone.
    #[test]
    fn i_y_syllables_are_written_the_other_way() {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let cases: &[(&str, Option<&str>)] = &[
            ("1,4 tỷ USD", Some("1,4 tỉ USD")),
            ("tỉ lệ", Some("tỷ lệ")),
            ("Kỷ luật", Some("kỉ luật")),
            ("bác sĩ", Some("bác sỹ")),
            ("lý do", Some("lí do")),
            ("ký kết", Some("kí kết")),
            ("kỹ thuật", Some("kĩ thuật")),
            ("công ty", None),
            ("ti vi", None),
            ("ky luat", None),
            ("tí hon", None),
            ("Mỹ", None),
            ("Lý do", Some("lí do")),
            ("bác sĩ Sỹ", Some("bác sỹ Sỹ")),
            ("ông Lý", None),
            ("Sỹ", None),
            ("Tỷ USD", None),
            ("mưa giông", Some("mưa dông")),
            ("cơn dông", Some("cơn giông")),
            ("Dông lốc", Some("giông lốc")),
            ("giông tố Kỷ", Some("dông tố Kỷ")),
            ("mua giong", None),
            ("giẫm đạp", Some("dẫm đạp")),
            ("dẫm lên", Some("giẫm lên")),
            ("mùa đông", None),
        ];
        for (typed, other) in cases {
            assert_eq!(twin_spelling(&words(typed)).as_deref(), *other, "{typed}");
        }
        // A bare syllable typed alone is grouped, to find its other spelling; a capitalised one
        // is a name.
        assert!(may_have_other_spellings("tỷ"));
        assert!(may_have_other_spellings("kỉ"));
        assert!(may_have_other_spellings("giông"));
        assert!(!may_have_other_spellings("Sỹ"));
        assert!(!may_have_other_spellings("ty"));
    }
}
