// Reports to share, used as an owner would, by accessible names, on demo data: a
// report is made and the year's privacy budget drops; it downloads twice with the same
// numbers and without anyone's name; one that would overspend is refused, explained,
// with nothing spent; the ledger survives a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8205);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "");
const year = new Date().getFullYear();

async function download(name) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("a report spends the budget, downloads the same twice, and overspending is refused", async () => {
  await page.goto(`${server.url}/?demo=400&seed=3`);
  await page.getByText("400 customers", { exact: true }).waitFor({ timeout: 120_000 });
  // Some names the files must never hold.
  const names = (await page.locator(".virtual-viewport a").allInnerTexts()).slice(0, 8).map((n) => n.trim().split("\n")[0]);
  assert.ok(names.length >= 5, names.join());

  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Reports to share" }).waitFor();
  const left = page.locator(".budget-left");
  assert.equal(clean(await left.innerText()), `Privacy budget for ${year}: 3 left of 3`);
  await page.getByText("No report made yet.").waitFor();

  await page.getByLabel("What to count").selectOption({ label: "Customers who bought" });
  await page.getByLabel("Grouped by").selectOption({ label: "Month" });
  await page.getByLabel("Privacy spent on this report (ε)").fill("1.5");
  await page.getByRole("button", { name: "Make the report" }).click();
  await page.getByText("Report 1 made.", { exact: false }).waitFor({ timeout: 60_000 });
  assert.equal(clean(await left.innerText()), `Privacy budget for ${year}: 1.5 left of 3`);

  const report = page.getByRole("heading", { name: "Report 1: Customers who bought · Month" });
  await report.waitFor();
  const table = page.getByRole("region", { name: "Report 1: Customers who bought · Month" }).getByRole("table");
  assert.equal(await table.getByRole("row").count(), 1 + 12 + 1, "header, twelve months, all");
  const explained = clean(await page.getByText(/may be off by about ±/).innerText());
  assert.match(explained, /may be off by about ± \d+\. The true number is within the range shown, 95% sure\./);

  const first = await download("Download report 1 (CSV)");
  assert.equal(first.name, "karibu-report-1.csv");
  const lines = first.text.trim().split("\n");
  assert.match(lines[0], /^Report 1: Customers who bought · Month,/);
  assert.equal(lines[1], "Group,Number,Likely between,Off by about");
  assert.ok(lines.some((l) => l.startsWith("All,")), first.text);
  for (const name of names) assert.ok(!first.text.includes(name), `${name} is in the report`);
  const again = await download("Download report 1 (CSV)");
  assert.equal(again.text, first.text, "downloading again shows the same numbers");
  const printable = await download("Printable page of report 1");
  assert.equal(printable.name, "karibu-report-1.html");
  for (const name of names) assert.ok(!printable.text.includes(name), `${name} is in the page`);

  // Two would pass the year's budget: refused, said why, nothing spent.
  await page.getByLabel("Privacy spent on this report (ε)").fill("2");
  await page.getByRole("button", { name: "Make the report" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Not made" });
  await refusal.waitFor();
  assert.match(clean(await refusal.innerText()), new RegExp(`would spend 2, and only 1\\.5 is left for ${year}\\.`));
  assert.equal(clean(await left.innerText()), `Privacy budget for ${year}: 1.5 left of 3`);
  assert.equal(await page.getByRole("heading", { name: /^Report 2/ }).count(), 0);

  await assertAccessible(page, "reports");

  // The ledger is the book's: a reload shows the same report and what is left.
  await page.reload();
  await page.getByRole("heading", { name: "Report 1: Customers who bought · Month" }).waitFor({ timeout: 60_000 });
  assert.equal(clean(await page.locator(".budget-left").innerText()), `Privacy budget for ${year}: 1.5 left of 3`);
  const afterReload = await download("Download report 1 (CSV)");
  assert.equal(afterReload.text, first.text);
});

test("a report by town hides small towns without naming them", async () => {
  await page.getByLabel("Grouped by").selectOption({ label: "Town or area" });
  await page.getByLabel("Privacy spent on this report (ε)").fill("0.5");
  await page.getByRole("button", { name: "Make the report" }).click();
  await page.getByText("Report 2 made.", { exact: false }).waitFor({ timeout: 60_000 });
  await page.getByRole("heading", { name: "Report 2: Customers who bought · Town or area" }).waitFor();
  assert.equal(clean(await page.locator(".budget-left").innerText()), `Privacy budget for ${year}: 1 left of 3`);
});

test("a report by loyalty tier and one by saved segment", async () => {
  await page.getByRole("heading", { name: "Report 2: Customers who bought · Town or area" }).waitFor();
  const unnamedNotes = page.getByText(/hidden and not named\.$/);
  const unnamedBefore = await unnamedNotes.count();
  await page.getByLabel("Grouped by").selectOption({ label: "Loyalty tier" });
  await page.getByLabel("Privacy spent on this report (ε)").fill("0.5");
  await page.getByRole("button", { name: "Make the report" }).click();
  await page.getByText("Report 3 made.", { exact: false }).waitFor({ timeout: 60_000 });
  const byTier = page.getByRole("region", { name: "Report 3: Customers who bought · Loyalty tier" }).getByRole("table");
  await byTier.getByRole("rowheader", { name: "All" }).waitFor();
  // Bronze holds nearly everyone: shown, unless its only partner is a small tier, when
  // both are hidden so the total cannot give the small one away.
  const tierText = clean(await page.getByRole("region", { name: "Report 3: Customers who bought · Loyalty tier" }).innerText());
  assert.ok(/Bronze/.test(tierText) || (await unnamedNotes.count()) > unnamedBefore, tierText);
  assert.equal(clean(await page.locator(".budget-left").innerText()), `Privacy budget for ${year}: 0.5 left of 3`);

  // A saved segment of the regulars, then a report by segment.
  await page.goto(`${server.url}/segments/new`);
  await page.getByLabel("Condition 1: period").selectOption({ label: "ever" });
  await page.getByLabel("Condition 1: value").fill("1");
  await page.getByLabel("Segment name").fill("Came this year");
  await page.getByRole("button", { name: "Save segment" }).click();
  await page.getByRole("heading", { level: 1, name: "Segments" }).waitFor({ timeout: 30_000 });
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByLabel("Grouped by").selectOption({ label: "Segment" });
  await page.getByLabel("Privacy spent on this report (ε)").fill("0.5");
  await page.getByRole("button", { name: "Make the report" }).click();
  await page.getByText("Report 4 made.", { exact: false }).waitFor({ timeout: 60_000 });
  const bySegment = page.getByRole("region", { name: "Report 4: Customers who bought · Segment" }).getByRole("table");
  await bySegment.getByRole("rowheader", { name: "Came this year" }).waitFor();
  assert.equal(clean(await page.locator(".budget-left").innerText()), `Privacy budget for ${year}: 0 left of 3`);
  await assertAccessible(page, "reports by tier and segment");
});

test("the analyst file holds codes, not people, new in every file, and is refused when a group is too small", async () => {
  await page.goto(`${server.url}/`);
  const names = (await page.locator(".virtual-viewport a").allInnerTexts()).slice(0, 8).map((n) => n.trim().split("\n")[0]);
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { name: "Customer data for an analyst" }).waitFor();
  await page.getByLabel("Every group has at least this many customers").fill("10");
  await page.getByRole("button", { name: "Check the groups" }).click();
  const verdict = page.getByText(/^Smallest group: \d+ customers\./);
  await verdict.waitFor({ timeout: 60_000 });
  const smallest = Number(clean(await verdict.innerText()).match(/(\d+) customers/)[1]);
  assert.ok(smallest >= 10, `smallest group ${smallest}`);

  const file = await download("Download the analyst file (CSV)");
  assert.match(file.name, /^karibu-analyst-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = file.text.trim().split("\n");
  assert.equal(lines[0], "Customer code,Age group,Town or area,Purchases,Spending,Last purchase (month)");
  assert.ok(lines.length > 300, `${lines.length} rows`);
  for (const line of lines.slice(1)) assert.match(line, /^[0-9a-f]{16},/);
  for (const name of names) assert.ok(!file.text.includes(name), `${name} is in the analyst file`);
  // Each file is worked out afresh, with new codes: two files cannot be matched.
  const again = await download("Download the analyst file (CSV)");
  const codes = (text) => new Set(text.trim().split("\n").slice(1).map((l) => l.split(",")[0]));
  assert.equal(codes(again.text).size, codes(file.text).size);
  assert.ok([...codes(again.text)].every((c) => !codes(file.text).has(c)), "a code repeated in two files");

  // A k no group can reach: no file, and why.
  await page.getByLabel("Every group has at least this many customers").fill("5000");
  await page.getByRole("button", { name: "Check the groups" }).click();
  await page.getByRole("alert").filter({ hasText: "No file: the smallest group has" }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByRole("button", { name: "Download the analyst file (CSV)" }).count(), 0);
  await assertAccessible(page, "reports with the analyst check");
});
