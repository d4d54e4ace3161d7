//! What pages wrap around an article, by the names sites give it (class and id words,
//! ARIA roles) and by the headings and phrases that introduce it, in Arabic and English.

use scraper::node::Element;

/// Class and id words (split at `-`, `_` and case changes) of page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "sharebar",
    "social",
    "socials",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "advert",
    "advertisement",
    "advertising",
    "ads",
    "ad",
    "adv",
    "adslot",
    "dfp",
    "sponsor",
    "sponsored",
    "promo",
    "newsletter",
    "subscribe",
    "subscription",
    "related",
    "mostread",
    "popular",
    "trending",
    "recommended",
    "recommendations",
    "comments",
    "comment",
    "disqus",
    "replies",
    "footer",
    "sidebar",
    "widget",
    "outbrain",
    "taboola",
    "modal",
    "popup",
    "skip",
    "tags",
    "keywords",
    "pagination",
    "pager",
    "login",
    "signup",
    "search",
    "masthead",
    "topbar",
    "toolbar",
    "print",
    "ticker",
    "breaking",
    "banner",
];

/// Whole class or id names of furniture that the word split would miss.
const FURNITURE_NAMES: &[&str] = &[
    "most-read",
    "most_read",
    "read-more",
    "also-read",
    "more-news",
];

/// ARIA roles of furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
];

/// True when an element is page furniture by its tag, role, class or id.
pub fn is_boilerplate_element(el: &Element) -> bool {
    if el.name() == "footer" {
        return true;
    }
    if el.attr("aria-hidden") == Some("true") || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| FURNITURE_ROLES.contains(&r.to_ascii_lowercase().as_str()))
    {
        return true;
    }
    el.classes().chain(el.id()).any(is_furniture_name)
}

fn is_furniture_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if FURNITURE_NAMES.iter().any(|n| lower.contains(n)) {
        return true;
    }
    lower
        .split(['-', '_', ' ', '.'])
        .any(|word| FURNITURE_WORDS.contains(&word))
}

/// Headings after which a page has only reader comments.
const COMMENT_HEADINGS: &[&str] = &[
    "التعليقات",
    "تعليقات",
    "تعليقات القراء",
    "أضف تعليقك",
    "اضف تعليقك",
    "أضف تعليقا",
    "اترك تعليقا",
    "اترك تعليقاً",
    "شارك برأيك",
    "comments",
    "leave a comment",
    "reader comments",
];

/// Headings over "related" and "most read" lists.
const ASIDE_HEADINGS: &[&str] = &[
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "اقرأ ايضا",
    "أخبار ذات صلة",
    "مواضيع ذات صلة",
    "مقالات ذات صلة",
    "ذات صلة",
    "الأكثر قراءة",
    "الاكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تداولا",
    "المزيد من الأخبار",
    "أخبار متعلقة",
    "قد يعجبك أيضا",
    "related",
    "related articles",
    "most read",
    "more stories",
    "read more",
];

/// Lines that are page furniture wherever they stand.
const FURNITURE_LINES: &[&str] = &[
    "شارك",
    "شارك المقال",
    "مشاركة",
    "شارك على فيسبوك",
    "شارك على تويتر",
    "تابعونا على",
    "إعلان",
    "اعلان",
    "advertisement",
    "share",
    "share this article",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "طباعة",
    "print",
    "نسخ الرابط",
    "copy link",
    "أوافق",
    "قبول",
    "accept",
    "accept all cookies",
];

fn normalized(line: &str) -> String {
    line.trim()
        .trim_end_matches([':', '：', '.', '!'])
        .trim()
        .to_lowercase()
}

/// True for a heading after which only comments follow.
pub fn heading_ends_article(line: &str) -> bool {
    let n = normalized(line);
    COMMENT_HEADINGS
        .iter()
        .any(|h| n == *h || (n.starts_with(h) && n.chars().count() <= 30))
}

/// True for a heading over a "related" or "most read" list.
pub fn heading_starts_aside(line: &str) -> bool {
    let n = normalized(line);
    ASIDE_HEADINGS.iter().any(|h| n == *h)
}

/// True for a share, print or cookie line, or one about cookies.
pub fn is_boilerplate_line(line: &str) -> bool {
    let n = normalized(line);
    if FURNITURE_LINES.contains(&n.as_str()) {
        return true;
    }
    let short = n.chars().count() <= 200;
    short
        && (n.contains("ملفات تعريف الارتباط")
            || n.contains("الكوكيز")
            || n.contains("this site uses cookies")
            || n.contains("we use cookies"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_names_split_into_words() {
        let cases = [
            ("share-bar", true),
            ("social_links", true),
            ("most-read-list", true),
            ("cookie-consent", true),
            ("article-body", false),
            ("header-title", false),
            ("shadow", false),
            ("lead", false),
            ("ad-slot", true),
            ("readmore", false),
        ];
        for (name, want) in cases {
            assert_eq!(is_furniture_name(name), want, "{name}");
        }
    }

    #[test]
    fn headings_and_lines_in_arabic_and_english() {
        assert!(heading_ends_article("التعليقات"));
        assert!(heading_ends_article("أضف تعليقك:"));
        assert!(!heading_ends_article(
            "تعليقات الوزير على القرار أثارت جدلا واسعا في البرلمان"
        ));
        assert!(heading_starts_aside("اقرأ أيضا"));
        assert!(heading_starts_aside("الأكثر قراءة"));
        assert!(!heading_starts_aside("الوفد يصل إلى القاهرة"));
        assert!(is_boilerplate_line("شارك"));
        assert!(is_boilerplate_line(
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك."
        ));
        assert!(!is_boilerplate_line("وصل الوفد إلى القاهرة مساء الأحد."));
    }
}
