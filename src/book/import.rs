//! Importing customers from a file: the mapping suggested, a preview of what would be
//! stored (problems with line and column, rows that are someone already in the book),
//! then the rows written in batches, each all or nothing. Each customer an import
//! creates has an id made from the import and the row (`ids::import_id`), so an
//! import cut short by a closed tab is resumed by choosing the same file again (rows
//! already written are known), or rolled back (every customer it created is found).

use super::{Book, BookError, BookResult, Changed};
use crate::domain::ids::import_id;
use crate::domain::{CustomFieldDef, CustomFieldKind, Customer, CustomerId};
use crate::exchange::import::duplicates::{merge_row, DuplicateChoice, Match, Matcher};
use crate::exchange::import::file::ImportFile;
use crate::exchange::import::journal::{ImportKind, ImportRecord, ImportState};
use crate::exchange::import::mapping::{detect_date_order, guess, DateOrder, Mapping, Target};
use crate::exchange::import::rows::{check_mapping, plan_rows, ImportRow, Planned, RowProblem};
use crate::store::{Store, StoreError};
use rand::Rng;
use std::collections::HashMap;

/// New customers per transaction: big enough to be quick, small enough that a closed
/// tab loses at most a moment's work.
const CREATE_BATCH: usize = 1_000;
const UPDATE_BATCH: usize = 200;
/// Rows checked between pauses.
const CHECK_SLICE: usize = 5_000;
/// Header text kept as a new field's label.
const LABEL_MAX: usize = 80;

#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// As chosen, new-field columns given their field's key.
    pub mapping: Mapping,
    pub country: Option<String>,
    /// Text fields the import adds, named after their columns.
    pub new_fields: Vec<CustomFieldDef>,
    /// The rows to store, with their ids.
    pub rows: Vec<ImportRow>,
    pub problems: Vec<RowProblem>,
    /// (index in `rows`, who it matches): someone in the book, or an earlier row.
    pub duplicates: Vec<(usize, Match)>,
    /// Rows an interrupted run of this import already wrote.
    pub already: usize,
    /// The import this preview belongs to (a resumed one keeps its ids).
    pub record: ImportRecord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportStage {
    Checking,
    Creating,
    Updating,
    RollingBack,
    /// Purchases being written.
    Recording,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportProgress {
    pub stage: ImportStage,
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub created: usize,
    pub updated: usize,
    pub skipped: usize,
}

impl<S: Store> Book<S> {
    /// The mapping for `file`: the one chosen last time for these headers, or guessed.
    pub fn import_mapping(&self, file: &ImportFile) -> Mapping {
        let settings = self.settings.borrow();
        if let Some(m) = settings.imports.remembered(&file.table.header) {
            if m.columns.len() == file.table.header.len() {
                let mut m = m.clone();
                // A field removed since becomes a new one again, not a silent gap.
                for t in &mut m.columns {
                    if let Target::Custom(key) = t {
                        if !settings.custom_fields.iter().any(|f| f.key == *key) {
                            *t = Target::NewField;
                        }
                    }
                }
                return m;
            }
        }
        let columns = guess(&file.table.header, &settings.custom_fields);
        let usual = if settings.country.as_deref() == Some("US") {
            DateOrder::MonthDayYear
        } else {
            DateOrder::DayMonthYear
        };
        let birthday = columns.iter().position(|t| *t == Target::Birthday);
        let samples = file
            .table
            .rows
            .iter()
            .filter_map(|r| birthday.map(|c| r.cell(c)));
        Mapping {
            dates: detect_date_order(samples, usual),
            columns,
        }
    }

    /// An import of this same file that was cut short, if there is one.
    pub fn interrupted_import(&self, file: &ImportFile) -> Option<ImportRecord> {
        let settings = self.settings.borrow();
        settings
            .imports
            .interrupted(&file.fingerprint, ImportKind::Customers)
            .cloned()
    }

    /// Imports of `kind` cut short and not yet resumed or rolled back.
    pub fn unfinished_imports_of(&self, kind: ImportKind) -> Vec<ImportRecord> {
        self.settings
            .borrow()
            .imports
            .unfinished()
            .filter(|r| r.kind == kind)
            .cloned()
            .collect()
    }

    /// Imports of customers cut short and not yet resumed or rolled back.
    pub fn unfinished_imports(&self) -> Vec<ImportRecord> {
        self.unfinished_imports_of(ImportKind::Customers)
    }

    /// How many customers `record`'s import has written so far (its journal counts
    /// only once it finishes).
    pub fn import_written(&self, record: &ImportRecord) -> usize {
        self.import_created(record).len()
    }

    /// The customers `record`'s import created that are in the book (their ids are
    /// known from the import and the row numbers).
    fn import_created(&self, record: &ImportRecord) -> Vec<CustomerId> {
        let directory = self.directory.borrow();
        (0..record.rows)
            .map(|row| CustomerId::from(import_id(record.started_ms, record.nonce, row).as_str()))
            .filter(|id| directory.get(id).is_some())
            .collect()
    }

    /// What importing `file` through `mapping` would store: nothing is written.
    pub async fn preview_import(
        &self,
        file: &ImportFile,
        mapping: &Mapping,
        country: Option<String>,
        progress: &dyn Fn(ImportProgress),
    ) -> BookResult<ImportPreview> {
        check_mapping(mapping).map_err(BookError::Import)?;
        let now = self.host.now_ms();
        let record = self
            .interrupted_import(file)
            .unwrap_or_else(|| ImportRecord {
                started_ms: now,
                nonce: rand::thread_rng().gen(),
                file_name: file.name.clone(),
                fingerprint: file.fingerprint.clone(),
                rows: file.table.rows.len() as u32,
                ..ImportRecord::default()
            });
        let (mapping, new_fields) = with_new_fields(mapping, &file.table.header, &record);
        let mut fields = self.settings.borrow().custom_fields.clone();
        fields.extend(new_fields.iter().cloned());
        let rules = crate::domain::draft::Rules {
            country: country.as_deref(),
            custom_fields: &fields,
            today: Some(self.host.today()),
        };
        let mut planned = Planned::default();
        let total_rows = file.table.rows.len();
        for start in (0..total_rows).step_by(CHECK_SLICE) {
            let range = start..(start + CHECK_SLICE).min(total_rows);
            plan_rows(
                &file.table,
                range.clone(),
                &mapping,
                &rules,
                now,
                &mut planned,
            );
            progress(ImportProgress {
                stage: ImportStage::Checking,
                done: range.end,
                total: total_rows,
            });
            self.host.pause().await;
        }
        let (mut rows, mut already) = (Vec::with_capacity(planned.rows.len()), 0);
        {
            let directory = self.directory.borrow();
            for mut row in planned.rows {
                row.customer.id = import_id(record.started_ms, record.nonce, row.index)
                    .as_str()
                    .into();
                if directory.get(&row.customer.id).is_some() {
                    already += 1;
                } else {
                    rows.push(row);
                }
            }
        }
        let mut matcher = Matcher::default();
        let total = self.directory.borrow().len();
        let mut read = 0;
        self.store
            .load_customers(&mut |page| {
                read += page.len();
                page.iter().for_each(|c| matcher.add(c));
                progress(ImportProgress {
                    stage: ImportStage::Checking,
                    done: read,
                    total,
                });
            })
            .await?;
        let mut duplicates = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            match matcher.find(&row.customer, row.karibu_id.as_ref()) {
                Some(m) => duplicates.push((i, m)),
                None => matcher.add(&row.customer),
            }
            if i % CHECK_SLICE == CHECK_SLICE - 1 {
                self.host.pause().await;
            }
        }
        Ok(ImportPreview {
            mapping,
            country,
            new_fields,
            rows,
            problems: planned.problems,
            duplicates,
            already,
            record,
        })
    }

    /// Stores `preview`'s rows; `choices` answers its duplicates, in order. The import
    /// is journalled first, so a tab closed midway leaves a record to resume or roll
    /// back; each batch is one transaction.
    pub async fn run_import(
        &self,
        file: &ImportFile,
        preview: &ImportPreview,
        choices: &[DuplicateChoice],
        progress: &dyn Fn(ImportProgress),
    ) -> BookResult<(ImportOutcome, Changed)> {
        let mut record = preview.record.clone();
        record.state = ImportState::Running;
        let header = file.table.header.clone();
        self.update_settings(|s| {
            for f in &preview.new_fields {
                if !s.custom_fields.iter().any(|d| d.key == f.key) {
                    s.custom_fields.push(f.clone());
                }
            }
            s.imports.remember(&header, &preview.mapping);
            s.imports.put(record.clone());
        })
        .await?;

        let now = self.host.now_ms();
        let (creates, updates, skipped) = sort_rows(preview, choices);
        let mut outcome = ImportOutcome {
            skipped,
            ..ImportOutcome::default()
        };
        let written = self.create_batches(&creates, progress, &mut outcome).await;
        // New rows were added unranked (quick at 100,000): rank them before updates.
        self.directory.borrow_mut().finish_load();
        let written = match written {
            Ok(()) => {
                self.update_batches(&updates, now, progress, &mut outcome)
                    .await
            }
            e => e,
        };
        record.created += outcome.created as u32;
        record.updated += outcome.updated as u32;
        record.skipped += outcome.skipped as u32;
        let changed = Changed {
            everything: true,
            settings: true,
            ..Changed::default()
        };
        written?;
        record.state = ImportState::Finished;
        self.update_settings(|s| s.imports.put(record.clone()))
            .await?;
        Ok((outcome, changed))
    }

    async fn create_batches(
        &self,
        creates: &[Customer],
        progress: &dyn Fn(ImportProgress),
        outcome: &mut ImportOutcome,
    ) -> BookResult<()> {
        for batch in creates.chunks(CREATE_BATCH) {
            let started = self.host.precise_ms();
            self.store.put_batch(batch, &[]).await?;
            self.host.measure("karibu:import-write", started);
            self.wrote(true, false, false);
            self.directory.borrow_mut().extend_unranked(batch);
            outcome.created += batch.len();
            progress(ImportProgress {
                stage: ImportStage::Creating,
                done: outcome.created,
                total: creates.len(),
            });
            self.host.pause().await;
        }
        Ok(())
    }

    /// Each update merges the row into the customer as stored now; one another tab
    /// changed meanwhile is reread and merged again.
    async fn update_batches(
        &self,
        updates: &[Update],
        now: i64,
        progress: &dyn Fn(ImportProgress),
        outcome: &mut ImportOutcome,
    ) -> BookResult<()> {
        for batch in updates.chunks(UPDATE_BATCH) {
            for attempt in 0..3 {
                let mut merged = Vec::with_capacity(batch.len());
                for (id, rows) in batch {
                    // Deleted since the preview: nothing to update.
                    if let Some(stored) = self.store.get_customer(id).await? {
                        let updated = rows
                            .iter()
                            .fold(stored.clone(), |c, r| merge_row(&c, r, now));
                        if updated != stored {
                            merged.push(updated);
                        }
                    }
                }
                match self.store.save_customers(&merged).await {
                    Ok(saved) => {
                        self.wrote(true, false, false);
                        self.directory_upsert(&saved);
                        break;
                    }
                    Err(StoreError::Conflict { .. } | StoreError::Deleted) if attempt < 2 => {
                        continue
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            outcome.updated += batch.len();
            progress(ImportProgress {
                stage: ImportStage::Updating,
                done: outcome.updated,
                total: updates.len(),
            });
            self.host.pause().await;
        }
        Ok(())
    }

    /// Removes every customer `record`'s import created (their ids are known from the
    /// import and the row numbers). Customers it updated keep the update.
    pub async fn roll_back_import(
        &self,
        record: &ImportRecord,
        progress: &dyn Fn(ImportProgress),
    ) -> BookResult<Changed> {
        let created = self.import_created(record);
        let mut changed = Changed::default();
        for (i, batch) in created.chunks(CREATE_BATCH).enumerate() {
            let (_, removed) = self.delete_customers(batch).await?;
            changed.merge(removed);
            progress(ImportProgress {
                stage: ImportStage::RollingBack,
                done: (i * CREATE_BATCH + batch.len()).min(created.len()),
                total: created.len(),
            });
            self.host.pause().await;
        }
        let mut record = record.clone();
        record.state = ImportState::RolledBack;
        changed.merge(
            self.update_settings(|s| s.imports.put(record.clone()))
                .await?,
        );
        Ok(changed)
    }
}

/// New-field columns get a text field each, named after the header.
fn with_new_fields(
    mapping: &Mapping,
    header: &[String],
    record: &ImportRecord,
) -> (Mapping, Vec<CustomFieldDef>) {
    let mut mapping = mapping.clone();
    let mut fields = Vec::new();
    for (column, target) in mapping.columns.iter_mut().enumerate() {
        if *target == Target::NewField {
            let label: String = header
                .get(column)
                .map(|h| h.trim().chars().take(LABEL_MAX).collect())
                .filter(|h: &String| !h.is_empty())
                .unwrap_or_else(|| format!("{}", column + 1));
            let key = format!("f{}c{column}", record.started_ms);
            fields.push(CustomFieldDef {
                key: key.clone(),
                label,
                kind: CustomFieldKind::Text,
            });
            *target = Target::Custom(key);
        }
    }
    (mapping, fields)
}

/// A customer to update and the rows (one or more) to merge into them.
type Update = (CustomerId, Vec<Customer>);

/// The rows to create, the customers to update (with every row merging into each), and
/// how many were skipped. A row that repeats an earlier row of the file, answered
/// "update", merges into that row before it is written.
fn sort_rows(
    preview: &ImportPreview,
    choices: &[DuplicateChoice],
) -> (Vec<Customer>, Vec<Update>, usize) {
    let matched: HashMap<usize, (&Match, DuplicateChoice)> = preview
        .duplicates
        .iter()
        .zip(
            choices
                .iter()
                .copied()
                .chain(std::iter::repeat(DuplicateChoice::default())),
        )
        .map(|((i, m), choice)| (*i, (m, choice)))
        .collect();
    let mut creates: Vec<Customer> = Vec::new();
    let mut created_at: HashMap<CustomerId, usize> = HashMap::new();
    let mut updates: Vec<Update> = Vec::new();
    let mut updated_at: HashMap<CustomerId, usize> = HashMap::new();
    let mut skipped = 0;
    for (i, row) in preview.rows.iter().enumerate() {
        match matched.get(&i) {
            Some((_, DuplicateChoice::Skip)) => skipped += 1,
            Some((m, DuplicateChoice::Update)) => match created_at.get(&m.existing) {
                Some(at) => {
                    let merged = merge_row(&creates[*at], &row.customer, creates[*at].updated_ms);
                    creates[*at] = merged;
                }
                None => match updated_at.get(&m.existing) {
                    Some(at) => updates[*at].1.push(row.customer.clone()),
                    None => {
                        updated_at.insert(m.existing.clone(), updates.len());
                        updates.push((m.existing.clone(), vec![row.customer.clone()]));
                    }
                },
            },
            _ => {
                created_at.insert(row.customer.id.clone(), creates.len());
                creates.push(row.customer.clone());
            }
        }
    }
    (creates, updates, skipped)
}
