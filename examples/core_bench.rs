//! Native timings of the core's hot paths at 100,000 customers: decoding stored
//! records, building the directory, and searching. Prints figures; asserts nothing.
//! `cargo run --release --example core_bench`

use karibu::demo::DemoGenerator;
use karibu::domain::Customer;
use karibu::search::{Directory, ListQuery};
use karibu::store::codec::{decode, encode};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let customers = DemoGenerator::new(1, 1_795_000_000_000).batch(n).customers;
    let encoded: Vec<Vec<u8>> = customers.iter().map(encode).collect();
    let bytes: usize = encoded.iter().map(Vec::len).sum();
    println!("{n} customers, {:.1} MiB encoded", bytes as f64 / 1048576.0);

    let t = Instant::now();
    let decoded: Vec<Customer> = encoded.iter().map(|e| decode(e).unwrap()).collect();
    println!(
        "decode:          {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

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
}
