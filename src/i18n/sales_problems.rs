//! Problems with purchases, points and the programme's settings, in words.

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
        MoneyProblem::TooLarge => lang.t(Msg::ProblemAmountLarge).to_owned(),
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

/// Points grouped in thousands ("12,500"; Urdu digits with the Arabic separator).
fn points(lang: Lang, n: i64) -> String {
    let digits = lang.number(n.unsigned_abs() as usize);
    let separator = match lang {
        Lang::En => ',',
        Lang::Ur => '\u{066C}',
    };
    let grouped = crate::domain::money::group_thousands(&digits, separator);
    if n < 0 {
        format!("−{grouped}")
    } else {
        grouped
    }
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
                ("change", &points(lang, change.abs())),
                ("balance", &points(lang, *balance)),
            ],
        ),
        LoyaltyError::NoCustomer => lang.t(Msg::ProblemNoCustomer).to_owned(),
        LoyaltyError::PointsNotWhole => lang.t(Msg::ProblemPointsWhole).to_owned(),
    }
}

pub fn programme_problem(lang: Lang, p: &ProgrammeProblem) -> String {
    match p {
        ProgrammeProblem::WholeNumber { min } => {
            lang.tf(Msg::ProblemWholeNumber, &[("min", &points(lang, *min))])
        }
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
}
