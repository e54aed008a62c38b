// Insights used as an owner would, by accessible names, on demo data: the RFM grid
// (a square opens its customers), the segments, the customers slipping away, the
// forecasts with their holdout check, and one customer's outlook on their own page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8195);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

test("the grid, the at-risk list and a customer's outlook on demo data", async () => {
  await page.goto(`${server.url}/?demo=800&seed=4`);
  await page.getByText("800 customers", { exact: true }).waitFor({ timeout: 120_000 });
  await page.getByRole("link", { name: "Insights", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Who is valuable, who is slipping away" }).waitFor();
  await page.getByRole("heading", { name: "How recently and how often" }).waitFor({ timeout: 60_000 });

  // Every square names its scores, customers and takings; choosing one lists them.
  const grid = page.getByRole("table", { name: /Customers and takings by recency/ });
  const squares = grid.getByRole("button");
  assert.equal(await squares.count(), 25);
  const champions = grid.getByRole("button", { name: /^Recency 5, frequency 5: / });
  const label = (await champions.evaluate((b) => b.textContent)).replace(/[\u200e\u200f\u2066-\u2069]/g, "");
  assert.match(label, /^Recency 5, frequency 5: \d+, KES\s[\d,.]+$/);
  const count = Number(label.match(/: (\d+),/)[1]);
  assert.ok(count > 0, label);
  await champions.click();
  assert.equal(await champions.getAttribute("aria-pressed"), "true");
  await page.getByRole("heading", { name: `Recency 5, frequency 5: ${count} customers` }).waitFor();
  const listed = page.getByRole("list").filter({ has: page.getByRole("link") }).last();
  assert.equal(await listed.getByRole("link").count(), Math.min(count, 50));

  // Segments add up to everyone scored.
  const segments = page.getByRole("heading", { name: "Segments", exact: true });
  await segments.waitFor();
  assert.ok(await page.getByRole("rowheader", { name: "Champions" }).isVisible());

  // Regulars slipping away, most value first, each with why.
  await page.getByRole("heading", { name: "Slipping away", exact: true }).waitFor();
  const atRisk = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Value at risk" }) });
  const rows = atRisk.getByRole("row");
  assert.ok((await rows.count()) > 3, "several customers at risk");
  const why = await rows.nth(1).getByRole("cell").first().innerText();
  assert.match(why, /^Last visit .+; usually every [\d,]+ days$/);

  // Groups found among the customers, each described in words.
  await page.getByRole("heading", { name: "Groups among your customers" }).waitFor();
  const groups = page.getByRole("table", { name: /Groups of customers/ });
  const groupRows = groups.getByRole("row");
  assert.ok((await groupRows.count()) >= 3, "at least two groups and a header");
  assert.match(await groupRows.nth(1).getByRole("rowheader").innerText(), /^comes (often|now and then|rarely), spends (a lot|an average amount|little), (came recently|came a while ago|has not come for long)$/);
  await page.getByText(/^Customers who bought in the last 12 months, grouped by .* \d groups separate them best \(silhouette 0\.\d+/).waitFor();

  // The forecasts say what they rest on and how they did on held-back weeks.
  await page.getByRole("heading", { name: "Forecasts, and how far to trust them" }).waitFor();
  await page.getByText(/^Worked out from [\d,]+ customers \([\d,]+ came back at least once\)/).waitFor();
  await page.getByRole("heading", { name: "Checked against the last 13 weeks" }).waitFor();
  const check = page.getByRole("table", { name: /Forecast and actual visits in the check weeks/ });
  assert.ok((await check.getByRole("row").count()) >= 5);
  await assertAccessible(page, "the insights page");

  // A customer at risk: their own page explains their outlook.
  const name = await rows.nth(1).getByRole("rowheader").innerText();
  await rows.nth(1).getByRole("link").click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  const outlook = page.getByRole("region", { name: "Outlook" });
  await outlook.getByText("Chance still a customer").waitFor({ timeout: 30_000 });
  const chance = await outlook.getByRole("definition").nth(1).innerText();
  assert.match(chance, /^\d+(\.\d)?%$/);
  assert.ok(Number(chance.replace("%", "")) < 60, `${name} is slipping away: ${chance}`);
  await outlook.getByText(/^Expected spending, next 12 months$/).waitFor();
  await outlook.getByText(`From this shop's own purchases: how often ${name} has come`, { exact: false }).waitFor();
  await assertAccessible(page, "a customer's outlook");
  assert.deepEqual(browser.foreign, [], "no request leaves the machine");
  assert.deepEqual(browser.errors, [], "no error in the page");
});

test("the owner chooses RFM's period and which segment a square belongs to", async () => {
  await page.getByRole("link", { name: "Insights", exact: true }).click();
  await page.getByRole("heading", { name: "How recently and how often" }).waitFor({ timeout: 60_000 });
  const newRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "New", exact: true }) });
  assert.notEqual(await newRow.getByRole("cell").innerText(), "0", "the demo has newcomers");

  await page.getByText("Change the period and the segment of each square").click();
  await page.getByLabel("Purchases counted").selectOption({ label: "In the last 6 months" });
  // The one square the usual table calls "New" becomes part of "Champions" (after a
  // change of mind: the usual table shows again at once).
  const picked = (s) => s.evaluate((e) => e.selectedOptions[0].textContent);
  const newcomers = page.getByLabel("Segment for recency 5, frequency 1");
  await newcomers.selectOption({ label: "Champions" });
  await page.getByRole("button", { name: "Use the usual table" }).click();
  assert.equal(await picked(newcomers), "New");
  await newcomers.selectOption({ label: "Champions" });
  await assertAccessible(page, "RFM's set-up");
  await page.getByRole("button", { name: "Save and work out again" }).click();
  await page.getByText("Saved. The figures below are worked out again.").waitFor();
  await page.getByText(/^Customers who bought in the last 6 months, scored 1 to 5/).waitFor({ timeout: 60_000 });
  assert.equal(await newRow.getByRole("cell").innerText(), "0");

  // Kept: a reload works the insights out the same way.
  await page.reload();
  await page.getByText(/^Customers who bought in the last 6 months, scored 1 to 5/).waitFor({ timeout: 60_000 });
  await page.getByText("Change the period and the segment of each square").click();
  assert.equal(await page.getByLabel("Purchases counted").inputValue(), "6");
  const square = page.getByLabel("Segment for recency 5, frequency 1");
  assert.equal(await square.evaluate((s) => s.selectedOptions[0].textContent), "Champions");
  // The usual table comes back with a click.
  await page.getByRole("button", { name: "Use the usual table" }).click();
  assert.equal(await square.evaluate((s) => s.selectedOptions[0].textContent), "New");
  assert.deepEqual(browser.errors, [], "no error in the page");
});
