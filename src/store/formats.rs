//! The shape of every record stored as JSON, pinned to the schema version. An older
//! tab that rewrote a record of a newer shape would drop the fields it does not know;
//! bumping `SCHEMA_VERSION` with every change of shape makes older tabs let go first
//! (their `versionchange` handler) and keeps older releases out, so that cannot happen.
//!
//! Adding a field or variant to a stored type stops this file compiling (the patterns
//! below name every field and variant); once it is added here, the test fails until a
//! new schema version is pinned with the new shape. (Purchase chunks and ledgers are
//! positional postcard with a format byte: a shape they do not know fails to decode and
//! is set aside, never rewritten short.)

use super::{Settings, SCHEMA_VERSION};
use crate::analytics::rfm::{RfmSegment, RfmSettings, RfmTable};
use crate::domain::custom_field::{CustomFieldDef, CustomFieldKind, CustomValue};
use crate::domain::{
    Birthday, Currency, Customer, Interaction, InteractionKind, PersonName, Score,
};
use crate::gdpr::requests::{Logged, RequestEvent};
use crate::gdpr::{DataRequest, RequestKind, RequestStatus, Subject as RequestSubject};
use crate::lock::{KdfParams, LockRecord, LockState};
use crate::loyalty::{EarnRules, Expiry, Programme, Reward, Tier, TierBasis};
use crate::segments::{Condition, Group, Item, Join, ScoreRule, Segment, Subject, Test};

use super::formats_history::PINNED;
use super::formats_imports::import_shapes;
use super::formats_privacy::privacy_shapes;
use super::formats_reports::report_shapes;

#[allow(clippy::too_many_lines)]
fn shapes() -> String {
    // Each pattern names every field (no `..`), so a new field does not compile here.
    let customer = |c: &Customer| {
        let Customer {
            id: _,
            name: _,
            phones: _,
            emails: _,
            address: _,
            birthday: _,
            language: _,
            about: _,
            tags: _,
            custom: _,
            consents: _,
            flags: _,
            created_ms: _,
            updated_ms: _,
            revision: _,
        } = c;
        "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision"
    };
    let name = |n: &PersonName| {
        let PersonName {
            given: _,
            family: _,
            display: _,
        } = n;
        "PersonName: given family display"
    };
    let birthday = |b: &Birthday| {
        let Birthday {
            month: _,
            day: _,
            year: _,
        } = b;
        "Birthday: month day year"
    };
    let interaction = |i: &Interaction| {
        let Interaction {
            id: _,
            customer_id: _,
            kind: _,
            at_ms: _,
            text: _,
            score: _,
            due: _,
            done: _,
            revision: _,
        } = i;
        "Interaction: id customer_id kind at_ms text score due done revision"
    };
    let settings = |s: &Settings| {
        let Settings {
            language: _,
            country: _,
            custom_fields: _,
            loyalty: _,
            segments: _,
            score_rules: _,
            rfm: _,
            requests: _,
            purposes: _,
            records: _,
            retention: _,
            pseudonym_key: _,
            imports: _,
            privacy_reports: _,
            revision: _,
        } = s;
        "Settings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports privacy_reports revision"
    };
    let field = |f: &CustomFieldDef| {
        let CustomFieldDef {
            key: _,
            label: _,
            kind: _,
        } = f;
        "CustomFieldDef: key label kind"
    };
    let programme = |p: &Programme| {
        let Programme {
            version: _,
            currency: _,
            earn: _,
            expiry: _,
            tier_basis: _,
            tiers: _,
            rewards: _,
        } = p;
        "Programme: version currency earn expiry tier_basis tiers rewards"
    };
    let currency = |c: &Currency| {
        let Currency {
            code: _,
            exponent: _,
        } = c;
        "Currency: code exponent"
    };
    let earn = |e: &EarnRules| {
        let EarnRules {
            points: _,
            per_amount: _,
            per_visit: _,
            birthday_month_pct: _,
            category_bonus: _,
        } = e;
        "EarnRules: points per_amount per_visit birthday_month_pct category_bonus"
    };
    let tier = |t: &Tier| {
        let Tier {
            name: _,
            threshold: _,
            multiplier_pct: _,
        } = t;
        "Tier: name threshold multiplier_pct"
    };
    let reward = |r: &Reward| {
        let Reward {
            id: _,
            name: _,
            cost: _,
            active: _,
        } = r;
        "Reward: id name cost active"
    };
    // Each match names every variant (no `_`), so a new variant does not compile here.
    let custom_value = |v: &CustomValue| match v {
        CustomValue::Text(_)
        | CustomValue::Number(_)
        | CustomValue::Date(_)
        | CustomValue::YesNo(_)
        | CustomValue::Choice(_) => "CustomValue(type value): text number date yes_no choice",
    };
    let kind = |k: &InteractionKind| match k {
        InteractionKind::Note
        | InteractionKind::Call
        | InteractionKind::Visit
        | InteractionKind::Email
        | InteractionKind::Message
        | InteractionKind::Feedback => "InteractionKind: note call visit email message feedback",
    };
    let score = |s: &Score| match s {
        Score::Satisfaction(_) | Score::Nps(_) => "Score(scale value): satisfaction nps",
    };
    let field_kind = |k: &CustomFieldKind| match k {
        CustomFieldKind::Text
        | CustomFieldKind::Number
        | CustomFieldKind::Date
        | CustomFieldKind::YesNo
        | CustomFieldKind::Choice(_) => {
            "CustomFieldKind(type choices): text number date yes_no choice"
        }
    };
    let expiry = |e: &Expiry| match e {
        Expiry::Never | Expiry::AfterInactiveMonths(_) | Expiry::ValidForMonths(_) => {
            "Expiry(kind months): never after_inactive_months valid_for_months"
        }
    };
    let lock = |r: &LockRecord| {
        let LockRecord {
            kdf: _,
            key_id: _,
            wrapped_key: _,
            key_check: _,
            state: _,
            idle_minutes: _,
        } = r;
        "LockRecord: kdf key_id wrapped_key key_check state idle_minutes"
    };
    let kdf = |k: &KdfParams| {
        let KdfParams {
            algorithm: _,
            memory_kib: _,
            iterations: _,
            parallelism: _,
            salt: _,
        } = k;
        "KdfParams: algorithm memory_kib iterations parallelism salt"
    };
    let lock_state = |s: &LockState| match s {
        LockState::On | LockState::TurningOn | LockState::TurningOff => {
            "LockState: on turning_on turning_off"
        }
    };
    let segment = |s: &Segment| {
        let Segment {
            id: _,
            name: _,
            rule: _,
            purpose: _,
        } = s;
        "Segment: id name rule purpose"
    };
    let group = |g: &Group| {
        let Group { join: _, items: _ } = g;
        "Group: join items"
    };
    let join = |j: &Join| match j {
        Join::All | Join::Any => "Join: all any",
    };
    let item = |i: &Item| match i {
        Item::Condition(_) | Item::Group(_) => "Item: condition group",
    };
    let condition = |c: &Condition| {
        let Condition { on: _, test: _ } = c;
        "Condition: on test"
    };
    let subject = |s: &Subject| {
        match s {
        Subject::Tag
        | Subject::Name
        | Subject::Email
        | Subject::Phone
        | Subject::Address
        | Subject::Birthday
        | Subject::Custom(_)
        | Subject::Spend { days: _ }
        | Subject::Visits { days: _ }
        | Subject::DaysSinceVisit
        | Subject::DaysSinceAdded
        | Subject::Points
        | Subject::Tier
        | Subject::Rfm
        | Subject::ChanceActive
        | Subject::ExpectedValue
        | Subject::Score
        | Subject::Consent(_) => "Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days",
    }
    };
    let test = |t: &Test| match t {
        Test::IsSet
        | Test::IsEmpty
        | Test::Is(_)
        | Test::IsNot(_)
        | Test::Contains(_)
        | Test::AtLeast(_)
        | Test::AtMost(_)
        | Test::Yes
        | Test::No => "Test: is_set is_empty is is_not contains at_least at_most yes no",
    };
    let score_rule = |r: &ScoreRule| {
        let ScoreRule {
            condition: _,
            points: _,
        } = r;
        "ScoreRule: condition points"
    };
    let rfm = |r: &RfmSettings| {
        let RfmSettings {
            window_months: _,
            table: _,
        } = r;
        "RfmSettings: window_months table"
    };
    // The table's cells are private: it names them itself.
    let rfm_table = |t: &RfmTable| t.pinned_shape();
    let rfm_segment = |s: &RfmSegment| {
        match s {
        RfmSegment::Champions
        | RfmSegment::Loyal
        | RfmSegment::PotentialLoyalists
        | RfmSegment::New
        | RfmSegment::Promising
        | RfmSegment::NeedAttention
        | RfmSegment::AboutToSleep
        | RfmSegment::AtRisk
        | RfmSegment::CantLoseThem
        | RfmSegment::Hibernating => "RfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating",
    }
    };
    let basis = |b: &TierBasis| match b {
        TierBasis::PointsEarned12m | TierBasis::Spend12m => "TierBasis: points_earned12m spend12m",
    };

    let request = |r: &DataRequest| {
        let DataRequest {
            id: _,
            kind: _,
            subject: _,
            received: _,
            extended_months: _,
            status: _,
            history: _,
        } = r;
        "DataRequest: id kind subject received extended_months status history"
    };
    let request_kind = |k: &RequestKind| match k {
        RequestKind::Access
        | RequestKind::Rectification
        | RequestKind::Erasure
        | RequestKind::Restriction
        | RequestKind::Portability
        | RequestKind::Objection => {
            "RequestKind: access rectification erasure restriction portability objection"
        }
    };
    let request_subject = |s: &RequestSubject| match s {
        RequestSubject::Customer(_) | RequestSubject::Pseudonym(_) => {
            "RequestSubject: customer pseudonym"
        }
    };
    let request_status = |s: &RequestStatus| match s {
        RequestStatus::Open | RequestStatus::Done | RequestStatus::Refused => {
            "RequestStatus: open done refused"
        }
    };
    let logged = |l: &Logged| {
        let Logged { at_ms: _, event: _ } = l;
        "Logged: at_ms event"
    };
    let request_event = |e: &RequestEvent| {
        match e {
        RequestEvent::Received
        | RequestEvent::Extended {
            months: _,
            reason: _,
        }
        | RequestEvent::BundleGiven
        | RequestEvent::Erased {
            records_scanned: _,
            hits: _,
        }
        | RequestEvent::Closed { status: _, note: _ } => {
            "RequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed"
        }
    }
    };
    let c = crate::store::contract::customer("c1", "Amina");
    let i = crate::store::contract::note("c1", "n1", 1, None);
    let (sample_lock, _) =
        LockRecord::create("sample passphrase", KdfParams::with_cost(8, 1)).expect("a sample lock");
    let s = Settings::default();
    let p = &s.loyalty;
    let sample_condition = Condition {
        on: Subject::Tag,
        test: Test::IsSet,
    };
    let sample_segment = Segment {
        id: String::new(),
        purpose: None,
        name: String::new(),
        rule: Group {
            join: Join::All,
            items: vec![Item::Condition(sample_condition.clone())],
        },
    };
    let sample_request = DataRequest::new(
        String::new(),
        RequestKind::Access,
        RequestSubject::Customer("c1".into()),
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
        0,
    )
    .expect("a sample request");
    let lines = [
        customer(&c),
        name(&c.name),
        birthday(&Birthday {
            month: 1,
            day: 2,
            year: None,
        }),
        custom_value(&CustomValue::YesNo(true)),
        interaction(&i),
        kind(&i.kind),
        score(&Score::Nps(9)),
        settings(&s),
        field(&CustomFieldDef {
            key: String::new(),
            label: String::new(),
            kind: CustomFieldKind::Text,
        }),
        field_kind(&CustomFieldKind::Text),
        programme(p),
        currency(&p.currency),
        earn(&p.earn),
        expiry(&p.expiry),
        basis(&p.tier_basis),
        tier(&Tier {
            name: String::new(),
            threshold: 0,
            multiplier_pct: 100,
        }),
        reward(&Reward {
            id: String::new(),
            name: String::new(),
            cost: 0,
            active: true,
        }),
        lock(&sample_lock),
        kdf(&sample_lock.kdf),
        lock_state(&sample_lock.state),
        segment(&sample_segment),
        group(&sample_segment.rule),
        join(&Join::All),
        item(&sample_segment.rule.items[0]),
        condition(&sample_condition),
        subject(&sample_condition.on),
        test(&sample_condition.test),
        score_rule(&ScoreRule {
            condition: sample_condition.clone(),
            points: 10,
        }),
        rfm(&s.rfm),
        rfm_table(&s.rfm.table),
        rfm_segment(&RfmSegment::Champions),
        request(&sample_request),
        request_kind(&sample_request.kind),
        request_subject(&sample_request.subject),
        request_status(&sample_request.status),
        logged(&sample_request.history[0]),
        request_event(&sample_request.history[0].event),
    ];
    lines
        .iter()
        .chain(&privacy_shapes(&s))
        .chain(&import_shapes(&s.imports))
        .chain(&report_shapes(&s.privacy_reports))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// serde's names for the samples' fields, to check the lists above against them.
fn serialised_keys(value: &serde_json::Value, out: &mut Vec<String>) {
    if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            out.push(k.clone());
            // The custom map's keys are the shop's own field names, not a shape.
            if k != "custom" {
                serialised_keys(v, out);
            }
        }
    }
}

#[test]
fn stored_shapes_change_only_with_a_schema_bump() {
    let (version, pinned) = PINNED.last().copied().unwrap_or_default();
    assert!(
        PINNED.windows(2).all(|w| w[0].0 < w[1].0),
        "pinned versions only go up"
    );
    assert_eq!(
        (SCHEMA_VERSION, shapes()),
        (version, pinned.to_owned()),
        "a stored type changed shape: add a new entry to PINNED with a bumped \
         SCHEMA_VERSION (and a no-op upgrade step), so older tabs let go before they \
         could rewrite a record without the new fields"
    );
}

#[test]
fn the_pinned_names_are_the_names_serde_writes() {
    let mut customer = crate::store::contract::customer("c1", "Amina");
    customer.birthday = Some(Birthday {
        month: 1,
        day: 2,
        year: Some(1990),
    });
    customer.name.given = "Amina".into();
    customer.name.family = "Odhiambo".into();
    customer.emails = vec!["a@example.org".into()];
    customer.address = "Moi Avenue".into();
    customer.custom.insert("x".into(), CustomValue::YesNo(true));
    let mut interaction = crate::store::contract::note("c1", "n1", 1, None);
    interaction.score = Some(Score::Nps(9));
    interaction.due = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
    let mut keys = Vec::new();
    for value in [
        serde_json::to_value(&customer).unwrap(),
        serde_json::to_value(&interaction).unwrap(),
        serde_json::to_value(Settings::default()).unwrap(),
    ] {
        serialised_keys(&value, &mut keys);
    }
    let pinned = shapes();
    let named: Vec<&str> = pinned
        .lines()
        .flat_map(|l| l.split([' ', ':', '(', ')']))
        .collect();
    for key in &keys {
        assert!(
            named.contains(&key.as_str()),
            "{key} is stored but not pinned"
        );
    }
}
