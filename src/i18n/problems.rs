//! Validation problems in words, naming the field so the message stands on its own.

use super::Lang;
use crate::domain::custom_field::CustomFieldProblem;
use crate::domain::interaction::InteractionProblem;
use crate::domain::phone::PhoneProblem;
use crate::domain::Problem;
use crate::store::StoreError;

pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    let en = lang == Lang::En;
    let pick = |e: &str, u: &str| if en { e.to_owned() } else { u.to_owned() };
    match problem {
        Problem::NameRequired => pick(
            "Name: type a given name, a family name or the name used.",
            "نام: پہلا نام، خاندانی نام یا پکارا جانے والا نام لکھیں۔",
        ),
        Problem::TooLong { max } => {
            let n = lang.number(*max);
            if en {
                format!("Too long: at most {n} characters.")
            } else {
                format!("بہت لمبا: زیادہ سے زیادہ {n} حروف۔")
            }
        }
        Problem::EmailShape => pick(
            "Email: this does not look like an address (name@example.com).",
            "ای میل: یہ پتہ درست نہیں لگتا (name@example.com)۔",
        ),
        Problem::Phone(PhoneProblem::InvalidCharacter(c)) => {
            if en {
                format!("Phone: “{c}” is not allowed; use digits, spaces and +.")
            } else {
                format!("فون: “{c}” کی اجازت نہیں؛ ہندسے، خالی جگہ اور + استعمال کریں۔")
            }
        }
        Problem::Phone(PhoneProblem::WrongLength) => pick(
            "Phone: too few or too many digits for the country.",
            "فون: ملک کے حساب سے ہندسے کم یا زیادہ ہیں۔",
        ),
        Problem::Phone(PhoneProblem::NeedsCountryCode) => pick(
            "Phone: start with + and the country code, or set the country in Settings.",
            "فون: + اور ملکی کوڈ سے شروع کریں، یا ترتیبات میں ملک منتخب کریں۔",
        ),
        Problem::DateShape => pick(
            "Birthday: write it as YYYY-MM-DD, or MM-DD without the year.",
            "سالگرہ: YYYY-MM-DD یا سال کے بغیر MM-DD لکھیں۔",
        ),
        Problem::DateInFuture => pick(
            "Birthday: this date is in the future.",
            "سالگرہ: یہ تاریخ مستقبل کی ہے۔",
        ),
        Problem::LanguageShape => pick(
            "Preferred language: use a language code such as en, sw or ur.",
            "پسندیدہ زبان: en، sw یا ur جیسا کوڈ لکھیں۔",
        ),
        Problem::Custom(p) => custom_problem(lang, p),
    }
}

fn custom_problem(lang: Lang, p: &CustomFieldProblem) -> String {
    let en = lang == Lang::En;
    let s = match p {
        CustomFieldProblem::NotANumber => {
            if en {
                "Type a number."
            } else {
                "عدد لکھیں۔"
            }
        }
        CustomFieldProblem::NotADate => {
            if en {
                "Type a date as YYYY-MM-DD."
            } else {
                "تاریخ YYYY-MM-DD میں لکھیں۔"
            }
        }
        CustomFieldProblem::NotYesNo => {
            if en {
                "Answer yes or no."
            } else {
                "ہاں یا نہیں لکھیں۔"
            }
        }
        CustomFieldProblem::NotAChoice => {
            if en {
                "Pick one of the listed choices."
            } else {
                "دیے گئے انتخاب میں سے ایک چنیں۔"
            }
        }
    };
    s.to_owned()
}

pub fn interaction_problem(lang: Lang, p: &InteractionProblem) -> String {
    let en = lang == Lang::En;
    match p {
        InteractionProblem::TextRequired => {
            if en {
                "What happened: write a few words.".into()
            } else {
                "کیا ہوا: چند الفاظ لکھیں۔".into()
            }
        }
        InteractionProblem::DueShape => {
            if en {
                "Follow up on: write the date as YYYY-MM-DD.".into()
            } else {
                "فالو اپ: تاریخ YYYY-MM-DD میں لکھیں۔".into()
            }
        }
        InteractionProblem::DueInPast => {
            if en {
                "Follow up on: this date has passed.".into()
            } else {
                "فالو اپ: یہ تاریخ گزر چکی ہے۔".into()
            }
        }
        InteractionProblem::WhenShape => {
            if en {
                "When: pick a date and time.".into()
            } else {
                "کب: تاریخ اور وقت منتخب کریں۔".into()
            }
        }
        InteractionProblem::WhenInFuture => {
            if en {
                "When: this is in the future.".into()
            } else {
                "کب: یہ وقت مستقبل کا ہے۔".into()
            }
        }
        InteractionProblem::ScoreRange { min, max } => {
            let (a, b) = (
                lang.number(usize::from(*min)),
                lang.number(usize::from(*max)),
            );
            if en {
                format!("Score: a whole number from {a} to {b}.")
            } else {
                format!("اسکور: {a} سے {b} تک کا عدد۔")
            }
        }
    }
}

/// A storage failure in words; the technical detail follows in brackets for support.
pub fn store_error_text(lang: Lang, error: &StoreError) -> String {
    let en = lang == Lang::En;
    match error {
        StoreError::Conflict { .. } => super::Msg::Conflict.text(lang).to_owned(),
        StoreError::NotFound => super::Msg::NotFound.text(lang).to_owned(),
        StoreError::QuotaExceeded(_) => if en {
            "this device's storage is full, so this was not saved. Everything saved before is safe. Free some space on the device (or export and remove old data), then try again"
        } else {
            "اس آلے کا ذخیرہ بھر گیا ہے، اس لیے یہ محفوظ نہیں ہوا۔ پہلے محفوظ کیا گیا سب کچھ سلامت ہے۔ آلے پر کچھ جگہ خالی کریں (یا پرانا ڈیٹا برآمد کر کے ہٹا دیں)، پھر دوبارہ کوشش کریں"
        }
        .to_owned(),
        StoreError::Deleted => if en {
            "this customer was deleted (perhaps in another tab), so nothing was saved for them. If that was a mistake, undo the delete where it was made"
        } else {
            "یہ گاہک حذف ہو چکا ہے (شاید کسی دوسرے ٹیب میں)، اس لیے ان کا کچھ بھی محفوظ نہیں ہوا۔ اگر یہ غلطی سے ہوا تو جہاں حذف کیا گیا تھا وہیں «واپس لیں» دبائیں"
        }
        .to_owned(),
        // Said inside other sentences ("Could not save: …."), so without its full stop.
        StoreError::Superseded => super::Msg::NewerVersionOpen
            .text(lang)
            .trim_end_matches(['.', '۔'])
            .to_owned(),
        StoreError::NotEnoughPoints { balance } => {
            let n = lang.number(*balance as usize);
            if en {
                format!("not enough points: the balance is now {n} (perhaps spent in another tab)")
            } else {
                format!("پوائنٹس کافی نہیں: اب بیلنس {n} ہے (شاید کسی دوسرے ٹیب میں خرچ ہوئے)")
            }
        }
        StoreError::Corrupt(detail) | StoreError::Backend(detail) => {
            let lead = if en { "the browser's storage reported a problem" } else { "براؤزر کے ذخیرے میں مسئلہ آیا" };
            format!("{lead} ({detail})")
        }
    }
}

/// Any refusal of the application layer, in words.
pub fn book_error_text(lang: Lang, error: &crate::book::BookError) -> String {
    use crate::book::BookError;
    match error {
        BookError::Invalid(list) => list
            .iter()
            .map(|e| problem_text(lang, &e.problem))
            .collect::<Vec<_>>()
            .join(" "),
        BookError::Interaction(list) => list
            .iter()
            .map(|p| interaction_problem(lang, p))
            .collect::<Vec<_>>()
            .join(" "),
        BookError::Purchase(p) => super::purchase_problem(lang, p),
        BookError::Loyalty(l) => super::loyalty_problem(lang, l),
        BookError::Store(s) => sentence(store_error_text(lang, s)),
    }
}

/// A store error said on its own (not after "could not be opened: "): a sentence.
fn sentence(text: String) -> String {
    let mut chars = text.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return text,
    };
    if !out.ends_with(['.', '۔']) {
        out.push(if out.is_ascii() { '.' } else { '۔' });
    }
    out
}
