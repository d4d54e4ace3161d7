//! Which kinds of expression may start at a token, so the scanner tries only
//! those: a common word such as في can start a year (في 2016) or a duration (في
//! غضون…) but no clock time, holiday or weekday, and asking every reader at every
//! such word would cost the extractor half its speed.

use super::lexicon::{Count, Kw, Lex, TokKind};
use super::scan::Ctx;
use super::value::Grain;

/// A set of expression kinds, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Starts(u16);

impl Starts {
    pub(crate) const NTH_WEEKDAY: u16 = 1;
    pub(crate) const INTERVAL: u16 = 1 << 1;
    pub(crate) const ABSOLUTE: u16 = 1 << 2;
    pub(crate) const YEAR: u16 = 1 << 3;
    pub(crate) const RELATIVE: u16 = 1 << 4;
    pub(crate) const PART_OF_DAY: u16 = 1 << 5;
    pub(crate) const CLOCK: u16 = 1 << 6;
    pub(crate) const HOLIDAY: u16 = 1 << 7;
    pub(crate) const SEASON: u16 = 1 << 8;
    pub(crate) const THIRD: u16 = 1 << 9;
    pub(crate) const QUANTITY: u16 = 1 << 10;
    pub(crate) const WEEK: u16 = 1 << 11;
    pub(crate) const YEARS: u16 = 1 << 12;
    pub(crate) const DAY_PART: u16 = 1 << 13;

    /// True when `kind` (one of the constants) may start here.
    pub(crate) fn has(self, kind: u16) -> bool {
        self.0 & kind != 0
    }

    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl Ctx<'_> {
    /// The kinds of expression that may start at token `i`.
    pub(crate) fn starts(&self, i: usize) -> Starts {
        const DATE: u16 = Starts::INTERVAL | Starts::ABSOLUTE;
        let Some(lex) = self.lx(i) else {
            let bits = match (self.toks.get(i).map(|t| t.kind), self.word(i)) {
                (Some(TokKind::Num), _) => {
                    DATE | Starts::RELATIVE | Starts::CLOCK | Starts::QUANTITY
                }
                (_, Some("فاتح" | "غره")) => DATE,
                (_, Some("فصل")) => Starts::SEASON,
                _ => 0,
            };
            return Starts(bits);
        };
        let bits = match lex {
            Lex::Month { .. } => DATE,
            Lex::Weekday(_) => Starts::NTH_WEEKDAY | DATE | Starts::RELATIVE | Starts::HOLIDAY,
            Lex::Unit {
                unit,
                count,
                definite,
            } => {
                let mut bits = DATE | Starts::YEAR | Starts::RELATIVE | Starts::QUANTITY;
                if matches!(unit, Grain::Day | Grain::Year) {
                    bits |= Starts::HOLIDAY;
                }
                if unit == Grain::Week && definite && count == Count::Singular {
                    bits |= Starts::WEEK;
                }
                if unit == Grain::Hour {
                    bits |= Starts::PART_OF_DAY;
                }
                bits
            }
            Lex::NumWord(_) | Lex::Periodic(_) => Starts::QUANTITY,
            Lex::Ordinal(_) => DATE | Starts::CLOCK | Starts::RELATIVE,
            Lex::Mod(_) => 0,
            Lex::Part(_) => Starts::PART_OF_DAY | Starts::HOLIDAY | Starts::DAY_PART,
            Lex::Season(_) => Starts::SEASON,
            Lex::Third(_) => Starts::THIRD | Starts::CLOCK | Starts::NTH_WEEKDAY,
            Lex::Nth(_) => Starts::NTH_WEEKDAY | Starts::HOLIDAY,
            Lex::Decade(_) => Starts::YEARS,
            Lex::ThisUnit(_) => Starts::RELATIVE,
            Lex::Kw(kw) => kw_starts(kw),
        };
        Starts(bits)
    }
}

/// What a keyword may start.
fn kw_starts(kw: Kw) -> u16 {
    match kw {
        Kw::Today | Kw::Yesterday | Kw::Tomorrow | Kw::Ghad | Kw::Now => Starts::RELATIVE,
        Kw::First => Starts::RELATIVE | Starts::THIRD | Starts::NTH_WEEKDAY | Starts::HOLIDAY,
        Kw::Before | Kw::After => {
            Starts::YEAR | Starts::RELATIVE | Starts::PART_OF_DAY | Starts::DAY_PART
        }
        Kw::Since | Kw::During | Kw::Until => Starts::YEAR | Starts::RELATIVE | Starts::QUANTITY,
        Kw::In => Starts::YEAR | Starts::QUANTITY | Starts::DAY_PART,
        Kw::From | Kw::Between => Starts::INTERVAL,
        Kw::ForDuration | Kw::Every => Starts::QUANTITY,
        Kw::Over => Starts::QUANTITY | Starts::DAY_PART,
        Kw::This => Starts::RELATIVE | Starts::DAY_PART,
        Kw::Hour | Kw::Tamam => Starts::CLOCK | Starts::INTERVAL,
        Kw::Around => Starts::CLOCK | Starts::INTERVAL | Starts::QUANTITY,
        Kw::Corresponding => Starts::ABSOLUTE,
        Kw::Feast => Starts::HOLIDAY,
        Kw::AtTime => Starts::PART_OF_DAY | Starts::DAY_PART,
        Kw::Night => Starts::DAY_PART,
        Kw::Century | Kw::HalfOf | Kw::QuarterOf | Kw::TrimesterOf | Kw::SemesterOf => {
            Starts::YEARS
        }
        Kw::To
        | Kw::And
        | Kw::Within
        | Kw::Extent
        | Kw::HijriMark
        | Kw::GregorianMark
        | Kw::Am
        | Kw::Half
        | Kw::Quarter
        | Kw::ThirdHour
        | Kw::Except
        | Kw::Noon
        | Kw::Period
        | Kw::Prayer => 0,
    }
}
