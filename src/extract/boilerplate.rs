//! Text cues for page furniture that class names miss: the short lines a template prints
//! around an article, recognised by their wording (English and Vietnamese).
//!
//! - [`is_stop_heading`]: a heading that opens the furniture after an article ("Related
//!   articles", "You may also like", "About the author", "References", "Tin liên quan",
//!   "Bình luận"): the body ends before it.
//! - [`is_label_line`]: a stand-alone widget label with no content of its own ("Table of
//!   contents", "Read more", "Advertisement", "5 min read"): dropped wherever it stands.
//!
//! Both look only at short lines (a few words, no sentence inside), so a paragraph that merely
//! starts with the same words is never touched.

/// Most words a heading or label line has.
const MAX_WORDS: usize = 8;

/// Lower-cased text with list bullets, counts ("3 Comments") and trailing punctuation or
/// arrows removed; `None` when the line is too long or holds a sentence.
fn key(text: &str) -> Option<String> {
    let t = text.trim();
    if t.split_whitespace().count() > MAX_WORDS {
        return None;
    }
    // A sentence inside ("Thanks. Read more") is not a bare label.
    let inner = t.trim_end_matches(['.', '!', '?', '…', ':', ' ']);
    if inner.contains(". ") || inner.contains("? ") || inner.contains("! ") {
        return None;
    }
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '(');
    let t = t.strip_prefix(')').unwrap_or(t);
    // A count after the label: "Bình luận (12)".
    let t = match t.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        Some((head, n)) if n.trim().bytes().all(|b| b.is_ascii_digit()) => head,
        _ => t,
    };
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, ':' | ',' | '.' | '…' | '!' | '?' | '»' | '›' | '→' | '>' | '-')
    });
    let k: String = t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    (!k.is_empty()).then_some(k)
}

/// Headings after which a page shows other articles, the author box, comments or tags.
const STOP_EXACT: &[&str] = &[
    "related",
    "see also",
    "also read",
    "read also",
    "read next",
    "read this next",
    "what to read next",
    "up next",
    "keep reading",
    "keep exploring",
    "more to explore",
    "more to read",
    "more like this",
    "more reading",
    "recommended",
    "recommended reading",
    "recommended articles",
    "recommended posts",
    "recommended stories",
    "editor's picks",
    "editors' picks",
    "latest",
    "latest news",
    "latest articles",
    "latest posts",
    "latest stories",
    "latest insights",
    "latest updates",
    "latest blog posts",
    "recent posts",
    "recent articles",
    "recent news",
    "recent stories",
    "recent blog posts",
    "popular",
    "popular posts",
    "popular articles",
    "popular stories",
    "most popular",
    "most read",
    "trending",
    "trending now",
    "trending stories",
    "also in the news",
    "in other news",
    "about the author",
    "about the authors",
    "meet the author",
    "author",
    "written by",
    "share this",
    "share this article",
    "share this post",
    "share this story",
    "share this page",
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "post a comment",
    "join the conversation",
    "join the discussion",
    "tags",
    "tagged",
    "filed under",
    "posted in",
    "categories",
    "article sources",
    "footnotes",
    "references",
    "citations",
    "sources",
    "bibliography",
    "works cited",
    "testimonials",
    "disclaimer",
    "reviewed by",
    "contributing writer",
    "contributor",
    "contributors",
    "like this article",
    "tài liệu tham khảo",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "bài trước",
    "bài tiếp theo",
    "subscribe",
    "newsletter",
    "subscribe to our newsletter",
    "join our newsletter",
    "join our mailing list",
    "contact us",
    "get in touch",
    "connect with us",
    "follow us",
    "stay in touch",
    "stay updated",
    "đăng ký nhận tin",
    "liên hệ",
    // Vietnamese outlets.
    "tin liên quan",
    "bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "bài cùng chuyên mục",
    "cùng chuyên mục",
    "tin khác",
    "các tin khác",
    "tin bài khác",
    "xem thêm",
    "đọc thêm",
    "tin mới",
    "tin mới nhất",
    "tin mới cập nhật",
    "tin nổi bật",
    "tin xem nhiều",
    "tin đọc nhiều",
    "đọc nhiều",
    "đọc nhiều nhất",
    "đừng bỏ lỡ",
    "tin hay đừng bỏ lỡ",
    "xem nhiều",
    "xem nhiều nhất",
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "có thể bạn chưa đọc",
    "dành cho bạn",
    "ý kiến bạn đọc",
    "bình luận",
    "gửi bình luận",
    "từ khóa",
    "từ khoá",
];

/// Titles of a reader's feedback form ("Send feedback", "Your opinion", "Write a comment"):
/// stop headings ([`is_stop_heading`]) that end the article whatever follows them
/// ([`is_feedback_form_title`]). In the 34,000 bodies of the baomoi corpus (plain text that
/// keeps no line breaks) the phrases occur 19 times, all inside sentences ("bạn đọc … gửi ý kiến
/// dưới bài viết").
const FEEDBACK_FORM: &[&str] = &["gửi phản hồi", "ý kiến của bạn", "gửi ý kiến", "viết bình luận"];

/// Heading openings with the same meaning ("Related posts from …", "You might also enjoy").
const STOP_PREFIX: &[&str] = &[
    "related ",
    "you may also ",
    "you might also ",
    "you may like",
    "you might like",
    "you may be interested",
    "you might be interested",
    "more articles",
    "more stories",
    "more from ",
    "more you might",
    "recommended for you",
    "comments (",
    "posted in ",
    "filed under ",
    "tagged with ",
    "sign up for ",
    "subscribe to ",
    "tin liên quan ",
    "có thể bạn ",
];

/// True when `text` is a short heading that opens the furniture after an article.
pub fn is_stop_heading(text: &str) -> bool {
    let Some(k) = key(text) else {
        return false;
    };
    STOP_EXACT.contains(&k.as_str())
        || FEEDBACK_FORM.contains(&k.as_str())
        || STOP_PREFIX.iter().any(|p| k.starts_with(p))
}

/// True when `text` is the title of a reader's feedback form ("GỬI PHẢN HỒI"): what follows
/// it (the form, its notice, the outlet's lists) is never the article's, so it ends the article
/// wherever the text before it is long enough, as a plain line or a heading.
pub fn is_feedback_form_title(text: &str) -> bool {
    key(text).is_some_and(|k| FEEDBACK_FORM.contains(&k.as_str()))
}

/// Openings of the line where a paywall cuts the article ("Become a paid subscriber to …",
/// "This article is exclusive to STAT+ subscribers").
const PAYWALL_PREFIX: &[&str] = &[
    "become a paid subscriber",
    "become a subscriber to",
    "this article is exclusive to",
    "this story is exclusive to",
    "this post is for paid subscribers",
    "this post is for subscribers",
    "this content is for subscribers",
    "this content is only available to",
    "this article is only available to",
    "unlock this article",
    "subscribe to continue reading",
    "subscribe to keep reading",
    "subscribe to read the full",
    "keep reading with a",
    "to continue reading this",
    "to read the full article",
    "upgrade to paid to",
    "you've reached your free article limit",
    "you have reached your free article limit",
];

/// True when `text` is the line where a paywall cuts the article: what follows is the
/// subscription pitch.
pub fn is_paywall_line(text: &str) -> bool {
    let t = text.trim_start().to_lowercase().replace('’', "'");
    PAYWALL_PREFIX.iter().any(|p| t.starts_with(p))
}

/// Most words of an affiliate disclosure ([`is_affiliate_disclosure`]).
const DISCLOSURE_WORDS: usize = 60;

/// True when `text` is the affiliate disclosure a review site prints at the top of an article
/// ("Products are chosen independently by our editors. Purchases made through our links may
/// earn us a commission.", "We may be compensated when you click on a link …", "Disclosure:
/// This post contains affiliate links."): a short paragraph in which the site (we, us, our)
/// earns a commission, or is compensated, for the reader's clicks or purchases through links.
pub fn is_affiliate_disclosure(text: &str) -> bool {
    if text.split_whitespace().count() > DISCLOSURE_WORDS {
        return false;
    }
    let t = text.to_lowercase();
    let words: Vec<&str> =
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    has(&["commission", "commissions", "compensated", "compensation", "affiliate"])
        && has(&["link", "links", "click"])
        && has(&["we", "us", "our"])
}

/// Most words of a site's closing note ([`is_closing_note`]).
const CLOSING_NOTE_WORDS: usize = 80;
/// Most words of a follow-us or sign-up call ([`is_closing_note`]): longer, it is prose.
const CALL_WORDS: usize = 25;

/// Openings of a tags or category line.
const TAG_LINE_PREFIX: &[&str] = &["tags:", "tagged:", "filed under:", "posted in:", "categories:"];

/// True when `text` is a note the site prints after its articles: a copyright line ("©
/// 2011, Harvard University", "Copyright …"), a tags line ("Tags: Employment, Health"), an
/// author's blurb ("About the author: …"), an affiliate-links notice ("*Affiliate links are
/// used in the post …"), or a short call to follow the site ("Follow AP on Facebook, X …") or
/// to sign up ("Sign up today and make this your healthiest fall yet."). Only English forms:
/// the Vietnamese words for copyright and signing up ("bản quyền", "đăng ký") are prose in
/// articles ("bản quyền truyền hình").
pub fn is_closing_note(text: &str) -> bool {
    let n = text.split_whitespace().count();
    if n == 0 || n > CLOSING_NOTE_WORDS {
        return false;
    }
    let t = text.trim_start().to_lowercase();
    if is_copyright_line(&t)
        || t.starts_with("about the author")
        || TAG_LINE_PREFIX.iter().any(|p| t.starts_with(p))
        || t.contains("affiliate link")
    {
        return true;
    }
    n <= CALL_WORDS && (sign_up(&t) || follow_on(&t))
}

/// The words of a lowercased line, split at every char that is not alphanumeric.
fn words(t: &str) -> Vec<&str> {
    t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// A call to sign up: the words "sign up" (or "sign-up") opening a sentence of the line ("Sign
/// up today …", "… ever! Sign Up for Free"), or anywhere in a line that names a newsletter, an
/// email, the site ("our") or where to sign ("Be sure to sign up below"); "design updates" and
/// "Residents can sign up at city hall." are no call.
fn sign_up(t: &str) -> bool {
    let cue = || {
        words(t).iter().any(|w| matches!(*w, "newsletter" | "email" | "inbox" | "below" | "our"))
    };
    t.match_indices("sign").any(|(at, _)| {
        let (before, rest) = (&t[..at], &t[at + "sign".len()..]);
        let word_before = before.chars().next_back().is_some_and(char::is_alphanumeric);
        let up = rest.strip_prefix([' ', '-']).is_some_and(|r| {
            r.starts_with("up") && !r["up".len()..].starts_with(char::is_alphanumeric)
        });
        let opens =
            before.trim_end().is_empty() || before.trim_end().ends_with(['.', '!', '?', ':']);
        !word_before && up && (opens || cue())
    })
}

/// Social networks a follow-us line names.
const NETWORKS: &[&str] = &[
    "facebook",
    "instagram",
    "twitter",
    "x",
    "tiktok",
    "youtube",
    "linkedin",
    "threads",
    "social",
];

/// "follow" with "on" among the next three words, in a line naming a social network: "Follow
/// AP on Facebook, X …", "follow us on Instagram", "Follow on social media: TikTok".
fn follow_on(t: &str) -> bool {
    let words = words(t);
    let follow = words
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "follow" && words.iter().skip(i + 1).take(3).any(|n| *n == "on"));
    follow && words.iter().any(|w| NETWORKS.contains(w))
}

/// A copyright line: "©" anywhere, or "Copyright" opening a line that also gives a year or
/// "all rights reserved" ("Copyright 2024 Example Media"); "Copyright law protects …" is prose.
fn is_copyright_line(t: &str) -> bool {
    let year = || {
        t.split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
    };
    t.contains('©') || (t.starts_with("copyright") && (year() || t.contains("all rights reserved")))
}

/// Most words of a byline or article-metadata line ([`is_byline_line`]).
const BYLINE_WORDS: usize = 12;

/// Openings of the metadata lines a template prints above an article.
const BYLINE_PREFIX: &[&str] = &[
    "by ",
    "written by",
    "posted by",
    "posted on",
    "published",
    "updated",
    "last updated",
    "reviewed by",
    "fact checked by",
    "edited by",
    "reading time",
    "estimated reading time",
    "read time:",
];

/// Words of a reading-time line anywhere in it ("Jun 08, 2023 • 11 Minute Read").
const READING_TIME: &[&str] =
    &["min read", "minute read", "minutes read", "mins read", "min. read", "mins. read"];

/// True when `text` is a short byline or metadata line of the kind printed above an article:
/// "By Jane Doe", "Written by …", "Updated Dec 18, 2025 · 12 min read", "Estimated reading
/// time: 11 minutes". Dates alone are recognised by the extractor itself.
pub fn is_byline_line(text: &str) -> bool {
    if text.split_whitespace().count() > BYLINE_WORDS {
        return false;
    }
    let t = text.trim_start().to_lowercase();
    BYLINE_PREFIX.iter().any(|p| t.starts_with(p)) || READING_TIME.iter().any(|r| t.contains(r))
}

/// True when `text` is a short line that gives a reading time ("Bridgestone Team | 5 min read",
/// "3 MIN. READ"): a metadata line even when a " | " separates its parts, as a table row's
/// cells are separated too.
pub fn has_reading_time(text: &str) -> bool {
    text.split_whitespace().count() <= BYLINE_WORDS && {
        let t = text.to_lowercase();
        READING_TIME.iter().any(|r| t.contains(r))
    }
}

/// Characters of a paragraph's start compared with [`IMPRINT_PREFIX`] before anything else.
const IMPRINT_HEAD_CHARS: usize = 12;

/// Openings of an outlet's imprint (masthead and licence lines in its footer).
const IMPRINT_PREFIX: &[&str] = &[
    "tổng biên tập:",
    "tổng biên tập ",
    "phó tổng biên tập:",
    "giấy phép báo điện tử",
    "giấy phép hoạt động",
    "giấy phép số",
    "cơ quan chủ quản",
    "chịu trách nhiệm nội dung",
    "chịu trách nhiệm xuất bản",
    "bản quyền thuộc về",
    "editor-in-chief:",
];

/// Words the rest of an imprint paragraph holds (a newsroom's address, its licence).
const IMPRINT_CUES: &[&str] =
    &["tòa soạn", "toà soạn", "giấy phép", "bản quyền", "điện thoại", "cơ quan chủ quản"];

/// Most words of an imprint line that holds no second imprint cue.
const IMPRINT_WORDS: usize = 25;

/// True when `text` is a line of the outlet's imprint ("Tổng biên tập: Trần Minh Hùng. Tòa
/// soạn: …", "Giấy phép Báo điện tử số: 2302/GP-BTTTT …"): it opens with an imprint phrase and
/// is short or names another part of the imprint.
pub fn is_imprint_line(text: &str) -> bool {
    let text = text.trim_start();
    // Most paragraphs open with none of the prefixes: tell from their first letter, and then
    // from their first letters lower-cased, before lower-casing the whole paragraph.
    let first = text.chars().next().map(|c| c.to_ascii_lowercase());
    if !IMPRINT_PREFIX.iter().any(|p| p.chars().next() == first) {
        return false;
    }
    let head: String = text.chars().take(IMPRINT_HEAD_CHARS).flat_map(char::to_lowercase).collect();
    if !IMPRINT_PREFIX.iter().any(|p| p.starts_with(head.as_str()) || head.starts_with(p)) {
        return false;
    }
    let t = text.to_lowercase();
    let Some(p) = IMPRINT_PREFIX.iter().find(|p| t.starts_with(**p)) else {
        return false;
    };
    let rest = &t[p.len()..];
    t.split_whitespace().count() <= IMPRINT_WORDS || IMPRINT_CUES.iter().any(|c| rest.contains(c))
}

/// Stand-alone widget labels that carry no content.
const LABELS: &[&str] = &[
    "table of contents",
    "contents",
    "in this article",
    "on this page",
    "jump to",
    "jump to section",
    "skip to content",
    "skip to main content",
    "read more",
    "continue reading",
    "show more",
    "load more",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "scroll to continue",
    "story continues below",
    "article continues below",
    "continue reading below",
    "min read",
    "minute read",
    "minutes read",
    "days ago",
    "hours ago",
    "print",
    "print this page",
    "back to top",
    "tweet",
    "pin it",
    "share",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "mục lục",
    "chia sẻ",
    "quảng cáo",
    "xem tiếp",
];

/// True when `text` is a stand-alone widget label ("Table of contents", "Read more",
/// "Advertisement", "5 min read") or a script's placeholder ([`is_loading_placeholder`]).
pub fn is_label_line(text: &str) -> bool {
    key(text).is_some_and(|k| LABELS.contains(&k.as_str()) || is_loading_placeholder(text, &k))
}

/// A script's placeholder for what it has yet to load, left in the saved page: "Loading…",
/// "Loading paragraph...", "Loading image...", "Đang tải..." (the word, at most one more word,
/// an ellipsis). `k` is the line's [`key`].
fn is_loading_placeholder(text: &str, k: &str) -> bool {
    let t = text.trim_end();
    if !(t.ends_with("...") || t.ends_with('…')) {
        return false;
    }
    let rest = k.strip_prefix("loading").or_else(|| k.strip_prefix("đang tải"));
    rest.is_some_and(|r| r.is_empty() || (r.starts_with(' ') && r.split_whitespace().count() == 1))
}

/// Most words of a form's status line ([`is_form_status`]).
const FORM_STATUS_WORDS: usize = 12;
/// Most words of a form's prompt ([`is_form_status`]).
pub(crate) const FORM_PROMPT_WORDS: usize = 40;

/// A form's own lines left in the page: what it prints for its scripts to reveal once it is
/// sent or fails ("Thank you! Your submission has been received!", "Oops! Something went wrong
/// while submitting the form.", "Thanks for signing up!"), a short line holding one of these
/// phrases; and the prompt above it ("Fill out the form to get a copy of our ebook.", "Please
/// fill out the form below, and an Account Executive will follow up…"), a line opening with it.
pub fn is_form_status(text: &str) -> bool {
    const STATUS: &[&str] = &[
        "your submission has been received",
        "something went wrong while submitting",
        "thanks for signing up",
        "thank you for signing up",
        "thanks for subscribing",
        "thank you for subscribing",
    ];
    const PROMPT: &[&str] =
        &["fill out the form", "please fill out the form", "fill out this form"];
    // Compared ignoring ASCII case, without a lower-cased copy: this runs on every kept block.
    // The phrases open with a small letter: a window is compared only where that letter stands.
    let holds = |p: &str| {
        let p = p.as_bytes();
        text.as_bytes().windows(p.len()).any(|w| w[0] | 0x20 == p[0] && w.eq_ignore_ascii_case(p))
    };
    let opens = |p: &str| {
        text.as_bytes().get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    let mut words = text.split_whitespace();
    if words.nth(FORM_STATUS_WORDS).is_none() && STATUS.iter().any(|p| holds(p)) {
        return true;
    }
    words.nth(FORM_PROMPT_WORDS - FORM_STATUS_WORDS - 1).is_none()
        && PROMPT.iter().any(|p| opens(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_stop(input: &str, expected: bool) {
        assert_eq!(is_stop_heading(input), expected, "{input:?}");
    }

    fn check_label(input: &str, expected: bool) {
        assert_eq!(is_label_line(input), expected, "{input:?}");
    }

    #[test]
    fn stop_headings() {
        for (input, expected) in [
            ("Related Articles", true),
            ("Related articles that may interest you", true),
            ("You Might also like...", true),
            ("More Articles You Might Enjoy", true),
            ("Read This Next", true),
            ("Latest News", true),
            ("ALSO IN THE NEWS", true),
            ("About the Author:", true),
            ("3 Comments", true),
            ("Leave a Reply", true),
            ("Tags:", true),
            ("Tin liên quan", true),
            ("TIN MỚI", true),
            ("Có thể bạn quan tâm", true),
            // "For you": recommended articles.
            ("Dành cho bạn", true),
            ("Dành cho bạn đọc yêu thể thao", false),
            // "Don't miss": a list of the outlet's stories; "Tin hay đừng bỏ lỡ" the same.
            ("Đừng bỏ lỡ", true),
            ("TIN HAY ĐỪNG BỎ LỠ", true),
            ("Đừng bỏ lỡ cơ hội chiêm ngưỡng những bức ảnh thiên văn đẹp", false),
            ("Sign up for our newsletter", true),
            ("Contact Us", true),
            ("Contact us today for a free quote on your new roof", false),
            ("Bình luận (12)", true),
            // A reader's feedback form after the article.
            ("GỬI PHẢN HỒI", true),
            ("Ý kiến của bạn", true),
            ("Gửi ý kiến", true),
            ("Gửi phản hồi tới Bộ Y tế về dự thảo", false),
            ("Latest developments in the budget talks", false),
            ("Related work by the council shows a clear gain in the first year", false),
            ("Comments were made by the minister on Tuesday. He left.", false),
            ("Conclusion", false),
            ("Frequently Asked Questions", false),
            // Reference lists and reviewer lines after an article.
            ("References", true),
            ("Citations:", true),
            ("Reviewed by,", true),
            ("Tài liệu tham khảo", true),
            ("Contributing Writer", true),
            ("Posted in Blockchain, Smart Contract, Technologies", true),
            ("Filed under Budget, Roads", true),
            // A byline after the article stays a byline (it is read as the author).
            ("Written by Cassidy Horton", false),
            ("References to the 2019 law were removed from the draft", false),
            ("", false),
        ] {
            check_stop(input, expected);
        }
    }

    #[test]
    fn affiliate_disclosures() {
        for (input, expected) in [
            (
                "Products are chosen independently by our editors. Purchases made through our \
                 links may earn us a commission.",
                true,
            ),
            ("We may earn commission from links on this page, but we only recommend products we back. Why Trust Us?", true),
            ("Disclosure: This post contains affiliate links. If you use them to make a purchase, we may earn a small commission.", true),
            ("We may be compensated when you click on a link, when an application is approved, or when an account is opened.", true),
            // The text's own sentences about commissions and links.
            ("The agent earns a commission on every sale, paid monthly.", false),
            ("Affiliate programs pay a commission when a reader clicks a link and buys.", false),
            ("", false),
        ] {
            assert_eq!(is_affiliate_disclosure(input), expected, "{input:?}");
        }
    }

    #[test]
    fn form_status_lines() {
        for (input, expected) in [
            ("Thank you! Your submission has been received!", true),
            ("Oops! Something went wrong while submitting the form.", true),
            ("Thanks for signing up!", true),
            ("Fill out the form to get a copy of our ebook.", true),
            ("Please fill out the form below, and an Account Executive will follow up.", true),
            // A sentence of the text about a form, or a long one holding the phrase.
            ("Download and complete the form, then submit it by fax.", false),
            ("Don't miss out. Fill out the form now to discover how our software helps.", false),
            (
                "The clinic reported that thanks for signing up were printed on every receipt \
                 handed to the patients who came in on Monday.",
                false,
            ),
        ] {
            assert_eq!(is_form_status(input), expected, "{input:?}");
        }
    }

    #[test]
    fn closing_notes() {
        for (input, expected) in [
            ("Copyright © 2011, Harvard University. For more information, see The Nutrition Source.", true),
            ("© 2025 Example Media. All rights reserved.", true),
            ("Tags: Employment, Health & Fitness, Mid-sized Businesses", true),
            ("Filed under: Gardening", true),
            ("About the author: Craig Hull is a freelance photographer based in Eastern Europe.", true),
            ("*Affiliate links are used in the post which means I can receive a small commission.", true),
            ("Follow AP on Facebook, X, Instagram, YouTube and TikTok", true),
            ("Sign up today and make this your healthiest fall yet.", true),
            ("Don't miss out: sign up for our newsletter.", true),
            ("Be sure to sign up below so we can stay in touch!", true),
            ("Shopping is easier than ever! Sign Up for Free and Start Shopping", true),
            // The text's own sentences.
            ("Copyright law protects the expression of an idea, not the idea itself.", false),
            ("The tags on the trees show which ones are to be cut.", false),
            ("Follow the instructions carefully.", false),
            ("Be sure to follow the river until the bridge, then turn on the left path.", false),
            ("Sign up takes a minute, then the app asks for your address and a photo of your ID card, which it checks against the national register before your first order ships.", false),
            ("Công ty mua bản quyền truyền hình giải đấu.", false),
            // "sign up" inside other words, or in a sentence of the story.
            ("The design updates arrive next week.", false),
            ("Residents can sign up at city hall.", false),
            ("", false),
        ] {
            assert_eq!(is_closing_note(input), expected, "{input:?}");
        }
    }

    #[test]
    fn paywall_lines() {
        for (input, expected) in [
            ("Become a paid subscriber to Every to unlock this piece and learn about:", true),
            ("This article is exclusive to STAT+ subscribers", true),
            ("Unlock this article — plus in-depth analysis, newsletters and alerts.", true),
            ("You’ve reached your free article limit.", true),
            ("Readers who become paid subscribers get the archive.", false),
            ("The deal is exclusive to members of the club.", false),
        ] {
            assert_eq!(is_paywall_line(input), expected, "{input:?}");
        }
    }

    #[test]
    fn byline_lines() {
        for (input, expected) in [
            ("By Jane Doe", true),
            ("Written by Maya Perez", true),
            ("Posted by IndustrySelect on Tuesday, August 29, 2023", true),
            ("Updated Dec 18, 2025 · 12 min read", true),
            ("Jun 08, 2023 • 11 Minute Read", true),
            ("Estimated reading time: 11 minutes", true),
            ("Published June 23, 2025 10:39AM", true),
            ("3 MIN. READ", true),
            ("Read time: 14 min", true),
            (
                "By the end of the year the council had finished the road and opened the bridge.",
                false,
            ),
            ("Byron Bay is a town in New South Wales", false),
            (
                "Updates to the budget were agreed on Tuesday after a long debate in the council.",
                false,
            ),
        ] {
            assert_eq!(is_byline_line(input), expected, "{input:?}");
        }
    }

    #[test]
    fn imprint_lines() {
        for (input, expected) in [
            (
                "Tổng biên tập: Trần Minh Hùng. Thư ký tòa soạn: Hồng Văn; Phó thư ký tòa soạn: \
                 Yến Dung. Tòa soạn: Số 35 Nam Kỳ Khởi Nghĩa, Quận 1, Thành phố Hồ Chí Minh. \
                 Điện thoại: (8428) 3829 5936; Fax: (8428) 3829 4294.",
                true,
            ),
            ("Giấy phép Báo điện tử số: 2302/GP-BTTTT, cấp ngày 29/11/2012", true),
            ("Cơ quan chủ quản: Bộ Tài chính", true),
            // An interview's answer, not an imprint.
            (
                "Tổng biên tập: Chúng tôi đã chuẩn bị số báo này từ nhiều tháng trước, với sự \
                 tham gia của hàng chục phóng viên ở khắp các tỉnh thành, và đây là kết quả \
                 của một quá trình làm việc rất dài.",
                false,
            ),
            ("Giấy tờ của người dân được trả trong ngày.", false),
        ] {
            assert_eq!(is_imprint_line(input), expected, "{input:?}");
        }
    }

    #[test]
    fn label_lines() {
        for (input, expected) in [
            ("Table of Contents", true),
            ("Read more »", true),
            ("ADVERTISEMENT", true),
            ("5 min read", true),
            ("17 days ago", true),
            ("Mục lục", true),
            ("Read more about the council's plans in our guide", false),
            ("Contents of the new law", false),
            ("Share", true),
            ("Shares of the company rose", false),
            // A script's placeholder; a heading or a sentence about loading is not one.
            ("Loading paragraph...", true),
            ("Loading…", true),
            ("Đang tải...", true),
            ("Loading States & Performance UX", false),
            ("Loading the truck takes two hours...", false),
            ("Loading paragraph", false),
        ] {
            check_label(input, expected);
        }
    }
}
