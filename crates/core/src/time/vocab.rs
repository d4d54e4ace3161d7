//! The single-word date vocabulary, in folded spelling.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::civil::Weekday;
use super::lexicon::{Count, Dir, Kw, Lex, MonthCal, Season, Third};
use super::value::{DayPart, Grain};

pub(crate) const fn g(n: u8, ambiguous: bool) -> Lex {
    Lex::Month {
        n,
        cal: MonthCal::Gregorian,
        ambiguous,
    }
}

pub(crate) const fn h(n: u8) -> Lex {
    Lex::Month {
        n,
        cal: MonthCal::Hijri,
        ambiguous: true,
    }
}

const fn unit(unit: Grain, count: Count, definite: bool) -> Lex {
    Lex::Unit {
        unit,
        count,
        definite,
    }
}

/// FNV-1a: the keys are short fixed words, so a cheap hash beats the default one's flood protection.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The vocabulary map type.
pub(crate) type VocabMap = HashMap<&'static str, Lex, BuildHasherDefault<Fnv>>;

pub(crate) static SINGLE: LazyLock<VocabMap> = LazyLock::new(|| {
    use Count::{Accusative, Dual, DualConstruct, Plural, Singular};
    let mut m = VocabMap::default();
    let months: &[(&str, Lex)] = &[
        ("يناير", g(1, false)),
        ("جانفي", g(1, false)),
        ("فبراير", g(2, false)),
        ("فيفري", g(2, false)),
        ("شباط", g(2, false)),
        ("مارس", g(3, true)),
        ("اذار", g(3, true)),
        ("ابريل", g(4, false)),
        ("افريل", g(4, false)),
        ("نيسان", g(4, true)),
        ("مايو", g(5, true)),
        ("ماي", g(5, true)),
        ("ايار", g(5, true)),
        ("يونيو", g(6, false)),
        ("يونيه", g(6, false)),
        ("جوان", g(6, true)),
        ("حزيران", g(6, false)),
        ("يوليو", g(7, false)),
        ("يوليه", g(7, false)),
        ("جويليه", g(7, false)),
        ("يوليوز", g(7, false)),
        ("تموز", g(7, true)),
        ("اغسطس", g(8, false)),
        ("اوت", g(8, false)),
        ("غشت", g(8, false)),
        ("اب", g(8, true)),
        ("سبتمبر", g(9, false)),
        ("شتنبر", g(9, false)),
        ("ايلول", g(9, false)),
        ("اكتوبر", g(10, false)),
        ("نوفمبر", g(11, false)),
        ("نونبر", g(11, false)),
        ("ديسمبر", g(12, false)),
        ("دجنبر", g(12, false)),
        ("دسمبر", g(12, false)),
        ("محرم", h(1)),
        ("صفر", h(2)),
        ("رجب", h(7)),
        ("شعبان", h(8)),
        ("رمضان", h(9)),
        ("شوال", h(10)),
    ];
    m.extend(months.iter().copied());
    let weekdays = [
        ("الاحد", Weekday::Sunday),
        ("الاثنين", Weekday::Monday),
        ("الاتنين", Weekday::Monday),
        ("الثلاثاء", Weekday::Tuesday),
        ("الثلاثا", Weekday::Tuesday),
        ("الاربعاء", Weekday::Wednesday),
        ("الاربعا", Weekday::Wednesday),
        ("الخميس", Weekday::Thursday),
        ("الجمعه", Weekday::Friday),
        ("السبت", Weekday::Saturday),
    ];
    m.extend(weekdays.iter().map(|&(k, w)| (k, Lex::Weekday(w))));
    let units: &[(&str, Lex)] = &[
        ("يوم", unit(Grain::Day, Singular, false)),
        ("يوما", unit(Grain::Day, Accusative, false)),
        ("يومين", unit(Grain::Day, Dual, false)),
        ("يومان", unit(Grain::Day, Dual, false)),
        ("يومي", unit(Grain::Day, DualConstruct, false)),
        ("ايام", unit(Grain::Day, Plural, false)),
        ("الايام", unit(Grain::Day, Plural, true)),
        ("اسبوع", unit(Grain::Week, Singular, false)),
        ("اسبوعا", unit(Grain::Week, Accusative, false)),
        ("اسبوعين", unit(Grain::Week, Dual, false)),
        ("اسبوعان", unit(Grain::Week, Dual, false)),
        ("اسابيع", unit(Grain::Week, Plural, false)),
        ("الاسبوع", unit(Grain::Week, Singular, true)),
        ("الاسابيع", unit(Grain::Week, Plural, true)),
        ("شهر", unit(Grain::Month, Singular, false)),
        ("شهرا", unit(Grain::Month, Accusative, false)),
        ("شهرين", unit(Grain::Month, Dual, false)),
        ("شهران", unit(Grain::Month, Dual, false)),
        ("شهري", unit(Grain::Month, DualConstruct, false)),
        ("اشهر", unit(Grain::Month, Plural, false)),
        ("شهور", unit(Grain::Month, Plural, false)),
        ("الشهر", unit(Grain::Month, Singular, true)),
        ("الاشهر", unit(Grain::Month, Plural, true)),
        ("الشهور", unit(Grain::Month, Plural, true)),
        ("عام", unit(Grain::Year, Singular, false)),
        ("عاما", unit(Grain::Year, Accusative, false)),
        ("عامين", unit(Grain::Year, Dual, false)),
        ("عامان", unit(Grain::Year, Dual, false)),
        ("عامي", unit(Grain::Year, DualConstruct, false)),
        ("اعوام", unit(Grain::Year, Plural, false)),
        ("العام", unit(Grain::Year, Singular, true)),
        ("الاعوام", unit(Grain::Year, Plural, true)),
        ("سنه", unit(Grain::Year, Singular, false)),
        ("سنتين", unit(Grain::Year, Dual, false)),
        ("سنتان", unit(Grain::Year, Dual, false)),
        ("سنتي", unit(Grain::Year, DualConstruct, false)),
        ("سنوات", unit(Grain::Year, Plural, false)),
        ("سنين", unit(Grain::Year, Plural, false)),
        ("السنه", unit(Grain::Year, Singular, true)),
        ("السنوات", unit(Grain::Year, Plural, true)),
        ("ساعه", unit(Grain::Hour, Singular, false)),
        ("ساعتين", unit(Grain::Hour, Dual, false)),
        ("ساعات", unit(Grain::Hour, Plural, false)),
        ("الساعات", unit(Grain::Hour, Plural, true)),
        ("دقيقه", unit(Grain::Minute, Singular, false)),
        ("دقيقتين", unit(Grain::Minute, Dual, false)),
        ("دقايق", unit(Grain::Minute, Plural, false)),
    ];
    m.extend(units.iter().copied());
    let numbers: &[(&str, u32)] = &[
        ("واحد", 1),
        ("واحده", 1),
        ("اثنين", 2),
        ("اثنان", 2),
        ("اثنتين", 2),
        ("ثلاث", 3),
        ("ثلاثه", 3),
        ("اربع", 4),
        ("اربعه", 4),
        ("خمس", 5),
        ("خمسه", 5),
        ("ست", 6),
        ("سته", 6),
        ("سبع", 7),
        ("سبعه", 7),
        ("ثماني", 8),
        ("ثمانيه", 8),
        ("ثمان", 8),
        ("تسع", 9),
        ("تسعه", 9),
        ("عشر", 10),
        ("عشره", 10),
        ("عشرين", 20),
        ("عشرون", 20),
        ("ثلاثين", 30),
        ("ثلاثون", 30),
        ("اربعين", 40),
        ("خمسين", 50),
        ("ستين", 60),
        ("ميه", 100),
        ("مايه", 100),
    ];
    m.extend(numbers.iter().map(|&(k, n)| (k, Lex::NumWord(n))));
    let ordinals: &[(&str, u32)] = &[
        ("الاول", 1),
        ("الحادي", 1),
        ("الثاني", 2),
        ("الثالث", 3),
        ("الرابع", 4),
        ("الخامس", 5),
        ("السادس", 6),
        ("السابع", 7),
        ("الثامن", 8),
        ("التاسع", 9),
        ("العاشر", 10),
        ("العشرين", 20),
        ("الثلاثين", 30),
        ("الواحده", 1),
        ("الحاديه", 1),
        ("الثانيه", 2),
        ("الثالثه", 3),
        ("الرابعه", 4),
        ("الخامسه", 5),
        ("السادسه", 6),
        ("السابعه", 7),
        ("الثامنه", 8),
        ("التاسعه", 9),
        ("العاشره", 10),
    ];
    m.extend(ordinals.iter().map(|&(k, n)| (k, Lex::Ordinal(n))));
    let mods: &[(&str, Dir)] = &[
        ("الماضي", Dir::Past),
        ("الماضيه", Dir::Past),
        ("المنصرم", Dir::Past),
        ("المنصرمه", Dir::Past),
        ("الفايت", Dir::Past),
        ("الفايته", Dir::Past),
        ("المنقضي", Dir::Past),
        ("المنقضيه", Dir::Past),
        ("المقبل", Dir::Next),
        ("المقبله", Dir::Next),
        ("القادم", Dir::Next),
        ("القادمه", Dir::Next),
        ("الحالي", Dir::Current),
        ("الحاليه", Dir::Current),
        ("الجاري", Dir::Current),
        ("الجاريه", Dir::Current),
    ];
    m.extend(mods.iter().map(|&(k, d)| (k, Lex::Mod(d))));
    let parts: &[(&str, DayPart)] = &[
        ("فجر", DayPart::Dawn),
        ("الفجر", DayPart::Dawn),
        ("صباح", DayPart::Morning),
        ("صبيحه", DayPart::Morning),
        ("ضحي", DayPart::Morning),
        ("ظهر", DayPart::Noon),
        ("ظهيره", DayPart::Noon),
        ("عصر", DayPart::Afternoon),
        ("مساء", DayPart::Evening),
        ("عشيه", DayPart::Evening),
        ("ليله", DayPart::Night),
        ("ليل", DayPart::Night),
        ("الليله", DayPart::Night),
        ("صباحا", DayPart::Morning),
        ("مساءا", DayPart::Evening),
        ("ليلا", DayPart::Night),
        ("ظهرا", DayPart::Noon),
        ("عصرا", DayPart::Afternoon),
        ("فجرا", DayPart::Dawn),
    ];
    m.extend(parts.iter().map(|&(k, p)| (k, Lex::Part(p))));
    let seasons: &[(&str, Season)] = &[
        ("صيف", Season::Summer),
        ("الصيف", Season::Summer),
        ("شتاء", Season::Winter),
        ("الشتاء", Season::Winter),
        ("ربيع", Season::Spring),
        ("الربيع", Season::Spring),
        ("خريف", Season::Autumn),
        ("الخريف", Season::Autumn),
    ];
    m.extend(seasons.iter().map(|&(k, s)| (k, Lex::Season(s))));
    let thirds: &[(&str, Third)] = &[
        ("اوايل", Third::Early),
        ("مطلع", Third::Early),
        ("بدايه", Third::Early),
        ("مستهل", Third::Early),
        ("منتصف", Third::Mid),
        ("اواسط", Third::Mid),
        ("اواخر", Third::Late),
        ("نهايه", Third::Late),
        ("اخر", Third::Late),
        ("ختام", Third::Late),
    ];
    m.extend(thirds.iter().map(|&(k, t)| (k, Lex::Third(t))));
    let periodic: &[(&str, Grain)] = &[
        ("يوميا", Grain::Day),
        ("اسبوعيا", Grain::Week),
        ("شهريا", Grain::Month),
        ("سنويا", Grain::Year),
    ];
    m.extend(periodic.iter().map(|&(k, u)| (k, Lex::Periodic(u))));
    let kws: &[(&str, Kw)] = &[
        ("اليوم", Kw::Today),
        ("امس", Kw::Yesterday),
        ("الامس", Kw::Yesterday),
        ("البارحه", Kw::Yesterday),
        ("غدا", Kw::Tomorrow),
        ("غد", Kw::Ghad),
        ("الغد", Kw::Ghad),
        ("اول", Kw::First),
        ("قبل", Kw::Before),
        ("بعد", Kw::After),
        ("منذ", Kw::Since),
        ("خلال", Kw::During),
        ("في", Kw::In),
        ("من", Kw::From),
        ("الي", Kw::To),
        ("حتي", Kw::Until),
        ("غايه", Kw::Until),
        ("لغايه", Kw::Until),
        ("بين", Kw::Between),
        ("و", Kw::And),
        ("لمده", Kw::ForDuration),
        ("مده", Kw::ForDuration),
        ("طيله", Kw::ForDuration),
        ("طوال", Kw::ForDuration),
        ("غضون", Kw::Within),
        ("مدي", Kw::Extent),
        ("مدار", Kw::Extent),
        ("علي", Kw::Over),
        ("هذا", Kw::This),
        ("هذه", Kw::This),
        ("كل", Kw::Every),
        ("الساعه", Kw::Hour),
        ("الموافق", Kw::Corresponding),
        ("ه", Kw::HijriMark),
        ("هجري", Kw::HijriMark),
        ("هجريه", Kw::HijriMark),
        ("للهجره", Kw::HijriMark),
        ("الهجري", Kw::HijriMark),
        ("م", Kw::GregorianMark),
        ("ميلادي", Kw::GregorianMark),
        ("ميلاديه", Kw::GregorianMark),
        ("للميلاد", Kw::GregorianMark),
        ("ص", Kw::Am),
        ("تمام", Kw::Tamam),
        ("حوالي", Kw::Around),
        ("نحو", Kw::Around),
        ("والنصف", Kw::Half),
        ("والربع", Kw::Quarter),
        ("الا", Kw::Except),
        ("الزوال", Kw::Noon),
        ("النهار", Kw::Noon),
        ("الليل", Kw::Night),
        ("الفتره", Kw::Period),
        ("عند", Kw::Over),
    ];
    m.extend(kws.iter().map(|&(k, w)| (k, Lex::Kw(w))));
    m
});
