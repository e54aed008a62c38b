// MiniSearch (npm, served from tests/node_modules: nothing from a CDN) on the same
// customers, in the same page, answering the same queries a keystroke at a time: the
// like-for-like peer of Karibu's directory query ("karibu:query"). The customers come
// from Karibu's own CSV export of the whole list, so both search the same records.
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/// RFC 4180 rows (quoted fields may hold commas, quotes and newlines).
export function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field.replace(/\r$/, "")); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/// The export's rows as MiniSearch documents: names, phones (digits, and the national
/// form a counter types: "0712..."), emails and tags, as Karibu's directory holds them.
export function documents(csvText) {
  const [header, ...rows] = parseCsv(csvText.replace(/^\ufeff/, ""));
  const at = (name) => header.indexOf(name);
  const [id, given, family, display, phones, emails, tags] =
    ["id", "given_name", "family_name", "display_name", "phones", "emails", "tags"].map(at);
  return rows.filter((r) => r.length >= header.length).map((r) => {
    const digits = r[phones].split(" | ").filter(Boolean).map((p) => p.replace(/\D/g, ""));
    const national = digits.map((d) => "0" + d.slice(-9));
    return {
      id: r[id],
      name: [r[given], r[family], r[display]].filter(Boolean).join(" "),
      contact: [...digits, ...national, ...r[emails].split(" | ")].join(" "),
      tags: r[tags].split(" | ").join(" "),
    };
  });
}

export async function measureMiniSearch(page, docs, queries) {
  await page.evaluate(await readFile(join(here, "..", "node_modules", "minisearch", "dist", "umd", "index.js"), "utf8"));
  return page.evaluate(([docs, queries]) => {
    const started = performance.now();
    // Prefix and typo-tolerant, every word required: what Karibu's search does.
    const index = new MiniSearch({
      fields: ["name", "contact", "tags"],
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: "AND" },
    });
    index.addAll(docs);
    const indexMs = performance.now() - started;
    const times = [];
    let hits = 0;
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const t = performance.now();
        hits += index.search(q.slice(0, i)).length;
        times.push(performance.now() - t);
      }
    }
    return { indexMs, times: times.sort((a, b) => a - b), hits };
  }, [docs, queries]);
}

/// Karibu's search again with the CPU slowed 4x (Chrome DevTools' throttling), as on
/// an old laptop or a cheap phone.
export async function throttled(page, rate, run) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  try {
    return await run();
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.detach();
  }
}
