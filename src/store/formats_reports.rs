//! The shapes of the privacy-safe reports' ledger (see `formats`), pinned with the rest.

use crate::reports::{
    Breakdown, CellLabel, Epsilon, Estimate, Metric, PrivacyLedger, Release, ReleasedRow,
    ReportSpec,
};

pub fn report_shapes(ledger: &PrivacyLedger) -> Vec<&'static str> {
    // Each pattern names every field and variant, so a new one does not compile here.
    let ledger_shape = |l: &PrivacyLedger| {
        let PrivacyLedger {
            yearly_budget: _,
            releases: _,
        } = l;
        "PrivacyLedger: yearly_budget releases"
    };
    let release = |r: &Release| {
        let Release {
            number: _,
            made_ms: _,
            spec: _,
            rows: _,
            total: _,
            unnamed_hidden: _,
        } = r;
        "Release: number made_ms spec rows total unnamed_hidden"
    };
    let spec = |s: &ReportSpec| {
        let ReportSpec {
            metric: _,
            breakdown: _,
            year: _,
            first_month: _,
            last_month: _,
            epsilon: _,
            smallest_group: _,
            max_visits: _,
            max_spend: _,
            confidence: _,
        } = s;
        "ReportSpec: metric breakdown year first_month last_month epsilon smallest_group max_visits max_spend confidence"
    };
    let row = |r: &ReleasedRow| {
        let ReleasedRow {
            label: _,
            estimate: _,
        } = r;
        "ReleasedRow: label estimate"
    };
    let estimate = |e: &Estimate| {
        let Estimate {
            value: _,
            low: _,
            high: _,
        } = e;
        "Estimate: value low high"
    };
    let epsilon = |e: &Epsilon| {
        let Epsilon(_) = e;
        "Epsilon(thousandths)"
    };
    let label = |l: &CellLabel| match l {
        CellLabel::Month(_)
        | CellLabel::AgeBand(_)
        | CellLabel::AgeNotGiven
        | CellLabel::Tag(_)
        | CellLabel::Region(_)
        | CellLabel::RegionNotGiven
        | CellLabel::Segment(_)
        | CellLabel::Tier(_)
        | CellLabel::NoTier => {
            "CellLabel: Month AgeBand AgeNotGiven Tag Region RegionNotGiven Segment Tier NoTier"
        }
    };
    let metric = |m: &Metric| match m {
        Metric::Customers | Metric::Visits | Metric::Revenue | Metric::AverageSpend => {
            "Metric: Customers Visits Revenue AverageSpend"
        }
    };
    let breakdown = |b: &Breakdown| match b {
        Breakdown::Month
        | Breakdown::Tag
        | Breakdown::AgeBand
        | Breakdown::Region
        | Breakdown::Segment
        | Breakdown::Tier => "Breakdown: Month Tag AgeBand Region Segment Tier",
    };
    let sample = ReportSpec::new(Metric::Customers, Breakdown::Month, 2026);
    vec![
        ledger_shape(ledger),
        release(&Release {
            number: 1,
            made_ms: 0,
            spec: sample.clone(),
            rows: Vec::new(),
            total: None,
            unnamed_hidden: 0,
        }),
        spec(&sample),
        row(&ReleasedRow {
            label: CellLabel::Month(1),
            estimate: None,
        }),
        estimate(&Estimate {
            value: 0,
            low: 0,
            high: 0,
        }),
        epsilon(&sample.epsilon),
        label(&CellLabel::Month(1)),
        metric(&sample.metric),
        breakdown(&sample.breakdown),
    ]
}
