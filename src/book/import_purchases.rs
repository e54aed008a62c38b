//! Importing past purchases from a file: a preview that writes nothing (each row's
//! customer found in the book, problems by line and column), then the purchases
//! written in batches, each batch one transaction with the points they earned, if the
//! owner chose points. Each purchase's id is made from the import and the row
//! (`ids::import_id`), so an import cut short by a closed tab is resumed by choosing
//! the same file again: the rows already in are known and never written twice.

use super::{Book, BookError, BookResult, Changed, Replay};
use crate::domain::ids::{import_id, pack};
use crate::domain::time::Millis;
use crate::domain::Purchase;
use crate::domain::{CustomerId, EntryId, Money, PurchaseId};
use crate::exchange::import::file::ImportFile;
use crate::exchange::import::journal::{ImportKind, ImportRecord, ImportState};
use crate::exchange::import::mapping::DateOrder;
use crate::exchange::import::purchases::{
    check_sale_mapping, guess_sale_mapping, CustomerKeys, PlannedSales, SaleMapping, SaleProblem,
    SaleReading, SaleRow,
};
use crate::loyalty::counter::ring_up;
use crate::loyalty::counter::YEAR_MS;
use crate::loyalty::rules::in_birthday_month;
use crate::loyalty::{Account, LedgerEntry, TierBasis};
use crate::sales::PurchaseTable;
use crate::store::Store;
use rand::Rng;
use std::collections::{HashMap, HashSet};

use super::import::{ImportProgress, ImportStage};

/// Purchases per transaction: a till's day or two, and a moment's work lost at most.
const RECORD_BATCH: usize = 5_000;
/// Rows checked between pauses.
const CHECK_SLICE: usize = 5_000;

#[derive(Clone, Debug, PartialEq)]
pub struct PurchaseImportPreview {
    pub mapping: SaleMapping,
    /// The rows to store, with their ids, oldest first.
    pub rows: Vec<SaleRow>,
    pub problems: Vec<SaleProblem>,
    /// Rows an interrupted run of this import already wrote.
    pub already: usize,
    /// Rows that name no customer: walk-in sales.
    pub walk_ins: usize,
    /// Customers the rows name.
    pub customers: usize,
    pub total: Money,
    /// When this same file's purchases were imported before (a second import would
    /// count them twice).
    pub imported_before: Option<i64>,
    pub record: ImportRecord,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PurchaseImportOutcome {
    pub recorded: usize,
    /// Points the purchases earned (0 when imported without points).
    pub points: i64,
}

impl<S: Store> Book<S> {
    /// The mapping guessed for a purchases file.
    pub fn purchase_import_mapping(&self, file: &ImportFile) -> SaleMapping {
        let usual = if self.settings.borrow().country.as_deref() == Some("US") {
            DateOrder::MonthDayYear
        } else {
            DateOrder::DayMonthYear
        };
        guess_sale_mapping(&file.table, usual)
    }

    /// What importing `file`'s purchases through `mapping` would store: nothing is
    /// written. `country` reads phones written without +.
    pub async fn preview_purchase_import(
        &self,
        file: &ImportFile,
        mapping: &SaleMapping,
        country: Option<String>,
        progress: &dyn Fn(ImportProgress),
    ) -> BookResult<PurchaseImportPreview> {
        check_sale_mapping(mapping).map_err(BookError::ImportPurchases)?;
        let now = self.host.now_ms();
        let (interrupted, imported_before) = {
            let settings = self.settings.borrow();
            let imports = &settings.imports;
            (
                imports
                    .interrupted(&file.fingerprint, ImportKind::Purchases)
                    .cloned(),
                imports
                    .finished(&file.fingerprint, ImportKind::Purchases)
                    .map(|r| r.started_ms),
            )
        };
        let record = interrupted.unwrap_or_else(|| ImportRecord {
            kind: ImportKind::Purchases,
            started_ms: now,
            nonce: rand::thread_rng().gen(),
            file_name: file.name.clone(),
            fingerprint: file.fingerprint.clone(),
            rows: file.table.rows.len() as u32,
            ..ImportRecord::default()
        });
        let mut keys = CustomerKeys::new(mapping.match_by.clone(), country);
        let total_customers = self.directory.borrow().len();
        let mut read = 0;
        self.store
            .load_customers(&mut |page| {
                read += page.len();
                page.iter().for_each(|c| keys.add(c));
                progress(ImportProgress {
                    stage: ImportStage::Checking,
                    done: read,
                    total: total_customers,
                });
            })
            .await?;
        let currency = self.programme().currency;
        let zone = self.zone();
        let reading = SaleReading {
            mapping,
            keys: &keys,
            currency: &currency,
            zone: &zone,
            now,
        };
        let mut planned = PlannedSales::default();
        let total_rows = file.table.rows.len();
        for start in (0..total_rows).step_by(CHECK_SLICE) {
            let range = start..(start + CHECK_SLICE).min(total_rows);
            reading.plan(&file.table, range.clone(), &mut planned);
            progress(ImportProgress {
                stage: ImportStage::Checking,
                done: range.end,
                total: total_rows,
            });
            self.host.pause().await;
        }
        let written = self.import_rows_written(&record);
        let mut rows = Vec::with_capacity(planned.rows.len());
        let mut already = 0;
        for mut row in planned.rows {
            if written.contains(&row.index) {
                already += 1;
                continue;
            }
            row.purchase.id = sale_id(&record, row.index);
            rows.push(row);
        }
        // Oldest first, so points earn and lapse in the order the sales happened.
        rows.sort_by_key(|r| (r.purchase.at_ms, r.index));
        let customers: HashSet<&CustomerId> = rows
            .iter()
            .filter_map(|r| r.purchase.customer.as_ref())
            .collect();
        let customers = customers.len();
        let walk_ins = rows
            .iter()
            .filter(|r| r.purchase.customer.is_none())
            .count();
        let total = Money(
            rows.iter()
                .fold(0i64, |sum, r| sum.saturating_add(r.purchase.amount.0)),
        );
        Ok(PurchaseImportPreview {
            mapping: mapping.clone(),
            rows,
            problems: planned.problems,
            already,
            walk_ins,
            customers,
            total,
            imported_before,
            record,
        })
    }

    /// The rows of `record`'s import already in the book (found by their ids in the
    /// table in memory: one pass, not a lookup per row).
    fn import_rows_written(&self, record: &ImportRecord) -> HashSet<u32> {
        let first = pack(&import_id(record.started_ms, record.nonce, 0));
        let last = pack(&import_id(
            record.started_ms,
            record.nonce,
            record.rows.saturating_sub(1),
        ));
        let (Some(first), Some(last)) = (first, last) else {
            return HashSet::new();
        };
        let sales = self.sales.borrow();
        sales
            .table
            .packed_ids()
            .iter()
            .filter(|bits| (first..=last).contains(*bits))
            .map(|bits| (bits - first) as u32)
            .collect()
    }

    /// How many purchases `record`'s import has written so far.
    pub fn purchase_import_written(&self, record: &ImportRecord) -> usize {
        self.import_rows_written(record).len()
    }

    /// Stores `preview`'s purchases, with the points the programme gives for them when
    /// `earn_points`. The import is journalled first, so a tab closed midway leaves a
    /// record to resume; each batch (purchases and their points) is one transaction.
    pub async fn run_purchase_import(
        &self,
        preview: &PurchaseImportPreview,
        earn_points: bool,
        progress: &dyn Fn(ImportProgress),
    ) -> BookResult<(PurchaseImportOutcome, Changed)> {
        let mut record = preview.record.clone();
        record.state = ImportState::Running;
        self.update_settings(|s| s.imports.put(record.clone()))
            .await?;
        let _busy = self.sales_busy();
        let mut outcome = PurchaseImportOutcome::default();
        let mut accounts: HashMap<CustomerId, Account> = HashMap::new();
        let programme = self.programme();
        let mut spend_year = match (earn_points, programme.tier_basis) {
            (true, TierBasis::Spend12m) => SpendYear::of(&self.sales.borrow().table, preview),
            _ => SpendYear::default(),
        };
        let total = preview.rows.len();
        for batch in preview.rows.chunks(RECORD_BATCH) {
            let purchases: Vec<_> = batch.iter().map(|r| r.purchase.clone()).collect();
            let mut entries: Vec<LedgerEntry> = Vec::new();
            let mut touched: Vec<CustomerId> = Vec::new();
            if earn_points {
                for p in &purchases {
                    let Some(customer) = &p.customer else {
                        continue;
                    };
                    if !accounts.contains_key(customer) {
                        let ledger = self.store.ledger(customer).await?;
                        accounts.insert(customer.clone(), Account::from_entries(ledger));
                    }
                    let birthday = self.birthday_of(Some(customer)).await?;
                    let at = p.at_ms;
                    let spend = spend_year.before(customer, at);
                    let Some(account) = accounts.get_mut(customer) else {
                        continue;
                    };
                    let sale = ring_up(
                        &programme,
                        account,
                        p.clone(),
                        in_birthday_month(birthday, at, &self.zone()),
                        spend,
                        || EntryId::generate(at, &mut rand::thread_rng()),
                    );
                    for e in sale.entries {
                        // The rules keep balances whole; an entry they refuse is left out.
                        if account.push(e.clone()).is_ok() {
                            outcome.points = outcome.points.saturating_add(e.points.max(0));
                            entries.push(e);
                        }
                    }
                }
            }
            // Who the batch names: a refusal because one was deleted forgets them here too.
            touched.extend(purchases.iter().filter_map(|p| p.customer.clone()));
            touched.sort();
            touched.dedup();
            let started = self.host.precise_ms();
            let written = self.store.record(&purchases, &entries).await;
            self.checked(&touched, written).await?;
            self.host.measure("karibu:import-purchases-write", started);
            self.wrote(false, true, false);
            {
                let zone = self.zone();
                let mut sales = self.sales.borrow_mut();
                for p in &purchases {
                    sales.appended(p, &zone);
                }
            }
            if let Some(replay) = self.replay_sales.borrow_mut().as_mut() {
                replay.extend(purchases.iter().cloned().map(Replay::Sale));
            }
            purchases.iter().for_each(|p| spend_year.add(p));
            outcome.recorded += purchases.len();
            progress(ImportProgress {
                stage: ImportStage::Recording,
                done: outcome.recorded,
                total,
            });
            self.host.pause().await;
        }
        record.created += outcome.recorded as u32;
        record.state = ImportState::Finished;
        self.update_settings(|s| s.imports.put(record.clone()))
            .await?;
        Ok((
            outcome,
            Changed {
                sales: true,
                settings: true,
                ..Changed::default()
            },
        ))
    }
}

fn sale_id(record: &ImportRecord, row: u32) -> PurchaseId {
    PurchaseId::from(import_id(record.started_ms, record.nonce, row).as_str())
}

/// Each customer's spend over the year before a moment, for tiers that go by spend:
/// the book's own sales (sorted, with running sums) and the import's so far (which
/// come oldest first, so the year's start only moves on). Asking the table for every
/// imported sale would scan a million rows a million times.
#[derive(Default)]
struct SpendYear {
    /// Tiers go by spend and points are earned: the only case that needs it.
    active: bool,
    booked: HashMap<CustomerId, (Vec<Millis>, Vec<i64>)>,
    imported: HashMap<CustomerId, Window>,
}

/// One customer's imported sales so far, where the year before the latest begins, and
/// what it holds.
#[derive(Default)]
struct Window {
    sales: Vec<(Millis, i64)>,
    start: usize,
    sum: i64,
}

impl SpendYear {
    fn of(table: &PurchaseTable, preview: &PurchaseImportPreview) -> Self {
        let wanted: HashMap<u32, CustomerId> = preview
            .rows
            .iter()
            .filter_map(|r| r.purchase.customer.as_ref())
            .filter_map(|c| table.customer_index(c).map(|i| (i, c.clone())))
            .collect();
        let mut sales: HashMap<CustomerId, Vec<(Millis, i64)>> = HashMap::new();
        for row in 0..table.len() {
            if table.voided[row] {
                continue;
            }
            if let Some(c) = wanted.get(&table.customer[row]) {
                sales
                    .entry(c.clone())
                    .or_default()
                    .push((table.at_ms[row], table.amount[row]));
            }
        }
        let booked = sales
            .into_iter()
            .map(|(c, mut s)| {
                s.sort_unstable();
                let times = s.iter().map(|(t, _)| *t).collect();
                let sums = s
                    .iter()
                    .scan(0i64, |sum, (_, a)| {
                        *sum = sum.saturating_add(*a);
                        Some(*sum)
                    })
                    .collect();
                (c, (times, sums))
            })
            .collect();
        Self {
            active: true,
            booked,
            imported: HashMap::new(),
        }
    }

    /// Spend in [at - a year, at).
    fn before(&mut self, customer: &CustomerId, at: Millis) -> Money {
        let since = at.saturating_sub(YEAR_MS);
        let booked = self.booked.get(customer).map_or(0, |(times, sums)| {
            let sum_before = |t: Millis| match times.partition_point(|x| *x < t) {
                0 => 0,
                n => sums[n - 1],
            };
            sum_before(at).saturating_sub(sum_before(since))
        });
        let imported = match self.imported.get_mut(customer) {
            Some(w) => {
                while w.start < w.sales.len() && w.sales[w.start].0 < since {
                    w.sum = w.sum.saturating_sub(w.sales[w.start].1);
                    w.start += 1;
                }
                w.sum
            }
            None => 0,
        };
        Money(booked.saturating_add(imported))
    }

    fn add(&mut self, p: &Purchase) {
        if let (Some(c), true) = (&p.customer, self.active) {
            let w = self.imported.entry(c.clone()).or_default();
            w.sales.push((p.at_ms, p.amount.0));
            w.sum = w.sum.saturating_add(p.amount.0);
        }
    }
}
