//! Time zones named after a clock time: `بتوقيت غرينتش`, `بتوقيت مكة المكرمة`,
//! `بتوقيت القدس`, `GMT+3`, `ت.غ`, `بالتوقيت المحلي`. A place's offset comes from
//! the IANA database (through jiff) at the day and hour it qualifies, so summer
//! time in Jerusalem, Beirut or Cairo is right for the date.

use super::civil::CivilDate;
use super::lexicon::TokKind;
use super::scan::Ctx;
use super::value::ClockTime;

/// A time zone as the text names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Zone {
    /// A fixed offset in minutes east of UTC (غرينتش، GMT+3).
    Fixed(i16),
    /// An IANA zone (Asia/Jerusalem), whose offset depends on the date.
    Named(&'static str),
    /// بالتوقيت المحلي: the place's own time, offset unknown.
    Local,
}

impl Zone {
    /// Minutes east of UTC at `time` on `date`; `None` for local time or an unknown zone.
    pub(crate) fn offset_at(self, date: CivilDate, time: ClockTime) -> Option<i16> {
        match self {
            Self::Fixed(minutes) => Some(minutes),
            Self::Local => None,
            Self::Named(name) => {
                let dt = jiff::civil::DateTime::new(
                    i16::try_from(date.year).ok()?,
                    date.month as i8,
                    date.day as i8,
                    time.hour as i8,
                    time.minute as i8,
                    0,
                    0,
                )
                .ok()?;
                let zoned = dt.in_tz(name).ok()?;
                i16::try_from(zoned.offset().seconds() / 60).ok()
            }
        }
    }
}

/// Words that introduce a zone: بتوقيت، توقيت، بالتوقيت، حسب توقيت.
const ZONE_WORDS: &[&str] = &["بتوقيت", "توقيت", "بالتوقيت", "التوقيت"];

/// Names of Greenwich, folded, as news spells them.
const GREENWICH: &[&str] = &[
    "غرينتش",
    "غرينيتش",
    "جرينتش",
    "جرينيتش",
    "غرنتش",
    "غرينش",
    "قرينتش",
    "جرنتش",
];

/// Places whose clock a text may name (folded), one or two words, with their IANA zone.
#[rustfmt::skip]
const PLACES: &[(&str, &str)] = &[
    ("مكه المكرمه", "Asia/Riyadh"), ("مكه", "Asia/Riyadh"), ("السعوديه", "Asia/Riyadh"),
    ("الرياض", "Asia/Riyadh"), ("جده", "Asia/Riyadh"), ("المدينه المنوره", "Asia/Riyadh"),
    ("القدس", "Asia/Jerusalem"), ("اسرائيل", "Asia/Jerusalem"), ("تل ابيب", "Asia/Jerusalem"),
    ("فلسطين", "Asia/Hebron"), ("غزه", "Asia/Gaza"), ("رام الله", "Asia/Hebron"),
    ("القاهره", "Africa/Cairo"), ("مصر", "Africa/Cairo"), ("بيروت", "Asia/Beirut"),
    ("لبنان", "Asia/Beirut"), ("دمشق", "Asia/Damascus"), ("سوريا", "Asia/Damascus"),
    ("سوريه", "Asia/Damascus"), ("الاردن", "Asia/Amman"), ("بغداد", "Asia/Baghdad"),
    ("العراق", "Asia/Baghdad"), ("الكويت", "Asia/Kuwait"), ("الدوحه", "Asia/Qatar"),
    ("قطر", "Asia/Qatar"), ("ابوظبي", "Asia/Dubai"), ("ابو ظبي", "Asia/Dubai"),
    ("الامارات", "Asia/Dubai"), ("دبي", "Asia/Dubai"), ("المنامه", "Asia/Bahrain"),
    ("البحرين", "Asia/Bahrain"), ("مسقط", "Asia/Muscat"), ("سلطنه عمان", "Asia/Muscat"),
    ("صنعاء", "Asia/Aden"), ("اليمن", "Asia/Aden"), ("تونس", "Africa/Tunis"),
    ("الجزاير", "Africa/Algiers"), ("الرباط", "Africa/Casablanca"), ("المغرب", "Africa/Casablanca"),
    ("طرابلس", "Africa/Tripoli"), ("ليبيا", "Africa/Tripoli"), ("الخرطوم", "Africa/Khartoum"),
    ("السودان", "Africa/Khartoum"), ("نواكشوط", "Africa/Nouakchott"), ("موريتانيا", "Africa/Nouakchott"),
    ("انقره", "Europe/Istanbul"), ("اسطنبول", "Europe/Istanbul"), ("تركيا", "Europe/Istanbul"),
    ("طهران", "Asia/Tehran"), ("ايران", "Asia/Tehran"), ("باريس", "Europe/Paris"),
    ("فرنسا", "Europe/Paris"), ("لندن", "Europe/London"), ("بريطانيا", "Europe/London"),
    ("برلين", "Europe/Berlin"), ("المانيا", "Europe/Berlin"), ("موسكو", "Europe/Moscow"),
    ("روسيا", "Europe/Moscow"), ("كييف", "Europe/Kyiv"), ("واشنطن", "America/New_York"),
    ("نيويورك", "America/New_York"), ("بكين", "Asia/Shanghai"), ("طوكيو", "Asia/Tokyo"),
    ("شرق الولايات المتحده", "America/New_York"), ("الساحل الشرقي", "America/New_York"),
    ("الولايات المتحده", "America/New_York"), ("امريكا", "America/New_York"),
    ("اسلام اباد", "Asia/Karachi"), ("باكستان", "Asia/Karachi"), ("الهند", "Asia/Kolkata"),
    ("نيودلهي", "Asia/Kolkata"), ("كابول", "Asia/Kabul"), ("افغانستان", "Asia/Kabul"),
];

impl Ctx<'_> {
    /// A time zone at `j`: the zone and the token after it.
    pub(crate) fn zone_at(&self, j: usize) -> Option<(Zone, usize)> {
        if let Some(found) = self.utc_abbreviation(j) {
            return Some(found);
        }
        let word = self.word(j)?;
        if !ZONE_WORDS.contains(&word) {
            return None;
        }
        let k = j + 1;
        let name = self.word(k)?;
        if GREENWICH.contains(&name) {
            return Some(self.with_shift(0, k + 1));
        }
        match name {
            "العالمي" => {
                let end = if matches!(self.word(k + 1), Some("الموحد" | "المنسق")) {
                    k + 2
                } else {
                    k + 1
                };
                return Some((Zone::Fixed(0), end));
            }
            "المحلي" => return Some((Zone::Local, k + 1)),
            _ => {}
        }
        // The longest place name first: شرق الولايات المتحدة، مكة المكرمة، القدس.
        let mut phrase = String::new();
        let mut found = None;
        for len in 1..=3 {
            let Some(word) = self.word(k + len - 1) else {
                break;
            };
            if len > 1 {
                phrase.push(' ');
            }
            phrase.push_str(word);
            if let Some(&(_, tz)) = PLACES.iter().find(|(p, _)| *p == phrase) {
                found = Some((Zone::Named(tz), k + len));
            }
        }
        found
    }

    /// `GMT`, `UTC`, `GMT+3`, `ت.غ`, `ت غ`.
    fn utc_abbreviation(&self, j: usize) -> Option<(Zone, usize)> {
        let tok = self.toks.get(j)?;
        let text = self.text.get(tok.start..tok.end)?;
        if tok.kind == TokKind::Other && matches!(text, "GMT" | "UTC" | "gmt" | "utc") {
            return Some(self.with_shift(0, j + 1));
        }
        if text == "ت" {
            let k = if self.punct(j + 1) == Some('.') {
                j + 2
            } else {
                j + 1
            };
            if self.word(k) == Some("غ") {
                return Some((Zone::Fixed(0), k + 1));
            }
        }
        None
    }

    /// A fixed zone `base` minutes east, moved by a written `+3`, `-5`, `+5:30`.
    fn with_shift(&self, base: i16, j: usize) -> (Zone, usize) {
        let sign = match self.punct(j) {
            Some('+') => 1,
            Some('-' | '−') => -1,
            _ => return (Zone::Fixed(base), j),
        };
        let Some((hours, 1..=2)) = self.num(j + 1) else {
            return (Zone::Fixed(base), j);
        };
        let Ok(hours) = i16::try_from(hours) else {
            return (Zone::Fixed(base), j);
        };
        let (minutes, end) = match (self.punct(j + 2), self.num(j + 3)) {
            (Some(':'), Some((m, 2))) => (i16::try_from(m).unwrap_or(0), j + 4),
            _ => (0, j + 2),
        };
        if hours > 14 || minutes > 59 {
            return (Zone::Fixed(base), j);
        }
        (Zone::Fixed(base + sign * (hours * 60 + minutes)), end)
    }
}
