//! Decoded text as a table: the separator detected (comma, semicolon or tab, as
//! spreadsheets in different locales save), RFC 4180 quoting read by the `csv` crate,
//! each row with the line it starts on so every problem can say where it is.

use csv::{ReaderBuilder, Terminator};
use std::io::Cursor;
use std::rc::Rc;

/// Rows past this are refused rather than held: far above a shop's book, far below
/// what would exhaust a tab's memory.
pub const MAX_ROWS: usize = 2_000_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The cell separator; 0 for a vCard file (`exchange::vcard`).
    pub delimiter: u8,
    pub header: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// The file line the row starts on (the header is line 1).
    pub line: u64,
    pub cells: Vec<String>,
}

impl TableRow {
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map(String::as_str).unwrap_or("")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableProblem {
    /// Nothing but blank lines.
    Empty,
    /// A header and no rows.
    HeadersOnly,
    /// A quoted cell opened on `line` is never closed: the rest of the file would be
    /// read as one cell.
    UnclosedQuote {
        line: u64,
    },
    TooManyRows {
        max: usize,
    },
}

pub const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// The separator that splits the first lines most consistently (outside quotes).
pub fn detect_delimiter(text: &str) -> u8 {
    let lines = logical_lines(text, 20);
    let score = |d: u8| {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d)).collect();
        let first = counts.first().copied().unwrap_or(0);
        let agreeing = counts.iter().filter(|c| **c == first).count();
        (first > 0, agreeing, first)
    };
    DELIMITERS
        .into_iter()
        .max_by_key(|d| score(*d))
        .filter(|d| score(*d).0)
        .unwrap_or(b',')
}

/// Up to `limit` non-blank lines, a quoted line break kept inside its line.
fn logical_lines(text: &str, limit: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => {
                if !text[start..i].trim().is_empty() {
                    lines.push(&text[start..i]);
                    if lines.len() == limit {
                        return lines;
                    }
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if !text[start..].trim().is_empty() {
        lines.push(&text[start..]);
    }
    lines
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    line.bytes()
        .filter(|b| {
            if *b == b'"' {
                quoted = !quoted;
            }
            !quoted && *b == delimiter
        })
        .count()
}

/// Where a quote opened and never closed, if one did. A quote counts only where
/// RFC 4180 allows one to open a cell: at the start of a cell.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    let mut line = 1;
    let mut quoted_since = None;
    let mut at_cell_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        match (quoted_since, b) {
            (Some(_), b'"') if bytes.peek() == Some(&b'"') => {
                bytes.next();
            }
            (Some(_), b'"') => quoted_since = None,
            (None, b'"') if at_cell_start => quoted_since = Some(line),
            _ => {}
        }
        if b == b'\n' || (b == b'\r' && bytes.peek() != Some(&b'\n')) {
            line += 1;
        }
        at_cell_start = quoted_since.is_none() && (b == delimiter || b == b'\n' || b == b'\r');
    }
    quoted_since
}

/// Reads `text` as a table with a header row; `delimiter` as chosen, or detected.
pub fn read_table(text: &str, delimiter: Option<u8>) -> Result<Table, TableProblem> {
    let mut reader = TableReader::new(text, delimiter)?;
    while !reader.step(usize::MAX)? {}
    reader.finish()
}

/// A table read some records at a time, so a file of a million rows can be read
/// between pauses instead of holding the page for seconds.
pub struct TableReader {
    text: Rc<[u8]>,
    delimiter: u8,
    reader: csv::Reader<Cursor<Rc<[u8]>>>,
    record: csv::StringRecord,
    lines: LineCounter,
    header: Option<Vec<String>>,
    rows: Vec<TableRow>,
}

impl TableReader {
    pub fn new(text: &str, delimiter: Option<u8>) -> Result<Self, TableProblem> {
        let text = text.trim_start_matches('\u{feff}');
        let delimiter = delimiter.unwrap_or_else(|| detect_delimiter(text));
        if let Some(line) = unclosed_quote(text, delimiter) {
            return Err(TableProblem::UnclosedQuote { line });
        }
        let bytes: Rc<[u8]> = Rc::from(text.as_bytes());
        let reader = ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .terminator(Terminator::CRLF)
            .from_reader(Cursor::new(bytes.clone()));
        Ok(Self {
            text: bytes,
            delimiter,
            reader,
            record: csv::StringRecord::new(),
            lines: LineCounter::default(),
            header: None,
            rows: Vec::new(),
        })
    }

    /// Reads up to `records` more; true once the text is read to its end.
    pub fn step(&mut self, records: usize) -> Result<bool, TableProblem> {
        for _ in 0..records {
            // The text is valid UTF-8 and `flexible` accepts ragged rows, so a read
            // error can only be the end; it is treated as one.
            if !self.reader.read_record(&mut self.record).unwrap_or(false) {
                return Ok(true);
            }
            if self.record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let start = self.record.position().map_or(0, |p| p.byte() as usize);
            let line = self.lines.line_at(&self.text, start);
            let cells: Vec<String> = self.record.iter().map(|c| c.trim().to_owned()).collect();
            match self.header {
                None => self.header = Some(cells),
                Some(_) if self.rows.len() == MAX_ROWS => {
                    return Err(TableProblem::TooManyRows { max: MAX_ROWS })
                }
                Some(_) => self.rows.push(TableRow { line, cells }),
            }
        }
        Ok(false)
    }

    /// (bytes read, bytes in all), for progress.
    pub fn progress(&self) -> (usize, usize) {
        (self.reader.position().byte() as usize, self.text.len())
    }

    pub fn finish(self) -> Result<Table, TableProblem> {
        let header = self.header.ok_or(TableProblem::Empty)?;
        if self.rows.is_empty() {
            return Err(TableProblem::HeadersOnly);
        }
        Ok(Table {
            delimiter: self.delimiter,
            header,
            rows: self.rows,
        })
    }
}

/// File line numbers as an editor shows them, whatever the line endings: the `csv`
/// crate counts only line feeds, and counts a record's start before the line feed that
/// ends a CRLF, so its numbers drift by one in spreadsheet files.
#[derive(Default)]
struct LineCounter {
    counted_to: usize,
    breaks: u64,
}

impl LineCounter {
    /// The line of the record whose reading began at byte `start`.
    fn line_at(&mut self, bytes: &[u8], start: usize) -> u64 {
        let mut start = start.min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        if start > self.counted_to {
            let span = &bytes[self.counted_to..start];
            self.breaks += span
                .iter()
                .enumerate()
                .filter(|(i, b)| **b == b'\n' || (**b == b'\r' && span.get(i + 1) != Some(&b'\n')))
                .count() as u64;
            self.counted_to = start;
        }
        self.breaks + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_of_each_locale_are_detected() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        // A European spreadsheet: semicolons, decimal commas.
        assert_eq!(
            detect_delimiter("name;amount\nAmina;12,50\nJuma;3,00\n"),
            b';'
        );
        assert_eq!(detect_delimiter("name\tphone\nAmina\t0712\n"), b'\t');
        // A comma inside quotes does not count.
        assert_eq!(detect_delimiter("\"a,b\";c\n\"d,e\";f\n"), b';');
        assert_eq!(detect_delimiter("just one column\n"), b',');
    }

    #[test]
    fn rows_carry_the_line_they_start_on_across_quoted_breaks_and_mixed_endings() {
        let text = "name,about\r\nAmina,\"oat milk\nno sugar\"\n\nJuma,plain\rZawadi,\"says \"\"hi\"\"\"\n";
        let table = read_table(text, None).unwrap();
        assert_eq!(table.header, ["name", "about"]);
        let got: Vec<(u64, &str, &str)> = table
            .rows
            .iter()
            .map(|r| (r.line, r.cell(0), r.cell(1)))
            .collect();
        assert_eq!(
            got,
            [
                (2, "Amina", "oat milk\nno sugar"),
                (5, "Juma", "plain"),
                (6, "Zawadi", "says \"hi\""),
            ]
        );
    }

    #[test]
    fn damaged_shapes_are_named_not_read_wrongly() {
        assert_eq!(read_table("", None), Err(TableProblem::Empty));
        assert_eq!(read_table("\n \n", None), Err(TableProblem::Empty));
        assert_eq!(
            read_table("name,phone\n", None),
            Err(TableProblem::HeadersOnly)
        );
        assert_eq!(
            read_table(
                "name,about\nAmina,ok\nJuma,\"never closed\nZawadi,x\n",
                None
            ),
            Err(TableProblem::UnclosedQuote { line: 3 })
        );
        // Old Mac line endings count as lines too.
        assert_eq!(
            read_table("name\rAmina\r\"never closed\rJuma\r", None),
            Err(TableProblem::UnclosedQuote { line: 3 })
        );
        // A quote inside an unquoted cell is text, not an opening.
        let table = read_table("name,size\nAmina,5\" shelf\n", None).unwrap();
        assert_eq!(table.rows[0].cell(1), "5\" shelf");
    }

    #[test]
    fn ragged_rows_read_with_missing_cells_empty() {
        let table = read_table("a,b,c\n1\n1,2,3,4\n", None).unwrap();
        assert_eq!(table.rows[0].cell(2), "");
        assert_eq!(table.rows[1].cells.len(), 4);
    }
}
