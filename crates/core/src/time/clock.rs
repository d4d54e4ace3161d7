//! Clock times after a date: `08:51 م`, `على الساعة العاشرة صباحا`, `الساعة 14:30`.

use super::lexicon::{Kw, Lex};
use super::scan::Ctx;
use super::value::{ClockTime, DayPart, Grain};

impl Ctx<'_> {
    /// A clock time after a date: `08:51 م`, `على الساعة العاشرة صباحا`, `الساعة 14:30`.
    pub(crate) fn clock(&self, i: usize, bare_ok: bool) -> Option<(ClockTime, Grain, usize)> {
        let mut j = i;
        if matches!(self.punct(j), Some('،' | ',')) {
            j += 1;
        }
        if self.kw(j, Kw::Over) || self.kw(j, Kw::In) || self.kw(j, Kw::From) {
            j += 1;
        }
        if self.kw(j, Kw::Tamam) || self.kw(j, Kw::Around) {
            j += 1;
        }
        let has_hour_word = self.kw(j, Kw::Hour);
        if has_hour_word {
            j += 1;
        }
        let (mut hour, mut minute, grain);
        if let Some((h, _)) = self.num(j) {
            hour = h;
            if self.punct(j + 1) == Some(':')
                && let Some((m, 2)) = self.num(j + 2)
            {
                minute = m;
                grain = Grain::Minute;
                j += 3;
            } else if has_hour_word {
                minute = 0;
                grain = Grain::Hour;
                j += 1;
            } else {
                return None;
            }
            if !has_hour_word && !bare_ok {
                return None;
            }
        } else if has_hour_word && let Some(Lex::Ordinal(h)) = self.lx(j) {
            hour = h;
            minute = 0;
            grain = Grain::Hour;
            j += 1;
            if self.lx(j) == Some(Lex::NumWord(10)) && h <= 2 {
                hour += 10;
                j += 1;
            }
        } else {
            return None;
        }
        if self.kw(j, Kw::Half) {
            minute = 30;
            j += 1;
        } else if self.kw(j, Kw::Quarter) {
            minute = 15;
            j += 1;
        }
        let pm = match self.lx(j) {
            Some(Lex::Kw(Kw::Am) | Lex::Part(DayPart::Morning | DayPart::Dawn)) => Some(false),
            Some(Lex::Kw(Kw::GregorianMark) | Lex::Part(DayPart::Evening | DayPart::Afternoon)) => {
                Some(true)
            }
            Some(Lex::Part(DayPart::Night)) => Some(hour >= 6),
            Some(Lex::Part(DayPart::Noon)) => Some(hour < 6),
            Some(Lex::Kw(Kw::After))
                if matches!(
                    self.lx(j + 1),
                    Some(Lex::Kw(Kw::Noon) | Lex::Part(DayPart::Noon))
                ) =>
            {
                j += 1;
                Some(true)
            }
            _ => None,
        };
        if let Some(pm) = pm {
            j += 1;
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
        }
        if hour > 23 || minute > 59 {
            return None;
        }
        let grain = if grain == Grain::Hour && minute > 0 {
            Grain::Minute
        } else {
            grain
        };
        Some((
            ClockTime {
                hour: hour as u8,
                minute: minute as u8,
            },
            grain,
            j,
        ))
    }
}
