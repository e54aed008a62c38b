// Importing past sales as an owner would, by accessible names: two customers brought
// in first, then a till's export whose rows name them by email and by phone (one names
// nobody in the book and is reported by line and column, one is a walk-in); imported
// with points earned under the programme, the sales and balance on the customer's
// page; the same file chosen again is said to be imported already.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8221);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "");

async function choose(label, name, text) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await page.getByRole("heading", { name: "Columns" }).waitFor();
}

const SALES =
  "Date,Customer,Total,Category\r\n" +
  "2026-11-02 09:15,amina@example.org,1200.00,Coffee\r\n" +
  "2026-11-03,0722 000 111,250.00,\r\n" +
  "2026-11-04,,80.00,\r\n" +
  "2026-11-05,nobody@example.org,40.00,\r\n" +
  "2026-11-06,AMINA@example.org,300.00,Cake\r\n";

test("import a till's sales, given to the customers they name, with points", async () => {
  await page.goto(server.url + "/import");
  await choose(
    "File to import (CSV or vCard)",
    "customers.csv",
    "Name,Phone,Email\nAmina Wanjiru,+254 712 345 678,amina@example.org\nBaraka Otieno,+254 722 000 111,\n",
  );
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Import finished" }).waitFor({ timeout: 60_000 });

  await page.goto(server.url + "/import");
  await page.getByRole("link", { name: "Import purchases" }).click();
  await page.getByRole("heading", { level: 1, name: "Import purchases" }).waitFor();
  await choose("File to import (CSV)", "till.csv", SALES);
  const goesTo = async (column) =>
    page.getByLabel(column, { exact: true }).evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(await goesTo("Date"), "Date (and time)");
  assert.equal(await goesTo("Customer"), "Customer (email, phone or id)");
  assert.equal(await goesTo("Total"), "Amount");
  assert.equal(await goesTo("Category"), "Categories");
  await page.getByLabel("Country for phone numbers without +").selectOption("KE");

  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("heading", { name: "Before importing" }).waitFor();
  await page.getByText(/^4 purchases are ready to import, .*1,830\.00 in all\.$/).waitFor();
  await page.getByText("They are given to 2 customers.").waitFor();
  await page.getByText("One names no customer and is recorded as a walk-in sale.").waitFor();
  const problem = clean(await page.locator(".import-problems li").first().innerText());
  assert.equal(problem, "Line 5, Customer: no customer in the book has this email, phone or Karibu id.");
  // The sample is oldest first, each with whom it is given to.
  const firstRow = clean(await page.locator(".import-sample tbody tr").first().innerText());
  assert.match(firstRow, /Amina Wanjiru/);
  await assertAccessible(page, "purchases import preview");

  await page.getByLabel("Earn points under today’s programme, as if each sale was rung up on its day").check();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: "Import finished" });
  await done.waitFor({ timeout: 60_000 });
  // A point per 100 and 5 a visit: Amina 12 + 5 and 3 + 5, Baraka 2 + 5.
  assert.equal(clean(await done.innerText()), "Import finished: 4 purchases recorded, 32 points earned.");

  await page.goto(server.url + "/");
  await page.getByLabel("Search customers").fill("Amina Wanjiru");
  await page.getByRole("link", { name: /Amina Wanjiru/ }).first().click();
  await page.getByRole("heading", { level: 1, name: "Amina Wanjiru" }).waitFor();
  const balance = page.locator(".loyalty-card").getByTestId("balance");
  for (let i = 0; i < 100 && (await balance.innerText()) !== "25 points"; i++) await page.waitForTimeout(50);
  assert.equal(await balance.innerText(), "25 points");
  await page.getByText(/1,200\.00/).first().waitFor();

  // The same file again would count the sales twice: said before anything is written.
  await page.goto(server.url + "/import/purchases");
  await choose("File to import (CSV)", "till.csv", SALES);
  await page.getByLabel("Country for phone numbers without +").selectOption("KE");
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByText(/^The purchases in this file were already imported on /).waitFor();

  assert.deepEqual(browser.errors, []);
  assert.deepEqual(browser.foreign, []);
});

test("a file with no amount column is refused with what to choose", async () => {
  await page.goto(server.url + "/import/purchases");
  await choose("File to import (CSV)", "odd.csv", "When,Who\n2026-11-01,amina@example.org\n");
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("alert").filter({ hasText: "Choose the column that holds the amounts." }).waitFor();
});
