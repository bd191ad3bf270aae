//! The capitalised words that open a sentence (or a clause), kept in one place: read after a
//! name, they mean its full stop was lost and the name ends before them. Each use needs its own
//! subset (a word that opens a sentence after one kind of name may end another kind's name),
//! so each is named here by its use; words two subsets share are one const.
//!
//! Not here: `tokens::post_opener`'s words, which open a post ("Phó ", "Cục trưởng "), not a
//! sentence.

/// A subset of opener words: the union of word lists, each searched in turn.
pub(crate) struct Openers(&'static [&'static [&'static str]]);

impl Openers {
    /// Whether `key` (a word's key: lowercase) is one of these words.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|words| words.contains(&key))
    }

    /// Whether `word` is one of these words written with a capital first letter and the rest
    /// as listed ("Sáng", "Theo"; not "sáng" nor "SÁNG").
    pub(crate) fn contains_capitalised(&self, word: &str) -> bool {
        let mut cs = word.chars();
        let Some(first) = cs.next().filter(|c| c.is_uppercase()) else { return false };
        let rest = cs.as_str();
        self.0.iter().flat_map(|words| words.iter()).any(|w| {
            let mut ws = w.chars();
            ws.next().is_some_and(|l| l.to_uppercase().eq(std::iter::once(first)))
                && ws.as_str() == rest
        })
    }
}

/// The times of day, which open a sentence's dateline ("Sáng 30/6, …", "Chiều ngày 7/6").
const TIMES_OF_DAY: &[&str] = &["sáng", "chiều", "tối", "trưa"];

/// Words that open a clause and stand inside no body's name ("Theo", "Trong", "Khi", …).
const CLAUSE_OPENERS: &[&str] = &["theo", "trong", "những", "khi", "tại"];

/// After a lowercase "bệnh viện" or a title's "trưởng"/"phó" before a lowercase "phòng"
/// (`org::lower_named_body`, `org::lower_department`): words that open a sentence (a time of
/// day, "sau", "không", …) and never a hospital's or a department's name, so a full stop was
/// lost ("tại bệnh viện Sau nhiều ngày").
pub(crate) const AFTER_LOWER_BODY: Openers =
    Openers(&[TIMES_OF_DAY, &["sau", "ngay", "đêm", "khuya", "hôm", "không", "nhìn", "cách"]]);

/// As a unit's last word before a lowercase one (`org::glued_tail`): words that open a sentence
/// or a clause ("Theo", "Trong", "Khi", "Một", "Bác sĩ" …), so its full stop (or a caption's
/// end) was lost ("Trường THPT Bùi Thị Xuân Một phụ huynh …", "Bộ TT&TT Chiều ngày 7/6").
pub(crate) const GLUED_TO_UNIT: Openers = Openers(&[
    TIMES_OF_DAY,
    CLAUSE_OPENERS,
    &["đây", "với", "trước", "sau", "một", "các", "ngày", "hiện", "bác"],
]);

/// Inside an issuer's name, after its first word (`documents::attach`, capitalised): words that
/// open a sentence and never stand inside a body's name, a caption run on into the next
/// sentence ("Bộ Tài Chính Cả Mazda CX-3 và CX-9 đều …", "Bộ Công thương Trong thời gian tới",
/// "Vụ TCNH Theo Quyết định …"). The caller keeps "Theo dõi" and a place's "Cả".
pub(crate) const IN_ISSUER: Openers = Openers(&[CLAUSE_OPENERS, &["cả", "còn", "đến", "nếu"]]);

/// Inside an issuer's name before a number (`documents::attach`, capitalised): the times of
/// day and "Ngày", "Hôm", which open a sentence's dateline ("Tổng cục X Sáng 30/6, …").
pub(crate) const DATELINE: Openers = Openers(&[TIMES_OF_DAY, &["ngày", "hôm"]]);

/// Glued to a caption's person name (`officials`): words that open a sentence and are no
/// given name ("Nguyễn Văn Giàu Xem lại tầm quản lý", "ĐB Dương Trung Quốc Ngay khi …", "Ông
/// Bùi Mạnh Hòa Đó là …"), so the name is cut before them even before a stop word.
pub(crate) const GLUED_TO_PERSON: Openers =
    Openers(&[&["xem", "lúc", "nói", "ngay", "cùng", "đó", "việc", "không", "có", "điều", "trả"]]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_words() {
        for (set, word, want) in [
            (&DATELINE, "Sáng", true),
            (&DATELINE, "Hôm", true),
            (&DATELINE, "sáng", false),
            (&DATELINE, "SÁNG", false),
            (&IN_ISSUER, "Đến", true),
            (&IN_ISSUER, "Theo", true),
            (&IN_ISSUER, "Sáng", false),
            (&IN_ISSUER, "", false),
        ] {
            assert_eq!(set.contains_capitalised(word), want, "{word}");
        }
    }
}
