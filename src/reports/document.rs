//! A released report as the files that leave the device, in the owner's language: a CSV
//! and a printable HTML page. Only released numbers go in, never a name or an id.

use super::analyst::{AgeGroup, AnalystTable, Area, Generalised};
use super::cells::{CellLabel, AGE_BANDS};
use super::release::{Estimate, Release};
use super::spec::{Breakdown, Metric};
use crate::domain::money::{Currency, Money};
use crate::domain::time::Millis;
use crate::exchange::customers_csv::defused;
use crate::i18n::{Lang, Msg};

pub fn metric_msg(metric: Metric) -> Msg {
    match metric {
        Metric::Customers => Msg::MetricCustomers,
        Metric::Visits => Msg::MetricVisits,
        Metric::Revenue => Msg::MetricRevenue,
        Metric::AverageSpend => Msg::MetricAverageSpend,
    }
}

pub fn breakdown_msg(breakdown: Breakdown) -> Msg {
    match breakdown {
        Breakdown::Month => Msg::BreakdownMonth,
        Breakdown::Tag => Msg::BreakdownTag,
        Breakdown::AgeBand => Msg::BreakdownAgeBand,
        Breakdown::Region => Msg::BreakdownRegion,
        Breakdown::Segment => Msg::BreakdownSegment,
        Breakdown::Tier => Msg::BreakdownTier,
    }
}

/// How a report's numbers and labels read in one language.
pub struct Words<'a> {
    pub lang: Lang,
    pub currency: &'a Currency,
}

impl Words<'_> {
    pub fn label(&self, year: i32, label: &CellLabel) -> String {
        let lang = self.lang;
        match label {
            CellLabel::Month(m) => lang.month(year, *m),
            CellLabel::AgeBand(first) => {
                let next = AGE_BANDS.iter().find(|b| *b > first);
                match (first, next) {
                    (0, Some(to)) => lang.tf(Msg::AgeBandUnder, &[("age", &lang.number(*to))]),
                    (_, Some(to)) => lang.tf(
                        Msg::AgeBandRange,
                        &[
                            ("from", &lang.number(*first)),
                            ("to", &lang.number(*to - 1)),
                        ],
                    ),
                    (_, None) => lang.tf(Msg::AgeBandOver, &[("age", &lang.number(*first))]),
                }
            }
            CellLabel::Tag(text)
            | CellLabel::Region(text)
            | CellLabel::Segment(text)
            | CellLabel::Tier(text) => text.clone(),
            CellLabel::NoTier => lang.t(Msg::NoTier),
            CellLabel::AgeNotGiven | CellLabel::RegionNotGiven => lang.t(Msg::ReportNotGiven),
        }
    }

    pub fn amount(&self, metric: Metric, n: i64) -> String {
        if metric.is_money() {
            self.lang.money(self.currency, Money(n))
        } else {
            self.lang.number(n)
        }
    }

    pub fn range(&self, metric: Metric, e: &Estimate) -> String {
        self.lang.tf(
            Msg::ReportRange,
            &[
                ("low", &self.amount(metric, e.low)),
                ("high", &self.amount(metric, e.high)),
            ],
        )
    }

    pub fn epsilon(&self, release_epsilon: super::noise::Epsilon) -> String {
        self.lang.decimal(release_epsilon.as_f64())
    }

    pub fn title(&self, r: &Release) -> String {
        let lang = self.lang;
        lang.tf(
            Msg::ReportTitle,
            &[
                ("n", &lang.number(r.number)),
                ("metric", &lang.t(metric_msg(r.spec.metric))),
                ("breakdown", &lang.t(breakdown_msg(r.spec.breakdown))),
            ],
        )
    }

    pub fn period(&self, r: &Release) -> String {
        let lang = self.lang;
        lang.tf(
            Msg::ReportPeriod,
            &[
                ("from", &lang.month(r.spec.year, r.spec.first_month)),
                ("to", &lang.month(r.spec.year, r.spec.last_month)),
            ],
        )
    }

    /// The typical "± this much" of a report: its total's, else its first shown row's.
    pub fn plus_minus(&self, r: &Release) -> Option<String> {
        let e = r
            .total
            .or_else(|| r.rows.iter().find_map(|row| row.estimate))?;
        Some(self.amount(r.spec.metric, e.plus_minus()))
    }

    pub fn noise_explained(&self, r: &Release) -> Option<String> {
        let lang = self.lang;
        Some(lang.tf(
            Msg::ReportNoiseExplain,
            &[
                ("plusminus", &self.plus_minus(r)?),
                (
                    "confidence",
                    &lang.percent(f64::from(r.spec.confidence) / 100.0),
                ),
            ],
        ))
    }

    pub fn footnote(&self, r: &Release, made_on: &str) -> String {
        let lang = self.lang;
        let cap = match r.spec.metric {
            Metric::Customers => lang.number(1),
            Metric::Visits => lang.number(r.spec.max_visits),
            _ => lang.money(self.currency, Money(r.spec.max_spend)),
        };
        lang.tf(
            Msg::ReportFootnote,
            &[
                ("date", &made_on),
                ("epsilon", &self.epsilon(r.spec.epsilon)),
                ("k", &lang.number(r.spec.smallest_group)),
                ("cap", &cap),
            ],
        )
    }

    /// Group, number, low, high, and a note for a hidden group: each row as text.
    fn lines(&self, r: &Release) -> Vec<[String; 4]> {
        let lang = self.lang;
        let hidden = lang.tf(
            Msg::ReportHidden,
            &[("k", &lang.number(r.spec.smallest_group))],
        );
        let shown = |label: String, e: &Option<Estimate>| match e {
            Some(e) => [
                label,
                self.amount(r.spec.metric, e.value),
                self.range(r.spec.metric, e),
                self.amount(r.spec.metric, e.plus_minus()),
            ],
            None => [label, hidden.clone(), String::new(), String::new()],
        };
        let mut out: Vec<[String; 4]> = r
            .rows
            .iter()
            .map(|row| shown(self.label(r.spec.year, &row.label), &row.estimate))
            .collect();
        out.push(shown(lang.t(Msg::ReportTotal), &r.total));
        out
    }

    fn header(&self) -> [String; 4] {
        let lang = self.lang;
        [
            lang.t(Msg::ReportColGroup),
            lang.t(Msg::ReportColValue),
            lang.t(Msg::ReportColRange),
            lang.t(Msg::ReportColOffBy),
        ]
    }

    fn unnamed(&self, r: &Release) -> Option<String> {
        (r.unnamed_hidden > 0).then(|| {
            self.lang
                .tf(Msg::ReportUnnamedHidden, &[("n", &r.unnamed_hidden)])
        })
    }

    pub fn csv(&self, r: &Release, made_on: &str) -> Result<String, csv::Error> {
        let mut records = vec![vec![self.title(r), self.period(r)], self.header().to_vec()];
        records.extend(
            self.lines(r)
                .into_iter()
                .map(|line| line.map(defused).to_vec()),
        );
        records.extend(self.unnamed(r).map(|note| vec![note]));
        records.push(vec![self.noise_explained(r).unwrap_or_default()]);
        records.push(vec![self.footnote(r, made_on)]);
        csv_text(records)
    }

    /// A page to print or save as PDF; the same numbers as the CSV.
    pub fn html(&self, r: &Release, made_on: &str) -> String {
        let lang = self.lang;
        let mut rows = String::new();
        for line in self.lines(r) {
            rows.push_str(&format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(&line[0]),
                escape(&line[1]),
                escape(&line[2]),
                escape(&line[3])
            ));
        }
        let [g, v, range, off] = self.header().map(|h| escape(&h));
        let paragraph = |text: Option<String>| {
            text.map(|t| format!("<p>{}</p>\n", escape(&t)))
                .unwrap_or_default()
        };
        format!(
            "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{title}</title>\n<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-inline-size:48rem}}\
             table{{border-collapse:collapse;inline-size:100%}}th,td{{border-block-end:1px solid #ccc;padding:.4rem;text-align:start}}\
             td{{font-variant-numeric:tabular-nums}}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<p>{period}</p>\n\
             {noise}<table>\n<thead><tr><th scope=\"col\">{g}</th><th scope=\"col\">{v}</th><th scope=\"col\">{range}</th><th scope=\"col\">{off}</th></tr></thead>\n\
             <tbody>\n{rows}</tbody>\n</table>\n{unnamed}<p><small>{foot}</small></p>\n</body>\n</html>\n",
            code = lang.code(),
            dir = lang.dir(),
            title = escape(&self.title(r)),
            period = escape(&self.period(r)),
            noise = paragraph(self.noise_explained(r)),
            unnamed = paragraph(self.unnamed(r)),
            foot = escape(&self.footnote(r, made_on)),
        )
    }
}

/// Records as CSV text (rows of any length), or why it could not be written.
fn csv_text(records: impl IntoIterator<Item = Vec<String>>) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for record in records {
        writer.write_record(&record)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    // Every field written was a Rust string: the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl Words<'_> {
    pub fn age_group(&self, age: &AgeGroup) -> String {
        let lang = self.lang;
        match age {
            AgeGroup::Band(0, Some(last)) => {
                lang.tf(Msg::AgeBandUnder, &[("age", &lang.number(last + 1))])
            }
            AgeGroup::Band(first, Some(last)) => lang.tf(
                Msg::AgeBandRange,
                &[("from", &lang.number(*first)), ("to", &lang.number(*last))],
            ),
            AgeGroup::Band(first, None) => {
                lang.tf(Msg::AgeBandOver, &[("age", &lang.number(*first))])
            }
            AgeGroup::NotGiven => lang.t(Msg::ReportNotGiven),
            AgeGroup::Any => lang.t(Msg::AgeAny),
        }
    }

    pub fn area(&self, area: &Area) -> String {
        match area {
            Area::Named(town) => town.clone(),
            Area::Other => self.lang.t(Msg::AreaOther),
            Area::NotGiven => self.lang.t(Msg::ReportNotGiven),
            Area::Any => self.lang.t(Msg::AreaAny),
        }
    }

    pub fn generalised(&self, level: Generalised) -> String {
        self.lang.t(match level {
            Generalised::Bands => Msg::AnalystLevelBands,
            Generalised::WideBands => Msg::AnalystLevelWide,
            Generalised::NoArea => Msg::AnalystLevelNoArea,
            Generalised::Nothing => Msg::AnalystLevelNothing,
        })
    }

    /// The analyst's file: headers in the owner's language, figures plain (digits
    /// 0-9, a point before the cents, months as 2026-03) for a spreadsheet to read.
    /// `month_of` gives the shop's calendar month of a moment.
    pub fn analyst_csv(
        &self,
        table: &AnalystTable,
        month_of: &dyn Fn(Millis) -> (i32, u32),
    ) -> Result<String, csv::Error> {
        let lang = self.lang;
        let header = [
            Msg::AnalystColCode,
            Msg::BreakdownAgeBand,
            Msg::BreakdownRegion,
            Msg::MetricVisits,
            Msg::AnalystColSpend,
            Msg::AnalystColLast,
        ]
        .map(|m| lang.t(m))
        .to_vec();
        let rows = table.rows.iter().map(|r| {
            let last = r.last_purchase_ms.map(|at| {
                let (y, m) = month_of(at);
                format!("{y:04}-{m:02}")
            });
            [
                r.pseudonym.clone(),
                self.age_group(&r.age),
                self.area(&r.area),
                r.purchases.to_string(),
                self.currency.form_number(Money(r.spend)),
                last.unwrap_or_default(),
            ]
            .map(defused)
            .to_vec()
        });
        csv_text(std::iter::once(header).chain(rows))
    }
}
