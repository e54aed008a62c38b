//! Native timings of the core's hot paths at 100,000 customers: decoding stored
//! records, building the directory, and searching. Prints figures; asserts nothing.
//! `cargo run --release --example core_bench`

use karibu::analytics::{customer_summaries, revenue_by_month};
use karibu::demo::DemoGenerator;
use karibu::domain::Customer;
use karibu::lock::{DataKey, Envelope};
use karibu::sales::PurchaseTable;
use karibu::search::{Directory, ListQuery};
use karibu::store::codec::{decode, encode};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let customers = DemoGenerator::new(1, 1_795_000_000_000).batch(n).customers;
    let plain = Envelope::plain();
    let encoded: Vec<Vec<u8>> = customers.iter().map(|c| encode(&plain, c)).collect();
    let bytes: usize = encoded.iter().map(Vec::len).sum();
    println!("{n} customers, {:.1} MiB encoded", bytes as f64 / 1048576.0);

    let t = Instant::now();
    let decoded: Vec<Customer> = encoded.iter().map(|e| decode(&plain, e).unwrap()).collect();
    println!(
        "decode:          {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    // The same records with the app lock on (AES-256-GCM per record).
    let sealed = Envelope::sealed(&DataKey::generate(), 1);
    let t = Instant::now();
    let locked: Vec<Vec<u8>> = customers.iter().map(|c| encode(&sealed, c)).collect();
    println!(
        "encode sealed:   {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let opened: Vec<Customer> = locked.iter().map(|e| decode(&sealed, e).unwrap()).collect();
    println!(
        "decode sealed:   {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(opened.len(), decoded.len());

    let t = Instant::now();
    let dir = Directory::from_customers(&decoded);
    println!(
        "directory build: {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    let queries = [
        "",
        "a",
        "am",
        "ami",
        "amin",
        "amina",
        "wanj",
        "zoe",
        "jonh",
        "0712",
        "5678",
        "regular",
        "mohamed ali",
        "example.org",
    ];
    for q in queries {
        let t = Instant::now();
        let mut hits = 0;
        for _ in 0..10 {
            hits = dir
                .query(&ListQuery {
                    text: q.into(),
                    ..Default::default()
                })
                .len();
        }
        println!(
            "search {q:>12}: {:>7.2} ms  ({hits} hits)",
            t.elapsed().as_secs_f64() * 1e3 / 10.0
        );
    }

    // A million purchases: build the column table, then the per-customer summary and
    // revenue by month that customer pages, RFM and the sales view start from.
    let ids: Vec<_> = decoded.iter().map(|c| c.id.clone()).collect();
    let sales = DemoGenerator::new(2, 1_795_000_000_000).purchases(&ids, 1_000_000);
    let t = Instant::now();
    let mut table = PurchaseTable::default();
    sales.iter().for_each(|p| table.push(p));
    println!(
        "1M purchases, table build: {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let summaries = customer_summaries(&table);
    println!(
        "customer summaries:        {:>8.1} ms  ({} customers)",
        t.elapsed().as_secs_f64() * 1e3,
        summaries.len()
    );
    let t = Instant::now();
    let months = revenue_by_month(&table, &karibu::domain::time::FixedOffset(0));
    println!(
        "revenue by month:          {:>8.1} ms  ({} months)",
        t.elapsed().as_secs_f64() * 1e3,
        months.len()
    );

    import_rows(&decoded);

    let t = Instant::now();
    let groups = karibu::quality::duplicate_groups::duplicate_groups(&decoded);
    println!(
        "duplicate groups: {:>8.1} ms  ({} groups in {} customers, by blocking keys)",
        t.elapsed().as_secs_f64() * 1e3,
        groups.len(),
        decoded.len()
    );

    privacy_reports(&decoded, &table);
}

/// A privacy-safe report over the million purchases: true numbers, hiding and noise,
/// for each way of grouping.
fn privacy_reports(book: &[Customer], table: &PurchaseTable) {
    use karibu::reports::{release, true_cells, Breakdown, Metric, ReportPerson, ReportSpec};
    let by_id: std::collections::HashMap<_, _> = book.iter().map(|c| (&c.id, c)).collect();
    let people: Vec<Option<ReportPerson>> = table
        .customers()
        .iter()
        .map(|id| {
            by_id.get(id).map(|c| ReportPerson {
                tags: c.tags.clone(),
                birth_year: c.birthday.and_then(|b| b.year),
                address: c.address.clone(),
                ..ReportPerson::default()
            })
        })
        .collect();
    let mut rng = karibu::reports::noise::secure_rng().expect("the OS gives randomness");
    for breakdown in Breakdown::ALL {
        let spec = ReportSpec::new(Metric::AverageSpend, breakdown, 2026);
        let t = Instant::now();
        let cells = true_cells(&spec, table, &people, &karibu::domain::time::FixedOffset(0));
        let counted = t.elapsed().as_secs_f64() * 1e3;
        let made = release(&spec, &cells, 1, 0, &mut rng);
        println!(
            "report by {:<9} {:>8.1} ms  (true numbers {counted:.1} ms; {} rows shown, {} customers)",
            format!("{breakdown:?}:"),
            t.elapsed().as_secs_f64() * 1e3,
            made.rows.iter().filter(|r| r.estimate.is_some()).count(),
            cells.total_people
        );
    }
}

/// The import's steps on Karibu's own export of the book: parse, check every row,
/// and find each row's match among the book's customers (the rows are all there).
fn import_rows(book: &[Customer]) {
    use karibu::domain::draft::Rules;
    use karibu::exchange::customers_csv::customers_csv;
    use karibu::exchange::import::duplicates::Matcher;
    use karibu::exchange::import::file::ImportFile;
    use karibu::exchange::import::mapping::{guess, Mapping};
    use karibu::exchange::import::rows::plan;

    let text = customers_csv(book, &[]);
    let rate = |rows: usize, t: Instant| rows as f64 / t.elapsed().as_secs_f64();
    let t = Instant::now();
    let file = ImportFile::read("book.csv", text.as_bytes(), None, None).unwrap();
    let rows = file.table.rows.len();
    println!(
        "import parse:     {:>8.1} ms  ({:.0} rows/s, {:.1} MiB)",
        t.elapsed().as_secs_f64() * 1e3,
        rate(rows, t),
        text.len() as f64 / 1048576.0
    );
    let t = Instant::now();
    let mapping = Mapping {
        columns: guess(&file.table.header, &[]),
        ..Mapping::default()
    };
    let rules = Rules {
        country: Some("KE"),
        custom_fields: &[],
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25),
    };
    let planned = plan(&file.table, &mapping, &rules, 1_795_000_000_000);
    println!(
        "import validate:  {:>8.1} ms  ({:.0} rows/s, {} good, {} problems)",
        t.elapsed().as_secs_f64() * 1e3,
        rate(rows, t),
        planned.rows.len(),
        planned.problems.len()
    );
    let t = Instant::now();
    let matcher = Matcher::new(book);
    let built = t.elapsed().as_secs_f64() * 1e3;
    let found = planned
        .rows
        .iter()
        .filter(|r| matcher.find(&r.customer, r.karibu_id.as_ref()).is_some())
        .count();
    println!(
        "import duplicates: {:>7.1} ms  (index {built:.1} ms; {found} of {} rows matched)",
        t.elapsed().as_secs_f64() * 1e3,
        planned.rows.len()
    );
}
