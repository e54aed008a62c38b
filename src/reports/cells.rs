//! The true numbers behind a report, worked out from the purchase columns: what the
//! noise is then added to. Nothing here leaves the device.

use super::spec::{Breakdown, ReportSpec, TAGS_PER_PERSON};
use crate::domain::time::{local_date_of, local_start_of_day, Millis, ShopZone};
use crate::sales::{PurchaseTable, WALK_IN};
use crate::search::fold;
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Age bands by first age; a report year's age is that year minus the birth year.
pub const AGE_BANDS: [u16; 6] = [0, 25, 35, 45, 55, 65];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CellLabel {
    Month(u32),
    /// The band's first age (0 is "under 25", 65 is "65 and over").
    AgeBand(u16),
    AgeNotGiven,
    Tag(String),
    Region(String),
    RegionNotGiven,
    Segment(String),
    Tier(String),
    NoTier,
}

/// What a report may know of one customer, indexed like the purchase table's customers.
/// `None` for a customer left out (restricted, objecting, withdrawn from analytics, or
/// no longer in the book).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReportPerson {
    pub tags: Vec<String>,
    pub birth_year: Option<i32>,
    pub address: String,
    /// The saved segments they are in (filled only for a report by segment).
    pub segments: Vec<String>,
    /// Their loyalty tier's name, `None` for none (filled only for a report by tier).
    pub tier: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrueCells {
    pub labels: Vec<CellLabel>,
    /// Customers in each row.
    pub people: Vec<u64>,
    /// Their capped purchases and spend in each row.
    pub visits: Vec<u64>,
    pub spend: Vec<u64>,
    pub total_people: u64,
    pub total_visits: u64,
    pub total_spend: u64,
}

/// The town or region an address ends with ("Moi Avenue, Nairobi" -> "Nairobi").
pub fn region_of(address: &str) -> Option<&str> {
    address
        .rsplit([',', '\n', '،'])
        .map(str::trim)
        .find(|part| !part.is_empty() && !part.chars().all(|c| c.is_ascii_digit()))
}

fn age_band(report_year: i32, birth_year: Option<i32>) -> CellLabel {
    let Some(age) = birth_year.map(|y| report_year - y) else {
        return CellLabel::AgeNotGiven;
    };
    if !(0..=130).contains(&age) {
        return CellLabel::AgeNotGiven;
    }
    let band = AGE_BANDS
        .iter()
        .rev()
        .find(|first| i32::from(**first) <= age)
        .copied()
        .unwrap_or(0);
    CellLabel::AgeBand(band)
}

/// The moments the report's months begin and end, in the shop's calendar.
pub fn period(spec: &ReportSpec, zone: &dyn ShopZone) -> (Millis, Millis) {
    let start = NaiveDate::from_ymd_opt(spec.year, spec.first_month, 1);
    let end = if spec.last_month >= 12 {
        NaiveDate::from_ymd_opt(spec.year.saturating_add(1), 1, 1)
    } else {
        NaiveDate::from_ymd_opt(spec.year, spec.last_month + 1, 1)
    };
    match (start, end) {
        (Some(s), Some(e)) => (local_start_of_day(s, zone), local_start_of_day(e, zone)),
        _ => (0, 0),
    }
}

/// The rows a person's purchases go to, for breakdowns other than by month.
fn person_rows(spec: &ReportSpec, person: &ReportPerson, regions: &mut Regions) -> Vec<CellLabel> {
    match spec.breakdown {
        Breakdown::Month => Vec::new(),
        Breakdown::AgeBand => vec![age_band(spec.year, person.birth_year)],
        Breakdown::Region => vec![regions.label(&person.address)],
        Breakdown::Tag => first_few(&person.tags, CellLabel::Tag),
        Breakdown::Segment => first_few(&person.segments, CellLabel::Segment),
        Breakdown::Tier => vec![match &person.tier {
            Some(tier) => CellLabel::Tier(tier.clone()),
            None => CellLabel::NoTier,
        }],
    }
}

/// A person's first `TAGS_PER_PERSON` names, alphabetically, once each.
fn first_few(names: &[String], label: fn(String) -> CellLabel) -> Vec<CellLabel> {
    let mut names: Vec<&String> = names.iter().collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .take(TAGS_PER_PERSON as usize)
        .map(|n| label(n.clone()))
        .collect()
}

/// Regions grouped by their folded spelling, named as first written.
#[derive(Default)]
struct Regions {
    named: FxHashMap<String, String>,
}

impl Regions {
    fn label(&mut self, address: &str) -> CellLabel {
        match region_of(address) {
            None => CellLabel::RegionNotGiven,
            Some(region) => {
                let shown = self
                    .named
                    .entry(fold(region))
                    .or_insert_with(|| region.to_string());
                CellLabel::Region(shown.clone())
            }
        }
    }
}

#[derive(Clone, Copy, Default)]
struct Activity {
    visits: u64,
    spend: u64,
}

impl Activity {
    fn capped(self, spec: &ReportSpec) -> Activity {
        Activity {
            visits: self.visits.min(u64::from(spec.max_visits)),
            spend: self.spend.min(spec.max_spend.max(0) as u64),
        }
    }
}

pub fn true_cells(
    spec: &ReportSpec,
    table: &PurchaseTable,
    people: &[Option<ReportPerson>],
    zone: &dyn ShopZone,
) -> TrueCells {
    true_cells_with(spec, table, people, zone, &[])
}

/// As `true_cells`, with `given` rows there whatever the data holds (every saved
/// segment, every tier): which rows exist then says nothing about anyone.
pub fn true_cells_with(
    spec: &ReportSpec,
    table: &PurchaseTable,
    people: &[Option<ReportPerson>],
    zone: &dyn ShopZone,
    given: &[CellLabel],
) -> TrueCells {
    let (start, end) = period(spec, zone);
    // Each customer's purchases and spend in the months, by month of the shop's calendar.
    let mut activity: FxHashMap<(u32, u32), Activity> = FxHashMap::default();
    for row in 0..table.len() {
        let (at, customer) = (table.at_ms[row], table.customer[row]);
        if at < start || at >= end || table.voided[row] || customer == WALK_IN {
            continue;
        }
        if !matches!(people.get(customer as usize), Some(Some(_))) {
            continue;
        }
        let month = match spec.breakdown {
            Breakdown::Month => local_date_of(at, zone).month(),
            _ => 0,
        };
        let a = activity.entry((customer, month)).or_default();
        a.visits += 1;
        // Refunds lower a customer's spend but never below nothing.
        a.spend = a.spend.saturating_add_signed(table.amount[row]);
    }

    let mut rows: BTreeMap<CellLabel, (u64, Activity)> = given
        .iter()
        .map(|label| (label.clone(), Default::default()))
        .collect();
    let mut regions = Regions::default();
    match spec.breakdown {
        Breakdown::Month => {
            for m in spec.first_month..=spec.last_month {
                rows.insert(CellLabel::Month(m), Default::default());
            }
        }
        Breakdown::AgeBand => {
            for band in AGE_BANDS {
                rows.insert(CellLabel::AgeBand(band), Default::default());
            }
            rows.insert(CellLabel::AgeNotGiven, Default::default());
        }
        // Every tag the book uses is a row, bought or not, so a row's absence says
        // nothing; regions are only ever named when big enough.
        Breakdown::Tag => {
            for person in people.iter().flatten() {
                for t in &person.tags {
                    rows.entry(CellLabel::Tag(t.clone())).or_default();
                }
            }
        }
        Breakdown::Segment => {
            for person in people.iter().flatten() {
                for s in &person.segments {
                    rows.entry(CellLabel::Segment(s.clone())).or_default();
                }
            }
        }
        Breakdown::Tier => {
            for person in people.iter().flatten() {
                let label = person
                    .tier
                    .clone()
                    .map_or(CellLabel::NoTier, CellLabel::Tier);
                rows.entry(label).or_default();
            }
        }
        Breakdown::Region => {}
    }

    let mut totals: FxHashMap<u32, Activity> = FxHashMap::default();
    let mut keys: Vec<(u32, u32)> = activity.keys().copied().collect();
    keys.sort_unstable();
    for (customer, month) in keys {
        let own = activity[&(customer, month)].capped(spec);
        let labels = match spec.breakdown {
            Breakdown::Month => vec![CellLabel::Month(month)],
            _ => match people.get(customer as usize) {
                Some(Some(person)) => person_rows(spec, person, &mut regions),
                _ => continue,
            },
        };
        for label in labels {
            let row = rows.entry(label).or_default();
            row.0 += 1;
            row.1.visits += own.visits;
            row.1.spend = row.1.spend.saturating_add(own.spend);
        }
        let total = totals.entry(customer).or_default();
        total.visits += own.visits;
        total.spend = total.spend.saturating_add(own.spend);
    }

    let mut out = TrueCells {
        total_people: totals.len() as u64,
        ..Default::default()
    };
    for total in totals.values() {
        out.total_visits += total.visits;
        out.total_spend = out.total_spend.saturating_add(total.spend);
    }
    for (label, (n, a)) in rows {
        out.labels.push(label);
        out.people.push(n);
        out.visits.push(a.visits);
        out.spend.push(a.spend);
    }
    out
}
