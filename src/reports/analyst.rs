//! Customer rows for an analyst: a keyed pseudonym instead of the person, nothing that
//! names or reaches them, age and town only in groups, and every combination of the two
//! shared by at least k customers (k-anonymity) or no file at all.

use super::cells::{region_of, AGE_BANDS};
use super::spec::SMALLEST_GROUP_FLOOR;
use crate::domain::time::Millis;
use crate::search::fold;
use std::collections::HashMap;

/// An age group as exported: a band (first and last age, `None` for "and over").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeGroup {
    Band(u16, Option<u16>),
    NotGiven,
    Any,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    Named(String),
    /// Towns with fewer than k customers, together.
    Other,
    NotGiven,
    Any,
}

/// One customer as the analyst may see them.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalystRow {
    pub pseudonym: String,
    pub age: AgeGroup,
    pub area: Area,
    pub purchases: u32,
    /// Minor units.
    pub spend: i64,
    pub last_purchase_ms: Option<Millis>,
}

/// What the analyst may know of a customer before generalising.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalystSource {
    pub pseudonym: String,
    pub birth_year: Option<i32>,
    pub address: String,
    pub purchases: u32,
    pub spend: i64,
    pub last_purchase_ms: Option<Millis>,
}

/// How far ages and towns were generalised, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generalised {
    /// Ten-year bands; towns of fewer than k customers as "other".
    Bands,
    /// Under 35, 35 to 54, 55 and over; small towns as "other".
    WideBands,
    /// Wide age bands, no town.
    NoArea,
    /// No age, no town.
    Nothing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnalystTable {
    pub rows: Vec<AnalystRow>,
    pub level: Generalised,
    /// The fewest customers sharing one age group and area.
    pub smallest_class: usize,
    pub k: u32,
}

impl AnalystTable {
    /// Whether the file may be made: every class holds at least k customers.
    pub fn is_safe(&self) -> bool {
        !self.rows.is_empty() && self.smallest_class >= self.k as usize
    }
}

const WIDE_BANDS: [u16; 3] = [0, 35, 55];

fn band_of(age: i32, firsts: &[u16]) -> AgeGroup {
    let i = firsts
        .iter()
        .rposition(|first| i32::from(*first) <= age)
        .unwrap_or(0);
    AgeGroup::Band(firsts[i], firsts.get(i + 1).map(|next| next - 1))
}

fn age_group(year: i32, birth_year: Option<i32>, level: Generalised) -> AgeGroup {
    let Some(age) = birth_year
        .map(|b| year - b)
        .filter(|a| (0..=130).contains(a))
    else {
        return if level == Generalised::Nothing {
            AgeGroup::Any
        } else {
            AgeGroup::NotGiven
        };
    };
    match level {
        Generalised::Bands => band_of(age, &AGE_BANDS),
        Generalised::WideBands | Generalised::NoArea => band_of(age, &WIDE_BANDS),
        Generalised::Nothing => AgeGroup::Any,
    }
}

/// The rows at one level, with towns of fewer than `k` customers put together.
fn at_level(sources: &[AnalystSource], year: i32, k: usize, level: Generalised) -> Vec<AnalystRow> {
    let mut town_sizes: HashMap<String, usize> = HashMap::new();
    let mut town_names: HashMap<String, String> = HashMap::new();
    for s in sources {
        if let Some(town) = region_of(&s.address) {
            *town_sizes.entry(fold(town)).or_default() += 1;
            town_names
                .entry(fold(town))
                .or_insert_with(|| town.to_string());
        }
    }
    sources
        .iter()
        .map(|s| {
            let area = match (level, region_of(&s.address)) {
                (Generalised::NoArea | Generalised::Nothing, _) => Area::Any,
                (_, None) => Area::NotGiven,
                (_, Some(town)) => {
                    let key = fold(town);
                    if town_sizes.get(&key).copied().unwrap_or(0) < k {
                        Area::Other
                    } else {
                        Area::Named(town_names.get(&key).cloned().unwrap_or_default())
                    }
                }
            };
            AnalystRow {
                pseudonym: s.pseudonym.clone(),
                age: age_group(year, s.birth_year, level),
                area,
                purchases: s.purchases,
                spend: s.spend,
                last_purchase_ms: s.last_purchase_ms,
            }
        })
        .collect()
}

fn smallest_class(rows: &[AnalystRow]) -> usize {
    let mut classes: HashMap<(AgeGroup, &Area), usize> = HashMap::new();
    for r in rows {
        *classes.entry((r.age, &r.area)).or_default() += 1;
    }
    classes.values().copied().min().unwrap_or(0)
}

/// The finest generalisation at which every class holds `k` customers (never fewer than
/// five), or the coarsest one with its smallest class, to be shown and refused. Rows
/// come out in pseudonym order, so the book's order tells nothing.
pub fn analyst_table(sources: &[AnalystSource], year: i32, k: u32) -> AnalystTable {
    let k = k.max(SMALLEST_GROUP_FLOOR);
    let levels = [
        Generalised::Bands,
        Generalised::WideBands,
        Generalised::NoArea,
        Generalised::Nothing,
    ];
    let mut table = AnalystTable {
        rows: Vec::new(),
        level: Generalised::Nothing,
        smallest_class: 0,
        k,
    };
    for level in levels {
        let mut rows = at_level(sources, year, k as usize, level);
        rows.sort_by(|a, b| a.pseudonym.cmp(&b.pseudonym));
        table = AnalystTable {
            smallest_class: smallest_class(&rows),
            rows,
            level,
            k,
        };
        if table.is_safe() {
            break;
        }
    }
    table
}
