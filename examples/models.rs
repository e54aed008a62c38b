//! Fits Karibu's customer-base models to a purchases CSV and prints the parameters as
//! JSON, so analysts can check them against lifetimes or PyMC-Marketing:
//!
//!   cargo run --release --example models -- PURCHASES.csv --calibration-end YYYY-MM-DD
//!
//! The CSV has the header `customer_id,date,amount` (ISO dates; any amount unit).
//! Purchases after the calibration end are left out; without it, every purchase counts.
//!
//!   cargo run --release --example models -- --simulate N > PURCHASES.csv
//!
//! writes N customers' purchases drawn from the published CDNOW parameters (BG/NBD r
//! 0.243, alpha 4.414, a 0.793, b 2.426; Gamma-Gamma 6.25, 3.74, 15.44) over 78 weeks
//! from 2025-01-01, first purchases in the first 12: a data set with a known answer.

use chrono::{Datelike, NaiveDate};
use karibu::analytics::clv::{fit_models, repeat_histories, ModelsError, Transaction};
use serde_json::json;
use std::collections::HashMap;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("models: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--simulate") {
        let n = args
            .get(1)
            .and_then(|n| n.parse().ok())
            .ok_or("usage: models --simulate N")?;
        return simulate(n);
    }
    let usage = "usage: models PURCHASES.csv [--calibration-end YYYY-MM-DD]";
    let path = args.first().filter(|a| !a.starts_with("--")).ok_or(usage)?;
    let calibration_end = match args.iter().position(|a| a == "--calibration-end") {
        Some(i) => Some(
            day_of(args.get(i + 1).ok_or(usage)?).map_err(|e| format!("--calibration-end: {e}"))?,
        ),
        None => None,
    };
    let started = std::time::Instant::now();
    let mut transactions = read_purchases(path)?;
    let last_day = transactions
        .iter()
        .map(|t| t.day)
        .max()
        .ok_or("the file holds no purchases")?;
    let end = calibration_end.unwrap_or(last_day);
    let histories = repeat_histories(&mut transactions, end, end);
    let read_ms = started.elapsed().as_secs_f64() * 1000.0;
    let models = fit_models(&histories).map_err(|e| match e {
        ModelsError::TooFew {
            customers,
            repeat_buyers,
        } => format!("too few data to fit: {customers} customers, {repeat_buyers} repeat buyers"),
        ModelsError::DidNotConverge => "the BG/NBD fit did not converge".to_string(),
    })?;
    let b = models.bgnbd.model;
    let out = json!({
        "customers": models.customers,
        "bgnbd": {"r": b.r, "alpha": b.alpha, "a": b.a, "b": b.b,
                  "log_likelihood": models.bgnbd.log_likelihood},
        "gamma_gamma": models.gamma_gamma.map(|g| json!({"p": g.model.p, "q": g.model.q, "v": g.model.v})),
    });
    println!("{out}");
    let total_ms = started.elapsed().as_secs_f64() * 1000.0;
    eprintln!(
        "models: read in {read_ms:.0} ms, fitted in {:.0} ms",
        total_ms - read_ms
    );
    Ok(())
}

fn simulate(customers: u32) -> Result<(), String> {
    use karibu::analytics::clv::{simulate_purchases, BgNbd, GammaGamma};
    use rand::SeedableRng;
    use std::io::Write;
    let purchases = BgNbd {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
    };
    let spend = GammaGamma {
        p: 6.25,
        q: 3.74,
        v: 15.44,
    };
    let start = day_of("2025-01-01")?;
    let mut rng = rand::rngs::SmallRng::seed_from_u64(1);
    let drawn = simulate_purchases(
        &purchases,
        &spend,
        customers,
        start,
        84,
        start + 545,
        &mut rng,
    )
    .ok_or("the parameters are not valid")?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let io = |e: std::io::Error| e.to_string();
    writeln!(out, "customer_id,date,amount").map_err(io)?;
    for t in drawn {
        let date = NaiveDate::from_num_days_from_ce_opt(t.day).ok_or("a date out of range")?;
        writeln!(out, "{},{},{:.2}", t.customer + 1, date, t.amount).map_err(io)?;
    }
    Ok(())
}

fn day_of(iso: &str) -> Result<i32, String> {
    NaiveDate::parse_from_str(iso.trim(), "%Y-%m-%d")
        .map(|d| d.num_days_from_ce())
        .map_err(|_| format!("\"{iso}\" is not a date like 1997-09-30"))
}

/// Every purchase in the file; customer ids of any form become small keys.
fn read_purchases(path: &str) -> Result<Vec<Transaction>, String> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| format!("{path}: {e}"))?;
    let headers = reader
        .headers()
        .map_err(|e| format!("{path}: {e}"))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| {
                format!("{path}: no column \"{name}\" (the header must be customer_id,date,amount)")
            })
    };
    let (customer, date, amount) = (column("customer_id")?, column("date")?, column("amount")?);
    let mut keys: HashMap<String, u32> = HashMap::new();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("{path}: {e}"))?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let next = keys.len() as u32;
        let id = *keys.entry(field(customer).to_string()).or_insert(next);
        let day = day_of(field(date)).map_err(|e| format!("{path}:{line}: date: {e}"))?;
        let value: f64 = field(amount)
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())
            .ok_or_else(|| {
                format!(
                    "{path}:{line}: amount: \"{}\" is not a number",
                    field(amount)
                )
            })?;
        out.push(Transaction {
            customer: id,
            day,
            amount: value,
        });
    }
    Ok(out)
}
