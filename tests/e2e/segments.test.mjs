// Segments used as an owner would, by accessible names, on demo data: build one with a
// live count, fix what it refuses, save it, open it in the customer list, select all of
// it and tag them, then edit it and see the list follow.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8196);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const clean = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "").replace(/,/g, "");

/** The builder's live count, once it settles on a number. */
async function liveCount() {
  const status = page.locator(".segment-count");
  await page.waitForFunction(() => /^\d[\d,]* customers? match/.test(document.querySelector(".segment-count")?.textContent ?? ""));
  return Number(clean(await status.innerText()).match(/^(\d+)/)[1]);
}

async function countUntilChanged(before) {
  await page.waitForFunction((b) => {
    const m = (document.querySelector(".segment-count")?.textContent ?? "").replace(/,/g, "").match(/^(\d+) customers? match/);
    return m && Number(m[1]) !== b;
  }, before);
  return liveCount();
}

test("build, save, use in the list, bulk-tag and edit a segment", async () => {
  await page.goto(`${server.url}/?demo=400&seed=7`);
  await page.getByText("400 customers", { exact: true }).waitFor({ timeout: 120_000 });
  await page.getByRole("link", { name: "Segments", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Segments" }).waitFor();
  await page.getByText("No segments yet.", { exact: false }).waitFor();
  await page.getByRole("link", { name: "New segment" }).click();
  await page.getByRole("heading", { level: 1, name: "New segment" }).waitFor();

  // A condition with no value yet leaves everyone in; each value typed narrows it.
  assert.equal(await liveCount(), 400);
  await page.getByLabel("Condition 1: period").selectOption({ label: "ever" });
  await page.getByLabel("Condition 1: value").fill("1");
  const spenders = await countUntilChanged(400);
  assert.ok(spenders > 0 && spenders < 400, `spenders: ${spenders}`);

  await page.getByRole("button", { name: "Add a condition", exact: true }).click();
  await page.getByLabel("Condition 2: what to look at").selectOption({ label: "Days since last visit" });
  await page.getByLabel("Condition 2: value").fill("30");
  const lapsed = await countUntilChanged(spenders);
  assert.ok(lapsed > 0 && lapsed < spenders, `lapsed: ${lapsed}`);
  await assertAccessible(page, "the segment builder");

  // Saving without a name, or with a value that is not a number, says what and where.
  await page.getByLabel("Condition 2: value").fill("thirty");
  await page.getByRole("button", { name: "Save segment" }).click();
  await page.getByText("Condition 2: type a number, such as 3 or 2.5.").waitFor();
  await page.getByLabel("Condition 2: value").fill("30");
  await page.getByRole("button", { name: "Save segment" }).click();
  await page.getByRole("alert").getByText("Give the segment a name.").waitFor();
  await page.getByLabel("Segment name").fill("Lapsed spenders");
  await page.getByRole("button", { name: "Save segment" }).click();

  // Saved: listed with its size, and opened in the customer list.
  await page.getByRole("heading", { level: 1, name: "Segments" }).waitFor();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Lapsed spenders" }) });
  await card.getByText(`${lapsed} customers`, { exact: true }).waitFor();
  await assertAccessible(page, "the saved segments");
  await card.getByRole("link", { name: "Show in customer list" }).click();
  await page.getByText(`${lapsed} customers`, { exact: true }).waitFor();
  assert.equal(await page.getByLabel("Segment").inputValue().then((v) => v.length > 0), true);

  // Exported as CSV: a header and one row per customer shown.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("summary", { hasText: "Export…" }).click().then(() => page.getByRole("button", { name: "Export shown (CSV)" }).click()),
  ]);
  assert.match(download.suggestedFilename(), /^karibu-customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("\ufeffid,given_name,family_name,display_name,phones,emails"), csv.slice(0, 80));
  const records = csv.trim().split("\n").filter((l) => /^[0-9a-z]{16},/.test(l));
  assert.equal(records.length, lapsed);

  // Select all of them and tag them: the tag filter then finds exactly these.
  await page.getByRole("button", { name: "Select all shown" }).click();
  await page.getByText(`${lapsed} selected`).waitFor();
  await page.getByLabel("Tag to add to or remove from the selected customers").fill("win-back");
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.getByLabel("Segment").selectOption({ label: "All customers" });
  await page.getByText("400 customers", { exact: true }).waitFor();
  await page.getByLabel("Filter by tag").selectOption("win-back");
  await page.getByText(`${lapsed} customers`, { exact: true }).waitFor();

  // Edit: narrow it by the tag just added, and it still holds the same people.
  await page.getByRole("link", { name: "Segments", exact: true }).click();
  await page.getByRole("link", { name: "Edit Lapsed spenders" }).click();
  await page.getByRole("heading", { level: 1, name: "Edit segment" }).waitFor();
  assert.equal(await page.getByLabel("Segment name").inputValue(), "Lapsed spenders");
  assert.equal(await page.getByLabel("Condition 2: value").inputValue(), "30");
  await page.getByRole("button", { name: "Add a group" }).click();
  await page.getByLabel("Condition 3: what to look at").selectOption({ label: "Tag" });
  await page.getByLabel("Condition 3: value").selectOption("win-back");
  assert.equal(await liveCount(), lapsed);
  await page.getByLabel("Condition 3: how to compare").selectOption({ label: "is not" });
  assert.equal(await countUntilChanged(lapsed), 0);
  await page.getByRole("button", { name: "Save segment" }).click();
  await page.getByRole("heading", { level: 1, name: "Segments" }).waitFor();
  await card.getByText("0 customers", { exact: true }).waitFor();
  await card.getByRole("link", { name: "Show in customer list" }).click();
  await page.getByText("No one is in this segment right now.").waitFor();

  // Deleting the segment leaves its customers alone.
  await page.getByRole("link", { name: "Segments", exact: true }).click();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete Lapsed spenders" }).click();
  await page.getByText("No segments yet.", { exact: false }).waitFor();
  assert.deepEqual(browser.foreign, [], "no request leaves the machine");
  assert.deepEqual(browser.errors, [], "no error in the page");
});

test("a segment on points and RFM waits for them, then counts", async () => {
  await page.goto(`${server.url}/segments/new`);
  await page.getByRole("heading", { level: 1, name: "New segment" }).waitFor();
  await page.getByLabel("Condition 1: what to look at").selectOption({ label: "RFM segment" });
  await page.getByLabel("Condition 1: value").selectOption({ label: "Champions" });
  const champions = await liveCount();
  assert.ok(champions > 0 && champions < 400, `champions: ${champions}`);
  await page.getByRole("button", { name: "Add a condition", exact: true }).click();
  await page.getByLabel("Condition 2: what to look at").selectOption({ label: "Points balance" });
  await page.getByLabel("Condition 2: value").fill("1");
  const withPoints = await liveCount();
  assert.ok(withPoints <= champions, `${withPoints} of ${champions}`);
  assert.deepEqual(browser.errors, [], "no error in the page");
});

test("a customer score from rules, used by a segment", async () => {
  await page.goto(`${server.url}/segments`);
  await page.getByRole("link", { name: "Customer score" }).click();
  await page.getByRole("heading", { level: 1, name: "Customer score" }).waitFor();
  await page.getByRole("button", { name: "Add a rule" }).click();
  await page.getByLabel("Condition 1: period").selectOption({ label: "ever" });
  await page.getByLabel("Condition 1: value").fill("1");
  await page.getByLabel("Condition 1: points").fill("10");
  await page.getByRole("button", { name: "Add a rule" }).click();
  await page.getByLabel("Condition 2: what to look at").selectOption({ label: "Days since last visit" });
  await page.getByLabel("Condition 2: value").fill("60");
  await page.getByLabel("Condition 2: points").fill("0");
  await page.getByRole("button", { name: "Save score rules" }).click();
  await page.getByText("Condition 2: points: type a whole number from -1,000 to 1,000, other than 0.").waitFor();
  await page.getByLabel("Condition 2: points").fill("-5");
  await page.getByText(/^Scores now: from (-5|0|5) to 10; half of customers score -?\d+ or more\.$/).waitFor();
  await page.getByRole("button", { name: "Save score rules" }).click();
  await page.getByText("Score rules saved.").waitFor();
  await assertAccessible(page, "the customer score");

  // A segment on the score: 10 means bought, and not lapsed.
  await page.getByRole("link", { name: "All segments" }).click();
  await page.getByRole("link", { name: "New segment" }).click();
  await page.getByLabel("Condition 1: what to look at").selectOption({ label: "Customer score" });
  await page.getByLabel("Condition 1: value").fill("10");
  const scored = await liveCount();
  await page.getByLabel("Condition 1: what to look at").selectOption({ label: "Days since last visit" });
  await page.getByLabel("Condition 1: how to compare").selectOption({ label: "at most" });
  await page.getByLabel("Condition 1: value").fill("59");
  // Score 10 = bought, and came within 60 days: the same people.
  const same = scored === 1 ? "1 customer matches" : `${scored.toLocaleString("en")} customers match`;
  await page.locator(".segment-count").getByText(same, { exact: true }).waitFor();
  assert.deepEqual(browser.errors, [], "no error in the page");
});
