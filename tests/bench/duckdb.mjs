// DuckDB-WASM (npm @duckdb/duckdb-wasm, served from tests/node_modules: nothing comes
// from a CDN) in its own page of the same browser, loaded with the same purchases, to
// race Karibu's analytics. Each analytic is one entry in ANALYTICS: the SQL, the
// performance measure Karibu records for the same work, and how to turn DuckDB's rows
// into the same digest Karibu publishes, so answers are compared, not just times.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const modules = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules");

// DuckDB gets its best case: an integer customer key (numbered in id order; `ids` maps
// keys back), and each timed query writes its result into a table inside DuckDB, so no
// rows cross into JavaScript while the clock runs. The answer is read out afterwards.
export const ANALYTICS = [
  {
    name: "per-customer summary (last purchase, count, spend)",
    karibuMeasure: "karibu:customer-summaries",
    sql: () => `SELECT key, count(*)::INTEGER AS n, sum(amount)::BIGINT AS spend, max(at_ms)::BIGINT AS last
          FROM purchases WHERE key IS NOT NULL AND NOT voided GROUP BY key`,
    // The fields of Karibu's AnswerDigest that this query answers.
    digest(rows, ids) {
      rows.sort((a, b) => a.key - b.key);
      return {
        customers: rows.length,
        purchases: rows.reduce((s, r) => s + r.n, 0),
        spend: Number(rows.reduce((s, r) => s + BigInt(r.spend), 0n)),
        last_sum: rows.reduce((s, r) => s + BigInt(r.last), 0n).toString(),
        sample: rows.slice(0, 5).map((r) => [ids[r.key], r.n, Number(r.spend), Number(r.last)]),
      };
    },
  },
  {
    name: "revenue by month",
    karibuMeasure: "karibu:revenue-by-month",
    sql: () => `SELECT year(epoch_ms(at_ms))::INTEGER AS y, month(epoch_ms(at_ms))::INTEGER AS m, sum(amount)::BIGINT AS v
          FROM purchases WHERE NOT voided GROUP BY y, m`,
    digest: (rows) => ({ months: rows.sort((a, b) => a.y - b.y || a.m - b.m).map((r) => [r.y, r.m, Number(r.v)]) }),
  },
  {
    // Karibu's scores are 1 + 5 x (share of customers strictly below), so ties are never
    // split: in SQL, RANK over the window. (NTILE cuts runs of equal values at arbitrary
    // customers, so its answer differs; it is timed beside it in `RFM_NTILE`.)
    name: "RFM scores over the last 12 months (rank-based fifths)",
    karibuMeasure: "karibu:rfm",
    sql: (answers) => `WITH a AS (
            SELECT key, max(at_ms) AS last, count(*) AS n, sum(amount) AS s FROM purchases
            WHERE key IS NOT NULL AND NOT voided AND at_ms >= ${answers.rfm_from_ms} GROUP BY key),
          scored AS (SELECT
            least(5, 1 + floor(5 * (rank() OVER (ORDER BY last) - 1) / count(*) OVER ()))::INTEGER AS r,
            least(5, 1 + floor(5 * (rank() OVER (ORDER BY n) - 1) / count(*) OVER ()))::INTEGER AS f,
            least(5, 1 + floor(5 * (rank() OVER (ORDER BY s) - 1) / count(*) OVER ()))::INTEGER AS m
            FROM a)
          SELECT r, f, m, count(*)::INTEGER AS c FROM scored GROUP BY r, f, m`,
    digest: (rows) => ({
      rfm_cells: rows.sort((a, b) => a.r - b.r || a.f - b.f || a.m - b.m).map((x) => [x.r, x.f, x.m, x.c]),
    }),
  },
];

/// The textbook SQL for RFM quintiles, for its time only (it splits ties).
export const RFM_NTILE = (answers) => `WITH a AS (
    SELECT key, max(at_ms) AS last, count(*) AS n, sum(amount) AS s FROM purchases
    WHERE key IS NOT NULL AND NOT voided AND at_ms >= ${answers.rfm_from_ms} GROUP BY key)
  SELECT ntile(5) OVER (ORDER BY last) AS r, ntile(5) OVER (ORDER BY n) AS f, ntile(5) OVER (ORDER BY s) AS m FROM a`;

/// Karibu's figures for each analytic beside DuckDB's, checking the answers agree:
/// from storage to answer (Karibu: its chunks read, decoded and interned, then the
/// pass; DuckDB: the CSV parsed into a table, then the first query), and warm (a
/// warm-up dropped, then 5 runs on data already in memory).
export async function raceDuckDb(context, page, { csv, ids, answers, port }) {
  const duck = await startDuckDb(context, csv, port);
  const times = (name) => page.evaluate((n) => performance.getEntriesByName(n).map((m) => m.duration), name);
  const karibuLoad = (await times("karibu:load-purchases"))[0];
  const out = [];
  try {
    for (const a of ANALYTICS) {
      const { ms, rows } = await duck.run(a.sql(answers), 6);
      for (const [field, value] of Object.entries(a.digest(rows, ids))) {
        if (JSON.stringify(value) !== JSON.stringify(answers[field])) {
          throw new Error(`${a.name}: answers differ in ${field}: Karibu ${JSON.stringify(answers[field])}, DuckDB ${JSON.stringify(value)}`);
        }
      }
      out.push({
        name: a.name,
        karibu: { cold: karibuLoad + (await times(a.karibuMeasure))[0], warm: (await times(`${a.karibuMeasure}:warm`)).slice(1) },
        duck: { cold: duck.loadMs + ms[0], warm: ms.slice(1) },
      });
    }
    const { ms } = await duck.run(RFM_NTILE(answers), 6);
    out.push({
      name: "RFM quintiles, textbook NTILE SQL (splits ties; time only)",
      karibu: { cold: karibuLoad + (await times("karibu:rfm"))[0], warm: (await times("karibu:rfm:warm")).slice(1) },
      duck: { cold: duck.loadMs + ms[0], warm: ms.slice(1) },
    });
    return { rows: duck.rows, analytics: out };
  } finally {
    await duck.close();
  }
}

// duckdb-browser.mjs imports apache-arrow by name, and arrow imports flatbuffers: an
// import map points both at the local files.
const PAGE = `<!doctype html><meta charset="utf-8"><title>DuckDB bench</title>
<script type="importmap">{"imports": {
  "apache-arrow": "/nm/apache-arrow/Arrow.dom.mjs",
  "flatbuffers": "/nm/flatbuffers/mjs/flatbuffers.js",
  "tslib": "/nm/tslib/tslib.es6.mjs"
}}</script>
<script type="module">
import * as duckdb from "/nm/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs";
const dist = "/nm/@duckdb/duckdb-wasm/dist/";
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(dist + "duckdb-browser-eh.worker.js"));
await db.instantiate(dist + "duckdb-eh.wasm");
const conn = await db.connect();
// No extension may be fetched: the machine (and Karibu's users) have no network.
await conn.query("SET autoinstall_known_extensions = false");
await conn.query("SET autoload_known_extensions = false");
window.load = async () => {
  const text = await (await fetch("/purchases.csv")).text();
  const t0 = performance.now();
  await db.registerFileText("purchases.csv", text);
  await conn.query(\`CREATE TABLE purchases AS SELECT * FROM read_csv('purchases.csv', header = true,
    columns = {'key': 'INTEGER', 'at_ms': 'BIGINT', 'amount': 'BIGINT', 'voided': 'BOOLEAN'})\`);
  const ms = performance.now() - t0;
  return { ms, rows: Number((await conn.query("SELECT count(*)::INTEGER AS n FROM purchases")).toArray()[0].n) };
};
window.run = async (sql, times) => {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await conn.query(\`CREATE OR REPLACE TEMP TABLE result AS \${sql}\`);
    ms.push(performance.now() - t0);
  }
  return { ms, rows: (await conn.query("SELECT * FROM result")).toArray().map((r) => r.toJSON()) };
};
window.ready = true;
</script>`;

const TYPES = { ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm" };

/// Opens DuckDB in a new page of `context` with `csv` as the purchases table.
export async function startDuckDb(context, csv, port) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/") return res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    if (path === "/purchases.csv") return res.writeHead(200, { "content-type": "text/csv" }).end(csv);
    const file = normalize(join(modules, path.replace(/^\/nm\//, "")));
    if (!path.startsWith("/nm/") || !file.startsWith(modules)) return res.writeHead(404).end();
    try {
      const ext = file.slice(file.lastIndexOf("."));
      res.writeHead(200, { "content-type": TYPES[ext] || "application/octet-stream" }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.ready === true, null, { timeout: 120_000 });
  const loaded = await page.evaluate(() => window.load());
  return {
    rows: loaded.rows,
    loadMs: loaded.ms,
    run: (sql, times) => page.evaluate(([s, t]) => window.run(s, t), [sql, times]),
    close: async () => {
      await page.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
