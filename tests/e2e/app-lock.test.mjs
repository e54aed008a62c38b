// The app lock used as an owner would, by accessible names: set a passphrase after the
// warning, find no customer's data in a dump of every object store, reload and unlock
// (a wrong passphrase refused and nothing changed, a slow-down after several), sell at
// the counter, tabs locking and unlocking together, the app locking itself when idle,
// the passphrase changed, and the lock turned off with every record readable again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, dumpBook } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;
const PASSPHRASE = "kahawa chungu asubuhi";
// Written through the UI below; none may appear in any store while the lock is on.
const SECRETS = ["Zawadi", "Mwakilema", "733 987", "733987", "zawadi.m@example.org", "tamarind", "Fridays"];

before(async () => {
  server = await startServer(8193);
  browser = await launch({ viewport: { width: 390, height: 844 } });
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const locked = (p = page) => p.getByRole("heading", { name: "Karibu is locked" });

async function unlock(p, passphrase) {
  await p.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await p.getByRole("button", { name: "Unlock" }).click();
}

/// The book is open: the customer list (whatever page the reload kept) shows Zawadi.
async function showsBook(p) {
  await p.getByRole("link", { name: "Customers", exact: true }).click();
  await p.getByRole("link", { name: /Zawadi Mwakilema/ }).waitFor();
}

async function sellAtCounter(p, amount) {
  await p.getByRole("link", { name: "Counter" }).click();
  await p.getByLabel("Customer: name or phone").fill("zawa");
  await p.getByRole("button", { name: /Zawadi Mwakilema/ }).click();
  const field = p.getByLabel("Amount (KES)");
  await field.fill(amount);
  await field.press("Enter");
  await p.getByText(/recorded/).waitFor();
}

test("the owner turns the lock on after the warning, and no store shows a customer", async () => {
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill("Zawadi");
  await page.getByLabel("Family name").fill("Mwakilema");
  await page.getByLabel("Phone", { exact: true }).fill("+254 733 987 654");
  await page.getByLabel("Email", { exact: true }).fill("zawadi.m@example.org");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Zawadi Mwakilema" }).waitFor();
  await page.getByLabel("What happened").fill("Orders tamarind juice on Fridays");
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByText("Orders tamarind juice on Fridays").waitFor();
  await sellAtCounter(page, "450");
  const before = JSON.stringify(await dumpBook(page));
  assert.ok(SECRETS.some((s) => before.includes(s)), "the customer is readable before the lock");

  // A second tab, open before the lock goes on, must follow it without a reload.
  const other = await browser.context.newPage();
  await other.goto(server.url + "/");
  await showsBook(other);

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByText("If you forget the passphrase, nobody can recover it").waitFor();
  // The form refuses what it must, each problem beside its field.
  await page.getByLabel("New passphrase", { exact: true }).fill("short");
  await page.getByLabel("New passphrase again").fill("shorter");
  await page.getByRole("button", { name: "Turn on the lock" }).click();
  await page.getByText("A passphrase needs at least 8 characters.").waitFor();
  await page.getByText("The two new passphrases are not the same.").waitFor();
  await page.getByText("Tick the box to say you have read the warning.").waitFor();
  await assertAccessible(page, "settings with the lock's form showing problems");

  await page.getByLabel("New passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("New passphrase again").fill(PASSPHRASE);
  await page.getByLabel("I understand that a forgotten passphrase cannot be recovered").check();
  await page.getByRole("button", { name: "Turn on the lock" }).click();
  await page.getByText("The lock is on. The customer book is encrypted.").waitFor();
  await page.getByText("The lock is on: the customer book is encrypted on this device.").waitFor();
  await assertAccessible(page, "settings with the lock on");

  // The other tab sells on, sealing what it writes (a plain write would be refused).
  await sellAtCounter(other, "120");
  await other.close();

  const dump = JSON.stringify(await dumpBook(page));
  for (const secret of SECRETS) assert.ok(!dump.includes(secret), `${secret} is readable with the lock on`);
});

test("on reload the book asks for the passphrase; a wrong one changes nothing", async () => {
  await page.reload();
  await locked().waitFor();
  await assertAccessible(page, "the unlock screen");
  const before = await dumpBook(page);
  await unlock(page, "kahawa tamu");
  await page.getByText("That passphrase does not open this book. Nothing was changed.").waitFor();
  assert.deepEqual(await dumpBook(page), before, "a wrong passphrase changed the stored book");
  await locked().waitFor();

  await unlock(page, PASSPHRASE);
  await showsBook(page);
  await sellAtCounter(page, "300");
  const dump = JSON.stringify(await dumpBook(page));
  for (const secret of SECRETS) assert.ok(!dump.includes(secret), `${secret} is readable after a sale`);
});

test("after three wrong passphrases the next must wait, then the right one opens", async () => {
  await page.reload();
  await locked().waitFor();
  for (let i = 0; i < 3; i++) {
    await unlock(page, `wrong guess ${i}`);
    await page.getByText("That passphrase does not open this book.", { exact: false }).waitFor();
  }
  await unlock(page, PASSPHRASE);
  await page.getByText(/^Too many wrong passphrases\. Try again in [1-5] seconds?\.$/).waitFor();
  await locked().waitFor();
  await page.waitForTimeout(5_000);
  await unlock(page, PASSPHRASE);
  await showsBook(page);
});

test("a second tab opens unlocked from the first; locking one locks both", async () => {
  const second = await browser.context.newPage();
  await second.goto(server.url + "/");
  // The first tab hands over the key: no passphrase asked.
  await showsBook(second);

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("button", { name: "Lock now" }).click();
  await locked(page).waitFor();
  await locked(second).waitFor();

  // Unlocking one unlocks the other.
  await unlock(second, PASSPHRASE);
  await showsBook(second);
  await showsBook(page);
  await second.close();
});

test("the app locks itself after the chosen idle time", async () => {
  await page.clock.install();
  await page.reload();
  await locked().waitFor();
  await unlock(page, PASSPHRASE);
  await showsBook(page);
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByLabel("Lock by itself after").selectOption({ label: "1 minute without use" });
  await page.waitForTimeout(500);
  await page.clock.fastForward("00:50");
  assert.equal(await locked().count(), 0, "locked before the minute was up");
  await page.clock.fastForward("00:30");
  await locked().waitFor();
  await unlock(page, PASSPHRASE);
  await showsBook(page);
});

test("a new passphrase replaces the old; turning the lock off makes the book plain again", async () => {
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const change = page.getByRole("form", { name: "Change passphrase" });
  await change.getByLabel("Current passphrase").fill("not the passphrase");
  await change.getByLabel("New passphrase", { exact: true }).fill("chai ya tangawizi");
  await change.getByLabel("New passphrase again").fill("chai ya tangawizi");
  await change.getByRole("button", { name: "Change passphrase" }).click();
  await change.getByText("That passphrase does not open this book. Nothing was changed.").waitFor();
  await change.getByLabel("Current passphrase").fill(PASSPHRASE);
  await change.getByLabel("New passphrase", { exact: true }).fill("chai ya tangawizi");
  await change.getByLabel("New passphrase again").fill("chai ya tangawizi");
  await change.getByRole("button", { name: "Change passphrase" }).click();
  await page.getByText("Passphrase changed. Use the new one from now on.").waitFor();

  await page.reload();
  await unlock(page, PASSPHRASE);
  await page.getByText("That passphrase does not open this book. Nothing was changed.").waitFor();
  await unlock(page, "chai ya tangawizi");
  await showsBook(page);

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const off = page.getByRole("form", { name: "Turn off the lock" });
  await off.getByLabel("Current passphrase").fill("chai ya tangawizi");
  await off.getByRole("button", { name: "Turn off the lock" }).click();
  await page.getByText("The lock is off.", { exact: true }).waitFor();
  const dump = JSON.stringify(await dumpBook(page));
  assert.ok(dump.includes("Mwakilema") && dump.includes("tamarind"), "the book is plain again");
  await page.reload();
  await showsBook(page);
  await page.getByRole("link", { name: "Counter" }).click();
  assert.equal(await locked().count(), 0);
});
