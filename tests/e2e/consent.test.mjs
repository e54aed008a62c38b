// Consent, objection and restriction used as an owner would, by accessible names:
// record consent (refused without how it was given), build a marketing list used for
// email marketing, see an objection take the person out of it and a restriction take
// them out of every segment, withdraw consent in one click, and read it all back in
// the history.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8202);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "").replace(/,/g, "");

/** The count the segments page shows for the segment named `name`. */
async function listedCount(name) {
  await page.goto(server.url + "/segments");
  await page.getByRole("heading", { level: 1, name: "Segments" }).waitFor();
  const size = page.locator(".segment-card").filter({ has: page.getByRole("heading", { name }) }).locator(".segment-size");
  await size.getByText(/\d+ customers?/).waitFor();
  return Number(clean(await size.innerText()).match(/(\d+)/)[1]);
}

async function openNeema() {
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByLabel("Search customers").fill("Neema Achieng");
  await page.getByRole("link", { name: /Neema Achieng/ }).first().click();
  await page.getByRole("heading", { level: 1, name: "Neema Achieng" }).waitFor();
}

async function saveSegment(name, purpose) {
  await page.goto(server.url + "/segments");
  await page.getByRole("link", { name: "New segment" }).click();
  await page.getByLabel("Segment name").fill(name);
  if (purpose) await page.getByLabel("Used for").selectOption({ label: purpose });
  await page.getByLabel("Condition 1: what to look at").selectOption({ label: "Name" });
  await page.getByLabel("Condition 1: how to compare").selectOption({ label: "contains" });
  await page.getByLabel("Condition 1: value").fill("Neema Achieng");
  await page.getByText("1 customer matches").waitFor();
  await page.getByRole("button", { name: "Save segment" }).click();
  await page.getByRole("heading", { level: 1, name: "Segments" }).waitFor();
}

test("consent, a marketing list, objection, restriction and withdrawal", async () => {
  await page.goto(`${server.url}/?demo=30&seed=5`);
  await page.getByText("30 customers", { exact: true }).waitFor({ timeout: 120_000 });
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill("Neema");
  await page.getByLabel("Family name").fill("Achieng");
  await page.getByLabel("Email", { exact: true }).fill("neema.a@example.net");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { level: 1, name: "Neema Achieng" }).waitFor();

  // Nothing recorded yet; consent without how it was given is refused, saying why.
  const consent = page.getByRole("table", { name: "Consent and lawful basis" });
  const emailRow = consent.getByRole("row", { name: /Email marketing/ });
  await emailRow.getByText("Nothing recorded").waitFor();
  await page.getByLabel("Purpose", { exact: true }).selectOption({ label: "Email marketing" });
  await page.getByLabel("Lawful basis", { exact: true }).selectOption({ label: "Consent" });
  await page.getByRole("button", { name: "Record consent" }).click();
  await page.getByRole("alert").getByText(/Say how consent was given/).waitFor();
  await page.getByLabel("How it was given").fill("paper form at the counter");
  await page.getByLabel("Wording version (optional)").fill("v2");
  await page.getByRole("button", { name: "Record consent" }).click();
  await page.getByText("Consent recorded.").waitFor();
  await emailRow.getByText(/^Consent, since /).waitFor();
  assert.equal(await page.getByLabel("How it was given").inputValue(), "", "the form is ready for the next");
  await assertAccessible(page, "customer page with consent recorded");

  // A list for email marketing holds her; another with no purpose too.
  await saveSegment("Neema for emails", "Email marketing");
  await saveSegment("Neema any use");
  assert.equal(await listedCount("Neema for emails"), 1);

  // Objecting to marketing takes her out of the email list only.
  await openNeema();
  await page.getByLabel("Why (optional)").fill("asked at the counter");
  await page.getByRole("button", { name: "Record objection to marketing" }).click();
  await page.getByText("They object to direct marketing: they are in no marketing list.").waitFor();
  // The button keeps the focus: the page is not redrawn around it.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Withdraw the objection");
  assert.equal(await listedCount("Neema for emails"), 0);
  assert.equal(await listedCount("Neema any use"), 1);

  // Restricting processing takes her out of every segment; lifting it brings her back.
  await openNeema();
  await page.getByRole("button", { name: "Withdraw the objection" }).click();
  await page.getByText("No objection to marketing recorded.").waitFor();
  await page.getByRole("button", { name: "Restrict processing" }).click();
  await page.getByText(/Processing is restricted/).waitFor();
  assert.equal(await listedCount("Neema any use"), 0);
  assert.equal(await listedCount("Neema for emails"), 0);
  await openNeema();
  await page.getByRole("button", { name: "Lift the restriction" }).click();
  await page.getByText("Processing is not restricted.").waitFor();
  assert.equal(await listedCount("Neema for emails"), 1);

  // Withdrawing is one click, and the history keeps every step.
  await openNeema();
  await page.getByRole("button", { name: "Withdraw: Email marketing" }).click();
  await page.getByText("Withdrawal recorded.").waitFor();
  await consent.getByRole("row", { name: /Email marketing/ }).getByText(/^Withdrawn on /).waitFor();
  await page.getByText("History (6)").click();
  for (const entry of [
    /Email marketing · Given · Consent · paper form at the counter · v2/,
    /Email marketing · Withdrawn · Consent/,
    /Objected to marketing · asked at the counter/,
    /Objection withdrawn/,
    /Processing restricted/,
    /Restriction lifted/,
  ]) {
    await page.locator(".consent-history li").filter({ hasText: entry }).first().waitFor();
  }
  assert.equal(await listedCount("Neema for emails"), 0);
});

test("the owner adds a purpose of their own and asks consent for it", async () => {
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("link", { name: /Data requests/ }).click();
  await page.getByRole("heading", { name: "Purposes you ask consent for" }).waitFor();
  await page.getByRole("button", { name: "Add purpose" }).click();
  await page.getByText("A purpose needs a name of at most 80 characters.").waitFor();
  await page.getByLabel("New purpose").fill("Birthday cards");
  await page.getByRole("button", { name: "Add purpose" }).click();
  await page.getByText("Purpose added.").waitFor();
  await page.getByRole("listitem").filter({ hasText: /^Birthday cards$/ }).waitFor();
  await assertAccessible(page, "the register with the purposes");

  await openNeema();
  await page.getByRole("table", { name: "Consent and lawful basis" }).getByRole("row", { name: /Birthday cards/ }).waitFor();
  await page.getByLabel("Purpose", { exact: true }).selectOption({ label: "Birthday cards" });
  await page.getByLabel("Lawful basis", { exact: true }).selectOption({ label: "Legitimate interest" });
  await page.getByRole("button", { name: "Record consent" }).click();
  await page.getByText("Consent recorded.").waitFor();
  await page
    .getByRole("table", { name: "Consent and lawful basis" })
    .getByRole("row", { name: /Birthday cards/ })
    .getByText(/^Legitimate interest, since /)
    .waitFor();
});

test("a retention rule is added, previewed, applied and logged", async () => {
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("heading", { name: "How long data is kept" }).waitFor();
  await page.getByText("No retention rules yet.").waitFor();
  await page.getByLabel("Rule", { exact: true }).selectOption({ label: "Delete old timeline entries" });
  await page.getByLabel("Older than (years)").fill("0");
  await page.getByRole("button", { name: "Add rule" }).click();
  await page.getByRole("alert").getByText("Inactive customers: 6 to 240 months. Old entries: 1 to 50 years.").waitFor();
  await page.getByLabel("Older than (years)").fill("2");
  await page.getByRole("button", { name: "Add rule" }).click();
  const rule = "Delete timeline entries older than 2 years (open follow-ups stay)";
  await page.getByText(rule, { exact: true }).waitFor();

  await page.getByRole("button", { name: `Preview: ${rule}` }).click();
  const affects = page.getByText(/^This affects \d+ customers? or entr(y|ies)\.$/);
  await affects.waitFor();
  const n = Number(clean(await affects.innerText()).match(/(\d+)/)[1]);
  assert.ok(n > 0, "the demo's timelines reach back more than two years");
  await assertAccessible(page, "settings with a retention rule previewed");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Apply now: ${rule}` }).click();
  await page.getByText(`Rule applied: ${n} removed.`).first().waitFor({ timeout: 60_000 });
  await page.getByRole("heading", { name: "What was removed, and when" }).waitFor();
  await page.locator(".retention-log li").filter({ hasText: `${rule}: ${n} removed` }).waitFor();
  await page.getByRole("button", { name: `Preview: ${rule}` }).click();
  await page.getByText("This affects 0 customers or entries.").waitFor();
});

test("the records of processing are filled from the book and the owner's entries", async () => {
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("link", { name: "Records of processing" }).click();
  await page.getByRole("heading", { level: 1, name: "Records of processing" }).waitFor();
  await page.getByRole("heading", { name: "Who is responsible (the controller)" }).waitFor();
  await page.getByText("(not filled in yet)").first().waitFor();
  await page.getByText(/^Customers: \d+$/).waitFor();
  await page.getByText(/^Birthday cards: Consent; people with a basis now: 1$/).waitFor();
  await page.getByText(/^Delete timeline entries older than 2 years/).waitFor();
  await page.getByLabel("Your business: name, address and contact").fill("Mama Njeri's <Café>, Moi Avenue");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("Records saved.").waitFor();
  await page.getByRole("listitem").filter({ hasText: /^Mama Njeri's <Café>, Moi Avenue$/ }).waitFor();
  await assertAccessible(page, "the records of processing");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download to keep or print" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^karibu-records-of-processing-\d{4}-\d{2}-\d{2}\.html$/);
  const file = await download.path();
  const html = await readFile(file, "utf8");
  assert.ok(html.includes("Mama Njeri's &lt;Café&gt;, Moi Avenue"), "the owner's text, escaped");
  assert.ok(html.includes("Only on this device"));
});
