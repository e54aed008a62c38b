// The lock turned on over an existing demo book and interrupted by a reload midway, as
// a person closing or refreshing the tab would: the unlock screen asks for the
// passphrase, the encryption resumes where it stopped and finishes, and nothing is
// lost - every customer, the loyalty figures, a customer's timeline and points, the
// follow-ups due - while a dump of every object store shows no customer's name.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, dumpBook } from "./support.mjs";

let server, browser, page;
const PASSPHRASE = "maandazi ya asubuhi";
const DEMO = 10000;

before(async () => {
  server = await startServer(8207);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim();

/// What the owner can see of the book: the count, the programme's figures, one
/// customer's page and the follow-ups due.
async function whatTheOwnerSees(name) {
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByText(`${DEMO.toLocaleString("en")} customers`, { exact: true }).waitFor({ timeout: 120_000 });
  await page.getByRole("link", { name: "Loyalty", exact: true }).click();
  const figure = (n) => page.locator(".figures div", { hasText: n }).locator("dd");
  await figure("Points issued").waitFor({ timeout: 120_000 });
  const figures = await Promise.all(["Points issued", "Points redeemed", "Points still owed to customers"].map((n) => figure(n).innerText()));
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.locator("#search").fill(name);
  await page.getByRole("link", { name: new RegExp(name) }).first().click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  await page.locator(".loyalty-card:not([aria-busy])").waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const timeline = clean(await page.locator(".timeline").innerText().catch(() => ""));
  const balance = clean(await page.locator(".loyalty-card").innerText().catch(() => ""));
  await page.getByRole("link", { name: "Today", exact: true }).click();
  await page.getByRole("heading", { name: "Follow-ups due" }).waitFor();
  const dueList = page.locator("ul.cards").first().locator("li");
  await dueList.first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const due = await dueList.count();
  return { figures, timeline, balance, due };
}

test("a lock interrupted by a reload resumes after unlocking and loses nothing", async () => {
  await page.goto(`${server.url}/?demo=${DEMO}&seed=4`);
  await page.getByText(`${DEMO.toLocaleString("en")} customers`, { exact: true }).waitFor({ timeout: 300_000 });
  const names = (await page.locator(".virtual-viewport a").allInnerTexts()).slice(0, 5).map((n) => n.trim().split("\n")[0]);
  const before = await whatTheOwnerSees(names[0]);
  assert.ok(before.timeline.length > 0 || before.balance.length > 0, "the customer page shows something to compare");

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByLabel("New passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("New passphrase again").fill(PASSPHRASE);
  await page.getByLabel("I understand that a forgotten passphrase cannot be recovered").check();
  await page.getByRole("button", { name: "Turn on the lock" }).click();
  // Midway: some records encrypted, not all.
  await page.getByText("Encrypting the customer book. You can keep working.").waitFor({ timeout: 60_000 });
  const progress = page.locator(".banner.converting");
  await page.waitForFunction(() => {
    const m = document.querySelector(".banner.converting")?.textContent.replace(/,/g, "").match(/(\d+) of (\d+) records/);
    return m && Number(m[1]) > 0 && Number(m[1]) < Number(m[2]);
  }, null, { timeout: 120_000, polling: 50 });
  const midway = clean(await progress.innerText());
  await page.reload();

  // The book asks for the passphrase, then finishes what it started.
  await page.getByRole("heading", { name: "Karibu is locked" }).waitFor({ timeout: 60_000 });
  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: "Unlock" }).click();
  // The encryption takes up where it stopped (the banner again), and finishes.
  await page.locator(".banner.converting").waitFor({ timeout: 60_000 });
  await page.locator(".banner.converting").waitFor({ state: "detached", timeout: 300_000 });
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByText("The lock is on: the customer book is encrypted on this device.").waitFor({ timeout: 60_000 });

  const after = await whatTheOwnerSees(names[0]);
  assert.deepEqual(after, before, `the same book after a reload at "${midway}"`);
  const dump = JSON.stringify(await dumpBook(page));
  for (const name of names) {
    for (const part of name.split(" ").filter((p) => p.length > 3)) {
      assert.ok(!dump.includes(part), `${part} is readable in the store`);
    }
  }
  assert.deepEqual(browser.foreign, []);
});
