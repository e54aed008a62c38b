// Importing customers as an owner would, by accessible names: a Swahili spreadsheet
// saved with semicolons, its columns guessed (an unknown one becomes a new field), a
// bad row named by line and column, the good rows imported; a second file matching a
// customer already in the book, answered "update"; then the list exported and read
// back, every row recognised by its Karibu id and skipped; a phone's vCard contacts
// imported with their labels, and the vCard export read back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8203);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "");

async function choose(name, text) {
  await page.getByLabel("File to import (CSV or vCard)").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf8"),
  });
  await page.getByRole("heading", { name: "Columns" }).waitFor();
}


test("import a spreadsheet, answer a match, read an export back", async () => {
  await page.goto(server.url + "/");
  await page.getByRole("link", { name: "Import" }).click();
  await page.getByRole("heading", { level: 1, name: "Import customers" }).waitFor();

  await choose(
    "wateja.csv",
    "Jina;Simu;Barua pepe;Kadi\r\n" +
      "Amina Wanjiru;0712 345 678;amina@example.org;A-17\r\n" +
      "Baraka Otieno;0722 000 111;;B-02\r\n" +
      "Chen Li;07;chen@example.org;\r\n" +
      "Dalia Noor;;dalia@example.org;D-9\r\n",
  );
  assert.match(clean(await page.locator(".file-summary").innerText()), /wateja\.csv: 4 rows/);
  assert.equal(await page.getByLabel("Cells separated by").inputValue(), ";");
  // Guessed from Swahili headers; the unknown column becomes a field of its own.
  const goesTo = async (column) =>
    page.getByLabel(column, { exact: true }).evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(await goesTo("Jina"), "Full name (split into given and family name)");
  assert.equal(await goesTo("Simu"), "Phone");
  assert.equal(await goesTo("Barua pepe"), "Email");
  assert.equal(await goesTo("Kadi"), "New field “Kadi”");
  await page.getByLabel("Country for phone numbers without +").selectOption("KE");

  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("heading", { name: "Before importing" }).waitFor();
  await page.getByText("3 rows are ready to import.").waitFor();
  await page.getByRole("heading", { name: "One row has a problem" }).waitFor();
  const problem = clean(await page.locator(".import-problems li").first().innerText());
  assert.match(problem, /^Line 4, Simu: /);
  await page.getByRole("cell", { name: "Wanjiru" }).waitFor().catch(() => {});
  await assertAccessible(page, "import preview");

  await page.getByRole("button", { name: "Import", exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: "Import finished" });
  await done.waitFor({ timeout: 60_000 });
  assert.equal(clean(await done.innerText()), "Import finished: 3 added, 0 updated, 0 skipped.");

  // The imported customer, with the new field.
  await page.getByRole("link", { name: "See the customers" }).click();
  await page.getByLabel("Search customers").fill("Amina Wanjiru");
  await page.getByRole("link", { name: /Amina Wanjiru/ }).first().click();
  await page.getByRole("heading", { level: 1, name: "Amina Wanjiru" }).waitFor();
  await page.getByText("Kadi").first().waitFor();
  await page.getByText("A-17").first().waitFor();

  // A second file: Amina again (same email), with a new phone.
  await page.goto(server.url + "/import");
  await choose("more.csv", "Name,Mobile,E-mail\nAmina W.,+254 733 000 111,AMINA@example.org\nEsther Moraa,+254 744 000 222,\n");
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("heading", { name: "One row matches someone already in the book" }).waitFor();
  const match = clean(await page.locator(".import-match p").innerText());
  assert.equal(match, "Line 2: Amina W. matches Amina Wanjiru (same email)");
  assert.equal(await page.getByLabel("What to do with line 2").inputValue(), "update");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Import finished" }).waitFor({ timeout: 60_000 });
  assert.equal(
    clean(await page.getByRole("status").filter({ hasText: "Import finished" }).innerText()),
    "Import finished: 1 added, 1 updated, 0 skipped.",
  );

  // Export the list and read it back: every row is someone already in the book.
  await page.getByRole("link", { name: "See the customers" }).click();
  await page.getByText("4 customers", { exact: true }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("summary", { hasText: "Export…" }).click().then(() => page.getByRole("button", { name: "Export shown (CSV)" }).click()),
  ]);
  const exported = await readFile(await download.path(), "utf8");
  await page.getByRole("link", { name: "Import" }).click();
  await choose("karibu-export.csv", exported);
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("heading", { name: "4 rows match someone already in the book" }).waitFor();
  await page.getByLabel("For every match").selectOption({ label: "Skip the row" });
  await page.getByRole("button", { name: "Apply to all" }).click();
  await checkAndImportAfterPreview("Import finished: 0 added, 0 updated, 4 skipped.");
  await page.getByRole("link", { name: "See the customers" }).click();
  await page.getByText("4 customers", { exact: true }).waitFor();
});

async function checkAndImportAfterPreview(expectDone) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: "Import finished" });
  await done.waitFor({ timeout: 60_000 });
  assert.equal(clean(await done.innerText()), expectDone);
}

test("a phone's contacts as vCard: labels become columns, and the vCard export reads back", async () => {
  await page.goto(server.url + "/import");
  const vcf =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mushi;Neema;;;\r\nFN:Neema Mushi\r\n" +
    "TEL;type=CELL;type=pref:+255 700 000 001\r\nTEL;type=WORK:+255 22 000 0002\r\n" +
    "EMAIL;type=INTERNET:neema@example.org\r\nEND:VCARD\r\n" +
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Mama Njeri\r\nTEL;CELL:+254 755 000 003\r\nEND:VCARD\r\n";
  await page.getByLabel("File to import (CSV or vCard)").setInputFiles({
    name: "contacts.vcf",
    mimeType: "text/vcard",
    buffer: Buffer.from(vcf, "utf8"),
  });
  await page.getByRole("heading", { name: "Columns" }).waitFor();
  assert.match(clean(await page.locator(".file-summary").innerText()), /contacts\.vcf: 2 rows/);
  assert.equal(await page.getByLabel("Cells separated by").count(), 0, "a vCard has no separator");
  const goesTo = async (column) =>
    page.getByLabel(column, { exact: true }).evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(await goesTo("Phone (cell)"), "Phone");
  assert.equal(await goesTo("Phone (work)"), "Phone");
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByText("2 rows are ready to import.").waitFor();
  await checkAndImportAfterPreview("Import finished: 2 added, 0 updated, 0 skipped.");

  await page.getByRole("link", { name: "See the customers" }).click();
  await page.getByLabel("Search customers").fill("Neema");
  await page.getByRole("link", { name: /Neema Mushi/ }).first().click();
  await page.getByRole("heading", { level: 1, name: "Neema Mushi" }).waitFor();
  await page.getByText("+255 22 000 0002").waitFor().catch(async () => {
    await page.getByText(/\+255\s?22/).first().waitFor();
  });

  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Search customers").fill("");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("summary", { hasText: "Export…" }).click().then(() => page.getByRole("button", { name: "Export shown (vCard)" }).click()),
  ]);
  assert.match(download.suggestedFilename(), /\.vcf$/);
  const exported = await readFile(await download.path(), "utf8");
  assert.match(exported, /^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  await page.getByRole("link", { name: "Import" }).click();
  await page.getByLabel("File to import (CSV or vCard)").setInputFiles({
    name: "karibu.vcf",
    mimeType: "text/vcard",
    buffer: Buffer.from(exported, "utf8"),
  });
  await page.getByRole("heading", { name: "Columns" }).waitFor();
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("heading", { name: "6 rows match someone already in the book" }).waitFor();
});

test("a damaged file is named, not imported", async () => {
  await page.goto(server.url + "/import");
  await page.getByLabel("File to import (CSV or vCard)").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('name,about\nAmina,"oat milk\nJuma,tea\n', "utf8"),
  });
  const error = page.locator("#import-file-error");
  await error.waitFor({ state: "visible" });
  assert.match(clean(await error.innerText()), /^Line 2: a quoted cell is never closed/);
  assert.equal(await page.getByRole("heading", { name: "Columns" }).count(), 0);
});

test("an import cut short by a reload resumes with the same file, no one twice", async () => {
  const rows = 30_000;
  let text = "Name,Phone\n";
  for (let i = 0; i < rows; i++) text += `Person ${i},+2547${String(i).padStart(8, "0")}\n`;
  const file = { name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
  await page.goto(server.url + "/import");
  await page.getByLabel("File to import (CSV or vCard)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByText("30,000 rows are ready to import.").waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  // Cut short once a few batches are in.
  // (Polled often: on an empty book the whole import can take under a second.)
  await page.waitForFunction(() => {
    const m = document.body.innerText.replace(/,/g, "").match(/(\d+) of 30000/);
    return m && Number(m[1]) >= 1000 && Number(m[1]) <= 25000;
  }, null, { timeout: 60_000, polling: 5 });
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Import customers" }).waitFor();
  const notice = page.locator(".unfinished-import p");
  await notice.waitFor({ timeout: 60_000 });
  const stopped = clean(await notice.innerText());
  const written = Number(stopped.match(/\(([\d,]+) of 30,000 rows in\)/)[1].replace(/,/g, ""));
  assert.ok(written > 0 && written < rows && written % 1000 === 0, stopped);

  await page.getByLabel("File to import (CSV or vCard)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByText("This file's import was cut short.", { exact: false }).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: "Import finished" });
  await done.waitFor({ timeout: 120_000 });
  const added = Number(clean(await done.innerText()).match(/: ([\d,]+) added/)[1].replace(/,/g, ""));
  assert.equal(added + written, rows);
  assert.equal(await page.locator(".unfinished-import").count(), 0);
  await page.getByRole("link", { name: "See the customers" }).click();
  // Four from the CSV test, two from the vCard one.
  await page.getByText(`${(rows + 6).toLocaleString("en-GB")} customers`, { exact: true }).waitFor();
});
