// One person entered twice, found on the Duplicates page and merged as an owner would,
// by accessible names: the name chosen field by field, points and purchases added up,
// the merge undone from the toast and done again; her purchases exported; then the
// data-health panel.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8204);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "");
const card = () => page.locator(".loyalty-card");

async function addCustomer(given, family, phone) {
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill(family);
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: `${given} ${family}` }).waitFor();
}

async function sell(who, amount, points) {
  await page.getByRole("link", { name: "Counter" }).click();
  await page.getByLabel("Customer: name or phone").fill("Odhiambo");
  await page.getByRole("button", { name: who }).click();
  const field = page.getByLabel("Amount (KES)");
  await field.fill(amount);
  await field.press("Enter");
  await page.getByText(`+${points} points`).waitFor();
}

async function balanceOf(name) {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Search customers").fill("Odhiambo");
  await page.getByRole("link", { name }).first().click();
  return card().getByTestId("balance");
}

async function openGroup() {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByRole("link", { name: "Duplicates" }).click();
  await page.getByRole("heading", { level: 1, name: "Likely duplicates" }).waitFor();
  await page.getByText("One group found").waitFor();
  const why = clean(await page.locator(".group-why").innerText());
  assert.equal(why, "Very likely one person · same phone");
  await page.getByRole("button", { name: "Review and merge Amina Odhiambo, Aminah Odhiambo" }).click();
  await page.getByRole("heading", { name: "Merge into one customer" }).waitFor();
}

test("one person twice: found, merged with points added up, undone, merged again", async () => {
  await page.goto(server.url + "/");
  await page.getByText("No customers yet").waitFor();
  await addCustomer("Amina", "Odhiambo", "+254 712 000 111");
  await addCustomer("Aminah", "Odhiambo", "+254 712 000111");
  await sell(/^Amina Odhiambo/, "25000", 255);
  await page.getByRole("button", { name: "Next sale" }).click();
  await sell(/^Aminah Odhiambo/, "10000", 105);

  await openGroup();
  // Both records are in; the names differ, so the owner chooses.
  assert.equal(await page.getByRole("checkbox", { name: /^Amina Odhiambo, added/ }).isChecked(), true);
  assert.equal(await page.getByRole("checkbox", { name: /^Aminah Odhiambo, added/ }).isChecked(), true);
  const names = page.getByRole("group", { name: "Name" });
  assert.equal(await names.getByRole("radio", { name: "Amina Odhiambo" }).isChecked(), true);
  await names.getByRole("radio", { name: "Aminah Odhiambo" }).check();
  await names.getByRole("radio", { name: "Amina Odhiambo" }).check();
  await page.getByText("Phones, emails, tags, notes, purchases, points and consent history from every record are kept.").waitFor();
  await assertAccessible(page, "merge panel");

  // Leaving one record out leaves nothing to merge: said, and refused.
  await page.getByRole("checkbox", { name: /^Aminah Odhiambo, added/ }).uncheck();
  await page.getByRole("alert").filter({ hasText: "Choose two or more records to merge." }).waitFor();
  await page.getByRole("checkbox", { name: /^Aminah Odhiambo, added/ }).check();

  await page.getByRole("button", { name: "Merge", exact: true }).click();
  // The toast, inside the page's polite live region.
  const toast = page.locator(".toast").filter({ hasText: /2\W*records merged into\W*Amina Odhiambo/ });
  await toast.waitFor();
  await page.getByText("No likely duplicates: every customer has one record.").waitFor();

  // Undone from the toast: both records as they were.
  await toast.getByRole("button", { name: "Undo" }).click();
  await page.getByText("One group found").waitFor();
  assert.equal(await (await balanceOf(/^Aminah Odhiambo/)).innerText(), "105 points");

  await openGroup();
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await page.locator(".toast").filter({ hasText: /2\W*records merged into\W*Amina Odhiambo/ }).waitFor();
  const balance = await balanceOf(/^Amina Odhiambo/);
  await card().getByText("360 points", { exact: true }).waitFor();
  assert.equal(await balance.innerText(), "360 points", "255 + 105");
  // Both sales are hers now; the other record is gone from the list.
  await page.getByText(/KES\s25,000\.00/).first().waitFor();
  await page.getByText(/KES\s10,000\.00/).first().waitFor();
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Search customers").fill("Odhiambo");
  await page.getByRole("link", { name: /^Amina Odhiambo/ }).waitFor();
  assert.equal(await page.getByRole("link", { name: /^Aminah Odhiambo/ }).count(), 0);
});

test("the shown customers' purchases export as CSV, both sales hers after the merge", async () => {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Search customers").fill("Odhiambo");
  await page.getByText("1 customer", { exact: true }).waitFor();
  await page.locator("summary", { hasText: "Export…" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Their purchases (CSV)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^karibu-purchases-.*\.csv$/);
  const lines = (await readFile(await download.path(), "utf8")).trim().split(/\r?\n/);
  assert.equal(lines.length, 3, "a header and two sales");
  assert.deepEqual(lines.slice(1).map((l) => l.split(",")[3]).sort(), ["10000.00", "25000.00"]);
});

test("the data-health panel names what to tidy and who", async () => {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByRole("link", { name: "Data health" }).click();
  await page.getByRole("heading", { level: 1, name: "Data health" }).waitFor();
  const birthdays = page.locator("summary").filter({ hasText: /Birthday\W*: filled for only\W*0\W*of\W*1\W*customers/ });
  await birthdays.waitFor();
  await birthdays.click();
  await page.getByRole("link", { name: "Amina Odhiambo" }).waitFor();
  await assertAccessible(page, "data health");
});
