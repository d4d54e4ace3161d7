use super::*;

#[test]
fn the_site_name_comes_off_the_title_either_side() {
    let cases = [
        (
            "مجلس الأمن يمدد تفويض القوة | الشرق اليوم",
            "مجلس الأمن يمدد تفويض القوة",
            Some("الشرق اليوم"),
        ),
        (
            "نبض الخليج - الدوحة تستأنف اتصالاتها مع الوسطاء",
            "الدوحة تستأنف اتصالاتها مع الوسطاء",
            Some("نبض الخليج"),
        ),
        ("عنوان بلا اسم موقع", "عنوان بلا اسم موقع", None),
    ];
    for (title, headline, site) in cases {
        assert_eq!(strip_site(title), headline, "{title}");
        assert_eq!(site_from_title(title).as_deref(), site, "{title}");
    }
}

#[test]
fn a_fragment_becomes_paragraphs_and_list_items() {
    let html = "<p>وصل الوفد إلى <b>القاهرة</b> مساء الأحد.</p><ul><li>مصر</li><li>قطر</li></ul>نص بعد<br>سطر جديد";
    assert_eq!(
        fragment_text(html),
        "وصل الوفد إلى القاهرة مساء الأحد.\n\n- مصر\n\n- قطر\n\nنص بعد\n\nسطر جديد\n\n"
    );
}

#[test]
fn a_saved_page_remembers_its_address() {
    let page = "<!DOCTYPE html>\n<!-- saved from url=(0047)https://example.org/news/2025-12-04/rafah-open -->\n<html>";
    assert_eq!(
        saved_from(page).as_deref(),
        Some("https://example.org/news/2025-12-04/rafah-open")
    );
    assert_eq!(saved_from("<html><body>no comment</body></html>"), None);
}
