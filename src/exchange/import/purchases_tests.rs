//! Purchases files in the shapes tills and spreadsheets write, and damaged ones.

use super::decode::decode;
use super::mapping::DateOrder;
use super::purchases::*;
use super::table::read_table;
use crate::domain::money::{Currency, MoneyProblem};
use crate::domain::time::FixedOffset;
use crate::domain::{CustomValue, CustomerId, Money};
use crate::store::contract::customer;
use chrono::NaiveDate;

/// 2026-11-25 10:00 UTC.
const NOW: i64 = 1_795_687_200_000;
const NAIROBI: FixedOffset = FixedOffset(180);

fn kes() -> Currency {
    Currency {
        code: "KES".into(),
        exponent: 2,
    }
}

fn keys(match_by: Option<&str>) -> CustomerKeys {
    let mut amina = customer("amina", "Amina");
    amina.emails = vec!["Amina@Example.org".into()];
    amina.phones = vec!["+254712000001".into()];
    amina
        .custom
        .insert("till".into(), CustomValue::Text("T-001".into()));
    let mut baraka = customer("baraka", "Baraka");
    baraka.phones = vec!["+254712000002".into()];
    baraka
        .custom
        .insert("till".into(), CustomValue::Text("T-002".into()));
    // Two people sharing a family phone: a row naming it cannot say who bought.
    let mut c = customer("chao", "Chao");
    c.phones = vec!["+254712000003".into()];
    let mut d = customer("dora", "Dora");
    d.phones = vec!["+254712000003".into()];
    let mut keys = CustomerKeys::new(match_by.map(str::to_owned), Some("KE".into()));
    for person in [&amina, &baraka, &c, &d] {
        keys.add(person);
    }
    keys
}

fn read(text: &str, match_by: Option<&str>) -> (SaleMapping, PlannedSales) {
    let table = read_table(&decode(text.as_bytes(), None).text, None).unwrap();
    let mut mapping = guess_sale_mapping(&table, DateOrder::DayMonthYear);
    mapping.match_by = match_by.map(str::to_owned);
    let keys = keys(match_by);
    let currency = kes();
    let reading = SaleReading {
        mapping: &mapping,
        keys: &keys,
        currency: &currency,
        zone: &NAIROBI,
        now: NOW,
    };
    let mut planned = PlannedSales::default();
    reading.plan(&table, 0..table.rows.len(), &mut planned);
    (mapping, planned)
}

fn who(planned: &PlannedSales) -> Vec<Option<&str>> {
    planned
        .rows
        .iter()
        .map(|r| r.purchase.customer.as_ref().map(CustomerId::as_str))
        .collect()
}

#[test]
fn a_till_export_finds_customers_by_email_phone_and_id() {
    let (mapping, planned) = read(
        "Date,Customer,Total,Category,Note\r\n\
         2026-11-20 14:30,amina@example.org,1250.00,Coffee,\r\n\
         2026-11-21,0712 000 002,300,\"Tea, Cake\",takeaway\r\n\
         2026-11-22T09:05:00Z,amina,80.5,,\r\n\
         2026-11-23,,45,,\r\n",
        None,
    );
    assert_eq!(
        mapping.columns,
        vec![
            SaleColumn::Date,
            SaleColumn::Customer,
            SaleColumn::Amount,
            SaleColumn::Categories,
            SaleColumn::Note
        ]
    );
    assert_eq!(planned.problems, vec![]);
    assert_eq!(
        who(&planned),
        vec![Some("amina"), Some("baraka"), Some("amina"), None]
    );
    let first = &planned.rows[0].purchase;
    assert_eq!(first.amount, Money(125_000));
    // 14:30 in Nairobi is 11:30 UTC.
    assert_eq!(
        crate::domain::time::local_minute_text(first.at_ms, 0),
        "2026-11-20T11:30"
    );
    assert_eq!(planned.rows[1].purchase.categories, vec!["Tea", "Cake"]);
    assert_eq!(planned.rows[1].purchase.note, "takeaway");
    assert_eq!(
        crate::domain::time::local_minute_text(planned.rows[2].purchase.at_ms, 0),
        "2026-11-22T09:05"
    );
    // A day with no time is put at midday, shop time.
    assert_eq!(
        crate::domain::time::local_minute_text(planned.rows[3].purchase.at_ms, 180),
        "2026-11-23T12:00"
    );
    assert_eq!(planned.rows[3].index, 3);
    assert_eq!(planned.rows[3].line, 5);
}

#[test]
fn a_european_spreadsheet_writes_decimal_commas_and_day_first() {
    let (mapping, _) = read(
        "Datum;Kunde;Betrag;Zeit\n\
         25.10.2026;+254712000001;1.250,50;18:45\n\
         03.11.2026;+254712000002;12,5;9:00\n",
        None,
    );
    // Only the amounts' and times' headers are foreign here; map them as the owner would.
    assert!(!mapping.decimal_comma, "no amount column was guessed");
    let table = read_table(
        "Date;Customer;Amount;Time\n25.10.2026;+254712000001;1.250,50;18:45\n03.11.2026;+254712000002;12,5;9:00\n",
        None,
    )
    .unwrap();
    let mapping = guess_sale_mapping(&table, DateOrder::MonthDayYear);
    assert!(mapping.decimal_comma);
    assert_eq!(mapping.dates, DateOrder::DayMonthYear);
    let keys = keys(None);
    let currency = kes();
    let mut planned = PlannedSales::default();
    SaleReading {
        mapping: &mapping,
        keys: &keys,
        currency: &currency,
        zone: &NAIROBI,
        now: NOW,
    }
    .plan(&table, 0..2, &mut planned);
    assert_eq!(planned.problems, vec![]);
    assert_eq!(planned.rows[0].purchase.amount, Money(125_050));
    assert_eq!(planned.rows[1].purchase.amount, Money(1_250));
    assert_eq!(
        crate::domain::time::local_minute_text(planned.rows[0].purchase.at_ms, 180),
        "2026-10-25T18:45"
    );
}

#[test]
fn persian_digits_and_solar_hijri_dates_are_read() {
    let (_, planned) = read("تاریخ,مشتری,مبلغ\n۱۴۰۵/۰۸/۲۰,۰۷۱۲۰۰۰۰۰۲,۲۵۰\n", None);
    assert_eq!(planned.problems, vec![]);
    let sale = &planned.rows[0].purchase;
    assert_eq!(sale.customer, Some(CustomerId::from("baraka")));
    assert_eq!(sale.amount, Money(25_000));
    assert_eq!(
        crate::domain::time::local_date_of(sale.at_ms, &NAIROBI),
        NaiveDate::from_ymd_opt(2026, 11, 11).unwrap()
    );
}

#[test]
fn an_outside_id_kept_in_a_field_finds_the_customer() {
    let (_, planned) = read(
        "Member ID,Date,Amount\nt-002,2026-11-01,10\nT-009,2026-11-01,10\n",
        Some("till"),
    );
    assert_eq!(who(&planned), vec![Some("baraka")]);
    assert_eq!(planned.problems.len(), 1);
    assert_eq!(planned.problems[0].issue, SaleIssue::NoSuchCustomer);
    assert_eq!(planned.problems[0].line, 3);
    assert_eq!(planned.problems[0].column, "Member ID");
}

#[test]
fn every_bad_cell_of_a_row_is_named_with_its_line_and_column() {
    let (_, planned) = read(
        "Date,Customer,Amount\n\
         2026-13-40,nobody@example.org,abc\n\
         2027-01-01,+254712000003,-5\n\
         2026-11-01,amina,0\n\
         2026-11-01,amina,1.005\n\
         yesterday,amina,10\n",
        None,
    );
    let issues: Vec<(u64, &str, &SaleIssue)> = planned
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), &p.issue))
        .collect();
    assert_eq!(
        issues,
        vec![
            (2, "Customer", &SaleIssue::NoSuchCustomer),
            (2, "Date", &SaleIssue::Date),
            (2, "Amount", &SaleIssue::Amount(MoneyProblem::NotANumber)),
            (3, "Customer", &SaleIssue::SeveralCustomers),
            (3, "Date", &SaleIssue::InFuture),
            (3, "Amount", &SaleIssue::Amount(MoneyProblem::Negative)),
            (4, "Amount", &SaleIssue::ZeroAmount),
            (
                5,
                "Amount",
                &SaleIssue::Amount(MoneyProblem::TooManyDecimals { allowed: 2 })
            ),
            (6, "Date", &SaleIssue::Date),
        ]
    );
    assert!(planned.rows.is_empty());
}

#[test]
fn a_megabyte_cell_refuses_its_row_only() {
    let big = "x".repeat(1_000_000);
    let (_, planned) = read(
        &format!("Date,Amount,Note\n2026-11-01,10,{big}\n2026-11-02,20,ok\n"),
        None,
    );
    assert_eq!(planned.rows.len(), 1);
    assert_eq!(
        planned.problems[0].issue,
        SaleIssue::CellTooLong {
            max: super::rows::MAX_CELL
        }
    );
    assert_eq!(planned.problems[0].column, "Note");
}

#[test]
fn a_mapping_needs_a_date_and_an_amount_once_each() {
    let m = |columns: Vec<SaleColumn>| SaleMapping {
        columns,
        ..SaleMapping::default()
    };
    use SaleColumn::*;
    assert_eq!(
        check_sale_mapping(&m(vec![Date, Customer])),
        Err(SaleMappingProblem::NoAmount)
    );
    assert_eq!(
        check_sale_mapping(&m(vec![Amount, Skip])),
        Err(SaleMappingProblem::NoDate)
    );
    assert_eq!(
        check_sale_mapping(&m(vec![Amount, Date, Amount])),
        Err(SaleMappingProblem::Twice { column: 2 })
    );
    assert_eq!(
        check_sale_mapping(&m(vec![Skip, Amount, Skip, Date])),
        Ok(())
    );
}

#[test]
fn times_are_read_in_the_usual_ways() {
    assert_eq!(time_of_day("14:30"), Some((52_200_000, None)));
    assert_eq!(time_of_day("2:30 PM"), Some((52_200_000, None)));
    assert_eq!(time_of_day("12:05 am"), Some((300_000, None)));
    assert_eq!(time_of_day("14:30:15.250"), Some((52_215_000, None)));
    assert_eq!(time_of_day("14:30+03:00"), Some((52_200_000, Some(180))));
    assert_eq!(time_of_day("۱۴:۳۰"), Some((52_200_000, None)));
    for bad in [
        "", "14", "25:00", "13:00 PM", "1:2:3:4", "ab:cd", "14:30+xx",
    ] {
        assert_eq!(time_of_day(bad), None, "{bad}");
    }
}

#[test]
fn decimal_commas_are_told_from_thousands() {
    assert!(detect_decimal_comma(["12,50", "1.250,00", "3"]));
    assert!(!detect_decimal_comma(["1,250", "12.50", "7.5"]));
    assert!(!detect_decimal_comma(["1,250", "2,000"]));
}
