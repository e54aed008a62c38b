//! Whatever bytes are stored, reading them never panics: each decoder either returns
//! the records or an error saying what is wrong, and everything done afterwards with
//! records that decoded (the sales table, summaries, an erasure and its undo, a void,
//! balances, the counter) cannot panic either. Debug builds check arithmetic, so an
//! overflow anywhere on these paths fails a case here.
//!
//! Fed: (a) arbitrary bytes, (b) valid encodings with one byte changed, cut short or
//! extended, and (c) well-formed records with arbitrary numbers in them (category
//! indexes, time deltas, id bits, amounts, points, programme rates), which is where
//! a decoder's checks matter. The case count is modest so CI stays quick; for a long
//! run set `PROPTEST_CASES`, e.g. `PROPTEST_CASES=100000 cargo test --release
//! --test decoders_never_panic` (release keeps overflow checks off, so do long runs in
//! debug or with `-C overflow-checks=on` to catch wrapping).
#![cfg(not(target_arch = "wasm32"))]

use karibu::analytics::{add_rows, customer_summaries, revenue_by_month};
use karibu::demo::DemoGenerator;
use karibu::domain::purchase::Void;
use karibu::domain::{
    Birthday, CompactId, Customer, CustomerId, EntryId, Interaction, Money, Purchase, PurchaseId,
};
use karibu::lock::{DataKey, Envelope};
use karibu::loyalty::draft::ProgrammeDraft;
use karibu::loyalty::stats::loyalty_stats;
use karibu::loyalty::stored::{decode_ledger, encode_ledger};
use karibu::loyalty::{counter, rules, Account, EntryKind, Expiry, LedgerEntry, Programme};
use karibu::sales::{PurchaseChunk, PurchaseTable};
use karibu::store::codec;
use karibu::store::Settings;
use proptest::prelude::*;
use serde::Serialize;

const NOW: i64 = 1_800_000_000_000;

/// `PROPTEST_CASES` if set, else `default`: proptest's own reading of the variable is
/// overridden by an explicit config, so it is read here.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        // A failure is shrunk to a small case quickly; no files are written.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn sale(id: &str, who: &CustomerId, at_ms: i64, amount: i64) -> Purchase {
    Purchase {
        id: id.into(),
        customer: Some(who.clone()),
        at_ms,
        amount: Money(amount),
        categories: vec![],
        note: String::new(),
        void: None,
    }
}

fn sample_purchases() -> Vec<Purchase> {
    let mut g = DemoGenerator::new(11, NOW);
    let ids: Vec<_> = g.batch(6).customers.into_iter().map(|c| c.id).collect();
    let mut sales = g.purchases(&ids, 24);
    sales[1].note = "paid in coins".into();
    sales[2].void = Some(Void {
        at_ms: sales[2].at_ms + 5,
        reason: "rang up twice".into(),
    });
    sales[3].id = PurchaseId::from("imported-77");
    sales[4].categories = vec!["coffee".into(), "cake".into()];
    sales[5].customer = Some(CustomerId::from("imported-customer"));
    sales
}

fn sample_chunk_bytes() -> Vec<u8> {
    PurchaseChunk::from_purchases(&sample_purchases()).encode()
}

fn sample_ledger() -> (CustomerId, Vec<LedgerEntry>) {
    let who = CustomerId::from("c1");
    let programme = Programme::default();
    let mut account = Account::default();
    let mut n = 0;
    let mut next = || {
        n += 1;
        EntryId::from(format!("e{n}").as_str())
    };
    for (i, amount) in [500_000, 1_200_000, 90_000].into_iter().enumerate() {
        let p = sale(&format!("p{i}"), &who, NOW + i as i64 * 86_400_000, amount);
        let sale = counter::ring_up(&programme, &account, p, false, Money(0), &mut next);
        for e in sale.entries {
            account.push(e).expect("earning never overdraws");
        }
    }
    let redeemed = counter::redeem(
        &programme,
        &account,
        &who,
        "coffee",
        NOW + 5 * 86_400_000,
        &mut next,
    )
    .expect("the sample can afford a coffee");
    for e in redeemed {
        account.push(e).expect("checked by redeem");
    }
    let adjust = rules::adjust(
        &programme,
        &account,
        &who,
        7,
        "goodwill",
        NOW + 6 * 86_400_000,
        next(),
    )
    .expect("a small upward adjustment");
    account.push(adjust).expect("upward");
    (who, account.into_entries())
}

fn sample_ledger_bytes() -> Vec<u8> {
    let (who, entries) = sample_ledger();
    encode_ledger(&who, &entries)
}

/// A valid encoding changed in one of the ways stored bytes go wrong.
#[derive(Clone, Debug)]
enum Damage {
    Flip { at: usize, to: u8 },
    Cut { at: usize },
    Extend { tail: Vec<u8> },
    Insert { at: usize, byte: u8 },
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        4 => (any::<usize>(), any::<u8>()).prop_map(|(at, to)| Damage::Flip { at, to }),
        1 => any::<usize>().prop_map(|at| Damage::Cut { at }),
        1 => proptest::collection::vec(any::<u8>(), 1..12).prop_map(|tail| Damage::Extend { tail }),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Damage::Insert { at, byte }),
    ]
}

fn damaged(mut bytes: Vec<u8>, d: &Damage) -> Vec<u8> {
    let len = bytes.len().max(1);
    match d {
        Damage::Flip { at, to } => {
            if let Some(b) = bytes.get_mut(at % len) {
                *b = *to;
            }
        }
        Damage::Cut { at } => bytes.truncate(at % len),
        Damage::Extend { tail } => bytes.extend(tail),
        Damage::Insert { at, byte } => bytes.insert(at % len, *byte),
    }
    bytes
}

/// Everything the app does with a chunk it has read, none of which may panic.
fn use_chunk(bytes: &[u8]) {
    let Ok(mut chunk) = PurchaseChunk::decode(bytes) else {
        return;
    };
    let purchases: Vec<Purchase> = chunk.rows().iter().map(|r| chunk.purchase(r)).collect();
    // What decoded encodes again, and reads back the same.
    let again = PurchaseChunk::decode(&chunk.encode()).expect("a decoded chunk re-encodes");
    assert_eq!(again, chunk);
    let _ = chunk.id_range();

    let mut table = PurchaseTable::default();
    table.extend_from_chunk(&chunk);
    let mut summaries = customer_summaries(&table);
    let _ = revenue_by_month(&table, &karibu::domain::time::FixedOffset(5 * 60));
    table.extend_from_chunk(&chunk);
    add_rows(&table, &mut summaries, chunk.len());
    for row in 0..table.len() {
        let p = table.purchase(row);
        let _ = table.id(row);
        let _ = table.row_of(&p.id);
    }
    let customers: Vec<CustomerId> = table.customers().to_vec();
    for c in &customers {
        let theirs = table.purchases_of(c);
        let spend = table.spend_since(c, i64::MIN);
        let account = Account::default();
        let _ = counter::standing(&Programme::default(), &account, spend, NOW);
        for p in theirs.iter().take(3) {
            let _ = counter::ring_up(
                &Programme::default(),
                &account,
                p.clone(),
                false,
                spend,
                || EntryId::from("e"),
            );
            let _ = counter::void_sale(&Programme::default(), &account, p, "test", NOW, "v".into());
        }
    }

    // A void written back in place, an erasure and its undo.
    if let Some(first) = purchases.first() {
        let mut voided = first.clone();
        voided.void = Some(Void {
            at_ms: NOW,
            reason: "test".into(),
        });
        assert!(chunk.replace(&voided));
        table.replace(&voided);
    }
    let compact: Vec<CompactId> = customers
        .iter()
        .map(|c| CompactId::of(c.as_str()))
        .collect();
    let encoded = chunk.encode();
    let _ = PurchaseChunk::may_hold_customers(&encoded, &compact);
    let forgotten = chunk.forget_customers(&compact);
    let _ = chunk.relink(&forgotten);
    if let Some(c) = customers.first() {
        table.forget_customer(c);
    }
    let _ = customer_summaries(&table);
    let _ = revenue_by_month(&table, &karibu::domain::time::FixedOffset(5 * 60));
}

/// Everything done with a ledger that was read, none of which may panic.
fn use_ledger(bytes: &[u8]) {
    let who = CustomerId::from("c1");
    let Ok((owner, entries)) = decode_ledger(bytes, Some(&who)) else {
        return;
    };
    let again =
        decode_ledger(&encode_ledger(&owner, &entries), None).expect("a decoded ledger re-encodes");
    assert_eq!(again, (owner, entries.clone()));
    let account = Account::from_entries(entries.clone());
    let _ = (account.balance(), account.issued(), account.redeemed());
    let _ = account.earned_since(i64::MIN);
    for expiry in [
        Expiry::Never,
        Expiry::AfterInactiveMonths(1),
        Expiry::ValidForMonths(12),
        Expiry::ValidForMonths(u32::MAX),
    ] {
        let _ = account.expirable(expiry, NOW);
        let _ = account.expirable(expiry, i64::MAX);
        let programme = Programme {
            expiry,
            ..Programme::default()
        };
        let _ = counter::standing(&programme, &account, Money(i64::MAX), NOW);
        let _ = rules::expire(&programme, &account, &who, NOW, "x".into());
    }
    let programme = Programme::default();
    for e in &entries {
        if let EntryKind::Earn { purchase } | EntryKind::Reverse { purchase, .. } = &e.kind {
            let _ = account.net_for_purchase(purchase);
            let live = sale(purchase.as_str(), &who, e.at_ms, 100_000);
            let void = Some(Void {
                at_ms: NOW,
                reason: "x".into(),
            });
            let voided = Purchase {
                void,
                ..live.clone()
            };
            let _ = rules::reverse(&programme, &account, &voided, NOW, "r".into());
            let _ = counter::edit_sale(
                &programme,
                &account,
                &live,
                live.clone(),
                false,
                Money(0),
                NOW,
                "ed".into(),
            );
        }
    }
    let big = sale("p-new", &who, NOW, 10_000_000_000_000);
    let s = counter::ring_up(&programme, &account, big, false, Money(0), || "n".into());
    let mut after = account.clone();
    for e in s.entries {
        let _ = after.push(e);
    }
    let _ = counter::redeem(&programme, &account, &who, "coffee", NOW, || "r".into());
    for points in [i64::MIN, -1, 1, i64::MAX] {
        let _ = rules::adjust(&programme, &account, &who, points, "x", NOW, "a".into());
    }
    let stats = loyalty_stats([(&account, None), (&account, Some("Gold")), (&after, None)]);
    let _ = stats.redemption_rate_pct;
}

/// Everything done with settings that were read: the programme's form, a sale under
/// its rules, where a customer stands, money in its currency.
fn use_settings(bytes: &[u8]) {
    let Ok(settings) = codec::decode::<Settings>(&Envelope::plain(), bytes) else {
        return;
    };
    let p = &settings.loyalty;
    let draft = ProgrammeDraft::from_programme(p);
    let _ = draft.to_programme(p);
    let _ = p.currency.format(Money(i64::MIN));
    let _ = p.currency.format(Money(i64::MAX));
    let _ = p.currency.parse("1,250.50");
    let (who, entries) = sample_ledger();
    let account = Account::from_entries(entries);
    for amount in [1, 12_345, 10_000_000_000_000, i64::MAX, i64::MIN] {
        let sale = Purchase {
            categories: vec!["coffee".into(), "cake".into()],
            ..sale("p-new", &who, NOW, amount)
        };
        let born = Some(Birthday {
            month: 1,
            day: 15,
            year: None,
        });
        let birthday = karibu::loyalty::rules::in_birthday_month(
            born,
            sale.at_ms,
            &karibu::domain::time::FixedOffset(0),
        );
        let s = counter::ring_up(p, &account, sale.clone(), birthday, Money(amount), || {
            "n".into()
        });
        let mut after = account.clone();
        for e in s.entries {
            let _ = after.push(e);
        }
        let _ = counter::standing(p, &after, Money(amount), NOW);
        let _ = counter::edit_sale(
            p,
            &account,
            &sale,
            sale.clone(),
            birthday,
            Money(amount),
            NOW,
            "e".into(),
        );
    }
    for reward in &p.rewards {
        let _ = counter::redeem(p, &account, &who, &reward.id, NOW, || "r".into());
    }
    let _ = rules::rewards_in_reach(p, account.balance());
    let _ = rules::rewards_in_reach(p, i64::MIN);
}

fn use_json(bytes: &[u8]) {
    let _ = codec::decode::<Vec<Customer>>(&Envelope::plain(), bytes);
    let _ = codec::decode::<Interaction>(&Envelope::plain(), bytes);
    use_settings(bytes);
}

// Mirrors of the stored forms, to write well-formed records with arbitrary numbers.

#[derive(Serialize)]
struct ChunkWire {
    categories: Vec<String>,
    rows: Vec<ChunkRow>,
}

#[derive(Clone, Debug, Serialize)]
struct ChunkRow {
    id: CompactId,
    customer: Option<CompactId>,
    at_delta: i64,
    amount: i64,
    categories: Vec<u16>,
    note: String,
    void: Option<Void>,
}

#[derive(Clone, Debug, Serialize)]
struct LedgerWire {
    id: CompactId,
    at_delta: i64,
    points: i64,
    programme_version: u32,
    kind: LedgerKind,
}

#[derive(Clone, Debug, Serialize)]
enum LedgerKind {
    Earn(CompactId),
    Redeem { reward: String, name: String },
    Expire,
    Adjust(String),
    Reverse(CompactId, String),
}

fn extreme_i64() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => -1_000_000i64..1_000_000,
        2 => any::<i64>(),
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
        1 => (0i64..8).prop_map(|k| i64::MAX / 2 + k),
    ]
}

fn compact_id() -> impl Strategy<Value = CompactId> {
    prop_oneof![
        4 => (0u128..(1 << 80)).prop_map(CompactId::Packed),
        1 => any::<u128>().prop_map(CompactId::Packed),
        1 => "[a-z0-9-]{0,20}".prop_map(CompactId::Text),
    ]
}

fn chunk_row() -> impl Strategy<Value = ChunkRow> {
    (
        compact_id(),
        proptest::option::of(prop_oneof![
            (0u128..4).prop_map(CompactId::Packed),
            compact_id()
        ]),
        extreme_i64(),
        extreme_i64(),
        proptest::collection::vec(prop_oneof![3 => 0u16..4, 1 => any::<u16>()], 0..3),
        proptest::option::of(extreme_i64()),
    )
        .prop_map(
            |(id, customer, at_delta, amount, categories, void_at)| ChunkRow {
                id,
                customer,
                at_delta,
                amount,
                categories,
                note: String::new(),
                void: void_at.map(|at_ms| Void {
                    at_ms,
                    reason: "r".into(),
                }),
            },
        )
}

fn chunk_wire_bytes() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::collection::vec("[a-z]{1,4}", 0..4),
        proptest::collection::vec(chunk_row(), 0..8),
    )
        .prop_map(|(categories, rows)| {
            let mut out = vec![1];
            out.extend(postcard::to_allocvec(&ChunkWire { categories, rows }).unwrap());
            out
        })
}

fn ledger_wire_bytes() -> impl Strategy<Value = Vec<u8>> {
    let kind = prop_oneof![
        compact_id().prop_map(LedgerKind::Earn),
        Just(LedgerKind::Redeem {
            reward: "coffee".into(),
            name: "Free coffee".into()
        }),
        Just(LedgerKind::Expire),
        Just(LedgerKind::Adjust("x".into())),
        compact_id().prop_map(|p| LedgerKind::Reverse(p, "v".into())),
    ];
    let entry = (
        compact_id(),
        extreme_i64(),
        extreme_i64(),
        any::<u32>(),
        kind,
    )
        .prop_map(
            |(id, at_delta, points, programme_version, kind)| LedgerWire {
                id,
                at_delta,
                points,
                programme_version,
                kind,
            },
        );
    proptest::collection::vec(entry, 0..8).prop_map(|entries| {
        let mut out = vec![1];
        out.extend(postcard::to_allocvec(&entries).unwrap());
        out
    })
}

/// Settings as JSON with arbitrary numbers in every numeric field of the programme.
fn settings_json() -> impl Strategy<Value = Vec<u8>> {
    (
        (any::<u32>(), any::<u8>(), extreme_i64(), extreme_i64(), extreme_i64()),
        (any::<u32>(), extreme_i64(), 0u8..3, any::<u32>()),
        (extreme_i64(), any::<u32>(), extreme_i64(), any::<u32>(), extreme_i64()),
    )
        .prop_map(
            |(
                (version, exponent, points, per_amount, per_visit),
                (birthday, bonus, expiry, months),
                (t1, m1, t2, m2, cost),
            )| {
                let expiry = match expiry {
                    0 => r#"{"kind":"never"}"#.to_owned(),
                    1 => format!(r#"{{"kind":"after_inactive_months","months":{months}}}"#),
                    _ => format!(r#"{{"kind":"valid_for_months","months":{months}}}"#),
                };
                format!(
                    r#"{{"loyalty":{{"version":{version},"currency":{{"code":"UGX","exponent":{exponent}}},
                    "earn":{{"points":{points},"per_amount":{per_amount},"per_visit":{per_visit},
                    "birthday_month_pct":{birthday},"category_bonus":[["coffee",{bonus}]]}},
                    "expiry":{expiry},"tier_basis":"points_earned12m",
                    "tiers":[{{"name":"A","threshold":{t1},"multiplier_pct":{m1}}},
                             {{"name":"B","threshold":{t2},"multiplier_pct":{m2}}}],
                    "rewards":[{{"id":"coffee","name":"Coffee","cost":{cost}}}]}}}}"#
                )
                .into_bytes()
            },
        )
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        use_chunk(&bytes);
        let mut with_format = vec![1];
        with_format.extend(&bytes);
        use_chunk(&with_format);
        use_ledger(&bytes);
        use_ledger(&with_format);
        use_json(&bytes);
    }

    #[test]
    fn well_formed_chunks_with_any_numbers_never_panic(bytes in chunk_wire_bytes()) {
        use_chunk(&bytes);
    }

    #[test]
    fn well_formed_ledgers_with_any_numbers_never_panic(bytes in ledger_wire_bytes()) {
        use_ledger(&bytes);
    }

    #[test]
    fn settings_with_any_numbers_never_panic(bytes in settings_json()) {
        use_settings(&bytes);
    }
}

proptest! {
    // More cases: one changed byte lands where it matters (say a category index) less
    // often than a generated number does, and each case is cheap.
    #![proptest_config(config(1000))]

    #[test]
    fn damaged_encodings_never_panic(d in damage()) {
        use_chunk(&damaged(sample_chunk_bytes(), &d));
        use_ledger(&damaged(sample_ledger_bytes(), &d));
        let settings = codec::encode(&Envelope::plain(), &Settings::default());
        use_json(&damaged(settings, &d));
        let customers = DemoGenerator::new(3, NOW).batch(3);
        use_json(&damaged(codec::encode(&Envelope::plain(), &customers.customers), &d));
        if let Some(i) = customers.interactions.first() {
            use_json(&damaged(codec::encode(&Envelope::plain(), i), &d));
        }
        // With the app lock on: damaged sealed bytes are refused, never misread.
        let lock = Envelope::sealed(&DataKey::from_bytes([9; 32]), 7);
        let sealed = lock.seal(sample_chunk_bytes());
        let bad = damaged(sealed.clone(), &d);
        if let Ok(plain) = lock.open(&bad).map(|p| p.into_owned()) {
            prop_assert_eq!(bad, sealed, "a changed sealed value opened");
            use_chunk(&plain);
        }
    }
}

#[test]
fn the_samples_decode_and_are_used() {
    // The damaged cases start from these, so they must be valid to begin with.
    assert!(PurchaseChunk::decode(&sample_chunk_bytes()).is_ok());
    assert!(decode_ledger(&sample_ledger_bytes(), None).is_ok());
    use_chunk(&sample_chunk_bytes());
    use_ledger(&sample_ledger_bytes());
    use_settings(&codec::encode(&Envelope::plain(), &Settings::default()));
}

/// The reported bug: a row naming a category the chunk's list does not have.
#[test]
fn a_category_index_out_of_range_is_refused() {
    let row = ChunkRow {
        id: CompactId::Packed(1),
        customer: None,
        at_delta: NOW,
        amount: 500,
        categories: vec![3],
        note: String::new(),
        void: None,
    };
    let mut bytes = vec![1];
    bytes.extend(
        postcard::to_allocvec(&ChunkWire {
            categories: vec!["coffee".into()],
            rows: vec![row],
        })
        .unwrap(),
    );
    let err = PurchaseChunk::decode(&bytes).expect_err("an index past the list is refused");
    assert!(err.contains("categor"), "{err}");
}
