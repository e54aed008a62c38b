use super::cells::{region_of, true_cells, CellLabel, ReportPerson};
use super::document::Words;
use super::ledger::PrivacyLedger;
use super::noise::{probability_of, tail_beyond, Epsilon, LaplaceNoise};
use super::release::{hidden_rows, release};
use super::spec::TAGS_PER_PERSON;
use super::spec::{Breakdown, Metric, ReportSpec};
use crate::domain::money::{Currency, Money};
use crate::domain::time::{local_start_of_day, FixedOffset};
use crate::domain::{CustomerId, Purchase, PurchaseId};
use crate::i18n::Lang;
use crate::sales::PurchaseTable;
use chrono::NaiveDate;
use rand10::rngs::StdRng;
use rand10::SeedableRng;

fn seeded(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

/// Chi-square of `draws` against discrete Laplace with scale t, bins -12..=12 and the
/// two tails.
fn chi_square(draws: &[i64], t: f64) -> f64 {
    let q = (-1.0 / t).exp();
    let n = draws.len() as f64;
    let mut observed = [0u64; 27];
    for d in draws {
        let bin = (*d).clamp(-13, 13) + 13;
        observed[bin as usize] += 1;
    }
    let mut stat = 0.0;
    for (bin, seen) in observed.iter().enumerate() {
        let x = bin as i64 - 13;
        let p = if x.abs() == 13 {
            tail_beyond(q, 12) / 2.0
        } else {
            probability_of(q, x)
        };
        let expected = p * n;
        stat += (*seen as f64 - expected).powi(2) / expected;
    }
    stat
}

#[test]
fn the_sampler_draws_from_the_discrete_laplace_it_claims() {
    // 26 degrees of freedom: the 0.999 quantile of chi-square is 54.05.
    for (sensitivity, epsilon, seed) in [(2, 1000, 1), (1, 700, 2), (3, 2000, 3)] {
        let noise = LaplaceNoise::new(sensitivity, Epsilon(epsilon)).unwrap();
        let mut rng = seeded(seed);
        let draws: Vec<i64> = (0..40_000).map(|_| noise.draw(&mut rng)).collect();
        let stat = chi_square(&draws, noise.scale());
        assert!(stat < 54.05, "t = {}: chi-square {stat}", noise.scale());
        // And the test can fail: the same draws are far from a Laplace twice as wide.
        assert!(chi_square(&draws, noise.scale() * 2.0) > 200.0);
    }
}

#[test]
fn the_interval_is_the_narrowest_that_holds_at_the_stated_rate() {
    for (sensitivity, epsilon) in [(1, 1000), (12, 500), (1, 100), (500_000, 1000)] {
        let noise = LaplaceNoise::new(sensitivity, Epsilon(epsilon)).unwrap();
        let q = (-1.0 / noise.scale()).exp();
        for alpha in [0.1, 0.05, 0.01] {
            let k = noise.half_width(alpha);
            assert!(tail_beyond(q, k) <= alpha);
            assert!(k == 0 || tail_beyond(q, k - 1) > alpha);
        }
    }
}

#[test]
fn intervals_cover_the_true_value_at_the_stated_rate() {
    let noise = LaplaceNoise::new(1, Epsilon(500)).unwrap();
    let width = noise.half_width(0.05) as i64;
    let mut rng = seeded(7);
    let runs = 20_000;
    let covered = (0..runs)
        .filter(|_| noise.draw(&mut rng).abs() <= width)
        .count() as f64
        / runs as f64;
    // At least 95% by construction; a discrete interval overshoots a little.
    assert!((0.945..0.97).contains(&covered), "covered {covered}");
}

#[test]
fn the_budget_adds_up_and_refuses_overspending() {
    let mut ledger = PrivacyLedger::default();
    let spec = ReportSpec {
        epsilon: Epsilon(1000),
        ..ReportSpec::new(Metric::Customers, Breakdown::Month, 2026)
    };
    let made = |ledger: &PrivacyLedger, spec: &ReportSpec| {
        release(
            spec,
            &Default::default(),
            ledger.next_number(),
            0,
            &mut seeded(1),
        )
    };
    for n in 1..=3 {
        let r = made(&ledger, &spec);
        assert_eq!(r.number, n);
        ledger.record(r).unwrap();
    }
    assert_eq!(ledger.spent(2026), Epsilon(3000));
    assert_eq!(ledger.left(2026), Epsilon(0));
    let refused = ledger.record(made(&ledger, &spec)).unwrap_err();
    assert_eq!((refused.asked, refused.left), (Epsilon(1000), Epsilon(0)));
    assert_eq!(ledger.releases.len(), 3, "a refusal keeps nothing");
    // Another year's data has its own budget; a small spend still fits the year's rest.
    let other_year = ReportSpec {
        year: 2025,
        epsilon: Epsilon(2500),
        ..spec.clone()
    };
    ledger.record(made(&ledger, &other_year)).unwrap();
    let too_much = ReportSpec {
        epsilon: Epsilon(501),
        ..other_year
    };
    assert!(ledger.record(made(&ledger, &too_much)).is_err());
    assert_eq!(ledger.left(2025), Epsilon(500));
}

#[test]
fn small_groups_are_hidden_with_a_partner_so_the_total_cannot_reveal_them() {
    // One small group alone: the next smallest goes with it.
    assert_eq!(
        hidden_rows(&[3, 20, 30, 12], 65, 10),
        [true, false, false, true]
    );
    // Two small groups hide each other.
    assert_eq!(hidden_rows(&[3, 4, 30], 37, 10), [true, true, false]);
    assert_eq!(hidden_rows(&[10, 30], 40, 10), [false, false]);
    // Too few customers in all: nothing is shown.
    assert_eq!(hidden_rows(&[4, 4], 8, 10), [true, true]);
    // An empty group is small too.
    assert_eq!(hidden_rows(&[0, 50, 60], 110, 10), [true, true, false]);
}

fn at(day: &str) -> i64 {
    let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    local_start_of_day(date, &zone()) + 12 * 3_600_000
}

fn zone() -> FixedOffset {
    FixedOffset(180)
}

fn sale(n: usize, customer: &str, day: &str, amount: i64) -> Purchase {
    Purchase {
        id: PurchaseId(format!("p{n}")),
        customer: Some(CustomerId::from(customer)),
        at_ms: at(day),
        amount: Money(amount),
        categories: Vec::new(),
        note: String::new(),
        void: None,
    }
}

#[test]
fn true_cells_cap_each_customer_and_leave_out_voids_walk_ins_and_the_left_out() {
    let mut table = PurchaseTable::default();
    let mut n = 0;
    let mut add = |table: &mut PurchaseTable, customer: &str, day: &str, amount: i64| {
        n += 1;
        table.push(&sale(n, customer, day, amount));
    };
    // Amina: 12 purchases in March (capped at 10), 5,000 each (capped at 20,000).
    for _ in 0..12 {
        add(&mut table, "amina", "2026-03-05", 5_000);
    }
    add(&mut table, "baraka", "2026-03-06", 1_000);
    add(&mut table, "baraka", "2026-04-06", 1_000);
    add(&mut table, "restricted", "2026-03-07", 9_999);
    add(&mut table, "amina", "2025-12-31", 1_000);
    let mut voided = sale(99, "baraka", "2026-03-08", 7_000);
    voided.void = Some(crate::domain::purchase::Void {
        at_ms: 0,
        reason: String::new(),
    });
    table.push(&voided);
    table.push(&Purchase {
        customer: None,
        ..sale(100, "x", "2026-03-09", 3_000)
    });

    let people: Vec<Option<ReportPerson>> = table
        .customers()
        .iter()
        .map(|id| (id.as_str() != "restricted").then(ReportPerson::default))
        .collect();
    let spec = ReportSpec {
        first_month: 3,
        last_month: 4,
        max_visits: 10,
        max_spend: 20_000,
        ..ReportSpec::new(Metric::Visits, Breakdown::Month, 2026)
    };
    let cells = true_cells(&spec, &table, &people, &zone());
    assert_eq!(cells.labels, [CellLabel::Month(3), CellLabel::Month(4)]);
    assert_eq!(cells.people, [2, 1]);
    assert_eq!(cells.visits, [11, 1]);
    assert_eq!(cells.spend, [21_000, 1_000]);
    assert_eq!(
        (cells.total_people, cells.total_visits, cells.total_spend),
        (2, 12, 22_000)
    );
}

#[test]
fn regions_are_the_end_of_the_address() {
    assert_eq!(region_of("Moi Avenue 12, Nairobi"), Some("Nairobi"));
    assert_eq!(region_of("Shop 4\nMombasa\n80100"), Some("Mombasa"));
    assert_eq!(region_of("  "), None);
}

/// A book of `customers` people with names, contacts and ids, buying through 2026.
fn book(customers: usize) -> (PurchaseTable, Vec<Option<ReportPerson>>, Vec<[String; 4]>) {
    let mut table = PurchaseTable::default();
    let mut identities = Vec::new();
    let towns = ["Nairobi", "Mombasa", "Kisumu", "Nakuru"];
    let mut n = 0;
    for c in 0..customers {
        let id = format!("c{c:015}");
        identities.push([
            id.clone(),
            format!("Wanjiru{c} Otieno"),
            format!("wanjiru{c}@example.com"),
            format!("+2547{c:08}"),
        ]);
        for m in 0..(c % 7 + 1) {
            n += 1;
            let day = format!("2026-{:02}-{:02}", (c + m) % 12 + 1, m % 27 + 1);
            table.push(&sale(n, &id, &day, 1_000 + (c as i64 % 50) * 100));
        }
    }
    let people = table
        .customers()
        .iter()
        .map(|id| {
            let c: usize = id.as_str()[1..].parse().unwrap();
            Some(ReportPerson {
                tags: vec![["regular", "staff", "student"][c % 3].to_string()],
                birth_year: (!c.is_multiple_of(5)).then_some(1950 + (c % 60) as i32),
                address: format!("Street {c}, {}", towns[c % 4]),
                segments: vec![["Regulars", "Weekend crowd"][c % 2].to_string()],
                tier: (!c.is_multiple_of(3)).then(|| ["Bronze", "Silver"][c % 2].to_string()),
            })
        })
        .collect();
    (table, people, identities)
}

#[test]
fn no_report_file_holds_a_name_contact_or_customer_id() {
    let (table, people, identities) = book(400);
    let currency = Currency::default();
    let mut files = Vec::new();
    for metric in Metric::ALL {
        for breakdown in Breakdown::ALL {
            let spec = ReportSpec::new(metric, breakdown, 2026);
            let cells = true_cells(&spec, &table, &people, &zone());
            let r = release(&spec, &cells, 1, 0, &mut seeded(3));
            assert!(!r.rows.is_empty(), "{metric:?} by {breakdown:?} shows rows");
            for lang in Lang::ALL {
                let words = Words {
                    lang,
                    currency: &currency,
                };
                files.push(words.csv(&r, "2026-11-25").unwrap());
                files.push(words.html(&r, "2026-11-25"));
            }
        }
    }
    let mut hits = 0;
    for file in &files {
        for identity in &identities {
            hits += identity
                .iter()
                .filter(|part| file.contains(part.as_str()))
                .count();
        }
    }
    assert_eq!(hits, 0);
    // The files do carry the report: the towns and a month are named.
    assert!(files.iter().any(|f| f.contains("Nairobi")));
}

#[test]
fn by_segment_a_person_counts_in_their_first_three_and_by_tier_in_one() {
    let (table, mut people, _) = book(400);
    if let Some(Some(p)) = people.get_mut(7) {
        p.segments = ["Zebra", "Regulars", "Alpha", "Beta", "Alpha"]
            .map(String::from)
            .to_vec();
    }
    let spec = ReportSpec::new(Metric::Customers, Breakdown::Segment, 2026);
    let cells = true_cells(&spec, &table, &people, &zone());
    let count = |label: CellLabel| {
        cells
            .labels
            .iter()
            .position(|l| *l == label)
            .map(|i| cells.people[i])
    };
    // Customer 7 is in Alpha, Beta and Regulars (the first three, once each), not Zebra.
    assert_eq!(count(CellLabel::Segment("Alpha".into())), Some(1));
    assert_eq!(count(CellLabel::Segment("Beta".into())), Some(1));
    assert_eq!(count(CellLabel::Segment("Zebra".into())), Some(0));
    assert_eq!(
        count(CellLabel::Segment("Regulars".into())),
        Some(201),
        "200 even, and 7"
    );
    assert_eq!(count(CellLabel::Segment("Weekend crowd".into())), Some(199));
    assert_eq!(cells.total_people, 400);
    assert_eq!(spec.rows_per_person(), TAGS_PER_PERSON);

    let spec = ReportSpec::new(Metric::Customers, Breakdown::Tier, 2026);
    let cells = true_cells(&spec, &table, &people, &zone());
    let count = |label: CellLabel| {
        cells
            .labels
            .iter()
            .position(|l| *l == label)
            .map(|i| cells.people[i])
    };
    let (bronze, silver, none) = (
        count(CellLabel::Tier("Bronze".into())).unwrap(),
        count(CellLabel::Tier("Silver".into())).unwrap(),
        count(CellLabel::NoTier).unwrap(),
    );
    assert_eq!(
        bronze + silver + none,
        400,
        "everyone in exactly one tier row"
    );
    assert_eq!(none, 134, "every third customer has no tier");
    assert_eq!(spec.rows_per_person(), 1);
}

#[test]
fn small_free_text_groups_are_left_out_by_name() {
    let (table, mut people, _) = book(400);
    if let Some(Some(p)) = people.get_mut(5) {
        p.tags = vec!["Fatuma's cousin".into()];
    }
    let spec = ReportSpec::new(Metric::Customers, Breakdown::Tag, 2026);
    let r = release(
        &spec,
        &true_cells(&spec, &table, &people, &zone()),
        1,
        0,
        &mut seeded(4),
    );
    assert_eq!(r.unnamed_hidden, 2, "the small tag and its partner");
    assert!(r
        .rows
        .iter()
        .all(|row| row.label != CellLabel::Tag("Fatuma's cousin".into())));
    assert!(r.rows.iter().all(|row| row.estimate.is_some()));
}

#[test]
fn one_customer_moves_a_report_by_at_most_its_sensitivity() {
    let (table, people, _) = book(300);
    for metric in [Metric::Customers, Metric::Visits, Metric::Revenue] {
        for breakdown in Breakdown::ALL {
            let spec = ReportSpec {
                max_visits: 3,
                max_spend: 2_500,
                ..ReportSpec::new(metric, breakdown, 2026)
            };
            let with = true_cells(&spec, &table, &people, &zone());
            for gone in [0usize, 6, 41, 250] {
                let mut fewer = people.clone();
                fewer[gone] = None;
                let without = true_cells(&spec, &table, &fewer, &zone());
                let pick = |c: &super::TrueCells| match metric {
                    Metric::Customers => (c.people.clone(), c.total_people),
                    Metric::Visits => (c.visits.clone(), c.total_visits),
                    _ => (c.spend.clone(), c.total_spend),
                };
                let ((a, ta), (b, tb)) = (pick(&with), pick(&without));
                assert_eq!(with.labels, without.labels);
                let moved: u64 =
                    a.iter().zip(&b).map(|(x, y)| x.abs_diff(*y)).sum::<u64>() + ta.abs_diff(tb);
                assert!(moved > 0, "customer {gone} counts in {metric:?}");
                assert!(
                    moved <= spec.sensitivity(metric),
                    "{metric:?} by {breakdown:?}: {moved}"
                );
            }
        }
    }
}

#[test]
fn released_ranges_hold_the_true_numbers_at_the_stated_rate() {
    let (table, people, _) = book(600);
    let spec = ReportSpec {
        epsilon: Epsilon(500),
        ..ReportSpec::new(Metric::Customers, Breakdown::Month, 2026)
    };
    let cells = true_cells(&spec, &table, &people, &zone());
    let mut rng = seeded(11);
    let (mut held, mut shown) = (0, 0);
    for _ in 0..300 {
        let r = release(&spec, &cells, 1, 0, &mut rng);
        for (row, truth) in r.rows.iter().zip(&cells.people) {
            let e = row.estimate.unwrap();
            shown += 1;
            held += usize::from((e.low..=e.high).contains(&(*truth as i64)));
        }
    }
    let rate = held as f64 / shown as f64;
    assert!(rate >= 0.94, "ranges held {rate}");
}

#[test]
fn spending_per_customer_never_shows_more_than_anyone_can_count_for() {
    let (table, people, _) = book(120);
    let spec = ReportSpec {
        max_spend: 3_000,
        epsilon: Epsilon(100),
        ..ReportSpec::new(Metric::AverageSpend, Breakdown::Region, 2026)
    };
    let cells = true_cells(&spec, &table, &people, &zone());
    for seed in 0..20 {
        let r = release(&spec, &cells, 1, 0, &mut seeded(seed));
        for e in r.rows.iter().filter_map(|row| row.estimate).chain(r.total) {
            assert!(
                e.low <= e.value && e.value <= e.high && e.high <= 3_000,
                "{e:?}"
            );
        }
    }
}

mod analyst {
    use crate::reports::analyst::{analyst_table, AgeGroup, AnalystSource, Area, Generalised};

    fn source(n: usize, birth_year: Option<i32>, town: &str) -> AnalystSource {
        AnalystSource {
            pseudonym: format!("{n:016x}"),
            birth_year,
            address: format!("Street {n}, {town}"),
            purchases: 1,
            spend: 100,
            last_purchase_ms: None,
        }
    }

    #[test]
    fn small_towns_go_together_and_bands_widen_until_every_group_holds_k() {
        // Forty in Nairobi in their thirties, three in Lamu: Lamu becomes "other",
        // and three "other" is still below five, so towns go before ages do.
        let mut people: Vec<_> = (0..40).map(|n| source(n, Some(1992), "Nairobi")).collect();
        people.extend((40..43).map(|n| source(n, Some(1992), "Lamu")));
        let t = analyst_table(&people, 2026, 5);
        assert_eq!(t.level, Generalised::NoArea);
        assert!(t.is_safe());
        assert!(t.rows.iter().all(|r| r.area == Area::Any));
        assert!(t.rows.iter().all(|r| r.age == AgeGroup::Band(0, Some(34))));

        // Eight in Lamu: named, in ten-year bands.
        people.extend((43..48).map(|n| source(n, Some(1992), "lamu ")));
        let t = analyst_table(&people, 2026, 5);
        assert_eq!((t.level, t.smallest_class), (Generalised::Bands, 8));
        assert!(t.rows.iter().any(|r| r.area == Area::Named("Lamu".into())));
        assert!(t.rows.iter().all(|r| r.age == AgeGroup::Band(25, Some(34))));
        // In code order, not the book's.
        assert!(t.rows.windows(2).all(|w| w[0].pseudonym < w[1].pseudonym));
    }

    #[test]
    fn too_few_customers_in_all_is_refused_and_k_never_goes_below_five() {
        let people: Vec<_> = (0..4).map(|n| source(n, None, "Nairobi")).collect();
        let t = analyst_table(&people, 2026, 2);
        assert_eq!(t.k, 5);
        assert_eq!((t.level, t.smallest_class), (Generalised::Nothing, 4));
        assert!(!t.is_safe());
        assert!(!analyst_table(&[], 2026, 5).is_safe());
    }
}
