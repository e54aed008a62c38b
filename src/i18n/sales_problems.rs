//! Problems with purchases, points and the programme's settings, in words. The few
//! messages that name a limit are written here, both languages side by side, since
//! they need a figure in the language's digits.

use super::{Lang, Msg};
use crate::domain::money::MoneyProblem;
use crate::domain::purchase::PurchaseProblem;
use crate::loyalty::draft::ProgrammeProblem;
use crate::loyalty::LoyaltyError;

pub fn money_problem(lang: Lang, p: &MoneyProblem) -> String {
    match p {
        MoneyProblem::Empty => lang.t(Msg::ProblemAmountEmpty).to_owned(),
        MoneyProblem::NotANumber => lang.t(Msg::ProblemAmountNumber).to_owned(),
        MoneyProblem::Negative => lang.t(Msg::ProblemAmountNegative).to_owned(),
        MoneyProblem::TooManyDecimals { allowed } => lang.tf(
            Msg::ProblemAmountDecimals,
            &[("n", &lang.number(usize::from(*allowed)))],
        ),
        MoneyProblem::TooLarge { max } => say(
            lang,
            "The amount is too large: at most {max}.",
            "رقم بہت زیادہ ہے: زیادہ سے زیادہ {max}۔",
            &points(lang, *max),
        ),
    }
}

pub fn purchase_problem(lang: Lang, p: &PurchaseProblem) -> String {
    match p {
        PurchaseProblem::Amount(m) => money_problem(lang, m),
        PurchaseProblem::ZeroAmount => lang.t(Msg::ProblemAmountZero).to_owned(),
        PurchaseProblem::InFuture => lang.t(Msg::ProblemInFuture).to_owned(),
        PurchaseProblem::WhenShape => lang.t(Msg::ProblemWhenShape).to_owned(),
        PurchaseProblem::VoidReasonRequired => lang.t(Msg::ProblemVoidReason).to_owned(),
        PurchaseProblem::AlreadyVoid => lang.t(Msg::ProblemAlreadyVoid).to_owned(),
    }
}

/// `en` or `ur` with `{max}` filled in.
fn say(lang: Lang, en: &str, ur: &str, max: &str) -> String {
    match lang {
        Lang::En => en,
        Lang::Ur => ur,
    }
    .replace("{max}", max)
}

/// Points grouped in thousands ("12,500"; Urdu digits with the Arabic separator).
fn points(lang: Lang, n: i64) -> String {
    let grouped = magnitude(lang, n.unsigned_abs());
    if n < 0 {
        format!("−{grouped}")
    } else {
        grouped
    }
}

/// `n` grouped in thousands, in the language's digits.
fn magnitude(lang: Lang, n: u64) -> String {
    // Not `lang.number`: it takes a usize, which is 32 bits in the browser, so large
    // balances would be cut short.
    let western = n.to_string();
    let digits: String = match lang {
        Lang::En => western,
        Lang::Ur => western
            .chars()
            .map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
            .collect(),
    };
    let separator = match lang {
        Lang::En => ',',
        Lang::Ur => '\u{066C}',
    };
    crate::domain::money::group_thousands(&digits, separator)
}

pub fn loyalty_problem(lang: Lang, e: &LoyaltyError) -> String {
    match e {
        LoyaltyError::InsufficientPoints { balance, cost } => lang.tf(
            Msg::ProblemNotEnoughPoints,
            &[
                ("cost", &points(lang, *cost)),
                ("balance", &points(lang, *balance)),
            ],
        ),
        LoyaltyError::UnknownReward => lang.t(Msg::ProblemUnknownReward).to_owned(),
        LoyaltyError::RewardInactive => lang.t(Msg::ProblemRewardInactive).to_owned(),
        LoyaltyError::ReasonRequired => lang.t(Msg::ProblemReasonRequired).to_owned(),
        LoyaltyError::WouldGoNegative { balance, change } => lang.tf(
            Msg::ProblemWouldGoNegative,
            &[
                ("change", &magnitude(lang, change.unsigned_abs())),
                ("balance", &points(lang, *balance)),
            ],
        ),
        LoyaltyError::NoCustomer => lang.t(Msg::ProblemNoCustomer).to_owned(),
        LoyaltyError::PointsNotWhole => lang.t(Msg::ProblemPointsWhole).to_owned(),
        LoyaltyError::PointsTooLarge { max } => say(
            lang,
            "Points: at most {max} at a time, up or down.",
            "پوائنٹس: ایک بار میں زیادہ سے زیادہ {max}، کم یا زیادہ۔",
            &points(lang, *max),
        ),
        LoyaltyError::BalanceFull => match lang {
            Lang::En => "The balance can't hold that many more points.",
            Lang::Ur => "بیلنس میں اتنے زیادہ پوائنٹس نہیں آ سکتے۔",
        }
        .to_owned(),
    }
}

pub fn programme_problem(lang: Lang, p: &ProgrammeProblem) -> String {
    match p {
        ProgrammeProblem::WholeNumber { min } => {
            lang.tf(Msg::ProblemWholeNumber, &[("min", &points(lang, *min))])
        }
        ProgrammeProblem::TooLarge { max } => say(
            lang,
            "Too large: at most {max}.",
            "بہت زیادہ ہے: زیادہ سے زیادہ {max}۔",
            &points(lang, *max),
        ),
        ProgrammeProblem::Money(m) => money_problem(lang, m),
        ProgrammeProblem::Required => lang.t(Msg::ProblemRequired).to_owned(),
        ProgrammeProblem::NotAscending => lang.t(Msg::ProblemNotAscending).to_owned(),
        ProgrammeProblem::BonusFormat => lang.t(Msg::ProblemBonusFormat).to_owned(),
    }
}

/// Points with the sign a person reads: "−20", "1,250".
pub fn points_text(lang: Lang, n: i64) -> String {
    points(lang, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_say_what_is_wrong_in_both_languages() {
        let short = LoyaltyError::InsufficientPoints {
            balance: 40,
            cost: 100,
        };
        assert_eq!(
            loyalty_problem(Lang::En, &short),
            "Not enough points: 100 needed, the balance is 40."
        );
        assert!(loyalty_problem(Lang::Ur, &short).contains("۱۰۰"));
        assert_eq!(points_text(Lang::En, -12_500), "−12,500");
        assert_eq!(points_text(Lang::Ur, 1_250), "۱٬۲۵۰");
        let decimals = PurchaseProblem::Amount(MoneyProblem::TooManyDecimals { allowed: 2 });
        assert_eq!(
            purchase_problem(Lang::En, &decimals),
            "The amount has too many decimals: at most 2."
        );
    }

    #[test]
    fn limits_are_named_with_their_figure() {
        let large = PurchaseProblem::Amount(MoneyProblem::TooLarge {
            max: 100_000_000_000,
        });
        assert_eq!(
            purchase_problem(Lang::En, &large),
            "The amount is too large: at most 100,000,000,000."
        );
        assert!(purchase_problem(Lang::Ur, &large).contains("۱۰۰٬۰۰۰٬۰۰۰٬۰۰۰"));
        let adjust = LoyaltyError::PointsTooLarge {
            max: 1_000_000_000_000,
        };
        assert_eq!(
            loyalty_problem(Lang::En, &adjust),
            "Points: at most 1,000,000,000,000 at a time, up or down."
        );
        assert!(loyalty_problem(Lang::Ur, &adjust).contains("۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰"));
        let rate = ProgrammeProblem::TooLarge { max: 1_000 };
        assert_eq!(
            programme_problem(Lang::En, &rate),
            "Too large: at most 1,000."
        );
        for lang in Lang::ALL {
            assert!(!loyalty_problem(lang, &LoyaltyError::BalanceFull).is_empty());
        }
        // Figures past 32 bits (a usize in the browser) and at the ends of an i64.
        assert_eq!(points_text(Lang::En, 5_000_000_000), "5,000,000,000");
        assert_eq!(
            points_text(Lang::En, i64::MIN),
            "−9,223,372,036,854,775,808"
        );
        let negative = LoyaltyError::WouldGoNegative {
            balance: 3,
            change: i64::MIN,
        };
        assert!(loyalty_problem(Lang::En, &negative).starts_with("Can't take away 9,223"));
    }
}
