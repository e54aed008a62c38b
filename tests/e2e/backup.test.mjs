// Backup and restore used as an owner would, by accessible names: download a backup
// protected by a passphrase, keep working, then restore it (a wrong passphrase and a
// file that is not a backup refused with nothing changed) and find the book as it was,
// in this tab and in another. The backup file holds no customer's name in the clear.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;
const PASSPHRASE = "mandazi na chai ya tangawizi";

before(async () => {
  server = await startServer(8194);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

async function addCustomer(p, given, family) {
  await p.goto(server.url + "/customers/new");
  await p.getByLabel("Given name").fill(given);
  await p.getByLabel("Family name").fill(family);
  await p.getByRole("button", { name: "Save" }).click();
  await p.getByRole("heading", { name: `${given} ${family}` }).waitFor();
}

async function restore(p, file, passphrase) {
  await p.getByRole("link", { name: "Settings", exact: true }).click();
  await p.getByLabel("Backup file").setInputFiles(file);
  if (passphrase !== undefined) {
    await p.getByLabel("Passphrase of this backup").fill(passphrase);
  }
  p.once("dialog", (dialog) => dialog.accept());
  await p.getByRole("button", { name: "Restore this backup" }).click();
}

test("a protected backup is downloaded, and restoring it brings the book back as it was", async () => {
  await page.goto(server.url + "/settings");
  await page.getByLabel("How many demo customers").fill("80");
  await page.getByRole("button", { name: "Add demo customers" }).click();
  await page.getByText("Added 80 of 80").waitFor();
  await addCustomer(page, "Baraka", "Oyelaran");

  // Today reminds the owner of a book never backed up, and its link lands on the form.
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await page.getByText(/This book has never been backed up on this device/).waitFor();
  await page.getByRole("link", { name: "Back up now" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "backup-heading");
  await page.getByText("No backup made on this device yet.").waitFor();

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("heading", { name: "Backup and restore" }).waitFor();
  // The lock's warning offers a backup first: the link stays on Settings and lands there.
  await page.getByRole("link", { name: "Download a backup first" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "backup-heading");
  assert.match(page.url(), /\/settings$/);
  await page.getByLabel("Protect the backup with a passphrase").check();
  await page.getByLabel("Backup passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Backup passphrase again").fill("something else entirely");
  await page.getByRole("button", { name: "Download a backup" }).click();
  await page.getByText("The two backup passphrases are not the same.").waitFor();
  await assertAccessible(page, "settings with the backup form showing a problem");
  await page.getByLabel("Backup passphrase again").fill(PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^karibu-backup-\d{4}-\d{2}-\d{2}\.karibu$/);
  const file = join(await mkdtemp(join(tmpdir(), "karibu-backup-")), download.suggestedFilename());
  await download.saveAs(file);
  await page.getByText(/^Backup saved as karibu-backup-/).waitFor();
  await page.getByText(/^Last backup on this device: /).waitFor();
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  assert.equal(await page.getByText(/never been backed up/).count(), 0, "the reminder is gone");
  const bytes = await readFile(file);
  assert.ok(bytes.subarray(0, 14).toString() === "KARIBU-BACKUP\n");
  assert.ok(!bytes.includes("Oyelaran"), "a protected backup names no one");

  // Work after the backup: a customer added.
  await addCustomer(page, "Neema", "Mollel");
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByText("82 customers").waitFor();
  await page.getByLabel("Search customers").fill("Neema Mollel");
  await page.getByRole("link", { name: /Neema Mollel/ }).waitFor();
  await page.getByLabel("Search customers").fill("");
  const other = await browser.context.newPage();
  await other.goto(server.url + "/customers");
  await other.getByText("82 customers").waitFor();

  // A file that is not a backup is named as such, and nothing changes.
  const notBackup = join(tmpdir(), "customers.karibu");
  await writeFile(notBackup, "name,phone\nAmina,0712 345 678\n");
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByLabel("Backup file").setInputFiles(notBackup);
  await page.getByText("This file is not a Karibu backup. Nothing was changed.").waitFor();

  // What the backup holds is shown before restoring; a wrong passphrase changes nothing.
  await page.getByLabel("Backup file").setInputFiles(file);
  const summary = page.locator(".backup-summary");
  await summary.getByText("81", { exact: true }).waitFor();
  await restore(page, file, "not the passphrase at all");
  await page.getByText("That passphrase does not open this backup. Nothing was changed.").waitFor();
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByText("82 customers").waitFor();

  await restore(page, file, PASSPHRASE);
  await page.getByText("The backup is restored.").waitFor();
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByText("81 customers").waitFor();
  await page.getByLabel("Search customers").fill("Oyelaran");
  await page.getByRole("link", { name: /Baraka Oyelaran/ }).waitFor();
  await page.getByLabel("Search customers").fill("Neema Mollel");
  // Once the search has narrowed the list, Neema (added after the backup) is not in it.
  await page.waitForFunction(() => !document.body.innerText.includes("81 customers"));
  assert.equal(await page.getByRole("link", { name: /Neema Mollel/ }).count(), 0);
  // The other tab follows without a reload.
  await other.getByText("81 customers").waitFor();

  // And after a reload the restored book is what is stored.
  await page.reload();
  await page.getByText("81 customers").waitFor();
  assert.deepEqual(browser.foreign, []);
  assert.deepEqual(browser.errors, []);
  await other.close();
});
