//! Problems with purchases, points and the programme's settings, in words.

use super::{Lang, Msg};
use crate::domain::money::MoneyProblem;
use crate::domain::purchase::PurchaseProblem;
use crate::loyalty::draft::ProgrammeProblem;
use crate::loyalty::LoyaltyError;

pub fn money_problem(lang: Lang, p: &MoneyProblem) -> String {
    match p {
        MoneyProblem::Empty => lang.t(Msg::ProblemAmountEmpty),
        MoneyProblem::NotANumber => lang.t(Msg::ProblemAmountNumber),
        MoneyProblem::Negative => lang.t(Msg::ProblemAmountNegative),
        MoneyProblem::TooManyDecimals { allowed } => {
            lang.tf(Msg::ProblemAmountDecimals, &[("n", allowed)])
        }
        MoneyProblem::TooLarge { max } => lang.tf(Msg::ProblemAmountTooLarge, &[("max", max)]),
    }
}

pub fn purchase_problem(lang: Lang, p: &PurchaseProblem) -> String {
    match p {
        PurchaseProblem::Amount(m) => money_problem(lang, m),
        PurchaseProblem::ZeroAmount => lang.t(Msg::ProblemAmountZero),
        PurchaseProblem::InFuture => lang.t(Msg::ProblemInFuture),
        PurchaseProblem::WhenShape => lang.t(Msg::ProblemWhenShape),
        PurchaseProblem::VoidReasonRequired => lang.t(Msg::ProblemVoidReason),
        PurchaseProblem::AlreadyVoid => lang.t(Msg::ProblemAlreadyVoid),
    }
}

pub fn loyalty_problem(lang: Lang, e: &LoyaltyError) -> String {
    match e {
        LoyaltyError::InsufficientPoints { balance, cost } => lang.tf(
            Msg::ProblemNotEnoughPoints,
            &[("cost", cost), ("balance", balance)],
        ),
        LoyaltyError::UnknownReward => lang.t(Msg::ProblemUnknownReward),
        LoyaltyError::RewardInactive => lang.t(Msg::ProblemRewardInactive),
        LoyaltyError::ReasonRequired => lang.t(Msg::ProblemReasonRequired),
        LoyaltyError::WouldGoNegative { balance, change } => lang.tf(
            Msg::ProblemWouldGoNegative,
            &[("change", &change.unsigned_abs()), ("balance", balance)],
        ),
        LoyaltyError::NoCustomer => lang.t(Msg::ProblemNoCustomer),
        LoyaltyError::PointsNotWhole => lang.t(Msg::ProblemPointsWhole),
        LoyaltyError::PointsTooLarge { max } => {
            lang.tf(Msg::ProblemPointsTooLarge, &[("max", max)])
        }
        LoyaltyError::BalanceFull => lang.t(Msg::ProblemBalanceFull),
    }
}

pub fn programme_problem(lang: Lang, p: &ProgrammeProblem) -> String {
    match p {
        ProgrammeProblem::WholeNumber { min } => lang.tf(Msg::ProblemWholeNumber, &[("min", min)]),
        ProgrammeProblem::TooLarge { max } => lang.tf(Msg::ProblemTooLarge, &[("max", max)]),
        ProgrammeProblem::Money(m) => money_problem(lang, m),
        ProgrammeProblem::Required => lang.t(Msg::ProblemRequired),
        ProgrammeProblem::NotAscending => lang.t(Msg::ProblemNotAscending),
        ProgrammeProblem::BonusFormat => lang.t(Msg::ProblemBonusFormat),
    }
}

pub fn segment_problem(lang: Lang, p: &crate::book::segments::SegmentProblem) -> String {
    use crate::book::segments::SegmentProblem;
    match p {
        SegmentProblem::NameMissing => lang.t(Msg::SegmentNameMissing),
        SegmentProblem::NameTaken => lang.t(Msg::SegmentNameTaken),
        SegmentProblem::Gone => lang.t(Msg::SegmentGone),
        SegmentProblem::TooDeep => lang.t(Msg::SegmentTooDeep),
        SegmentProblem::BadScoreRule(n) => lang.tf(Msg::ScoreRuleBad, &[("n", n)]),
    }
}

/// "Condition 2: type a number."
pub fn segment_draft_problem(lang: Lang, p: &crate::segments::draft::DraftProblem) -> String {
    use crate::segments::draft::ValueProblem;
    let problem = match &p.problem {
        ValueProblem::Missing => lang.t(Msg::ConditionValueMissing),
        ValueProblem::NotANumber => lang.t(Msg::ConditionNotANumber),
        ValueProblem::NotAPercent => lang.t(Msg::ConditionNotAPercent),
        ValueProblem::Points => lang.tf(
            Msg::ScorePointsProblem,
            &[("max", &crate::segments::rule::MAX_RULE_POINTS)],
        ),
        ValueProblem::Amount(m) => money_problem(lang, m),
    };
    lang.tf(
        Msg::ConditionProblem,
        &[("n", &p.position), ("problem", &problem)],
    )
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
        assert_eq!(Lang::En.number(-12_500), "−12,500");
        assert_eq!(Lang::Ur.number(1_250), "۱٬۲۵۰");
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
        assert_eq!(Lang::En.number(5_000_000_000_i64), "5,000,000,000");
        assert_eq!(Lang::En.number(i64::MIN), "−9,223,372,036,854,775,808");
        let negative = LoyaltyError::WouldGoNegative {
            balance: 3,
            change: i64::MIN,
        };
        assert!(loyalty_problem(Lang::En, &negative).starts_with("Can't take away 9,223"));
    }
}
