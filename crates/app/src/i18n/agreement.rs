//! Sentences whose words agree with a number: English singular and plural; Arabic
//! one, two (the dual), three to ten (the plural), eleven to ninety-nine (a singular
//! in the accusative) and the hundreds (a singular in the genitive).

use super::Language;

/// The forms an Arabic count of a noun takes, by the number's last two digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArabicCount {
    One,
    Two,
    /// 3 to 10.
    Few,
    /// 11 to 99.
    Many,
    /// 100, 1000, … and 101, 102, 200…: the noun after a hundred.
    Hundred,
}

fn arabic_count(n: usize) -> ArabicCount {
    match (n, n % 100) {
        (1, _) => ArabicCount::One,
        (2, _) => ArabicCount::Two,
        (_, 3..=10) => ArabicCount::Few,
        (_, 11..=99) => ArabicCount::Many,
        _ => ArabicCount::Hundred,
    }
}

impl Language {
    /// The article's warning that `n` relative dates (أمس، الخميس الماضي) could not be
    /// placed: `1 relative date needs a reference date`, `تاريخان نسبيان يحتاجان إلى تاريخ
    /// مرجعي`.
    pub fn unresolved_dates(self, n: usize) -> String {
        match self {
            Self::English if n == 1 => "1 relative date needs a reference date".to_owned(),
            Self::English => format!("{n} relative dates need a reference date"),
            Self::Arabic => {
                let need = "إلى تاريخ مرجعي";
                match arabic_count(n) {
                    ArabicCount::One => format!("تاريخ نسبي واحد يحتاج {need}"),
                    ArabicCount::Two => format!("تاريخان نسبيان يحتاجان {need}"),
                    ArabicCount::Few => format!("{n} تواريخ نسبية تحتاج {need}"),
                    ArabicCount::Many => format!("{n} تاريخًا نسبيًا تحتاج {need}"),
                    ArabicCount::Hundred => format!("{n} تاريخ نسبي تحتاج {need}"),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unresolved_dates_warning_agrees_with_its_number() {
        let cases = [
            (
                1,
                "1 relative date needs a reference date",
                "تاريخ نسبي واحد يحتاج إلى تاريخ مرجعي",
            ),
            (
                2,
                "2 relative dates need a reference date",
                "تاريخان نسبيان يحتاجان إلى تاريخ مرجعي",
            ),
            (
                3,
                "3 relative dates need a reference date",
                "3 تواريخ نسبية تحتاج إلى تاريخ مرجعي",
            ),
            (
                10,
                "10 relative dates need a reference date",
                "10 تواريخ نسبية تحتاج إلى تاريخ مرجعي",
            ),
            (
                11,
                "11 relative dates need a reference date",
                "11 تاريخًا نسبيًا تحتاج إلى تاريخ مرجعي",
            ),
            (
                99,
                "99 relative dates need a reference date",
                "99 تاريخًا نسبيًا تحتاج إلى تاريخ مرجعي",
            ),
            (
                100,
                "100 relative dates need a reference date",
                "100 تاريخ نسبي تحتاج إلى تاريخ مرجعي",
            ),
            (
                103,
                "103 relative dates need a reference date",
                "103 تواريخ نسبية تحتاج إلى تاريخ مرجعي",
            ),
        ];
        for (n, english, arabic) in cases {
            assert_eq!(Language::English.unresolved_dates(n), english);
            assert_eq!(Language::Arabic.unresolved_dates(n), arabic);
        }
    }
}
