//! Generic main-content extraction for pages from sites without a profile.
//!
//! [`main_content`] walks the DOM once and cuts it into *blocks*: the runs of inline text
//! between block-level tags, each remembering its word count, punctuation, how much of it is
//! link text and which element owns it. List items get a `- ` or `N. ` prefix and the cells of
//! a table row are joined with a tab, so lists and tables stay readable as plain text.
//!
//! Elements are marked as page furniture by tag (`nav`, `footer`, `aside`, `figcaption`, ...),
//! ARIA role, hiding (`hidden`, `display:none`, `sr-only`) or class/id vocabulary, in three
//! strengths:
//! - *certain* (comments, share bars, related boxes, ads, cookie banners, menus): removed
//!   unless the element holds most of the page's prose;
//! - *strong* (sidebar, footer, navigation, forms, elements kept out of search snippets with
//!   `data-nosnippet`): removed unless it holds most of the prose that is not inside certain
//!   furniture (a template's "sidebar-content" box may be the article, an ASP.NET page is one
//!   form); the site's own `header` and `footer` (outside any `article` or `main`) are
//!   removed whatever they hold, unless their class names mark them *certain* furniture,
//!   which the rule above decides;
//! - *weak* (meta, author, caption, toc, header, hidden, ...): removed unless it holds
//!   at least two paragraphs of prose.
//!
//! Each surviving block then gets a weight: prose (long or punctuated, few links) counts for
//! its words, link-dense blocks and short fragments count against. Blocks are numbered in
//! document order, so the blocks under any element form one contiguous range and the total
//! weight of every subtree is a difference of prefix sums. The element with the largest total
//! is the article container; its surviving blocks, minus link-dense ones, stand-alone widget
//! labels and leading/trailing debris (but keeping sub-headings right before the first
//! paragraph, and the article's closing lines after the last one: punctuated or linked lines
//! of eight words or more, such as a call to action or the sources, and a closing list, with
//! at most twenty words of other lines between them), are the body; the page's head at its
//! top (a standfirst, a disclosure, the title again) ends at a byline or date line or at the
//! body's only `h1`. A heading that opens the furniture after
//! an article ("Related articles", "About the author", "Tin liên quan":
//! [`super::boilerplate`]) ends the body when
//! what follows it looks like furniture. A block of eight words or more (a list item of
//! twelve) that repeats one already in the body is left out, unless it is a paragraph of
//! fifteen words or more printed four times or more (a recurring line of the text, such as
//! the same note under each item of a list). Inside the container, where one box holds most of the
//! prose (the body), the boxes after it with little prose of their own (author, newsletter,
//! call-to-action, contact boxes without telling names) are left out too, but not, after a
//! body that is a `section`, a `section` that opens with a heading at its level (the
//! article's next section); where the body's
//! paragraphs stand at one level, so are the few boxes after the links that close it. Hidden
//! prose does not overrule a box's mark, and hidden certain furniture is always removed.
//! Teaser cards (a linked title, a short summary) are furniture when dated or when they stand
//! after the page's last paragraph outside cards; a notes section (`footnotes`) is too.
//!
//! Everything is linear in the size of the document (one walk, a few passes over flat
//! vectors), the walk is iterative so deep documents cannot overflow the stack, and nothing
//! panics on odd input.

use scraper::{Html, Node};

/// No parent.
const NONE: usize = usize::MAX;

/// What the walker does with an element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Not rendered as text: the whole subtree is ignored.
    Skip,
    /// Starts and ends a block of text.
    Block,
    /// Text flows through it.
    Inline,
}

fn kind(tag: &str) -> Kind {
    match tag {
        "script" | "style" | "noscript" | "template" | "svg" | "head" | "title" | "iframe"
        | "object" | "embed" | "canvas" | "video" | "audio" | "button" | "select" | "option"
        | "input" | "textarea" | "map" | "link" | "meta" | "img" | "picture" | "source"
        | "math" | "datalist" | "optgroup" => Kind::Skip,
        "address" | "article" | "aside" | "blockquote" | "body" | "center" | "dd" | "details"
        | "dialog" | "dir" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup"
        | "hr" | "html" | "li" | "main" | "menu" | "nav" | "ol" | "p" | "pre" | "section"
        | "summary" | "table" | "tbody" | "thead" | "tfoot" | "tr" | "ul" | "caption"
        | "legend" | "frameset" | "frame" | "noframes" | "output" => Kind::Block,
        _ => Kind::Inline,
    }
}

/// How sure a tag, role or name is about marking page furniture.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Mark {
    /// Not furniture.
    None,
    /// Usually furniture, but templates also use the word for content boxes: overruled when
    /// the element holds several paragraphs of prose.
    Weak,
    /// Furniture: overruled only when the element holds most of the page's prose.
    Strong,
    /// Furniture whatever it holds (comments, share bars, cookie banners, ads, menus).
    Certain,
}

fn tag_mark(tag: &str) -> Mark {
    match tag {
        "nav" | "figcaption" | "menu" | "dialog" => Mark::Certain,
        "footer" | "form" => Mark::Strong,
        "aside" | "header" => Mark::Weak,
        _ => Mark::None,
    }
}

fn role_mark(role: &str) -> Mark {
    match role {
        "navigation" | "menu" | "menubar" | "dialog" | "alertdialog" | "search" | "toolbar"
        | "tablist" => Mark::Certain,
        "contentinfo" => Mark::Strong,
        "banner" | "complementary" => Mark::Weak,
        _ => Mark::None,
    }
}

/// Class and id words that usually name furniture but also content boxes: a weak mark.
const WEAK: &[&str] = &[
    "banner",
    "caption",
    "captions",
    "categories",
    "copyright",
    "credit",
    "credits",
    "cta",
    "dropdown",
    "keywords",
    "login",
    "meta",
    "player",
    "tts",
    "nav",
    "offcanvas",
    "postmeta",
    "rating",
    "skip",
    "tagcloud",
    "tags",
    "toc",
    "toolbar",
    "widgets",
];

/// Mark of one class/id token (split on anything not alphanumeric, lower-cased).
fn token_mark(t: &str) -> Mark {
    const CERTAIN: &[&str] = &[
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "adsbygoogle",
        "breadcrumb",
        "breadcrumbs",
        "comment",
        "comments",
        "consent",
        "cookie",
        "cookies",
        "disqus",
        "gdpr",
        "modal",
        "newsletter",
        "outbrain",
        "pagination",
        "pager",
        "popup",
        "promo",
        "promotion",
        "recommended",
        "related",
        "reply",
        "respond",
        "share",
        "sharing",
        "signup",
        "social",
        "sponsor",
        "sponsored",
        "subscribe",
        "subscription",
        "taboola",
        "tooltip",
        "popover",
        // Vietnamese CMS names: related (liên quan, "lq"), comments (bình luận), read more
        // (xem thêm, đọc thêm), other news (tin khác), same section (cùng chuyên mục).
        "lienquan",
        "tinlienquan",
        "lq",
        "tlq",
        "binhluan",
        "xemthem",
        "docthem",
        "tinkhac",
        "cungchuyenmuc",
    ];
    const CERTAIN_PREFIX: &[&str] = &[
        "share",
        "social",
        "comment",
        "related",
        "advert",
        "newsletter",
        "breadcrumb",
        "taboola",
        "outbrain",
        "subscribe",
    ];
    const STRONG: &[&str] = &[
        "author",
        "authors",
        "bio",
        "byline",
        "disclaimer",
        "disclosure",
        "error",
        "fail",
        "footer",
        "footnote",
        "footnotes",
        "masthead",
        "menu",
        "navbar",
        "navigation",
        "popular",
        "sidebar",
        "trending",
    ];
    // Joined names ("authorDescription", "bylinewrapper") keep the word's strength.
    const STRONG_PREFIX: &[&str] = &["sidebar", "author", "byline"];
    if CERTAIN.contains(&t) || CERTAIN_PREFIX.iter().any(|p| t.len() > p.len() && t.starts_with(p))
    {
        Mark::Certain
    } else if STRONG.contains(&t)
        || STRONG_PREFIX.iter().any(|p| t.len() > p.len() && t.starts_with(p))
    {
        Mark::Strong
    } else if WEAK.contains(&t) {
        Mark::Weak
    } else {
        Mark::None
    }
}

/// Mark of a microdata property: the element holding the article's `author` (a byline, an
/// author box with the author's bio) is furniture like a class named `author`.
fn itemprop_mark(prop: &str) -> Mark {
    if prop.split_ascii_whitespace().any(|p| p.eq_ignore_ascii_case("author")) {
        Mark::Strong
    } else {
        Mark::None
    }
}

/// Whole class names that hide text from sighted readers.
fn hidden_class(c: &str) -> bool {
    matches!(
        c,
        "sr-only" | "screen-reader-text" | "visually-hidden" | "visuallyhidden" | "hidden" | "hide"
    )
}

/// A class or id word that marks nothing on a heading: `toc` lists the heading in the table
/// of contents (`<h2 class="toc">`, `id="toc_tax-considerations"`), it is not the table
/// itself; the short ad names (`ad`, `ads`, `adv`) on a heading are a page builder's words
/// (Kadence's "advanced heading", `kt-adv-heading`): an ad slot is a box, not a heading.
fn heading_blind(t: &str) -> bool {
    ["toc", "ad", "ads", "adv"].iter().any(|w| t.eq_ignore_ascii_case(w))
}

/// Strongest mark among the element's class and id tokens (the id's only when `with_id`); on a
/// heading, the words of [`heading_blind`] mark nothing.
fn name_mark(el: &scraper::node::Element, with_id: bool) -> Mark {
    let mut best = Mark::None;
    let heading = is_heading(el);
    let names = el.classes().chain(el.id().filter(|id| with_id && !is_slug(id)));
    for name in names {
        let mut words = name.split(|ch: char| !ch.is_ascii_alphanumeric()).peekable();
        let mut prev = "";
        while let Some(t) = words.next() {
            let before = std::mem::replace(&mut prev, t);
            if t.is_empty() || (heading && heading_blind(t)) {
                continue;
            }
            let m = word_mark(t);
            // Asked only of a word that marks: most words mark nothing.
            if m != Mark::None && is_layout_switch(before, words.peek().copied()) {
                continue;
            }
            best = best.max(m);
            if best == Mark::Certain {
                return best;
            }
        }
    }
    best
}

/// Mark of one word of a class or id name: [`token_mark`], and for a name with capitals the
/// camel-case rules ([`is_related_list_name`], [`camel_words`]).
fn word_mark(t: &str) -> Mark {
    if t.bytes().any(|b| b.is_ascii_uppercase()) {
        let whole = token_mark(&t.to_ascii_lowercase());
        if whole == Mark::None && is_related_list_name(t) {
            Mark::Certain
        } else if whole == Mark::None
            && camel_words(t).any(|w| WEAK.iter().any(|k| w.eq_ignore_ascii_case(k)))
        {
            Mark::Weak
        } else {
            whole
        }
    } else {
        token_mark(t)
    }
}

/// Words before a furniture word in a class name that make the name a layout's state rather
/// than the element's kind: `has-sidebar`, `no-sidebar`, `with-menu`, `without-footer` name a
/// page or a box that has (or lacks) one beside its text.
const STATE_BEFORE: &[&str] = &["has", "no", "with", "without"];
/// Words after a furniture word that make the name a switch of the theme's:
/// `sidebar-enabled--false` (a text box on a page without a sidebar), `primary-menu-enabled`.
const STATE_AFTER: &[&str] = &["enabled", "disabled"];

/// Whether a furniture word between `before` and `next` in a class or id name only states a
/// layout's switch ([`STATE_BEFORE`], [`STATE_AFTER`]): in `sidebar-enabled--false` the word
/// `sidebar` does not name the element.
fn is_layout_switch(before: &str, next: Option<&str>) -> bool {
    let is_in = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    is_in(before, STATE_BEFORE) || next.is_some_and(|n| is_in(n, STATE_AFTER))
}

/// The words of a camel-case name of two words or more ("ctaButtons", "AdvisorResourcesCTA",
/// "TOCTitle"): a word starts at a capital after a small letter or a digit, and at the last
/// capital of a run followed by a small letter. A one-word name yields nothing (the whole
/// name is looked up as it is).
///
/// Component names (CSS modules, React, Vue) join their words this way; a [`WEAK`] word among
/// them (`cta`, `meta`, `toc`, `rating`, `caption`, `credit`, `banner`, `nav`, `tags`…) marks the
/// element weakly, as the word alone would. A strong or certain word inside a joined name
/// marks nothing: "BioCardV2" holds an expert's card in a report, "itemShared" an item of the
/// text, "ArticleFooter" the article's own closing box (on WCXB they bring the gain from
/// +0.00035 down to +0.00013: a report's expert cards moved the container, −0.16 on the page).
fn camel_words(t: &str) -> impl Iterator<Item = &str> {
    let b = t.as_bytes();
    let mut cuts = vec![0];
    for i in 1..b.len() {
        let after_small = b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit();
        let ends_run =
            b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_lowercase);
        if b[i].is_ascii_uppercase() && (after_small || ends_run) {
            cuts.push(i);
        }
    }
    let words = if cuts.len() > 1 { cuts.len() } else { 0 };
    cuts.push(b.len());
    (0..words).map(move |k| &t[cuts[k]..cuts[k + 1]])
}

/// What a related box lists, as the camel-case word after "Related" ([`is_related_list_name`]).
const RELATED_ITEMS: &[&str] = &["news", "posts", "articles", "stories", "links"];

/// A camel-case name in which "Related" is followed by what the box lists
/// ("VCObjectBoxRelatedNewsContentWrapper", "relatedPostsList", "RelatedArticles"): a box of
/// links to other articles, certain furniture like a `related` class. "Related" alone inside a
/// joined name marks nothing ([`camel_words`]: "itemRelated" may be part of the text).
fn is_related_list_name(t: &str) -> bool {
    // A cheap test first: this runs on every class and id word of the page.
    if !t.as_bytes().windows(6).any(|w| w.eq_ignore_ascii_case(b"elated")) {
        return false;
    }
    let mut words = camel_words(t).peekable();
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case("related")
            && words.peek().is_some_and(|n| RELATED_ITEMS.iter().any(|k| n.eq_ignore_ascii_case(k)))
        {
            return true;
        }
    }
    false
}

/// Words in an id at which it reads as a heading's anchor rather than a name.
const SLUG_WORDS: usize = 5;

/// An id made from a heading's words ("menu-innovation-strategies-for-caterers"): its words
/// say what the section is about, not what the element is, so they mark nothing.
fn is_slug(id: &str) -> bool {
    id.split(['-', '_']).filter(|w| !w.is_empty()).count() >= SLUG_WORDS
}

/// Least letters and digits of an id read as its heading's anchor ([`is_own_anchor`]).
const MIN_ANCHOR_CHARS: usize = 4;

/// An id that spells its heading's own text (`<h3 id="social-benefits">Social Benefits</h3>`,
/// `h-social-media-video`, `ninja-promo` on "6. Ninja Promo"): a link target made from the
/// words, which say what the section is about, not what the element is.
fn is_own_anchor(id: &str, text: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
    };
    let (id, text) = (key(id), key(text));
    let unnumbered = text.trim_start_matches(|c: char| c.is_ascii_digit());
    id.len() >= MIN_ANCHOR_CHARS
        && [id.as_str(), id.strip_prefix('h').unwrap_or("")]
            .iter()
            .any(|i| !i.is_empty() && (*i == text || *i == unnumbered))
}

/// Mark of an element's class and id tokens; a heading's id that is the anchor of its own
/// text ([`is_own_anchor`]) marks nothing.
fn element_name_mark(el: &scraper::node::Element, text: impl FnOnce() -> String) -> Mark {
    let mark = name_mark(el, true);
    let Some(id) = el.id().filter(|_| mark != Mark::None && is_heading(el)) else {
        return mark;
    };
    let own = name_mark(el, false);
    if own != mark && is_own_anchor(id, &text()) {
        own
    } else {
        mark
    }
}

/// An element named for notes (`footnote`, `footnotes`: a strong mark in [`token_mark`]). On a
/// block (`<ol class="footnotes">`, `<div id="footnotes">`) the name marks the notes section
/// at the end of the text, furniture like the "Footnotes" heading
/// ([`super::boilerplate::is_stop_heading`]); on an inline element it marks a note's number in
/// the text (`<sup class="footnote-ref">`), which stays.
fn is_footnotes(el: &scraper::node::Element) -> bool {
    el.classes().chain(el.id()).any(|c| {
        c.split(|ch: char| !ch.is_ascii_alphanumeric())
            .any(|t| t.eq_ignore_ascii_case("footnotes") || t.eq_ignore_ascii_case("footnote"))
    })
}

/// An element whose class or id names a caption: the word `caption` or `captions` alone
/// (`caption-gallery`, `inner_caption`) or in a joined name (`tplCaption`).
fn names_caption(el: &scraper::node::Element) -> bool {
    let caption = |w: &str| w.eq_ignore_ascii_case("caption") || w.eq_ignore_ascii_case("captions");
    // A cheap test first: the camel-case split allocates, and most weak names hold no caption.
    let holds = |t: &str| t.as_bytes().windows(7).any(|w| w.eq_ignore_ascii_case(b"caption"));
    el.classes()
        .chain(el.id())
        .flat_map(|c| c.split(|ch: char| !ch.is_ascii_alphanumeric()))
        .any(|t| holds(t) && (caption(t) || camel_words(t).any(caption)))
}

/// True for `h1` to `h6`.
fn is_heading(el: &scraper::node::Element) -> bool {
    matches!(el.name().as_bytes(), [b'h', b'1'..=b'6'])
}

/// True when the element or one of its ancestors is hidden ([`is_hidden`]).
pub(crate) fn hidden_here_or_above(el: scraper::ElementRef<'_>) -> bool {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(scraper::ElementRef::wrap))
        .any(|e| is_hidden(e.value()))
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    super::dom::hidden_by_markup(el) || el.classes().any(hidden_class)
}

/// An element right-aligned by its own markup: `align="right"` or a `text-align: right`
/// declaration in its inline style (any case and spacing).
fn aligns_right(el: &scraper::node::Element) -> bool {
    aligns(el, "right")
}

/// An element centred by its own markup: `align="center"` or a `text-align: center`
/// declaration in its inline style.
fn aligns_centre(el: &scraper::node::Element) -> bool {
    aligns(el, "center")
}

/// An element aligned to `side` ("right", "center") by its `align` attribute or a
/// `text-align` declaration in its inline style.
fn aligns(el: &scraper::node::Element, side: &str) -> bool {
    // One pass over the attributes, no allocation: this runs on every block element.
    el.attrs().any(|(name, value)| match name {
        "align" => value.trim().eq_ignore_ascii_case(side),
        "style" => {
            value.as_bytes().windows(side.len()).any(|w| w.eq_ignore_ascii_case(side.as_bytes()))
                && style_aligns(value, side)
        }
        _ => false,
    })
}

/// A `text-align: <side>` declaration in an inline style.
fn style_aligns(style: &str, side: &str) -> bool {
    style.split(';').any(|decl| {
        decl.split_once(':').is_some_and(|(k, v)| {
            k.trim().eq_ignore_ascii_case("text-align")
                && v.trim().trim_end_matches("!important").trim().eq_ignore_ascii_case(side)
        })
    })
}

/// Most nodes looked at in an element asked whether it holds only a picture.
const PICTURE_NODES: usize = 40;

/// A picture's caption in plain markup, as pages without `figure` print one: a table's last row
/// (`tr`) or a centred element (`align="center"`, `text-align: center`) whose previous sibling
/// holds an image and no text ("<div align=center><img></div><div align=center>Caption</div>",
/// "<tr><td><img></td></tr><tr><td>Caption</td></tr>"), or a centred element whose own content
/// opens with an image ("<p style='text-align:center'><img><br><span>Caption</span></p>").
fn is_picture_caption(e: scraper::ElementRef<'_>) -> bool {
    let el = e.value();
    // A table's last row: the rows of a data table under a row of logos are its data.
    let row = el.name() == "tr" && e.next_siblings().all(|n| !n.value().is_element());
    let centred = !row && aligns_centre(el);
    if !centred && !row {
        return false;
    }
    let prev = e.prev_siblings().find(|n| match n.value() {
        Node::Text(t) => !t.trim().is_empty(),
        Node::Comment(_) => false,
        _ => true,
    });
    if prev.and_then(scraper::ElementRef::wrap).is_some_and(holds_only_picture) {
        return true;
    }
    // Its own content opens with an image: the first text or image inside is the image.
    centred
        && e.descendants()
            .skip(1)
            .take(PICTURE_NODES)
            .find_map(|d| match d.value() {
                Node::Text(t) if !t.trim().is_empty() => Some(false),
                Node::Element(x) if x.name() == "img" => Some(true),
                _ => None,
            })
            .unwrap_or(false)
}

/// True when `e` holds an image and no text (within [`PICTURE_NODES`] nodes).
fn holds_only_picture(e: scraper::ElementRef<'_>) -> bool {
    let mut image = false;
    for (i, d) in e.descendants().enumerate() {
        if i > PICTURE_NODES {
            return false;
        }
        match d.value() {
            Node::Text(t) if !t.trim().is_empty() => return false,
            Node::Element(x) if x.name() == "img" => image = true,
            _ => {}
        }
    }
    image
}

/// `value` of the blocks before each index: entry `i` sums blocks `0..i`, so the blocks of an
/// element (`first..end`) sum to `v[end] - v[first]`.
fn prefix_sums(blocks: &[Block], value: impl Fn(&Block) -> u64) -> Vec<u64> {
    let mut sums = Vec::with_capacity(blocks.len() + 1);
    let mut total = 0u64;
    sums.push(total);
    for b in blocks {
        total += value(b);
        sums.push(total);
    }
    sums
}

/// The words of a prose block, 0 for any other.
fn prose_words(b: &Block) -> u64 {
    if is_prose(b) {
        u64::from(b.words)
    } else {
        0
    }
}

/// How many times the prose a reader sees outside the captions the captions' prose must be
/// for a page to be a photo story by [`photo_story`]'s second test.
const PHOTO_STORY_RATIO: u64 = 3;

/// Whether the page is a photo story told in its captions (`figcaption`s outside lists):
/// either the captions hold most of the page's prose (`total_prose`), or the captions, with the
/// boxes named for captions (a gallery's caption strip), hold [`PHOTO_STORY_RATIO`] times the
/// rest of the prose a reader sees: the prose outside hidden elements and outside the certain
/// and strong furniture (menus, footers, pop-ups), the captions' own mark aside and a box that
/// holds most of the page's prose (`prose_in`) not counted as furniture. A site's menus and
/// footers, which hold as much prose as a short story's captions, do not outweigh them; the
/// hidden copies of a gallery's captions count on neither side; a report whose pictures'
/// captions run beside paragraphs of as many words is no photo story.
fn photo_story(
    els: &[El],
    blocks: &[Block],
    total_prose: u64,
    prose_in: impl Fn(&El) -> u64,
) -> bool {
    if !els.iter().any(|e| e.caption) {
        return false;
    }
    let under_caption = inherited(els, |el| el.caption);
    let figcaptions: u64 =
        blocks.iter().filter(|b| owned_by(&under_caption, b)).map(prose_words).sum();
    if figcaptions * 2 > total_prose {
        return true;
    }
    let under_named = inherited(els, |el| el.caption || el.named_caption);
    let under_hidden = inherited(els, |el| el.hidden);
    let under_furniture = inherited(els, |el| {
        !el.caption
            && matches!(el.mark, Mark::Certain | Mark::Strong)
            && prose_in(el) * 2 <= total_prose
    });
    let (mut captions, mut other) = (0u64, 0u64);
    for b in blocks {
        let w = prose_words(b);
        if w == 0 || owned_by(&under_hidden, b) || owned_by(&under_furniture, b) {
            continue;
        }
        if owned_by(&under_named, b) {
            captions += w;
        } else {
            other += w;
        }
    }
    captions > PHOTO_STORY_RATIO * other
}

/// Per element: `own` holds for it or for one of its ancestors (parents precede children in
/// `els`; the root's parent, [`NONE`], is out of range).
fn inherited(els: &[El], own: impl Fn(&El) -> bool) -> Vec<bool> {
    let mut under = vec![false; els.len()];
    for (i, el) in els.iter().enumerate() {
        under[i] = own(el) || under.get(el.parent).copied().unwrap_or(false);
    }
    under
}

/// True when the owner of block `b` is marked in `under` (from [`inherited`]; a block without
/// an owner, [`NONE`], is not).
fn owned_by(under: &[bool], b: &Block) -> bool {
    under.get(b.owner).copied().unwrap_or(false)
}

/// Element of the simplified tree (block-level or marked elements only).
struct El {
    parent: usize,
    /// First block in this subtree.
    first: usize,
    /// One past the last block in this subtree.
    end: usize,
    /// Furniture mark from tag, role, name or hiding.
    mark: Mark,
    /// Resolved: furniture itself or inside furniture.
    removed: bool,
    /// Heading level 1–6, 0 for other elements.
    heading: u8,
    /// A box that groups other blocks (`div`, `section`, `aside`, `footer`, `form`, …), not a
    /// paragraph, heading, list or table of the text itself.
    boxy: bool,
    /// A `figcaption`: furniture, unless the page is a photo story told in its captions
    /// ([`photo_story`]).
    caption: bool,
    /// Named for a caption (`caption-gallery`, `tplCaption`: a weak mark from the word): counted
    /// with the `figcaption`s when [`photo_story`] weighs the captions.
    named_caption: bool,
    /// Hidden (`hidden`, `aria-hidden`, `display:none`, `sr-only`): certain furniture that is
    /// hidden (a cookie dialog waiting behind `aria-hidden`) is removed even when it holds most
    /// of the page's prose, and hidden prose does not overrule the marks of the boxes around it.
    hidden: bool,
    /// A `section`: after a body that is one, a `section` opening with a heading at the body's
    /// level is the article's next section, not a box after it.
    section: bool,
    /// The site's own banner or footer: a `header`, `footer` (or `role="contentinfo"`) outside
    /// any `article` or `main`. Furniture however much of the page's prose it holds (a small
    /// page's legal disclaimer and addresses, a mega-menu's program blurbs).
    chrome: bool,
    /// Right-aligned by its `align` attribute or inline style ([`aligns_right`]): where a
    /// Vietnamese page prints the writer's name after the text.
    right: bool,
    /// A picture's caption in plain markup ([`is_picture_caption`]): a centred line or a table
    /// row under an image. Left out inside the text ([`main_content_parts`]).
    picture_caption: bool,
    /// A box's tag and class names, hashed (0 for a box without a class or whose classes are
    /// all a grid's, [`is_grid_class`], and for other elements): a page builder gives each
    /// block of the text the same ones.
    kind: u64,
}

/// A run of inline text.
struct Block {
    text: String,
    words: u32,
    chars: u32,
    link_chars: u32,
    owner: usize,
    /// Sentence punctuation marks.
    punct: u32,
    /// Heading level of the owner, 0 when it is not a heading.
    heading: u8,
    /// A table row: its cells are joined with ` | ` (see [`CELL_SEPARATOR`]).
    cells: bool,
}

#[derive(Default)]
struct Walker {
    els: Vec<El>,
    blocks: Vec<Block>,
    /// Open block-level elements (indices into `els`).
    stack: Vec<usize>,
    buf: String,
    link_depth: u32,
    link_chars: u32,
    /// Open lists: ordered?, next item number.
    lists: Vec<(bool, u32)>,
    /// Bullet or number waiting for the first text of a list item.
    prefix: Option<String>,
    /// The buffer holds a table row's cells.
    cells: bool,
}

impl Walker {
    fn push_text(&mut self, s: &str) {
        if self.link_depth > 0 {
            let n = s.chars().filter(|c| !c.is_whitespace()).count();
            self.link_chars = self.link_chars.saturating_add(n as u32);
        }
        self.buf.push_str(s);
    }

    fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        let mut text = String::with_capacity(self.buf.len() + 4);
        let mut words = 0u32;
        let mut chars = 0u32;
        let mut punct = 0u32;
        for w in self.buf.split_whitespace() {
            if words > 0 {
                text.push(' ');
            }
            text.push_str(w);
            words += 1;
            for c in w.chars() {
                chars += 1;
                if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '。' | '，' | '、' | '…') {
                    punct += 1;
                }
            }
        }
        self.buf.clear();
        let cells = std::mem::take(&mut self.cells);
        let link_chars = self.link_chars.min(chars);
        self.link_chars = 0;
        if words == 0 {
            return;
        }
        let owner = self.stack.last().copied().unwrap_or(NONE);
        let heading = self.els.get(owner).map_or(0, |e| e.heading);
        if let Some(mut p) = self.prefix.take() {
            p.push_str(&text);
            text = p;
        }
        self.blocks.push(Block { text, words, chars, link_chars, owner, punct, heading, cells });
    }

    fn open_block(&mut self, mark: Mark, heading: u8, boxy: bool, right: bool) {
        self.flush();
        let parent = self.stack.last().copied().unwrap_or(NONE);
        let idx = self.els.len();
        self.els.push(El {
            parent,
            first: self.blocks.len(),
            end: self.blocks.len(),
            mark,
            removed: false,
            heading,
            boxy,
            caption: false,
            named_caption: false,
            hidden: false,
            section: false,
            chrome: false,
            right,
            picture_caption: false,
            kind: 0,
        });
        self.stack.push(idx);
    }

    fn close_block(&mut self) {
        self.flush();
        if let Some(idx) = self.stack.pop() {
            if let Some(el) = self.els.get_mut(idx) {
                el.end = self.blocks.len();
            }
        }
    }
}

/// What was pushed when an element was opened, so closing it can undo it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opened {
    Nothing,
    Block,
    /// `ul`/`ol`: a block that also opened a list.
    List,
    /// `li`: a block whose bullet may still be pending.
    Item,
    Link,
    /// An inline location stamp (`<span class="location-stamp">TP HCM</span>Nếu …`): a
    /// dash is written after it so the stamp does not glue to the first word.
    Stamp,
}

/// Whether `node` is a `pre` or `code` element: inside one, words glued at an element's edge
/// are code and class names are syntax highlighting.
fn is_code(node: &Node) -> bool {
    node.as_element().is_some_and(|e| matches!(e.name(), "pre" | "code"))
}

/// Words of a layout grid's class names, by length: rows, columns and cells with their
/// breakpoints and widths (`row`, `col-md-8`, `small-12 columns`, `pure-u-1-2`).
const GRID_WORDS: [&[&str]; 10] = [
    &[],
    &["u", "g"],
    &["xs", "sm", "md", "lg", "xl"],
    &["row", "col", "xxl"],
    &["rows", "cols", "grid", "cell", "span", "flex", "pure", "auto"],
    &["cells", "fluid", "small", "large"],
    &["column", "offset", "medium"],
    &["columns"],
    &[],
    &["container"],
];

/// A class name made only of grid words and numbers ([`GRID_WORDS`]): it places a box on
/// the page and says nothing of what the box holds, so two boxes sharing it are not two
/// blocks of one text (a related box in the same column class as the body's).
fn is_grid_class(c: &str) -> bool {
    // Words are compared only with the grid words of their length: this runs on every box.
    c.split(|ch: char| !ch.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).all(|w| {
        w.bytes().all(|b| b.is_ascii_digit())
            || GRID_WORDS.get(w.len()).is_some_and(|g| g.iter().any(|x| w.eq_ignore_ascii_case(x)))
    })
}

/// [`El::kind`] of a box: its tag and class names (FNV-1a over their bytes, the names
/// separated by one space), never 0.
fn box_kind<'a>(tag: &str, classes: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(tag.as_bytes());
    for c in classes {
        eat(b" ");
        eat(c.as_bytes());
    }
    h | 1
}

fn walk(doc: &Html) -> Walker {
    let mut w = Walker::default();
    let root = doc.tree.root();
    // Per open node: what its opening pushed.
    let mut opened: Vec<Opened> = Vec::new();
    let mut node = root;
    'outer: loop {
        // Open `node`; decide whether to descend.
        let mut descend = false;
        let mut what = Opened::Nothing;
        match node.value() {
            Node::Text(t) => {
                if glued_at_boundary(&w.buf, t) && !node.ancestors().any(|a| is_code(a.value())) {
                    w.buf.push(' ');
                }
                w.push_text(t)
            }
            Node::Document | Node::Fragment => descend = true,
            Node::Element(el) => {
                let tag = el.name();
                let k = kind(tag);
                // Hidden preformatted text is a raw copy (the page's Markdown source, data for
                // a script), never shown as it stands: skipped like a script.
                if k != Kind::Skip && !(tag == "pre" && is_hidden(el)) {
                    descend = true;
                    let root_like = matches!(tag, "html" | "body" | "main" | "article");
                    let mut mark = Mark::None;
                    let mut hidden = false;
                    let mut chrome = false;
                    let mut named_caption = false;
                    if !root_like {
                        let named = element_name_mark(el, || {
                            scraper::ElementRef::wrap(node)
                                .map(|e| e.text().collect())
                                .unwrap_or_default()
                        });
                        // Inside code, class names are syntax highlighting (`hljs-comment`,
                        // `token comment`), not page furniture.
                        let named = if named != Mark::None
                            && node.ancestors().any(|a| is_code(a.value()))
                        {
                            Mark::None
                        } else {
                            named
                        };
                        // A note's number in the text, not the notes.
                        let named =
                            if named == Mark::Strong && k == Kind::Inline && is_footnotes(el) {
                                Mark::None
                            } else {
                                named
                            };
                        chrome = (matches!(tag, "header" | "footer")
                            || el.attr("role") == Some("contentinfo"))
                            // Inside an `article` or `main` they belong to the text.
                            && !node.ancestors().any(|a| {
                                a.value()
                                    .as_element()
                                    .is_some_and(|e| matches!(e.name(), "article" | "main"))
                            });
                        named_caption = named == Mark::Weak && names_caption(el);
                        mark = tag_mark(tag)
                            .max(if chrome { Mark::Strong } else { Mark::None })
                            .max(el.attr("role").map_or(Mark::None, role_mark))
                            .max(named)
                            .max(el.attr("itemprop").map_or(Mark::None, itemprop_mark));
                        // `data-nosnippet`: the publisher keeps the element out of search
                        // snippets (a byline's author blurb, an expandable code listing, card
                        // lists): strong furniture, unless it holds most of the page's prose.
                        // An inline one (a figure kept out of a snippet inside a sentence) is
                        // part of its sentence.
                        if k == Kind::Block && el.attr("data-nosnippet").is_some() {
                            mark = mark.max(Mark::Strong);
                        }
                        hidden = is_hidden(el);
                        if mark == Mark::None && hidden {
                            mark = Mark::Weak;
                        }
                    }
                    if k == Kind::Block || mark != Mark::None {
                        let heading = match tag.as_bytes() {
                            [b'h', d @ b'1'..=b'6'] => d - b'0',
                            _ => 0,
                        };
                        let boxy = matches!(
                            tag,
                            "div" | "section" | "aside" | "footer" | "form" | "header" | "nav"
                        );
                        w.open_block(mark, heading, boxy, aligns_right(el));
                        if tag == "section" {
                            if let Some(e) = w.els.last_mut() {
                                e.section = true;
                            }
                        }
                        if boxy && !el.classes().all(is_grid_class) {
                            if let Some(e) = w.els.last_mut() {
                                e.kind = box_kind(tag, el.classes());
                            }
                        }
                        if hidden {
                            if let Some(e) = w.els.last_mut() {
                                e.hidden = true;
                            }
                        }
                        if chrome {
                            if let Some(e) = w.els.last_mut() {
                                e.chrome = true;
                            }
                        }
                        if scraper::ElementRef::wrap(node).is_some_and(is_picture_caption) {
                            if let Some(e) = w.els.last_mut() {
                                e.picture_caption = true;
                            }
                        }
                        // Captions in a list are teasers (a menu's featured stories).
                        if tag == "figcaption" && w.lists.is_empty() {
                            if let Some(e) = w.els.last_mut() {
                                e.caption = true;
                            }
                        } else if named_caption && w.lists.is_empty() {
                            if let Some(e) = w.els.last_mut() {
                                e.named_caption = true;
                            }
                        }
                        what = Opened::Block;
                        match tag {
                            "ul" | "ol" => {
                                let start = el
                                    .attr("start")
                                    .and_then(|v| v.trim().parse::<u32>().ok())
                                    .unwrap_or(1);
                                w.lists.push((tag == "ol", start));
                                what = Opened::List;
                            }
                            "li" => {
                                let p = match w.lists.last_mut() {
                                    Some((true, n)) => {
                                        let p = format!("{n}. ");
                                        *n = n.saturating_add(1);
                                        p
                                    }
                                    _ => "- ".to_string(),
                                };
                                w.prefix = Some(p);
                                what = Opened::Item;
                            }
                            _ => {}
                        }
                    } else if matches!(tag, "td" | "th") {
                        if w.buf.chars().any(|c| !c.is_whitespace()) {
                            w.buf.push_str(" | ");
                            w.cells = true;
                        }
                    } else if tag == "a" {
                        w.link_depth += 1;
                        what = Opened::Link;
                    } else if tag == "br" {
                        w.buf.push(' ');
                    } else if super::dom::is_stamp(el) {
                        what = Opened::Stamp;
                    }
                }
            }
            _ => {}
        }
        if descend {
            if let Some(child) = node.first_child() {
                opened.push(what);
                node = child;
                continue;
            }
        }
        // Close `node` (and ancestors whose children are done).
        let mut closing = what;
        loop {
            match closing {
                Opened::Block => w.close_block(),
                Opened::List => {
                    w.close_block();
                    w.lists.pop();
                }
                Opened::Item => {
                    w.close_block();
                    w.prefix = None;
                }
                Opened::Link => w.link_depth = w.link_depth.saturating_sub(1),
                Opened::Stamp => w.buf.push_str(" - "),
                Opened::Nothing => {}
            }
            if node.id() == root.id() {
                break 'outer;
            }
            if let Some(sib) = node.next_sibling() {
                node = sib;
                continue 'outer;
            }
            match node.parent() {
                Some(p) => {
                    node = p;
                    closing = opened.pop().unwrap_or(Opened::Nothing);
                }
                None => break 'outer,
            }
        }
    }
    w.flush();
    w
}

/// Whether the text `next`, after an element's edge, runs into the text before it (`buf`)
/// where the page's styles draw a break: a sentence's end then a capitalised word ("… we
/// loved.</a>There are …"), or a word's small letters then a capitalised word ("<a>Bill
/// Callahan</a><em>Lonely City</em>", a heading's `span`s drawn as lines). A capital after a
/// single small letter ("i<b>Phone</b>") or after a capital ("Mc<b>Donald</b>") is one word.
/// Code is left as it is (the walk does not ask inside `pre` and `code`).
fn glued_at_boundary(buf: &str, next: &str) -> bool {
    let mut before = buf.chars().rev();
    let (Some(a), Some(b)) = (before.next(), before.next()) else { return false };
    let mut after = next.chars();
    let (Some(c), Some(d)) = (after.next(), after.next()) else { return false };
    if !(c.is_uppercase() && d.is_lowercase()) {
        return false;
    }
    let sentence_end = matches!(a, '.' | '!' | '?') && b.is_lowercase();
    sentence_end || (a.is_lowercase() && b.is_lowercase())
}

/// A short line with a time or date: "24/07/2025 14:26", "17 giờ trước", "2 hours ago".
fn is_dated(b: &Block) -> bool {
    if b.words > 8 {
        return false;
    }
    let t = b.text.as_bytes();
    let stamp = t.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'/' | b':' | b'-' | b'.') && w[2].is_ascii_digit()
    });
    stamp || b.text.contains(" trước") || b.text.contains(" ago") || has_month_date(&b.text)
}

/// English month names and their short forms.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// A date written with a month name and a number: "December 19, 2025", "19 Dec 2025".
fn has_month_date(text: &str) -> bool {
    let mut month = false;
    let mut number = false;
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | '|' | '⋅' | '·'));
        if w.is_empty() {
            continue;
        }
        if w.bytes().all(|c| c.is_ascii_digit()) && matches!(w.len(), 1 | 2 | 4) {
            number = true;
        } else if w.len() <= 9
            && w.bytes().all(|c| c.is_ascii_alphabetic())
            && MONTHS.contains(&w.to_ascii_lowercase().as_str())
        {
            month = true;
        }
    }
    month && number
}

/// A block of prose: not a heading, long enough, punctuated, few links.
fn is_prose(b: &Block) -> bool {
    let ld = link_density(b);
    b.heading == 0 && ld < 0.3 && (b.words >= 15 || (b.words >= 8 && b.punct >= 1))
}

/// A line that can follow a paragraph ending with a colon as part of the text: a caption or a
/// list line of five words or more, not a heading and not link text.
fn is_announced_line(b: &Block) -> bool {
    b.heading == 0 && b.words >= 5 && link_density(b) <= 0.3
}

/// Least words of a closing line ([`is_closing_line`]).
const CLOSING_WORDS: u32 = 8;
/// Most words of what stands between the last paragraph and the closing lines kept after it,
/// not closing lines themselves (sub-headings, a "Pros" label): past this much debris (a
/// comments section of short lines, a tag cloud) no later closing line is looked for.
const CLOSING_DEBRIS_WORDS: u32 = 20;

/// A line after the article's last paragraph that still belongs to it: a sentence of
/// [`CLOSING_WORDS`] or more ("This article is republished from … under a Creative Commons
/// license.", "Ready to start building? Partner with …"), a linked source it names ("What
/// is skiplagging? … from The Independent") or an item of a list closing the article (pros
/// and cons, a checklist); not a chart's title (no punctuation, no link) nor a dated teaser
/// of another article ("- Top Yoga Retreats in Oregon - November 27, 2025").
fn is_closing_line(b: &Block) -> bool {
    let sentence = b.words >= CLOSING_WORDS && (b.punct > 0 || link_density(b) >= 0.3);
    (sentence || is_list_item(b)) && !has_full_date(&b.text)
}

fn link_density(b: &Block) -> f64 {
    if b.chars == 0 {
        0.0
    } else {
        f64::from(b.link_chars) / f64::from(b.chars)
    }
}

/// Weight of a block when choosing the container.
fn weight(b: &Block, removed: bool) -> f64 {
    if removed {
        return 0.0;
    }
    let ld = link_density(b);
    let n = f64::from(b.words);
    if ld > 0.5 {
        -0.5 * n
    } else if is_prose(b) {
        n * (1.0 - ld)
    } else {
        -0.25 * n
    }
}

/// The main text of an article page: paragraphs separated by a blank line, whitespace collapsed
/// inside each paragraph; navigation, menus, footers, comments, related-article boxes, teaser
/// cards, share bars, captions and scripts left out. Returns an empty string when the page has
/// no text.
pub fn main_content(doc: &Html) -> String {
    main_content_parts(doc, None).text
}

/// [`main_content`] and what follows it in the article container.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MainContent {
    /// The body, as [`main_content`] returns it.
    pub text: String,
    /// Up to three short blocks right after the last paragraph, inside the article container:
    /// where a byline ("Anh Dũng", "Tin, ảnh: P.Y") or a source line usually stands.
    pub tail: Vec<String>,
    /// The text in front of the lead where the page shows it (see [`main_content_parts`]):
    /// usually a dateline such as "(VTC News) -".
    pub lead_prefix: Option<String>,
}

/// What joins a table row's cells in the text [`main_content`] returns. While the page is read
/// the cells are joined with ` | ` (a word, which the row and metadata tests see); the text
/// joins them with a tab, as tab-separated text does, so that a row adds no word of its own.
/// Of the 83 WCXB pages whose tables vnmon keeps, the ground truths join a row's cells with a
/// tab on 14, with a space (or leave the table out) on 52, and with ` | ` on 17. The article
/// pipeline, whose paragraphs are single lines, turns the tab back into ` | `.
const CELL_SEPARATOR: &str = "\t";

/// Appends a table row's text to `out` with its cells joined by [`CELL_SEPARATOR`] (an empty
/// cell leaves two in a row, as in tab-separated text).
fn push_cells(out: &mut String, row: &str) {
    let mut gap = false;
    for w in row.split(' ') {
        if w == "|" {
            out.push_str(CELL_SEPARATOR);
            gap = false;
        } else {
            if gap {
                out.push(' ');
            }
            out.push_str(w);
            gap = true;
        }
    }
}

/// Most words of a right-aligned line after the container taken as the text's tail.
const TAIL_OUTSIDE_WORDS: u32 = 6;

/// Prose words of a single paragraph that keep a weakly marked element (a section of the text
/// whose class names the table of contents, `toc-para`).
const WEAK_LONG_WORDS: u64 = 100;
/// Prose words beside the teaser cards for them to count as furniture.
const MIN_ARTICLE_WORDS: u64 = 150;
/// Most blocks a teaser card has (title, time, section, summary, ...).
const CARD_BLOCKS: usize = 6;
/// Most words of a teaser card's summary (one or two paragraphs).
const CARD_SUMMARY_WORDS: u64 = 150;

/// [`main_content`] with the blocks that follow the body ([`MainContent::tail`]) and, when
/// `lead` (the sapo from the page's metadata) is given, what the page prints right before it
/// in the same block ([`MainContent::lead_prefix`], at most 40 characters).
pub fn main_content_parts(doc: &Html, lead: Option<&str>) -> MainContent {
    let parts = content_parts(doc, lead, true);
    if parts.text.is_empty() {
        // Nothing left once the site's own banner and footer went ([`El::chrome`]): the page's
        // text, if it has any, stands in them (a landing page whose only prose is the call
        // box in its footer), so they are weighed as other marked boxes are. Never an
        // outlet's masthead: a footer that holds the imprint (owner, licence, editor-in-chief)
        // is the site's, and a page with no text of its own (a video page) stays empty.
        let chrome = content_parts(doc, lead, false);
        if chrome.text.lines().any(super::boilerplate::is_imprint_line) {
            return parts;
        }
        return chrome;
    }
    parts
}

/// [`main_content_parts`]; with `chrome_out`, the site's own banner and footer are furniture
/// whatever they hold ([`El::chrome`]).
fn content_parts(doc: &Html, lead: Option<&str>, chrome_out: bool) -> MainContent {
    let Walker { mut els, blocks, .. } = walk(doc);
    if blocks.is_empty() || els.is_empty() {
        return MainContent::default();
    }

    // Prose per block, prefix-summed, to overrule marks on elements holding most of it.
    let prose_prefix = prefix_sums(&blocks, prose_words);
    let total_prose = prose_prefix.last().copied().unwrap_or(0);
    let prose_in = |el: &El| prose_prefix[el.end] - prose_prefix[el.first];
    let count_prefix = prefix_sums(&blocks, |b| u64::from(is_prose(b)));
    let prose_blocks_in = |el: &El| count_prefix[el.end] - count_prefix[el.first];

    // A photo story tells its text in the captions ([`photo_story`]): the captions are content,
    // and so are the boxes named for captions inside them (`inner_caption`) unless hidden (a
    // gallery's copies), and the box that holds most of the captions whatever its name says (a
    // gallery named for the ads placed between its pictures).
    if photo_story(&els, &blocks, total_prose, prose_in) {
        let under_caption = inherited(&els, |el| el.caption);
        let caption_prefix =
            prefix_sums(&blocks, |b| if owned_by(&under_caption, b) { prose_words(b) } else { 0 });
        let captions = caption_prefix.last().copied().unwrap_or(0);
        for el in &mut els {
            let held = caption_prefix[el.end] - caption_prefix[el.first];
            let story_box = matches!(el.mark, Mark::Certain | Mark::Strong)
                && !(el.hidden || el.chrome)
                && held * 2 > captions;
            if (el.caption && el.mark == Mark::Certain)
                || (el.named_caption && !el.hidden && el.mark == Mark::Weak)
                || story_box
            {
                el.mark = Mark::None;
            }
        }
    }

    // Prose under certain furniture does not count towards the page's prose pool.
    let under_certain = inherited(&els, |el| el.mark == Mark::Certain);
    let certain_prefix =
        prefix_sums(&blocks, |b| if owned_by(&under_certain, b) { prose_words(b) } else { 0 });
    let free_prose_in =
        |el: &El| prose_in(el) - (certain_prefix[el.end] - certain_prefix[el.first]);
    // Nor does hidden prose (the full texts behind a list of teasers' "more" buttons) when a
    // box's share of the page decides whether its mark is overruled.
    let hidden_prefix;
    let unseen_prefix: &[u64] = if els.iter().any(|e| e.hidden) {
        let under_hidden = inherited(&els, |el| el.hidden);
        hidden_prefix = prefix_sums(&blocks, |b| {
            if owned_by(&under_certain, b) || owned_by(&under_hidden, b) {
                prose_words(b)
            } else {
                0
            }
        });
        &hidden_prefix
    } else {
        &certain_prefix
    };
    let seen_pool = total_prose - unseen_prefix.last().copied().unwrap_or(0);
    let seen_prose_in = |el: &El| prose_in(el) - (unseen_prefix[el.end] - unseen_prefix[el.first]);

    // Teaser cards: a linked title, a time or date and one short summary in a small box
    // ("Tin cùng chuyên mục", "Đọc thêm", related-post lists). The summary is prose, so a list of them would
    // otherwise outweigh a short article or stretch the container past its end.
    let is_titled = |b: &Block| b.words >= 2 && link_density(b) > 0.8;
    let titled_prefix = prefix_sums(&blocks, |b| u64::from(is_titled(b)));
    // Index of the first prose / titled block at or after each block.
    let mut next_prose = vec![blocks.len(); blocks.len() + 1];
    let mut next_titled = vec![blocks.len(); blocks.len() + 1];
    for i in (0..blocks.len()).rev() {
        next_prose[i] = if is_prose(&blocks[i]) { i } else { next_prose[i + 1] };
        next_titled[i] = if is_titled(&blocks[i]) { i } else { next_titled[i + 1] };
    }
    let dated_prefix = prefix_sums(&blocks, |b| u64::from(is_dated(b)));
    let card_shape = |el: &El| {
        let n = el.end - el.first;
        (2..=CARD_BLOCKS).contains(&n)
            && (1..=2).contains(&prose_blocks_in(el))
            && prose_in(el) <= CARD_SUMMARY_WORDS
            && titled_prefix[el.end] > titled_prefix[el.first]
            && next_titled[el.first] < next_prose[el.first]
            && !(total_prose > 0 && prose_in(el) * 2 > total_prose)
    };
    // A card is dated, or stands after the page's last paragraph outside cards: a list of
    // undated teasers (a linked title and its summary) after the article.
    let under_shape = inherited(&els, card_shape);
    let text_end =
        blocks.iter().rposition(|b| is_prose(b) && !owned_by(&under_shape, b)).map_or(0, |i| i + 1);
    let is_card = |el: &El| {
        card_shape(el) && (dated_prefix[el.end] > dated_prefix[el.first] || el.first >= text_end)
    };

    // Cards are furniture only beside an article: when they hold most of the page's prose
    // (an events list, a listicle whose sections have linked headings) they are the content.
    let under_card = inherited(&els, is_card);
    // Prose words under cards, prefix-summed.
    let card_prefix =
        prefix_sums(&blocks, |b| if owned_by(&under_card, b) { prose_words(b) } else { 0 });
    let card_prose = card_prefix.last().copied().unwrap_or(0);
    let other_prose = total_prose.saturating_sub(card_prose);
    let cards_are_furniture =
        card_prose > 0 && other_prose >= MIN_ARTICLE_WORDS && other_prose * 3 >= card_prose;
    // A card is furniture when it stands in a list of cards (its parent holds no other prose);
    // a section with a linked heading among the article's own paragraphs is content.
    let furniture_card: Vec<bool> = els
        .iter()
        .map(|el| {
            cards_are_furniture
                && is_card(el)
                && els.get(el.parent).is_some_and(|p| {
                    let cards = card_prefix[p.end] - card_prefix[p.first];
                    prose_in(p).saturating_sub(cards) <= 10
                })
        })
        .collect();

    // A template's placeholder box: its prose is all filler (paragraphs opening with "Lorem
    // ipsum", [`opens_with_filler`]), so its headings and labels ("Head Line 1", "Speaker
    // Name") are placeholders too.
    let filler_prose = |b: &Block| is_prose(b) && opens_with_filler(b);
    let filler_prefix = blocks
        .iter()
        .any(filler_prose)
        .then(|| prefix_sums(&blocks, |b| u64::from(filler_prose(b))));
    let placeholder = |el: &El| {
        filler_prefix.as_ref().is_some_and(|f| {
            let n = f[el.end] - f[el.first];
            el.boxy && n > 0 && n == prose_blocks_in(el)
        })
    };

    // Resolve removal top-down (parents precede children in `els`).
    for i in 0..els.len() {
        let el = &els[i];
        let own = furniture_card[i]
            || placeholder(el)
            || match el.mark {
                Mark::None => false,
                Mark::Certain => el.hidden || !(total_prose > 0 && prose_in(el) * 2 > total_prose),
                _ if el.chrome && chrome_out => true,
                _ if seen_pool > 0 && seen_prose_in(el) * 2 > seen_pool => false,
                Mark::Weak => {
                    !(free_prose_in(el) >= 50
                        && (prose_blocks_in(el) >= 2 || free_prose_in(el) >= WEAK_LONG_WORDS))
                }
                Mark::Strong => true,
            };
        let parent_removed = match els[i].parent {
            NONE => false,
            p => els.get(p).is_some_and(|e| e.removed),
        };
        els[i].removed = own || parent_removed;
    }
    let removed = |b: &Block| b.owner != NONE && els.get(b.owner).is_some_and(|e| e.removed);
    // Only the few children after the body's last paragraph are asked, so these read the
    // blocks directly rather than through prefix sums.
    let headed = |el: &El| blocks[el.first..el.end].iter().any(|b| b.heading > 0);
    // Teaser cards left out, or a box of links.
    let furniture_in = |el: &El, at: usize| {
        let range = &blocks[el.first..el.end];
        let in_card = |b: &Block| {
            let mut i = b.owner;
            while i != NONE && i >= at {
                if furniture_card.get(i).copied().unwrap_or(false) {
                    return true;
                }
                i = els.get(i).map_or(NONE, |e| e.parent);
            }
            false
        };
        let chars: u64 = range.iter().map(|b| u64::from(b.chars)).sum();
        let links: u64 = range.iter().map(|b| u64::from(b.link_chars)).sum();
        (chars > 0 && links * 5 >= chars * 4) || range.iter().any(in_card)
    };

    // Container: the subtree with the largest total weight.
    let mut wprefix = Vec::with_capacity(blocks.len() + 1);
    wprefix.push(0.0f64);
    // Prose words and prose blocks that survive the marks, prefix-summed.
    let mut live_prefix = Vec::with_capacity(blocks.len() + 1);
    live_prefix.push((0u64, 0u32));
    for b in &blocks {
        let gone = removed(b);
        wprefix.push(wprefix.last().copied().unwrap_or(0.0) + weight(b, gone));
        let (words, n) = live_prefix.last().copied().unwrap_or((0, 0));
        let live = !gone && is_prose(b);
        live_prefix.push(if live { (words + u64::from(b.words), n + 1) } else { (words, n) });
    }
    let mut best = NONE;
    let mut best_score = f64::MIN;
    for (i, el) in els.iter().enumerate() {
        if el.removed {
            continue;
        }
        let s = wprefix[el.end] - wprefix[el.first];
        if s > best_score {
            best_score = s;
            best = i;
        }
    }
    // A page that prints the article twice (for phones and for desktops) doubles the weight of
    // whatever holds both copies, with the footers and headers between them: when a third or
    // more of the container's prose is second copies, the container is the best part of it
    // in which a second copy weighs nothing (the first copy).
    if let Some(c) = els.get(best) {
        let mut firsts: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut second = vec![false; blocks.len()];
        let mut repeated: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let (mut all, mut again) = (0u64, 0u64);
        for (i, b) in blocks.iter().enumerate().take(c.end).skip(c.first) {
            if removed(b) || !is_prose(b) {
                continue;
            }
            all += u64::from(b.words);
            if is_repeat_candidate(b) && !firsts.insert(b.text.as_str()) {
                second[i] = true;
                again += u64::from(b.words);
                repeated.insert(b.text.as_str());
            }
        }
        if repeated.len() >= MIN_SECOND_COPY && again * 3 >= all {
            let mut w1 = Vec::with_capacity(blocks.len() + 1);
            w1.push(0.0f64);
            for (i, b) in blocks.iter().enumerate() {
                let w = if second[i] { 0.0 } else { weight(b, removed(b)) };
                w1.push(w1.last().copied().unwrap_or(0.0) + w);
            }
            let (first, end) = (c.first, c.end);
            let inner = (best + 1..els.len())
                .filter(|&i| !els[i].removed && els[i].first >= first && els[i].end <= end)
                .filter(|&i| els[i].end > els[i].first)
                .max_by(|&a, &b| {
                    let wa = w1[els[a].end] - w1[els[a].first];
                    let wb = w1[els[b].end] - w1[els[b].first];
                    // The outermost of equal ones (parents precede children).
                    wa.total_cmp(&wb).then(b.cmp(&a))
                });
            if let Some(i) = inner {
                best = i;
            }
        }
    }
    let Some(container) = els.get(best) else {
        return MainContent::default();
    };
    let range = container.first..container.end;
    // Boxes after the article's body (author, newsletter, call to action).
    let mut after_body = vec![false; range.len()];
    let first_heading = |el: &El| {
        blocks.get(el.first).filter(|b| el.end > el.first && b.heading > 0).map(|b| b.heading)
    };
    let opens_with_paragraph = |el: &El| {
        blocks.get(el.first).is_some_and(|b| {
            el.end > el.first && is_prose(b) && b.words >= NEXT_BLOCK_WORDS && !removed(b)
        })
    };
    for r in boxes_after_body(
        &els,
        best,
        &live_prefix,
        &furniture_in,
        &headed,
        &first_heading,
        &opens_with_paragraph,
    ) {
        for i in r {
            if let Some(x) = after_body.get_mut(i - range.start) {
                *x = true;
            }
        }
    }

    // Keep the surviving blocks, then trim debris at both ends.
    let mut live: Vec<&Block> = blocks[range]
        .iter()
        .zip(&after_body)
        .filter(|(b, cut)| !removed(b) && !**cut)
        .map(|(b, _)| b)
        .collect();
    live.truncate(stop_cut(&live));
    // Linked section titles count only where several stand (a listicle); a single one is
    // usually a teaser of another article inside the text.
    let titles = (0..live.len())
        .filter(|&i| link_density(live[i]) > 0.8 && is_section_title(&live, i))
        .count();
    let announced = announced_items(&live);
    let kept: Vec<&Block> = live
        .iter()
        .enumerate()
        .filter(|&(i, b)| {
            (link_density(b) <= 0.8
                || (titles >= MIN_SECTION_TITLES && is_section_title(&live, i))
                || announced[i])
                && !is_label(b)
                && !is_filler(b)
                && !is_consent_notice(b)
                && !(b.words <= FORM_WORDS && super::boilerplate::is_form_status(&b.text))
        })
        .map(|(_, b)| *b)
        .collect();
    let good = |b: &Block| is_prose(b) || is_linked_paragraph(b);
    let start = kept.iter().position(|b| good(b)).unwrap_or(0);
    let start = leading_context(&kept, start, &els);
    let mut end = kept.iter().rposition(|b| good(b)).map_or(kept.len(), |i| i + 1);
    // A last paragraph ending with a colon announces what follows ("Mời độc giả cùng ngắm hình
    // ảnh …:"): the captions or list lines after it are the text's, up to the first short line
    // (a byline, a source).
    if end > start && kept.get(end - 1).is_some_and(|b| b.text.trim_end().ends_with(':')) {
        while kept.get(end).is_some_and(|b| is_announced_line(b)) {
            end += 1;
        }
    }
    // Where the bylines and credits after the text are looked for ([`MainContent::tail`]).
    let paragraphs_end = end;
    // The article's closing lines after its last paragraph (a call to action, a credit, the
    // sources it names, a closing list): up to the last of them, they stay with what stands
    // between (a sub-heading, "Pros"), as long as that is at most [`CLOSING_DEBRIS_WORDS`] in
    // all; the short debris (share buttons, tags) and dated teasers after them go.
    let mut debris = 0u32;
    let mut last = end;
    for (i, b) in kept.iter().enumerate().skip(end) {
        if is_closing_line(b) {
            last = i + 1;
        } else {
            debris += b.words;
            if debris > CLOSING_DEBRIS_WORDS {
                break;
            }
        }
    }
    end = last;
    let end = closing_note_cut(&kept, start, end);
    let start = match head_cut(&kept, start, end) {
        // The head's leftovers (a reading time, an author's name) up to the text's first
        // paragraph go too, but not a sub-heading right above it.
        c if c > start => {
            let first = (c..end).find(|&i| good(kept[i])).unwrap_or(c);
            leading_context(&kept, first, &els).max(c)
        }
        _ => start,
    };
    let mut out = String::new();
    let body = kept.get(start..end).unwrap_or(&[]);
    // Pictures' captions in plain markup ([`El::picture_caption`]) inside the text, before its
    // last paragraph; those after it (a gallery closing the text) and those of a story told in
    // its captions stay.
    let under_picture = if els.iter().any(|e| e.picture_caption) {
        // The caption is short as a whole: a centred box holding a picture and a text, or a
        // table under a row of logos, is not one.
        inherited(&els, |el| {
            el.picture_caption
                && blocks[el.first..el.end].iter().map(|b| b.words).sum::<u32>() <= CAPTION_WORDS
        })
    } else {
        Vec::new()
    };
    let is_picture_caption =
        |b: &Block| b.heading == 0 && owned_by(&under_picture, b) && !removed(b);
    let captions_before = if under_picture.is_empty() {
        0
    } else {
        let caption_words: u64 =
            blocks.iter().filter(|b| is_picture_caption(b)).map(|b| u64::from(b.words)).sum();
        if caption_words * 2 > total_prose {
            0
        } else {
            body.iter().rposition(|b| is_prose(b) && !is_picture_caption(b)).unwrap_or(0)
        }
    };
    // A run of pictures' captions one of which is longer than a caption is a text told beside
    // its pictures (a lookbook whose sentences run from one caption to the next): its short
    // captions stay with it.
    let told_beside = if captions_before == 0 {
        Vec::new()
    } else {
        told_beside_pictures(body, &inherited(&els, |el| el.picture_caption), &is_picture_caption)
    };
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // Made on the first second copy only: most pages have none.
    let mut recurring: Option<std::collections::HashSet<&str>> = None;
    for (i, b) in body.iter().enumerate() {
        // The affiliate disclosure a review site prints above its text.
        if i < DISCLOSURE_BLOCKS && super::boilerplate::is_affiliate_disclosure(&b.text) {
            continue;
        }
        if i < captions_before
            && is_picture_caption(b)
            && !told_beside.get(i).copied().unwrap_or(false)
        {
            continue;
        }
        if is_repeat_candidate(b)
            && !seen.insert(b.text.as_str())
            && !recurring
                .get_or_insert_with(|| recurring_paragraphs(body))
                .contains(b.text.as_str())
        {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        if b.cells {
            push_cells(&mut out, &b.text);
        } else {
            out.push_str(&b.text);
        }
    }
    // What follows the last paragraph, removed or not (a byline box is often marked "author"),
    // as long as it is short and not link text.
    let last_end = kept.get(paragraphs_end.wrapping_sub(1)).map_or(container.first, |b| {
        blocks.iter().position(|x| std::ptr::eq(x, *b)).map_or(container.first, |i| i + 1)
    });
    let mut tail: Vec<String> = blocks
        .get(last_end..container.end)
        .unwrap_or(&[])
        .iter()
        .take_while(|b| !super::boilerplate::is_stop_heading(&b.text))
        .filter(|b| b.words <= 12 && link_density(b) <= 0.5)
        .take(3)
        .map(|b| b.text.clone())
        .collect();
    // When the text runs to the container's end, the writer's name may stand right after it,
    // outside: a short right-aligned line ("<div style='text-align:right'>K. Miên</div>").
    if tail.is_empty() && paragraphs_end == kept.len() {
        let next = blocks.get(container.end).filter(|b| {
            b.words <= TAIL_OUTSIDE_WORDS
                && b.link_chars == 0
                && els.get(b.owner).is_some_and(|e| e.right && !e.removed && !e.hidden)
        });
        tail.extend(next.map(|b| b.text.clone()));
    }
    let lead_prefix = lead.and_then(|l| {
        let probe: String = l.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        if probe.chars().count() < 15 {
            return None;
        }
        let i = blocks.iter().position(|b| b.text.contains(&probe))?;
        let b = &blocks[i];
        let at = b.text.find(&probe)?;
        let mut before = b.text.get(..at)?.trim().to_string();
        if before.is_empty() && i > 0 {
            // A stamp in its own element right before the lead: "<span>(VTC News) - </span>".
            let prev = blocks[i - 1].text.trim();
            if prev.ends_with(['-', '–', '—']) {
                before = prev.to_string();
            }
        }
        (!before.is_empty() && before.chars().count() <= 40).then_some(before)
    });
    MainContent { text: out, tail, lead_prefix }
}

/// Most words of a picture's caption left out of the text ([`El::picture_caption`]).
const CAPTION_WORDS: u32 = 30;

/// For each block of `body`, whether it stands in a run of consecutive blocks under pictures'
/// captions (`under_picture`, from [`inherited`], captions of any length) one of which is not a
/// short caption (`is_short`): a text told beside its pictures, whose short lines are its own.
fn told_beside_pictures(
    body: &[&Block],
    under_picture: &[bool],
    is_short: &dyn Fn(&Block) -> bool,
) -> Vec<bool> {
    let in_run = |b: &Block| b.heading == 0 && owned_by(under_picture, b);
    let mut told = vec![false; body.len()];
    let mut i = 0;
    while i < body.len() {
        if !in_run(body[i]) {
            i += 1;
            continue;
        }
        let j = body[i..].iter().position(|b| !in_run(b)).map_or(body.len(), |k| i + k);
        if body[i..j].iter().any(|b| !is_short(b)) {
            told[i..j].fill(true);
        }
        i = j;
    }
    told
}

/// The body's first blocks among which an affiliate disclosure is left out
/// ([`super::boilerplate::is_affiliate_disclosure`]); further down, such a paragraph may be the
/// text's own note.
const DISCLOSURE_BLOCKS: usize = 3;

/// Least distinct paragraphs printed a second time for a page to hold two copies of its
/// article (one repeated paragraph is a quote or a template's stray duplicate).
const MIN_SECOND_COPY: usize = 3;

/// Share of an element's surviving prose that one child must hold to be its body.
const BODY_SHARE: f64 = 0.6;
/// Least prose blocks of such a body.
const BODY_BLOCKS: u32 = 3;
/// A box after the body is furniture when its prose is at most this share of the body's.
const BOX_SHARE: u64 = 4;
/// Least words of the paragraph that opens a page builder's next block of the text
/// ([`boxes_after_body`]).
const NEXT_BLOCK_WORDS: u32 = 15;

/// The block ranges of the boxes that follow the article's body inside the container. From
/// the container down, while one child holds most of the surviving prose (at least
/// [`BODY_SHARE`] of it, in at least [`BODY_BLOCKS`] paragraphs), that child is the body and
/// the boxes (`div`, `section`, `aside`, …) after it with at most a quarter of its prose are
/// furniture: author and newsletter boxes, calls to action, testimonials, contact forms.
/// Paragraphs and headings standing after the body, and a second long part of the text, are
/// kept.
fn boxes_after_body(
    els: &[El],
    container: usize,
    live_prefix: &[(u64, u32)],
    furniture_in: &impl Fn(&El, usize) -> bool,
    headed: &impl Fn(&El) -> bool,
    first_heading: &impl Fn(&El) -> Option<u8>,
    opens_with_paragraph: &impl Fn(&El) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let live = |el: &El| {
        let (a, n) = live_prefix[el.first];
        let (b, m) = live_prefix[el.end];
        (b - a, m - n)
    };
    let mut cut = Vec::new();
    let mut children = Vec::new();
    let mut cur = container;
    for _ in 0..32 {
        let Some(parent) = els.get(cur) else { break };
        let (total, _) = live(parent);
        if total == 0 {
            break;
        }
        // Children of `cur`: the elements of its subtree (they follow it in `els`) whose
        // parent it is.
        children.clear();
        let mut j = cur + 1;
        while j < els.len() && els[j].first < parent.end {
            if els[j].parent == cur && !els[j].removed {
                children.push(j);
            }
            j += 1;
        }
        let Some(&body) = children.iter().max_by_key(|&&c| (live(&els[c]).0, usize::MAX - c))
        else {
            break;
        };
        let (words, n) = live(&els[body]);
        if (words as f64) < BODY_SHARE * total as f64 || n < BODY_BLOCKS {
            // No child holds the body: its paragraphs stand at this level.
            boxes_after_furniture(els, cur, total, &live, furniture_in, headed, &mut cut);
            break;
        }
        // The article told in `section`s: after a body that is one, a `section` that opens with
        // a heading at the body's level is its next section.
        let opens = first_heading(&els[body]).filter(|_| els[body].section);
        let section = |el: &El| el.section && opens.is_some() && first_heading(el) == opens;
        // A page builder's next block of the text: a box named as the body is (its tag and
        // class names) that opens with a paragraph.
        let next_block =
            |el: &El| el.kind != 0 && el.kind == els[body].kind && opens_with_paragraph(el);
        for &c in &children {
            let el = &els[c];
            if c > body
                && el.boxy
                && !section(el)
                && !next_block(el)
                && live(el).0 * BOX_SHARE <= words
            {
                cut.push(el.first..el.end);
            }
        }
        cur = body;
    }
    cut
}

/// Where the paragraphs of the body stand directly in `level`: the boxes (`div`, `section`,
/// …) after its last paragraph that follow furniture (a child whose prose was all removed:
/// teaser cards left out) and hold at most a quarter of the level's surviving prose
/// (`total`) together are furniture too: a promotion or a notice standing after the related
/// links that close the article. Boxes right after the last paragraph stay.
/// Most paragraphs of prose after the furniture for [`boxes_after_furniture`] to leave them out.
const NOTICE_PARAGRAPHS: u32 = 3;

fn boxes_after_furniture(
    els: &[El],
    level: usize,
    total: u64,
    live: &impl Fn(&El) -> (u64, u32),
    furniture_in: &impl Fn(&El, usize) -> bool,
    headed: &impl Fn(&El) -> bool,
    cut: &mut Vec<std::ops::Range<usize>>,
) {
    let Some(parent) = els.get(level) else { return };
    let mut children = Vec::new();
    let mut j = level + 1;
    while j < els.len() && els[j].first < parent.end {
        if els[j].parent == level {
            children.push(j);
        }
        j += 1;
    }
    let text_child = |c: usize| !els[c].boxy && !els[c].removed && live(&els[c]).0 > 0;
    let Some(last) = children.iter().rposition(|&c| text_child(c)) else { return };
    let mut furniture = false;
    let mut after = 0u64;
    let mut paragraphs = 0u32;
    let start = cut.len();
    for &c in &children[last + 1..] {
        let el = &els[c];
        let (words, n) = live(el);
        if words == 0 && furniture_in(el, c) {
            furniture = true;
        } else if furniture && words > 0 {
            if headed(el) {
                // A section of the text with its own heading: the article goes on.
                cut.truncate(start);
                return;
            }
            after += words;
            paragraphs += n;
            cut.push(el.first..el.end);
        }
    }
    // All that survives after the furniture together is little beside the article: a few
    // paragraphs, at most a quarter of its prose.
    if after * BOX_SHARE > total || paragraphs > NOTICE_PARAGRAPHS {
        cut.truncate(start);
    }
}

/// Least words of a paragraph, and of a list item, whose second copy in the body is dropped.
const REPEAT_WORDS: u32 = 8;
const REPEAT_ITEM_WORDS: u32 = 12;

/// Least words of a paragraph printed [`RECURRING_COPIES`] times or more for its copies to
/// stay ([`recurring_paragraphs`]).
const RECURRING_WORDS: u32 = 15;
/// Least copies of a paragraph in the body for it to be a recurring line of the text.
const RECURRING_COPIES: u32 = 4;

/// The paragraphs and list items of the body (not headings, [`RECURRING_WORDS`] or more) printed
/// [`RECURRING_COPIES`] times or more: a recurring line of the text (the same note under each
/// webcam of a list, the same warm-up in each week of a training plan, an event's blurb in
/// each of its dates), whose copies all stay. A template's duplicate (the text for phones and
/// for desktops) comes in twos, and a carousel's cloned slide in twos or threes.
fn recurring_paragraphs<'a>(body: &[&'a Block]) -> std::collections::HashSet<&'a str> {
    let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for b in body.iter().filter(|b| b.heading == 0 && b.words >= RECURRING_WORDS) {
        *counts.entry(b.text.as_str()).or_insert(0) += 1;
    }
    counts.into_iter().filter(|&(_, n)| n >= RECURRING_COPIES).map(|(t, _)| t).collect()
}

/// A block long enough that a second copy of it in the body is a template's duplicate (the
/// same text for phones and for desktops, a carousel's cloned slides), not the article
/// repeating itself; short lines and short list items repeat legitimately ("Reply", the same
/// step in a training plan).
fn is_repeat_candidate(b: &Block) -> bool {
    let item = b.text.starts_with("- ")
        || b.text.split_once(". ").is_some_and(|(n, _)| n.bytes().all(|c| c.is_ascii_digit()));
    b.words >= if item { REPEAT_ITEM_WORDS } else { REPEAT_WORDS }
}

/// A long paragraph with several links in it ("check out these seven tiny Python scripts …"):
/// too linked to count as prose when choosing the container, but article text at its ends.
fn is_linked_paragraph(b: &Block) -> bool {
    b.heading == 0 && b.words >= 30 && link_density(b) < 0.5
}

/// A list item: a bulleted ("- ") or numbered ("3. ") line as the walk writes it.
fn is_list_item(b: &Block) -> bool {
    b.heading == 0
        && (b.text.starts_with("- ")
            || b.text.split_once(". ").is_some_and(|(n, _)| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit())
            }))
}

/// A heading's or a list item's words without the bullet and the section number
/// ("- 2.1 Cherry blossom time" and "2.1 Cherry blossom time" → "cherry blossom time").
fn entry_key(text: &str) -> String {
    let t = text.strip_prefix("- ").unwrap_or(text);
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').trim_start();
    t.to_lowercase()
}

/// Which of the surviving blocks are list items that a line of the text announces: the items
/// of a list right after a line (not a heading) ending with a colon ("Many patches were sent
/// for review:", "Here are some of the courses you can take:") belong to the text even when
/// each is a link (the patches, the courses), unless the item repeats a heading further down
/// (a table of contents under "In this post:"). A label or a furniture title before the list
/// ("Xem thêm:", "Read also:", "Table of contents:") announces links, not text.
fn announced_items(live: &[&Block]) -> Vec<bool> {
    let mut out = vec![false; live.len()];
    let mut announced = false;
    // The headings' keys with their positions, made once, on the first announced link item.
    let mut headings: Option<Vec<(usize, String)>> = None;
    for (i, b) in live.iter().enumerate() {
        if !is_list_item(b) {
            announced = b.heading == 0
                && b.text.trim_end().ends_with(':')
                && !is_label(b)
                && !super::boilerplate::is_stop_heading(&b.text);
            continue;
        }
        if announced && link_density(b) > 0.8 {
            let key = entry_key(&b.text);
            let headings = headings.get_or_insert_with(|| {
                let heads = live.iter().enumerate().filter(|(_, h)| h.heading > 0);
                heads.map(|(k, h)| (k, entry_key(&h.text))).collect()
            });
            out[i] = !headings.iter().any(|(k, h)| *k > i && *h == key);
        }
    }
    out
}

/// Least linked section titles in a body for them to be kept ([`is_section_title`]).
const MIN_SECTION_TITLES: usize = 2;

/// A linked sub-heading (`h2`–`h6`) that a section of the text follows (prose or a list, not
/// more links or another heading) and that no date line precedes: the title of a listicle's
/// item linked to its product or source, not a link list; it stays in the body even though it
/// is all link text. Teaser cards (a date, then a linked title) stay out.
fn is_section_title(live: &[&Block], i: usize) -> bool {
    live[i].heading > 1
        && live.get(i + 1).is_some_and(|n| n.heading == 0 && link_density(n) <= 0.5)
        && !(i > 0 && is_dated(live[i - 1]))
}

/// Most words of a block asked whether it is a form's own line
/// ([`super::boilerplate::is_form_status`]): its longest, a prompt.
const FORM_WORDS: u32 = super::boilerplate::FORM_PROMPT_WORDS as u32;

/// The opening words of template filler text, compared ignoring ASCII case.
const FILLER: &[u8] = b"lorem ipsum";

/// Template filler text ("Lorem ipsum dolor sit amet…", "Lorem Ipsum"): a placeholder the
/// page's template never replaced, not content.
fn is_filler(b: &Block) -> bool {
    b.text.as_bytes().windows(FILLER.len()).any(|w| w.eq_ignore_ascii_case(FILLER))
}

/// A block that opens with template filler ("Lorem ipsum dolor sit amet…"): a constant-time
/// test run on every paragraph, where [`is_filler`] looks through the whole text.
fn opens_with_filler(b: &Block) -> bool {
    b.text
        .trim_start()
        .as_bytes()
        .get(..FILLER.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(FILLER))
}

/// Most words of a form's consent notice ([`is_consent_notice`]).
const CONSENT_WORDS: u32 = 80;

/// The consent notice of a sign-up or comment form: "By signing up, you agree to receive
/// …", "By clicking Sign Me Up, you confirm you are 16+ …", "By posting a comment, you consent
/// to …" — a sentence opening with "By …ing" in which the reader agrees to something.
fn is_consent_notice(b: &Block) -> bool {
    const AGREES: &[&str] =
        &["you agree", "you confirm", "you consent", "you accept", "you acknowledge"];
    if b.words > CONSENT_WORDS {
        return false;
    }
    let mut words = b.text.split_whitespace();
    let by = words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let verb = words.next().is_some_and(|w| w.trim_end_matches(',').ends_with("ing"));
    if !(by && verb) {
        return false;
    }
    let t = b.text.to_lowercase();
    AGREES.iter().any(|a| t.contains(a))
}

/// A stand-alone widget label ("Table of contents", "Read more", "Advertisement").
fn is_label(b: &Block) -> bool {
    b.words <= 8 && super::boilerplate::is_label_line(&b.text)
}

/// Least prose words of the article before a stop heading may end it.
const MIN_WORDS_BEFORE_STOP: u64 = 50;

/// Most words of a feedback form's title ("Ý kiến của bạn"): a cheap test before the label's key.
const FEEDBACK_FORM_WORDS: u32 = 6;

/// How many blocks of the container's surviving blocks (in document order) belong to the
/// article when a heading that opens the furniture after an article ("Related articles",
/// "About the author", "Comments", "Tin liên quan") stands among them: the first such heading
/// after at least [`MIN_WORDS_BEFORE_STOP`] words of prose ends the article when what follows
/// looks like furniture rather than more of the article: at most twice the prose before it,
/// and either link text for a quarter of its characters (teaser titles) or at most half the
/// prose before it. A section of the article that happens to be headed "Recommended reading"
/// and goes on in long paragraphs stays. A plain line (not a heading element) counts only when
/// it is short, not a label for a list ("Also read:") and followed by teaser links or by at
/// most a quarter of the prose before it (an author's bio under "About the author"). A stop
/// heading with much more text after it (a teaser box inside the article) does not end the
/// body, but a later one still may.
fn stop_cut(live: &[&Block]) -> usize {
    let prose = |b: &Block| if is_prose(b) { u64::from(b.words) } else { 0 };
    let total: u64 = live.iter().map(|b| prose(b)).sum();
    let mut before = 0u64;
    for (i, b) in live.iter().enumerate() {
        before += prose(b);
        // A widget title may be a plain line ("<div class=title>Related posts</div>"), but not
        // a label introducing a list inside the text ("Also read:").
        let line = b.heading == 0;
        let paywall = b.words <= 20 && super::boilerplate::is_paywall_line(&b.text);
        // The outlet's imprint ("Tổng biên tập: …") after the text, with little prose after it.
        if before >= MIN_WORDS_BEFORE_STOP
            && super::boilerplate::is_imprint_line(&b.text)
            && (total - before + prose(b)) * 2 <= before - prose(b)
        {
            return i;
        }
        // A reader's feedback form, heading or plain line: whatever follows (its notice, the
        // outlet's lists) is not the article's.
        if before >= MIN_WORDS_BEFORE_STOP
            && b.words <= FEEDBACK_FORM_WORDS
            && super::boilerplate::is_feedback_form_title(&b.text)
        {
            return i;
        }
        if before < MIN_WORDS_BEFORE_STOP
            || (!paywall
                && ((line && (b.words > 6 || b.text.ends_with(':') || link_density(b) > 0.5))
                    || !super::boilerplate::is_stop_heading(&b.text)))
        {
            continue;
        }
        let after = total - before;
        if after > 2 * before {
            // A teaser box inside the article ("Related" then more of the text): look on.
            continue;
        }
        let rest = &live[i + 1..];
        let chars: u64 = rest.iter().map(|b| u64::from(b.chars)).sum();
        let links: u64 = rest.iter().map(|b| u64::from(b.link_chars)).sum();
        let small = if line { after * 4 <= before } else { after * 2 <= before };
        if links * 4 >= chars || small {
            return i;
        }
    }
    live.len()
}

/// Last blocks of the body among which a site's closing note is looked for.
const CLOSING_NOTE_BLOCKS: usize = 3;
/// Most of the body's words, in tenths, that a closing note and what follows it may hold.
const CLOSING_NOTE_TENTHS: u64 = 3;

/// Where the body `kept[start..end]` ends when a note the site prints after its articles
/// ([`super::boilerplate::is_closing_note`]: a copyright or tags line, "About the author", an
/// affiliate-links notice, a call to follow the site or to sign up) stands among its last
/// [`CLOSING_NOTE_BLOCKS`] blocks: the first such block, when it and what follows hold at most
/// [`CLOSING_NOTE_TENTHS`] tenths of the body's words. A list item is the text's own (a
/// product "linked with an affiliate link" in a list of them).
fn closing_note_cut(kept: &[&Block], start: usize, end: usize) -> usize {
    let Some(body) = kept.get(start..end) else { return end };
    let total: u64 = body.iter().map(|b| u64::from(b.words)).sum();
    let from = body.len().saturating_sub(CLOSING_NOTE_BLOCKS);
    let Some(i) = (from..body.len())
        .find(|&i| !is_list_item(body[i]) && super::boilerplate::is_closing_note(&body[i].text))
    else {
        return end;
    };
    let after: u64 = body[i..].iter().map(|b| u64::from(b.words)).sum();
    if after * 10 <= total * CLOSING_NOTE_TENTHS {
        start + i
    } else {
        end
    }
}

/// Blocks at the top of the body among which a byline or date line closes the page's head.
const HEAD_BLOCKS: usize = 8;
/// Most prose words above such a line (a headline and a standfirst) for them to be the head.
const HEAD_PROSE_WORDS: u64 = 80;

/// A short line of article metadata: a date ("Tuesday February 11 2025", "24/07/2025 14:26"),
/// a byline or a reading time ([`super::boilerplate::is_byline_line`]); not a list item or a
/// table row (a line whose parts a " | " separates, unless it gives a reading time:
/// "Bridgestone Team | 5 min read"), which may hold dates inside the text.
fn is_meta_line(b: &Block) -> bool {
    b.heading == 0
        && !b.text.starts_with("- ")
        && (!b.text.contains(" | ") || super::boilerplate::has_reading_time(&b.text))
        && ((b.words <= 8 && has_full_date(&b.text)) || super::boilerplate::is_byline_line(&b.text))
}

/// A whole date: day, month and year in digits ("24/07/2025", "2025-07-24", "23.07.2025") or
/// with a month name ([`has_month_date`]); a range or a ratio ("2024-25", "3.5") is not one.
fn has_full_date(text: &str) -> bool {
    let digits_date =
        text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '·' | '|' | '•')).any(|w| {
            let parts: Vec<&str> = w.split(['/', '-', '.']).collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
                && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
                && (parts[0].len() == 4 || parts[2].len() == 4 || parts[2].len() == 2)
        });
    digits_date || has_month_date(text)
}

/// Where the body starts when its first blocks are the page's head: the last byline or date
/// line among the first [`HEAD_BLOCKS`], or the page's title (the body's only `h1`), ends it,
/// with what stands above (a standfirst that repeats the page's description, a disclosure, the
/// title again) when that is at most [`HEAD_PROSE_WORDS`] of prose and the text goes on after
/// it.
fn head_cut(kept: &[&Block], start: usize, end: usize) -> usize {
    // The page's title, when the body holds a single `h1` (pages that head their sections
    // with `h1` have several).
    let title = kept.iter().filter(|b| b.heading == 1).count() == 1;
    let mut prose = 0u64;
    let mut cut = None;
    for (i, b) in kept.iter().enumerate().take(end.min(start + HEAD_BLOCKS)).skip(start) {
        if is_meta_line(b) || (title && b.heading == 1) {
            cut = Some((i + 1, prose));
        } else if is_prose(b) {
            prose += u64::from(b.words);
        }
    }
    match cut {
        Some((c, above))
            if above <= HEAD_PROSE_WORDS
                && kept.get(c..end).is_some_and(|rest| rest.iter().any(|b| is_prose(b))) =>
        {
            c
        }
        _ => start,
    }
}

/// Most words of a heading above the first paragraph taken as the text's: a standfirst set
/// in an `h2`–`h4` runs to 50 words and more.
const LEAD_HEADING_WORDS: u32 = 80;

/// Walks back from the first prose block over headings and lead fragments that belong to
/// the article (but not the page's h1 title, nor a furniture heading such as "Related").
fn leading_context(kept: &[&Block], start: usize, els: &[El]) -> usize {
    let mut s = start;
    while s > 0 {
        let b = kept[s - 1];
        let heading = els.get(b.owner).is_some_and(|e| e.heading > 1);
        if heading && b.words <= LEAD_HEADING_WORDS && !super::boilerplate::is_stop_heading(&b.text)
        {
            s -= 1;
        } else {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, expected_first_words: &str, must_not_contain: &[&str]) {
        let doc = Html::parse_document(html);
        let out = main_content(&doc);
        assert!(
            out.starts_with(expected_first_words),
            "expected start {expected_first_words:?}, got {out:?}"
        );
        for bad in must_not_contain {
            assert!(!out.contains(bad), "{bad:?} should be gone from {out:?}");
        }
    }

    const PARA: &str = "The provincial council met on Tuesday to discuss the budget, and members \
                        agreed that the new road will be finished before the rainy season begins.";
    /// A second, different paragraph (a repeated one is kept once).
    const PARA2: &str = "The provincial council then heard farmers, who asked for the canal to be \
                         dredged before planting and for a bridge on the new road.";

    #[test]
    fn extraction_cases() {
        let article = format!(
            "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
             <div class='content'><h1>Big title</h1><p>{PARA}</p><p>{PARA}</p>\
             <div class='share-bar'><a href='#'>Share on Facebook</a></div></div>\
             <footer>Copyright 2024 Example Media. All rights reserved.</footer></body></html>"
        );
        let with_caption = format!(
            "<html><body><article><p>{PARA}</p><figure><img src='a.jpg'>\
             <figcaption>Photo: the council hall at dawn.</figcaption></figure>\
             <p>{PARA}</p></article></body></html>"
        );
        let with_list = format!(
            "<html><body><div id='main'><p>{PARA}</p><ul><li>First point kept</li>\
             <li>Second point kept</li></ul><p>{PARA}</p></div>\
             <aside><h3>Related</h3><ul><li><a href='/x'>Other story one</a></li>\
             <li><a href='/y'>Other story two</a></li></ul></aside></body></html>"
        );
        let with_comments = format!(
            "<html><body><article><p>{PARA}</p></article><div id='comments'>\
             <p>Great article, thanks for writing it, I really enjoyed reading it today.</p>\
             </div><script>var x = 1;</script></body></html>"
        );
        let cases: Vec<(String, &str, Vec<&str>)> = vec![
            (article, "The provincial council", vec!["Home", "Share", "Copyright", "Big title"]),
            (with_caption, "The provincial", vec!["Photo:"]),
            (with_list, "The provincial", vec!["Other story", "Related"]),
            (with_comments, "The provincial", vec!["Great article", "var x"]),
            (
                format!(
                    "<html><body><div class='post-meta'>By Jane Doe, 3 min read</div>\
                     <div class='entry'><p>{PARA}</p><p>{PARA}</p></div></body></html>"
                ),
                "The provincial",
                vec!["Jane Doe", "min read"],
            ),
            (
                format!(
                    "<html><body><div class='sidebar-content'><p>{PARA}</p><p>{PARA}</p></div>\
                     <div class='sidebar'><p>Short promo.</p></div></body></html>"
                ),
                "The provincial",
                vec!["Short promo"],
            ),
            (
                format!(
                    "<html><body><div hidden><p>{PARA}</p><p>{PARA}</p></div>\
                     <span class='sr-only'>Skip to main content</span></body></html>"
                ),
                "The provincial",
                vec!["Skip to"],
            ),
            (
                format!(
                    "<html><body><article><h2>Budget details</h2><p>{PARA}</p>\
                     <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Road</td><td>5</td></tr>\
                     </table><ol><li>First step</li><li>Second step</li></ol><p>{PARA}</p>\
                     </article></body></html>"
                ),
                "Budget details\n\nThe provincial",
                vec![],
            ),
            (
                // A Vietnamese CMS's related box ("lq": liên quan), a teaser's plain sapo inside.
                format!(
                    "<html><body><article><p>{PARA}</p><p>{PARA}</p></article>\
                     <div class='box-new-lq'><h2>Tin liên quan</h2><article><h3><a href='/x'>\
                     Other story</a></h3><div class='box-category-sapo'>Teaser sentence of \
                     another story that is long enough to read as a paragraph of prose.</div>\
                     </article></div><div id='binhluan'><p>Reader comment text here.</p></div>\
                     </body></html>"
                ),
                "The provincial",
                vec!["Teaser sentence", "Tin liên quan", "Reader comment"],
            ),
            (
                // A hidden cookie dialog holding more prose than the short article.
                format!(
                    "<html><body><article><p>{PARA}</p></article>\
                     <div role='dialog' aria-hidden='true'><p>Cookie policy. {PARA2}</p>\
                     <p>Cookie settings. {PARA2} {PARA2}</p></div></body></html>"
                ),
                "The provincial council met",
                vec!["Cookie"],
            ),
            (
                // The page's head inside the article: a standfirst, then a byline and a date
                // line without telling class names; the text starts after them.
                format!(
                    "<html><body><article><h1>Big title</h1><p>What the council decided on \
                     the road, and why it matters to farmers.</p><div>By Jane Doe</div>\
                     <div>March 3, 2025</div><div>Staff writer</div><p>{PARA}</p><p>{PARA2}</p>\
                     </article></body></html>"
                ),
                "The provincial council met",
                vec!["Jane Doe", "What the council", "March 3", "Staff writer"],
            ),
            (
                // A heading's id that spells its own words is an anchor, not a name: "popular"
                // here says what the section is about.
                format!(
                    "<html><body><article><h2 id='h-popular-tools'>Popular tools</h2>\
                     <p>{PARA}</p><p>{PARA2}</p><h3 id='popular-posts'>More</h3></article>\
                     </body></html>"
                ),
                "Popular tools\n\nThe provincial council met",
                vec!["More"],
            ),
            (
                // A heading listed in the table of contents is a heading of the text; the
                // table itself goes.
                format!(
                    "<html><body><article><div class='toc'><a href='#b'>Budget details</a></div>\
                     <h2 class='toc' id='toc_budget'>Budget details</h2><p>{PARA}</p>\
                     <p>{PARA2}</p></article></body></html>"
                ),
                "Budget details\n\nThe provincial council met",
                vec![],
            ),
            (
                // A disclosure above the page's title (the body's only h1): the head.
                format!(
                    "<html><body><article><p>We may earn a commission when you buy through \
                     links on this page.</p><h1>Big title</h1><p>{PARA}</p><p>{PARA2}</p>\
                     </article></body></html>"
                ),
                "The provincial council met",
                vec!["commission", "Big title"],
            ),
            (
                // Undated teasers after the article (a linked title and its summary in a box
                // of their own): cards, left out like dated ones.
                format!(
                    "<html><body><div class='wrap'><article><p>{PARA}</p><p>{PARA2}</p>\
                     <p>{PARA} (2)</p><p>{PARA2} (2)</p><p>{PARA} (3)</p><p>{PARA2} (3)</p>\
                     <p>{PARA} (4)</p></article><div class='list'>{}</div></div></body></html>",
                    ["one", "two", "three", "four"]
                        .map(|n| format!(
                            "<div><h3><a href='/{n}'>Another story number {n}</a></h3><p>Teaser \
                             {n}: the summary of another story, long enough to be a paragraph \
                             of prose with a comma.</p></div>"
                        ))
                        .concat()
                ),
                "The provincial council met",
                vec!["Teaser", "Another story"],
            ),
            (
                // A note's number in the text (an inline element named "footnote") is not a
                // notes section: the paragraph stays whole.
                format!(
                    "<html><body><article><p>{PARA}<sup class='footnote-ref'><a href='#fn1'>1\
                     </a></sup> Marker after the note.</p><p>{PARA2}</p></article></body></html>"
                ),
                "The provincial council met on Tuesday to discuss the budget, and members agreed \
                 that the new road will be finished before the rainy season begins.1 Marker",
                vec![],
            ),
            (
                // The site's own banner and footer (outside any `article` or `main`) are
                // furniture even when they hold more prose than a short page: a mega-menu's
                // program blurbs above it, a legal disclaimer and the addresses below it.
                format!(
                    "<html><body><header><div class='overlay'><p>Programs. {PARA2}</p>\
                     <p>Degrees. {PARA2}</p></div></header><div class='page'><p>{PARA}</p>\
                     </div><footer><p>Disclaimer. {PARA2} {PARA2} {PARA2}</p>\
                     <p>Notice. {PARA2}</p><p>Copyright 2024 Example Media.</p></footer>\
                     </body></html>"
                ),
                "The provincial council met",
                vec!["Programs", "Degrees", "Disclaimer", "Notice", "Copyright"],
            ),
            (
                // A footer inside the article belongs to the text when it holds most of it.
                format!(
                    "<html><body><article><h1>Big title</h1><footer><p>{PARA}</p>\
                     <p>{PARA2}</p></footer></article></body></html>"
                ),
                "The provincial council met",
                vec![],
            ),
            ("".to_string(), "", vec![]),
            ("<html><body></body></html>".to_string(), "", vec![]),
        ];
        for (html, first, bad) in &cases {
            check(html, first, bad);
        }
    }

    #[test]
    fn list_items_inside_content_are_kept() {
        let html = format!(
            "<html><body><div id='main'><p>{PARA}</p><ul><li>First point kept</li>\
             <li>Second point kept</li></ul><p>{PARA}</p></div></body></html>"
        );
        let out = main_content(&Html::parse_document(&html));
        assert!(out.contains("- First point kept\n\n- Second point kept"), "{out:?}");
    }

    #[test]
    fn tables_and_ordered_lists_are_rendered() {
        let html = format!(
            "<html><body><article><p>{PARA}</p><table><tr><th>Item</th><th>Cost</th></tr>\
             <tr><td>Road</td><td>5</td></tr><tr><td>Rail</td><td></td><td>6 km</td></tr></table>\
             <ol start='3'><li>First step</li><li>Second step</li></ol>\
             <p>Source: the council | Photo: the province</p><p>{PARA}</p></article></body></html>"
        );
        let out = main_content(&Html::parse_document(&html));
        // A row's cells are joined with a tab, not with a word; a bar in the text stays.
        for want in [
            "Item\tCost\n\nRoad\t5\n\nRail\t\t6 km",
            "3. First step\n\n4. Second step",
            "Source: the council | Photo: the province",
        ] {
            assert!(out.contains(want), "{want:?} missing from {out:?}");
        }
    }

    #[test]
    fn odd_documents_are_handled() {
        let deep = format!("{}{PARA}{}", "<div>".repeat(5000), "</div>".repeat(5000));
        let cases: Vec<(String, &str)> = vec![
            (deep, "The provincial"),
            (format!("<p>{PARA}<li>loose item<td>cell"), "The provincial"),
            (format!("<table><tr><td><p>{PARA}</p></td></tr></table>"), "The provincial"),
            ("<a href=x><div><p>Tiếng Việt có dấu, được giữ nguyên.</p></div></a>".into(), ""),
        ];
        for (html, first) in &cases {
            let out = main_content(&Html::parse_document(html));
            assert!(out.starts_with(first), "{first:?} vs {out:?}");
        }
    }

    #[test]
    fn empty_page_gives_empty_string() {
        for html in ["", "<html></html>", "<p>   </p>", "<script>x</script>"] {
            assert_eq!(main_content(&Html::parse_document(html)), "", "{html:?}");
        }
    }

    fn body(html: &str) -> String {
        main_content(&Html::parse_document(html))
    }

    /// Every `kept` string is in the extracted `out`, no `gone` string is.
    fn assert_kept_and_gone(out: &str, kept: &[&str], gone: &[&str]) {
        for want in kept {
            assert!(out.contains(want), "{want:?} missing from {out:?}");
        }
        for bad in gone {
            assert!(!out.contains(bad), "{bad:?} should be gone from {out:?}");
        }
    }

    /// A page with `inner` between two article paragraphs' worth of prose and the furniture.
    fn check_stop_cut(after_article: &str, kept: &[&str], gone: &[&str]) {
        let html = format!(
            "<html><body><div class='post'><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>\
             {after_article}</div></body></html>"
        );
        assert_kept_and_gone(&body(&html), kept, gone);
    }

    #[test]
    fn lines_a_colon_announces_stay() {
        let intro = "<p>Readers can see the newest pictures of the council hall, the new road \
                     and the canal below:</p>";
        let pictures = "<div><img src='a.jpg'></div><div>The council hall at dawn after the \
                        rain</div><div><img src='b.jpg'></div><div>The new road seen from the \
                        canal bridge</div><div><b>Jane Doe</b></div>";
        let patches = "<ul><li><a href='/1'>libgccjit: Fix volatile loads and stores</a></li>\
                       <li><a href='/2'>libgccjit: Add support for packed struct</a></li></ul>";
        let cases: Vec<(String, Vec<&str>, Vec<&str>)> = vec![
            // The captions after the announcing paragraph are the text's; the byline is not.
            (format!("{intro}{pictures}"), vec!["at dawn", "canal bridge"], vec!["Jane Doe"]),
            // Without the colon the short lines after the last paragraph are not the text.
            (
                format!("{}{pictures}", intro.replace("below:", "below.")),
                vec!["canal below."],
                vec!["at dawn", "canal bridge"],
            ),
            // The linked items of a list that a line ending with a colon announces are the
            // text's (the patches sent); without the colon they are a list of links.
            (
                format!("<p>Many patches were sent for review:</p>{patches}<p>{PARA}</p>"),
                vec!["- libgccjit: Fix volatile loads", "- libgccjit: Add support for packed"],
                vec![],
            ),
            (
                format!("<p>Many patches were sent for review.</p>{patches}<p>{PARA}</p>"),
                vec!["sent for review."],
                vec!["Fix volatile loads", "packed struct"],
            ),
            // A furniture title with a colon announces links to other articles.
            (
                format!("<p>Xem thêm:</p>{patches}<p>{PARA}</p>"),
                vec![],
                vec!["Fix volatile loads", "packed struct"],
            ),
            (
                format!("<p>Read also:</p>{patches}<p>{PARA}</p>"),
                vec![],
                vec!["Fix volatile loads", "packed struct"],
            ),
            // Items that repeat the headings below are a table of contents.
            (
                format!(
                    "<p>In this post:</p><ul><li><a href='#a'>1. Where to stay</a></li>\
                     <li><a href='#b'>2. What to eat</a></li></ul><h2>1. Where to stay</h2>\
                     <p>{PARA}</p><h2>2. What to eat</h2><p>{PARA}</p>"
                ),
                vec!["In this post:\n\n1. Where to stay"],
                vec!["- 1. Where", "- 2. What"],
            ),
        ];
        for (after, kept, gone) in cases {
            check_stop_cut(&after, &kept, &gone);
        }
    }

    #[test]
    fn closing_lines_stay() {
        let cta = "<p>Ready to plan your road? <a href='/demo'>Book a free demo with our team</a> \
                   today.</p>";
        let cases: Vec<(String, Vec<&str>, Vec<&str>)> = vec![
            // A call to action around its link closes the article; the share button after it
            // is debris.
            (
                format!("{cta}<div><a href='/s'>Share</a></div>"),
                vec!["Ready to plan your road? Book a free demo"],
                vec!["Share"],
            ),
            // The sources the article names, and the short line between them, stay.
            (
                "<p>Sources:</p><p><a href='/a'>What is skiplagging? The cheap travel hack \
                 airlines fight</a> from The Independent</p>"
                    .to_string(),
                vec!["Sources:", "What is skiplagging?"],
                vec![],
            ),
            // A dated teaser of another article after the closing line goes.
            (
                format!(
                    "{cta}<ul><li><a href='/x'>Top yoga retreats in Oregon for the coming year\
                     </a> - November 27, 2025</li></ul>"
                ),
                vec!["Book a free demo"],
                vec!["Top yoga retreats"],
            ),
            // A list closing the article (pros and cons) is its text.
            (
                "<h3>Pros</h3><ul><li>Cheap to run</li><li>Quiet motor</li></ul>".to_string(),
                vec!["Pros\n\n- Cheap to run\n\n- Quiet motor"],
                vec![],
            ),
            // A chart's title (no punctuation, no link) is not a closing line.
            (
                "<div>Council spending on roads and canals over the last ten years</div>"
                    .to_string(),
                vec![],
                vec!["Council spending"],
            ),
            // Past twenty words of debris after the text (a tag cloud), a later sentence is no
            // closing line of the article.
            (
                format!(
                    "<div>{}</div>{cta}",
                    ["roads", "canals", "bridges", "budget", "council", "farmers", "rain"]
                        .iter()
                        .map(|t| format!("<div><a href='/t/{t}'>{t} news</a> 2025</div>"))
                        .collect::<String>()
                ),
                vec![],
                vec!["Book a free demo", "bridges news"],
            ),
        ];
        for (after, kept, gone) in cases {
            check_stop_cut(&after, &kept, &gone);
        }
    }

    #[test]
    fn stop_headings_end_the_body() {
        let teaser = "Another story about the harbour that readers liked a lot this week, with \
                      photos, quotes and a short summary of what happened next.";
        let cases: Vec<(String, Vec<&str>, Vec<&str>)> = vec![
            // A related box without a class name: heading, linked titles, teaser summaries.
            (
                format!(
                    "<h3>Related Articles</h3>\
                     <h4><a href='/a'>Harbour works resume after the long winter break</a></h4>\
                     <p>{teaser}</p>\
                     <h4><a href='/b'>Bridge over the river opens two months early</a></h4>\
                     <p>{teaser}</p>"
                ),
                vec!["The provincial council"],
                vec!["Related Articles", "Another story"],
            ),
            // An author box after the article.
            (
                "<h2>About the author</h2><p>Jane Doe has covered the provincial council for \
                 ten years, and before that she wrote about farming and water.</p>"
                    .to_string(),
                vec!["The provincial council"],
                vec!["About the author", "Jane Doe"],
            ),
            // Vietnamese label.
            (
                format!(
                    "<h2>Tin liên quan</h2><p><a href='/c'>Cầu mới thông xe</a></p><p>{teaser}</p>"
                ),
                vec!["The provincial council"],
                vec!["Tin liên quan", "Another story"],
            ),
            // A section of the article that happens to carry such a heading goes on in long
            // paragraphs without links: it stays.
            (
                format!("<h2>Recommended reading</h2><p>{PARA}</p><p>{teaser}</p>"),
                vec!["Recommended reading", "Another story"],
                vec![],
            ),
            // Not a heading element: an inline "Related:" line does not end the body.
            (format!("<p>Related:</p><p>{teaser}</p>"), vec!["Another story"], vec![]),
            // A plain line followed by a short bio without links.
            (
                "<div class='title'>About the author</div><p>Jane Doe has covered the council \
                 for ten years.</p>"
                    .to_string(),
                vec!["The provincial council"],
                vec!["About the author", "Jane Doe"],
            ),
            // A plain line followed by as much prose as the article: not the end.
            (format!("<div>Comments</div><p>{PARA}</p><p>{PARA}</p>"), vec!["Comments"], vec![]),
            // The outlet's imprint after the text (no heading before it).
            (
                "<p>Tổng biên tập: Trần Minh Hùng. Thư ký tòa soạn: Hồng Văn. Tòa soạn: Số 35 Nam \
                 Kỳ Khởi Nghĩa, Quận 1, Thành phố Hồ Chí Minh.</p><p>Giấy phép Báo điện tử số: \
                 2302/GP-BTTTT, cấp ngày 29/11/2012</p>"
                    .to_string(),
                vec!["The provincial council"],
                vec!["Tổng biên tập", "Giấy phép"],
            ),
            // A paywall line and the subscription pitch after it.
            (
                "<p>Become a paid subscriber to Example to unlock this piece and learn about:</p>\
                 <ol><li>The planning setup that saves you a week every quarter</li>\
                 <li>Why your next plan should start with a voice memo</li></ol>"
                    .to_string(),
                vec!["The provincial council"],
                vec!["paid subscriber", "voice memo"],
            ),
            // A reader's feedback form: its title, a plain line, ends the article, although
            // the form's notice and the paragraphs after it are prose.
            (
                format!(
                    "<div><span>GỬI PHẢN HỒI</span></div><div>Tên của bạn (*)</div>\
                     <div>Mã xác nhận</div><p>Báo điện tử hoan nghênh ý kiến của bạn đọc. Các \
                     thảo luận sẽ được xem xét trước và có thể được lược trích khi đăng tải.</p>\
                     <p>{PARA2}</p><p>{PARA2} Again.</p><p>{PARA2} Once more.</p>"
                ),
                vec!["The provincial council met"],
                vec!["GỬI PHẢN HỒI", "Mã xác nhận", "hoan nghênh", "heard farmers"],
            ),
            // A teaser box inside the article does not stop the search for the end.
            (
                format!(
                    "<h3>Related</h3><p><a href='/a'>Harbour works resume</a></p>\
                     <p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>\
                     <p>{PARA}</p><p>{PARA}</p><h3>Read next</h3>\
                     <h4><a href='/b'>Bridge over the river opens two months early</a></h4>\
                     <p>{teaser}</p>"
                ),
                vec!["The provincial council"],
                vec!["Read next", "Another story"],
            ),
        ];
        for (after, kept, gone) in &cases {
            check_stop_cut(after, kept, gone);
        }
    }

    #[test]
    fn linked_paragraphs_at_the_ends_are_kept() {
        let linked = "Python makes automation far easier. If you are not sure where to start, \
                      check out <a href='/a'>these seven tiny Python scripts that can save you \
                      hours every week</a>, or <a href='/b'>these three</a> automation scripts that \
                      replace paid apps in your stack.";
        let menu = "<a href='/a'>Home page of the site</a> <a href='/b'>All the news of the \
                    day</a> and more";
        for (html, kept) in [
            (format!("<div class='post'><p>{PARA}</p><p>{PARA}</p><p>{linked}</p></div>"), true),
            (format!("<div class='post'><p>{linked}</p><p>{PARA}</p><p>{PARA}</p></div>"), true),
            // Short and mostly links: still debris.
            (format!("<div class='post'><p>{PARA}</p><p>{PARA}</p><p>{menu}</p></div>"), false),
        ] {
            let out = body(&format!("<html><body>{html}</body></html>"));
            let found = out.contains("Python makes") || out.contains("Home page");
            assert_eq!(found, kept, "{out:?}");
        }
    }

    /// A page whose article is `<div class='post'>` with a body box of four paragraphs and
    /// `after` behind it.
    fn check_after_body(after: &str, kept: &[&str], gone: &[&str]) {
        let html = format!(
            "<html><body><div class='post'><h1>Title</h1><p class='lead'>The lead of the story, \
             long enough to be a paragraph of prose on its own.</p><div class='body'><p>{PARA}\
             </p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div>{after}</div></body></html>"
        );
        assert_kept_and_gone(&body(&html), kept, gone);
    }

    #[test]
    fn boxes_after_the_body_are_furniture() {
        let bio = "<div class='x1'><p>Jane Doe is a freelance writer who has covered local \
                   politics, farming and water for ten years.</p></div>";
        let cta = "<section><h3>Ready to grow?</h3><p>Book a free demo today and see how our \
                   platform can help your team save hours every week.</p></section>";
        let closing = "<p>The council will meet again in March, when the road's budget is due \
                       for a final vote.</p>";
        let second_part = format!("<div class='part2'><p>{PARA}</p><p>{PARA}</p></div>");
        let cases: Vec<(String, Vec<&str>, Vec<&str>)> = vec![
            // An unnamed bio box and a call to action after the body.
            (format!("{bio}{cta}"), vec!["The lead", "The provincial"], vec!["Jane", "demo"]),
            // A closing paragraph standing after the body box is the article's.
            (format!("{closing}{bio}"), vec!["will meet again"], vec!["Jane"]),
            // A second part of the text with half the body's prose stays.
            (second_part, vec!["The lead"], vec![]),
        ];
        for (after, kept, gone) in &cases {
            check_after_body(after, kept, gone);
        }
        // The article told in sections: after a body that is a `section`, a `section` that
        // opens with a heading at the body's level is its next section; one opening with a
        // heading at another level, or a `div`, is not.
        let part = |tag: &str, h: &str, text: &str| {
            format!("<{tag} class='part'><{h}>Heading</{h}><p>{text}</p></{tag}>")
        };
        let body4 = format!(
            "<section class='part'><h2>The budget</h2><p>{PARA}</p><p>{PARA2}</p><p>{PARA} \
             (2)</p><p>{PARA2} (2)</p></section>"
        );
        let next = "Marker: the next part of the story, told in a paragraph long enough to be \
                    prose, with a comma.";
        for (after, kept) in [
            (part("section", "h2", next), true),
            (part("section", "h3", next), false),
            (part("div", "h2", next), false),
        ] {
            let html = format!("<html><body><div class='post'>{body4}{after}</div></body></html>");
            assert_eq!(body(&html).contains("Marker"), kept, "{after:?}");
        }
        // A page builder's next block of the text: a box named as the body, opening with a
        // paragraph, after it; a box named otherwise, or opening with a short line, is not.
        let para = "Marker: the story goes on in the builder's next block, a paragraph long \
                    enough to be prose.";
        for (after, kept) in [
            (format!("<div class='body'><p>{para}</p></div>"), true),
            (format!("<div class='x1'><p>{para}</p></div>"), false),
            (format!("<div class='body'><p>Marker: share it.</p><p>{para}</p></div>"), false),
        ] {
            check_after_body(
                &after,
                if kept { &["Marker"] } else { &[] },
                if kept { &[] } else { &["Marker"] },
            );
        }
        // A box sharing only a grid's class names with the body (a related story's teaser in
        // the same column) is not the text's next block.
        for (class, kept) in [("col-md-8", false), ("row col-12", false), ("entry col-md-8", true)]
        {
            let html = format!(
                "<html><body><div class='post'><div class='{class}'><p>{PARA}</p><p>{PARA}</p>\
                 <p>{PARA}</p><p>{PARA}</p></div><div class='{class}'><p>{para}</p></div></div>\
                 </body></html>"
            );
            assert_eq!(body(&html).contains("Marker"), kept, "{class:?}");
        }
        for (class, grid) in [
            ("col-md-8", true),
            ("pure-u-1-2", true),
            ("small-12", true),
            ("columns", true),
            ("et_pb_row", false),
            ("sqs-block", false),
            ("entry-content", false),
        ] {
            assert_eq!(is_grid_class(class), grid, "{class:?}");
        }
        // The second part is really there: six paragraphs in all.
        let p: Vec<String> = (1..=6).map(|i| format!("{PARA} ({i})")).collect();
        let html = format!(
            "<html><body><div class='post'><div class='body'><p>{}</p><p>{}</p><p>{}</p>\
             <p>{}</p></div><div class='part2'><p>{}</p><p>{}</p></div></div></body></html>",
            p[0], p[1], p[2], p[3], p[4], p[5]
        );
        assert_eq!(body(&html).matches("The provincial council").count(), 6);
    }

    #[test]
    fn a_form_s_own_lines_are_left_out() {
        let form = "<div><p>Fill out the form to get a copy of our ebook.</p><p>Thank you! Your \
                    submission has been received!</p></div>";
        check(
            &format!(
                "<html><body><article><p>{PARA}</p>{form}<p>{PARA2}</p></article></body></html>"
            ),
            "The provincial council met",
            &["Fill out", "Thank you"],
        );
    }

    #[test]
    fn a_page_whose_text_is_all_in_its_footer_is_not_empty() {
        // The site's footer is furniture beside a text; on a landing page whose only prose is
        // the call box in its footer, that box is the text.
        let footer = "<footer><h5>Experience Real Results.</h5><p>Partner with our agency and \
                      scale your business, whatever its size, this year.</p></footer>";
        let grid = "<main><ul><li><a href='/a'>All</a></li><li><a href='/b'>Nutrition</a></li>\
                    </ul><div><a href='/c'><img src='c.jpg'></a></div></main>";
        let out = body(&format!("<html><body>{grid}{footer}</body></html>"));
        assert!(out.contains("Partner with our agency"), "{out:?}");
        // Beside an article it stays out.
        let out = body(&format!(
            "<html><body><main><p>{PARA}</p><p>{PARA2}</p></main>{footer}</body></html>"
        ));
        assert!(!out.contains("Partner with our agency"), "{out:?}");
        // An outlet's masthead footer is never the text: a video page with no text stays empty.
        let masthead = "<footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Ví Dụ. Giấy phép hoạt \
                        động báo điện tử số 123/GP-BTTTT.</p><p>Tổng biên tập: Nguyễn Văn An. \
                        Địa chỉ: số 1 đường Lê Lợi, thành phố Ví Dụ.</p><p>Không được sao chép \
                        lại nội dung khi chưa có sự đồng ý bằng văn bản của tòa soạn.</p></footer>";
        let video = "<main><div class='video-player'><video src='/v/1.mp4'></video></div></main>";
        let out = body(&format!("<html><body>{video}{masthead}</body></html>"));
        assert_eq!(out, "", "{out:?}");
    }

    #[test]
    fn boxes_after_the_closing_links_are_furniture() {
        let links = "<table><tr><td><a href='/a'><h2>Another story of the same section</h2>\
                     <p>Its teaser, all of it inside the link to that story.</p></a></td></tr>\
                     </table>";
        let notice = "<div class='notebox'><p>Marker: the newsroom presents its book series, \
                      a shelf of titles on business and the economy for curious readers.</p></div>";
        let section = "<div><h2>Marker heading</h2><p>The next part of the story, told in a \
                       paragraph long enough to be prose, with a comma and a full stop.</p></div>";
        for (after, kept) in [
            // A promotion after the related links that close the article.
            (format!("{links}{notice}"), false),
            // The same box right after the last paragraph stays.
            (notice.to_string(), true),
            // A section with its own heading after the links: the article goes on.
            (format!("{links}{section}"), true),
        ] {
            let html = format!(
                "<html><body><div class='story'><p>{PARA}</p><p>{PARA2}</p><p>{PARA} 2</p>\
                 <p>{PARA2} 2</p><p>{PARA} 3</p>{after}</div><footer>Site footer</footer>\
                 </body></html>"
            );
            assert_eq!(body(&html).contains("Marker"), kept, "{after:?}");
        }
    }

    #[test]
    fn hidden_texts_do_not_keep_a_sidebar() {
        // A sidebar of teasers, each with the full text of its story behind a "more" button.
        let full = format!("{PARA2} {PARA2} {PARA2} {PARA2}");
        let teaser = |i: usize| {
            format!(
                "<li><h3><a href='/s{i}'>Story number {i} of the week</a></h3><p>Marker teaser \
                 {i}, a sentence long enough to read as prose on its own. <span hidden>{full}\
                 </span></p></li>"
            )
        };
        let items: String = (0..4).map(teaser).collect();
        let html = format!(
            "<html><body><div class='page'><div class='main'><p>{PARA}</p><p>{PARA2}</p>\
             <p>{PARA} 2</p><p>{PARA2} 2</p></div><aside class='sidebar'><ul>{items}</ul>\
             </aside></div></body></html>"
        );
        let out = body(&html);
        assert!(out.starts_with("The provincial council met"), "{out:?}");
        assert!(!out.contains("Marker"), "{out:?}");
    }

    fn check_repeats(inner: &str, text: &str, copies: usize) {
        let html = format!(
            "<html><body><article><p>{PARA}</p>{inner}<p>{PARA}</p></article></body></html>"
        );
        let out = body(&html);
        assert_eq!(out.matches(text).count(), copies, "{text:?} in {out:?}");
    }

    #[test]
    fn repeated_blocks_are_kept_once() {
        let quote =
            "Readers who joined the newsletter this year said it was the best thing they read.";
        for (inner, text, copies) in [
            // The same paragraph twice (for phones and for desktops): once.
            (format!("<p>{quote}</p><div><p>{quote}</p></div>"), quote, 1),
            // Short list items repeat legitimately (the same step every week).
            (
                "<ul><li>Warm up for ten minutes</li></ul><p>Week two.</p>\
                 <ul><li>Warm up for ten minutes</li></ul>"
                    .to_string(),
                "Warm up for ten minutes",
                2,
            ),
            // Short lines too.
            ("<p>Reply</p><p>Reply</p>".to_string(), "Reply", 2),
            // A paragraph printed four times is a recurring line of the text (the same note
            // under each webcam of a list): every copy stays.
            (format!("<h2>Webcam</h2><p>{quote}</p>").repeat(4), quote, 4),
            // Three times (a carousel's slide and its two clones): once.
            (format!("<h2>Webcam</h2><p>{quote}</p>").repeat(3), quote, 1),
        ] {
            check_repeats(&inner, text, copies);
        }
    }

    #[test]
    fn an_article_printed_twice_is_read_from_one_copy() {
        let para3 = "Members also asked the council to publish the accounts of the road fund \
                     every quarter, so that villagers can see where the money goes.";
        let paras: String = [PARA, PARA2, para3].iter().map(|p| format!("<p>{p}</p>")).collect();
        let links = "<ul><li><a href='/a'>Trang chủ</a></li><li><a href='/b'>Kinh tế</a></li>\
                     <li><a href='/c'>Xã hội</a></li><li><a href='/d'>Văn hóa</a></li></ul>";
        let date = "<p><span class='date'>Chủ Nhật, 24/3/2019, 11:40</span></p>";
        let html = format!(
            "<html><body><form><div><div>{paras}</div>{links}</div>\
             <div>{date}{links}<div>{paras}</div>{links}</div></form></body></html>"
        );
        let out = body(&html);
        assert_eq!(out, format!("{PARA}\n\n{PARA2}\n\n{para3}"));
    }

    #[test]
    fn forms_are_furniture_unless_they_hold_the_page() {
        let signup = "<form action='/subscribe'><p>Join forty thousand readers who get our \
                      weekly letter on farming, water and the provincial budget, every Monday \
                      morning.</p><p>We will never share your address with anyone, and you can \
                      leave the list whenever you like with one click, or write to the \
                      editors with any question about it.</p></form>";
        for (html, kept, gone) in [
            // A sign-up form with two paragraphs of its own after the article.
            (
                format!(
                    "<div class='post'><p>{PARA}</p><p>{PARA2}</p><p>{PARA} (3)</p></div>{signup}"
                ),
                "The provincial council",
                Some("forty thousand"),
            ),
            // A page wrapped in one form (ASP.NET portals): the article is still found.
            (
                format!(
                    "<form id='aspnetForm'><div class='post'><p>{PARA}</p><p>{PARA2}</p>\
                         </div></form>"
                ),
                "The provincial council",
                None,
            ),
        ] {
            let out = body(&format!("<html><body>{html}</body></html>"));
            assert!(out.starts_with(kept), "{out:?}");
            if let Some(bad) = gone {
                assert!(!out.contains(bad), "{bad:?} should be gone from {out:?}");
            }
        }
    }

    #[test]
    fn stop_heading_needs_article_before_it() {
        // A "Related" heading before the prose is not the end of the article (nor its start).
        let html = format!(
            "<html><body><div class='post'><h2>Related</h2><p>{PARA}</p><p>{PARA2}</p>\
             </div></body></html>"
        );
        let out = body(&html);
        assert!(out.starts_with("The provincial council"), "{out:?}");
        assert_eq!(out.matches("The provincial council").count(), 2, "{out:?}");
    }

    fn check_label_dropped(label_html: &str, label: &str) {
        let html = format!(
            "<html><body><article><p>{PARA}</p>{label_html}<p>{PARA2}</p></article></body></html>"
        );
        let out = body(&html);
        assert!(!out.contains(label), "{label:?} should be gone from {out:?}");
        assert_eq!(out.matches("The provincial council").count(), 2, "{out:?}");
    }

    #[test]
    fn widget_labels_are_dropped() {
        for (html, label) in [
            ("<h2>Table of Contents</h2>", "Table of Contents"),
            ("<div>ADVERTISEMENT</div>", "ADVERTISEMENT"),
            ("<p><span>Read more</span></p>", "Read more"),
            ("<div>5 min read</div>", "min read"),
            ("<div>Mục lục</div>", "Mục lục"),
        ] {
            check_label_dropped(html, label);
        }
    }

    fn check_marked(wrapper_attrs: &str, kept: bool) {
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>\
             <div {wrapper_attrs}><p>Marker text of the box, long enough to be a paragraph of \
             prose on its own, with a comma, a full stop and a few more words.</p>\
             <p>A second paragraph of the same box, which is also long enough to count as \
             prose for the extractor, so that weak marks would be overruled.</p></div>\
             </article></body></html>"
        );
        let out = body(&html);
        assert_eq!(out.contains("Marker text"), kept, "{wrapper_attrs:?}: {out:?}");
    }

    #[test]
    fn an_affiliate_disclosure_above_the_text_is_left_out() {
        let note = "Products are chosen independently by our editors. Purchases made through \
                    our links may earn us a commission.";
        // Above the text: left out.
        let html = format!(
            "<html><body><article><p>{note}</p><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p>\
             <p>{PARA2}</p></article></body></html>"
        );
        assert_kept_and_gone(&body(&html), &[PARA, PARA2], &["Products are chosen"]);
        // Further down it is the text's own note: kept.
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p><p>{note}</p>\
             <p>{PARA2}</p></article></body></html>"
        );
        assert_kept_and_gone(&body(&html), &[PARA, PARA2, note], &[]);
    }

    #[test]
    fn nosnippet_article_is_kept() {
        // A page that keeps its whole text out of snippets: the element holds most of the
        // prose, so the mark is overruled.
        let html = format!(
            "<html><body><div data-nosnippet><p>{PARA}</p><p>{PARA2}</p></div>\
             <div class='with-excerpt' data-nosnippet><p>Mira is a writer from Hue who covers \
             the provincial council, and she has done so for ten years now.</p></div>\
             </body></html>"
        );
        let out = body(&html);
        assert_kept_and_gone(&out, &[PARA, PARA2], &["Mira is a writer"]);
        // An inline one is part of its sentence, which stays whole.
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>Giá xăng tăng <span data-nosnippet>200 \
             đồng</span> mỗi lít từ 15 giờ chiều nay theo quyết định của liên bộ.</p>\
             <p>{PARA2}</p></article></body></html>"
        );
        let out = body(&html);
        assert!(out.contains("Giá xăng tăng 200 đồng mỗi lít"), "{out:?}");
    }

    #[test]
    fn names_that_mark_furniture() {
        for (attrs, kept) in [
            // Author boxes are strong furniture, also under joined names.
            ("class='author-box'", false),
            ("class='_authorDescription_15srf_27'", false),
            ("class='post-byline'", false),
            // An id made from a heading's words is an anchor: "menu" in it marks nothing.
            ("id='menu-innovation-strategies-for-caterers'", true),
            // A short id still names the element.
            ("id='main-menu'", false),
            ("class='entry-content'", true),
            // Disclaimers and tooltips.
            ("class='affiliate-disclosure'", false),
            ("class='tooltip-content'", false),
            // The microdata holder of the article's author: an author box.
            ("itemscope itemtype='http://schema.org/Person' itemprop='author'", false),
            ("itemprop='articleBody'", true),
            // Kept out of search snippets by the publisher (an author blurb under the byline).
            ("data-nosnippet", false),
            ("class='with-excerpt' data-nosnippet=''", false),
            // A notes section at the end of the text.
            ("class='footnotes'", false),
            ("id='footnotes-list'", false),
            // A form's or a map's error message, printed for scripts to reveal.
            ("class='w-form-fail'", false),
            ("class='form-error-message'", false),
            ("id='location-error'", false),
        ] {
            check_marked(attrs, kept);
        }
    }

    #[test]
    fn words_split_at_element_edges() {
        for (inner, want) in [
            // A sentence's end, then a capitalised word in the next element.
            (
                "Here is an <a href='/x'>example of a talk we loved.</a>There are few spots.",
                "loved. There",
            ),
            // A word's small letters, then a capitalised word: lines drawn by the styles.
            (
                "<a href='/a'>Bill Callahan</a><em>Lonely City</em> is the album of the year.",
                "Callahan Lonely",
            ),
            // One word split by markup stays one word.
            ("The new i<b>Phone</b> and the Mc<b>Donald</b> menu are both on sale.", "iPhone"),
            ("The new i<b>Phone</b> and the Mc<b>Donald</b> menu are both on sale.", "McDonald"),
            ("<b>W</b>ords in a drop capital open the paragraph of the story.", "Words"),
            // Code is left as it is.
            (
                "Call <code>this.<span>State</span></code> to read the state of the form.",
                "this.State",
            ),
        ] {
            let html = format!(
                "<html><body><article><p>{PARA}</p><p>{inner}</p><p>{PARA2}</p></article></body></html>"
            );
            let out = body(&html);
            assert!(out.contains(want), "{want:?} missing from {out:?}");
        }
    }

    #[test]
    fn a_closing_note_ends_the_body() {
        for (last, kept) in [
            ("<p>Follow AP on Facebook, X, Instagram, YouTube and TikTok</p>", false),
            ("<p>Copyright © 2011, Harvard University. All rights reserved.</p>", false),
            ("<p>Tags: Budget, Roads, Provincial council</p>", false),
            ("<p>Sign up today and get the council's news every week.</p>", false),
            // A list item of the text that names its affiliate link.
            ("<ul><li>The road map we used (an affiliate link).</li></ul>", true),
            // A closing line of the text's own.
            ("<p>The council meets again in March to vote on the final budget.</p>", true),
        ] {
            let html = format!(
                "<html><body><article><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p>{last} \
                 </article></body></html>"
            );
            let out = body(&html);
            let text = Html::parse_fragment(last).root_element().text().collect::<String>();
            let probe: String = text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert_eq!(out.contains(&probe), kept, "{probe:?}: {out:?}");
            assert!(out.contains(PARA2), "{out:?}");
        }
    }

    #[test]
    fn a_long_standfirst_heading_is_kept() {
        let standfirst = "Members of the provincial council agreed on Tuesday that the new road, \
                          which farmers have asked for since the floods of last year, will be \
                                                                                                                                                                            finished before the rainy season begins next spring";
        let html = format!(
            "<html><body><article><h1>Council agrees on the road</h1><h3>{standfirst}</h3> \
             <p>{PARA}</p><p>{PARA2}</p></article></body></html>"
        );
        let out = body(&html);
        assert!(out.starts_with(standfirst), "{out:?}");
    }

    #[test]
    fn ad_names_mark_nothing_on_a_heading() {
        let html = format!(
            "<html><body><article><p>{PARA}</p><h2 class='kt-adv-heading'>Where the road \
             runs</h2><p>{PARA2}</p><div class='ad'><p>Buy a car today at the best price in \
                                                                                                                                                 town.</p></div></article></body></html>"
        );
        let out = body(&html);
        assert_kept_and_gone(&out, &["Where the road runs"], &["Buy a car"]);
    }

    fn check_camel_name(class: &str, kept: bool) {
        let html = format!(
            "<html><body><article><p>{PARA}</p><div class='{class}'><p>Marker words of a \
             small box.</p></div><p>{PARA2}</p></article></body></html>"
        );
        let out = body(&html);
        assert_eq!(out.contains("Marker words"), kept, "{class:?}: {out:?}");
        assert_eq!(out.matches("The provincial council").count(), 2, "{out:?}");
    }

    #[test]
    fn a_layout_switch_in_a_name_marks_nothing() {
        for (class, kept) in [
            // The theme's switches: the box is the text's, on a page with or without a sidebar.
            ("blog-article__main sidebar-enabled--false", true),
            ("has-sidebar", true),
            ("no-sidebar", true),
            ("et_pb_row--with-menu", true),
            ("ast-primary-menu-enabled", true),
            // The furniture word names the element.
            ("sidebar", false),
            ("sidebar-left", false),
            ("menu-item-has-children", false),
            ("elementor-author-box--name-yes", false),
        ] {
            check_camel_name(class, kept);
        }
    }

    #[test]
    fn camel_case_names_mark_weakly() {
        for (class, kept) in [
            // A weak word inside a component's joined name marks the box as the word alone.
            ("ctaButtons", false),
            ("AdvisorResourcesCTA_advisorCta__ex5AL", false),
            ("TOCTitle", false),
            ("introBoxMeta", false),
            ("UnifiedProductCardImageCreditText", false),
            ("BottomSubscriptionBanner", false),
            // The word alone was a weak mark already.
            ("Caption", false),
            // Strong and certain words inside a joined name mark nothing: an expert's card,
            // an item of the text.
            ("BioCardV2", true),
            ("itemShared", true),
            ("itemRelated", true),
            ("postRelatedTopics", true),
            // But "Related" followed by what a related box lists names the box.
            ("VCObjectBoxRelatedNewsContentWrapper", false),
            ("relatedPostsList", false),
            ("RelatedArticles", false),
            // Lower-case names are not split: "metamorphosis" holds no word "meta".
            ("metamorphosis", true),
            ("Metamorphosis", true),
            ("entryContent", true),
        ] {
            check_camel_name(class, kept);
        }
    }

    #[test]
    fn class_names_inside_code_mark_nothing() {
        let comment = "<span class='hljs-comment'>// the counter starts at zero</span>";
        for (after, kept, gone) in [
            // Syntax highlighting names a code comment `hljs-comment` or `token comment`.
            (
                format!(
                    "<pre><code>let a = 1;\n{comment}\nlet b = a + 1;</code></pre><p>{PARA2}</p>"
                ),
                vec!["// the counter starts at zero"],
                vec![],
            ),
            (
                format!(
                    "<p>Write <code>n <span class='token comment'>/* the count */</span></code> \
                     before the loop starts, as the manual says.</p><p>{PARA2}</p>"
                ),
                vec!["/* the count */"],
                vec![],
            ),
            // Outside code the same name is a comment box.
            (
                format!(
                    "<div><p>{PARA2}</p></div><div class='hljs-comment'>Nice post, thanks!</div>"
                ),
                vec![],
                vec!["Nice post"],
            ),
        ] {
            check_stop_cut(&after, &kept, &gone);
        }
    }

    #[test]
    fn consent_notices_of_forms_are_dropped() {
        for (line, kept) in [
            ("By signing up, you agree to receive recurring messages from us at the number given.", false),
            ("By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use.", false),
            ("By posting a comment, you consent to have your personal information collected.", false),
            // Prose that opens the same way but asks nothing of the reader.
            (
                "By providing customers with relevant deals and news, businesses can improve \
                 their loyalty.",
                true,
            ),
            (
                "By signing up early, the farmers of the province got the new seed well before \
                 the planting.",
                true,
            ),
        ] {
            let html = format!(
                "<html><body><div class='post'><p>{PARA}</p><p>{line}</p><p>{PARA2}</p>\
                 </div></body></html>"
            );
            let out = body(&html);
            assert_eq!(out.contains(line), kept, "{line:?} {out:?}");
        }
    }

    fn check_hidden(attrs: &str, hidden: bool) {
        let doc = Html::parse_fragment(&format!("<div {attrs}>text</div>"));
        let sel = scraper::Selector::parse("div").expect("selector");
        let el = doc.select(&sel).next().expect("div");
        assert_eq!(is_hidden(el.value()), hidden, "{attrs:?}");
    }

    #[test]
    fn what_hides_an_element() {
        for (attrs, hidden) in [
            ("hidden", true),
            ("aria-hidden='true'", true),
            ("aria-hidden='false'", false),
            ("style='display:none'", true),
            ("style='color: red; DISPLAY : None !important'", true),
            ("style='display:none!important'", true),
            ("style='visibility: hidden'", true),
            ("style='display: block'", false),
            // A hidden value of another property hides nothing.
            ("style='overflow: hidden; font-family: none'", false),
            ("class='sr-only'", true),
            ("class='lead'", false),
        ] {
            check_hidden(attrs, hidden);
        }
    }

    #[test]
    fn a_weak_box_with_one_long_paragraph_is_kept() {
        let long = format!("{PARA} {PARA2} {PARA} {PARA2} {PARA}");
        for (inner, kept) in [
            // A section of the text whose class names the table of contents.
            (format!("<p>{long}</p>"), true),
            // One short paragraph in such a box is furniture.
            (format!("<p>Marker. {PARA2}</p>"), false),
        ] {
            let html = format!(
                "<html><body><article><p>{PARA}</p><p>{PARA2}</p>\
                 <section class='toc-para'><p>Marker words here.</p>{inner}</section>\
                 </article></body></html>"
            );
            assert_eq!(body(&html).contains("Marker"), kept, "{inner:?}");
        }
    }

    #[test]
    fn a_photo_story_keeps_its_captions() {
        let cap = "Khán giả đưa ra các bằng chứng cho thấy bộ phim có danh tiếng tốt, và các chủ đề liên quan được bàn luận nhiều trên mạng xã hội trong tuần qua.";
        let fig = |i: usize| {
            format!("<div><figure><img></figure><figcaption>{i} {cap}</figcaption></div>")
        };
        let story: String = (0..4).map(fig).collect();
        let out = body(&format!("<article><p>Lời dẫn ngắn.</p>{story}</article>"));
        assert_kept_and_gone(&out, &["0 Khán giả", "3 Khán giả"], &[]);
        // Captions of list items are a menu's or a list's teasers.
        let items: String = (0..4).map(|i| format!("<li>{}</li>", fig(i))).collect();
        let out = body(&format!("<ul>{items}</ul><article><p>Lời dẫn ngắn.</p></article>"));
        assert_kept_and_gone(&out, &[], &["0 Khán giả", "3 Khán giả"]);
        // The site's menus, footer and pop-ups, and the hidden copies of a gallery's captions,
        // do not outweigh the captions of a photo story.
        let menu = format!("<div class='sub-menu'>{cap} {cap}</div>").repeat(3);
        let foot = format!("<footer><p>{cap} {cap}</p></footer>");
        let copies = format!("<div class='hidden'><p>{cap}</p></div>").repeat(4);
        let popup = format!("<div class='popup'><p>{cap} {cap}</p></div>");
        let out = body(&format!(
            "{menu}<article><p>Lời dẫn ngắn.</p>{story}{copies}</article>{popup}{foot}"
        ));
        assert_kept_and_gone(&out, &["0 Khán giả", "3 Khán giả"], &[]);
        // The gallery holding the captions is the story whatever its name says (the ads placed
        // between its pictures), and so are the boxes named for captions inside them.
        let inner = |i: usize| {
            format!(
                "<figure><img><figcaption><div class='inner_caption'><p>{i} {cap}</p></div>\
                 </figcaption></figure>"
            )
        };
        let gallery: String = (0..4).map(inner).collect();
        let out = body(&format!(
            "<article><p>Lời dẫn ngắn.</p><div class='gallery block_ads_connect'>{gallery}\
             </div></article>{foot}"
        ));
        assert_kept_and_gone(&out, &["0 Khán giả", "3 Khán giả"], &[]);
        // A report whose pictures' captions run beside paragraphs of as many words is no
        // photo story: its captions go.
        let para = "Các đoàn đại biểu đã đặt vòng hoa, dâng hương và thể hiện lòng biết ơn sâu sắc \
                    đến các anh hùng liệt sĩ đã hy sinh vì độc lập tự do của Tổ quốc trong sáng nay.";
        let report: String = (0..4).map(|i| format!("<p>{para}</p>{}", fig(i))).collect();
        let out = body(&format!("{menu}<article>{report}</article>{foot}"));
        assert_kept_and_gone(&out, &["Các đoàn đại biểu"], &["0 Khán giả", "3 Khán giả"]);
        // Beside an article's own prose, a caption is furniture.
        let prose = format!("<p>{cap} {cap}</p>").repeat(4);
        let out = body(&format!("<article>{prose}{}</article>", fig(9)));
        assert_kept_and_gone(&out, &["Khán giả đưa ra"], &["9 Khán giả"]);
    }

    #[test]
    fn media_players_are_furniture() {
        // A text-to-speech player between the lead and the body: its time and voice list go.
        for attrs in ["class='audio tts-player'", "class='video-player'"] {
            let html = format!(
                "<html><body><div class='article'><p>{PARA}</p><div {attrs}><div>0:00 / 0:00\
                 </div><ul><li>Nam miền Bắc</li><li>Nữ miền Nam</li></ul></div><p>{PARA2}</p>\
                 <p>{PARA} (3)</p></div></body></html>"
            );
            let out = body(&html);
            for bad in ["0:00", "miền"] {
                assert!(!out.contains(bad), "{attrs}: {bad:?} should be gone from {out:?}");
            }
        }
    }

    #[test]
    fn linked_section_titles_are_kept() {
        let item = "A sturdy meter that every electrician should carry, accurate, cheap and easy \
                    to read in a dark basement.";
        for (inner, kept, gone) in [
            // A listicle's item titles link to the product: they stay with their text.
            (
                format!(
                    "<h3><a href='/p/1'>Fluke 117 Meter</a></h3><p>{item}</p>\
                     <h3><a href='/p/2'>Klein MM400 Meter</a></h3><p>{item} (2)</p>"
                ),
                vec!["Fluke 117 Meter", "Klein MM400 Meter", "A sturdy meter"],
                vec![],
            ),
            // One linked heading with a summary inside the text is a teaser of another article.
            (
                format!("<h3><a href='/p/1'>Harbour works resume</a></h3><p>{item}</p>"),
                vec![],
                vec!["Harbour works resume"],
            ),
            // Linked headings that only lead to more links are a link list.
            (
                "<h3><a href='/a'>Other story one</a></h3><h3><a href='/b'>Other story two\
                 </a></h3>"
                    .to_string(),
                vec![],
                vec!["Other story one"],
            ),
            // A teaser card: a date, then the linked title.
            (
                format!(
                    "<div>Dec 18, 2025</div><h3><a href='/c'>Holiday trips</a></h3><p>{item}</p>"
                ),
                vec![],
                vec!["Holiday trips"],
            ),
        ] {
            let html = format!(
                "<html><body><article><p>{PARA}</p><p>{PARA2}</p>{inner}<p>{PARA} (3)</p>\
                 </article></body></html>"
            );
            assert_kept_and_gone(&body(&html), &kept, &gone);
        }
    }

    #[test]
    fn template_filler_is_dropped() {
        for filler in [
            "<h3>Lorem Ipsum</h3>",
            "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor \
             incididunt ut labore.</p>",
            "<ul><li>Lorem ipsum 1</li></ul>",
        ] {
            let html = format!(
                "<html><body><article><p>{PARA}</p>{filler}<p>{PARA2}</p></article></body></html>"
            );
            assert_kept_and_gone(&body(&html), &["The provincial council"], &["orem"]);
        }
        // A placeholder box: its headings and labels go with its filler; a box of the text
        // beside it stays.
        let lorem = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod \
                     tempor incididunt ut labore.</p>";
        let html = format!(
            "<html><body><article><p>{PARA}</p><div class='row'><h5>Head Line 1</h5>{lorem}\
             <h5>Head Line 2</h5>{lorem}<div>Speaker Name</div><div>Title</div></div>\
             <div class='row'><h5>Farmers speak</h5><p>{PARA2}</p></div></article></body></html>"
        );
        assert_kept_and_gone(
            &body(&html),
            &["The provincial council", "Farmers speak", PARA2],
            &["orem", "Head Line", "Speaker Name"],
        );
    }

    #[test]
    fn hidden_raw_copies_are_dropped() {
        // The page's Markdown source in a hidden `pre`, as long as the article itself.
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{PARA2}</p></article><pre hidden># Title \
             {PARA} {PARA2} **bold** _raw copy_</pre></body></html>"
        );
        assert_kept_and_gone(&body(&html), &["The provincial council"], &["raw copy", "# Title"]);
    }

    /// A plain text block of `text` (no links, no heading), as the line tests read it.
    fn text_block(text: &str) -> Block {
        Block {
            text: text.to_string(),
            words: text.split_whitespace().count() as u32,
            chars: text.chars().count() as u32,
            link_chars: 0,
            owner: NONE,
            punct: 0,
            heading: 0,
            cells: false,
        }
    }

    fn check_meta_line(text: &str, expected: bool) {
        assert_eq!(is_meta_line(&text_block(text)), expected, "{text:?}");
    }

    #[test]
    fn meta_lines() {
        for (text, expected) in [
            ("By Jane Doe", true),
            ("24/07/2025 14:26", true),
            // A reading time with the writer's name before a " | ".
            ("Bridgestone Team | 5 min read", true),
            ("3 MIN. READ", true),
            // A table row's cells are no metadata, dated or not.
            ("Roofing | Asphalt | 24/07/2025", false),
            ("- Updated daily", false),
        ] {
            check_meta_line(text, expected);
        }
    }

    fn check_dated(text: &str, expected: bool) {
        assert_eq!(is_dated(&text_block(text)), expected, "{text:?}");
    }

    #[test]
    fn dated_lines() {
        for (text, expected) in [
            ("December 19, 2025", true),
            ("Dec 17, 2025 ⋅ 7 min read", true),
            ("19 Sept. 2024", true),
            ("24/07/2025 14:26", true),
            ("17 giờ trước", true),
            ("2 hours ago", true),
            ("May the best team win", false),
            ("March forward", false),
            ("Chapter 12", false),
        ] {
            check_dated(text, expected);
        }
    }

    /// A text of three paragraphs with `picture` (a picture and its caption, "Cap line") after
    /// the first, or after the last when `at_end`: whether the caption is kept.
    fn check_picture_caption(picture: &str, at_end: bool, kept: bool) {
        let (mid, end) = if at_end { ("", picture) } else { (picture, "") };
        let html = format!(
            "<html><body><div class='content'><p>{PARA}</p>{mid}<p>{PARA2}</p><p>The road will \
             open in May, the council said, after the rainy season ends.</p>{end}</div>\
             </body></html>"
        );
        let out = body(&html);
        assert_eq!(out.contains("Cap line"), kept, "{picture:?} at end {at_end}: {out:?}");
        assert!(out.contains("The road will open"), "{out:?}");
    }

    #[test]
    fn picture_captions_inside_the_text() {
        let centred = "<div align=center><img src=a.jpg></div><div align=center><span>Cap line: \
                       the council members visit the new road in May.</span></div>";
        let styled = "<p style='TEXT-ALIGN: center'><img src=a.jpg><br><span>Cap line at the \
                      court</span></p>";
        let row = "<table><tr><td class=Image><img src=a.jpg></td></tr><tr><td class=Image>Cap \
                   line in 2011. His parents came along.</td></tr></table>";
        // A run of captions one of which is a paragraph (a lookbook whose sentence runs on
        // from one caption to the next), and a run of two short captions.
        let told = format!(
            "{centred}<p style='text-align:center'><img src=b.jpg><br><span>... in thick cloth \
             is the safe choice for the evening, and a pair of dark leggings with high heels of \
             the same tone makes the legs look longer while it keeps the whole set warm and \
             simple enough.</span></p>"
        );
        let two = format!("{centred}{styled}");
        let boxed = format!(
            "<div align=center><img src=a.jpg><p>Cap line first: the farmers came in the \
             morning.</p><p>{PARA2}</p></div>"
        );
        for (picture, at_end, kept) in [
            (centred, false, false),
            (styled, false, false),
            (row, false, false),
            (two.as_str(), false, false),
            (told.as_str(), false, true),
            // After the text's last paragraph: a gallery closing the text, kept.
            (centred, true, true),
            (row, true, true),
            // Not under a picture, or not centred: a line of the text.
            ("<div align=center><span>Cap line on its own</span></div>", false, true),
            ("<div><img src=a.jpg></div><div>Cap line not centred</div>", false, true),
            // A row with rows after it (a data table under a row of logos), a heading.
            (
                "<table><tr><td><img src=a.jpg></td></tr><tr><td>Cap line small</td></tr>\
                 <tr><td>Large</td></tr></table>",
                false,
                true,
            ),
            (
                "<div align=center><img src=a.jpg></div><h3 align=center>Cap line heading</h3>",
                false,
                true,
            ),
            // A centred box opening with a picture and holding more than a caption.
            (boxed.as_str(), false, true),
        ] {
            check_picture_caption(picture, at_end, kept);
        }
    }
}
