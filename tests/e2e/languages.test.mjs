// Every shipped language, used as its speaker would: switch to it in Settings, find
// every control by its name in that language, type a sale in that language's digits,
// and see no English left on any page, each page clean under axe-core. Phone-width screenshots of the main screens are
// written to target/screenshots/ for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { startServer, launch, DIST, dumpBook } from "./support.mjs";
import { t, englishOnlyWords } from "./catalog.mjs";
import { assertAccessible } from "./axe.mjs";

const SHOTS = join(DIST, "..", "target", "screenshots");

// code, direction, and an amount of 1,250.50 as a speaker types it.
const LANGUAGES = [
  ["sw", "ltr", "1250.50"],
  ["fil", "ltr", "1,250.50"],
  ["ka", "ltr", "1250,50"],
  ["ur", "rtl", "۱۲۵۰٫۵۰"],
  ["fa", "rtl", "۱٬۲۵۰٫۵"],
  ["en", "ltr", "1,250.50"],
];

// Names, data and codes a page may show in Latin letters whatever the language. The
// starting programme's tier and reward names are data, named when this English book
// was created.
const DATA_WORDS = new Set(["wanjiru", "kamau", "karibu", "bronze", "silver", "gold", "free", "coffee"]);

let server, browser, page;
before(async () => {
  server = await startServer(4191);
  browser = await launch();
  page = browser.page;
  await mkdir(SHOTS, { recursive: true });
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill("Wanjiru");
  await page.getByLabel("Family name").fill("Kamau");
  await page.getByLabel("Phone", { exact: true }).fill("+254 712 345 678");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Wanjiru Kamau" }).waitFor();
});
after(async () => {
  await browser?.context.close();
  await server?.close();
});

/// Everything on the page a person reads or hears: visible text and the names and
/// hints given to controls.
async function wordsOnPage() {
  return page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll("[aria-label],[placeholder],[title]")) {
      parts.push(el.getAttribute("aria-label") || "", el.getAttribute("placeholder") || "", el.getAttribute("title") || "");
    }
    return parts.join("\n");
  });
}

async function assertNoEnglish(code, where, forbidden) {
  const text = (await wordsOnPage()).toLowerCase();
  const found = forbidden.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
  assert.deepEqual(found, [], `${code}: English left on ${where}`);
}

/// The amount as the browser's CLDR data writes it, to compare what the app shows.
function expectedMoney(code, value) {
  const tag = code === "ur" ? "ur-u-nu-arabext" : code;
  const text = new Intl.NumberFormat(tag, { style: "currency", currency: "KES", currencyDisplay: "code" }).format(value);
  return normalise(text);
}
const normalise = (s) => s.replace(/[\u200e\u200f\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim();

for (const [code, dir, typed] of LANGUAGES) {
  test(`in ${code}: every page in the language, ${dir}, and a sale typed its way`, async () => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(server.url + "/settings");
    await page.locator("#settings-heading").waitFor();
    const current = await page.evaluate(() => document.documentElement.lang);
    await page.getByLabel(t(current, "Language"), { exact: true }).selectOption(code);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);

    // A sale at the counter, typed with the language's digits and separator.
    await page.getByRole("link", { name: t(code, "NavCounter") }).click();
    await page.getByLabel(t(code, "FindCustomer")).fill("Wanj");
    await page.getByRole("button", { name: /Wanjiru Kamau/ }).click();
    const amount = page.getByLabel(t(code, "Amount", { currency: "KES" }));
    await amount.fill(typed);
    await amount.press("Enter");
    const said = normalise(t(code, "SaleRecorded", { amount: expectedMoney(code, 1250.5) }));
    await page.waitForFunction((s) => {
      const clean = (x) => x.replace(/[\u200e\u200f\u2066-\u2069]/g, "").replace(/\s+/g, " ");
      return clean(document.body.innerText).includes(s);
    }, said);

    // Every page: its heading in the language, and no English word left.
    const forbidden = code === "en" ? [] : englishOnlyWords(code).filter((w) => !DATA_WORDS.has(w));
    const pages = [
      ["/", "CustomersTitle"], ["/counter", "CounterTitle"], ["/today", "NavToday"],
      ["/settings", "SettingsTitle"], ["/loyalty", "ProgrammeFigures"],
      ["/settings/loyalty", "LoyaltySettings"], ["/customers/new", "NewCustomer"],
      ["/insights", "InsightsHeading"], ["/segments", "SavedSegments"], ["/segments/new", "NewSegment"], ["/segments/score", "CustomerScore"],
      ["/requests", "RegisterHeading"], ["/records", "RecordsHeading"],
      ["/import", "ImportHeading"], ["/import/purchases", "ImportPurchasesHeading"], ["/duplicates", "DuplicatesHeading"], ["/health", "HealthHeading"], ["/reports", "ReportsHeading"], ["/dashboard", "DashboardHeading"],
    ];
    for (const [path, heading] of pages) {
      await page.goto(server.url + path);
      await page.getByRole("heading", { level: 1, name: t(code, heading) }).waitFor();
      await assertNoEnglish(code, path, forbidden);
      await assertAccessible(page, `${path} in ${code}`);
    }
    await page.goto(server.url + "/");
    await page.getByRole("link", { name: /Wanjiru Kamau/ }).click();
    await page.getByRole("heading", { level: 1, name: "Wanjiru Kamau" }).waitFor();
    await assertNoEnglish(code, "the customer page", forbidden);
    await assertAccessible(page, `the customer page in ${code}`);
    await page.getByRole("link", { name: t(code, "ErasePerson") }).click();
    await page.getByRole("heading", { level: 1, name: t(code, "EraseHeading", { name: "Wanjiru Kamau" }) }).waitFor();
    await page.getByText(t(code, "NoMentions")).waitFor();
    await assertNoEnglish(code, "the erase page", forbidden);
    await assertAccessible(page, `the erase page in ${code}`);
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Wanjiru Kamau" }).waitFor();

    // Phone width: the three screens used all day, for a person to look at.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, `${code}-customer.png`), fullPage: true });
    await page.goto(server.url + "/");
    await page.getByRole("heading", { level: 1, name: t(code, "CustomersTitle") }).waitFor();
    await page.screenshot({ path: join(SHOTS, `${code}-list.png`) });
    await page.goto(server.url + "/counter");
    await page.getByRole("heading", { level: 1, name: t(code, "CounterTitle") }).waitFor();
    await page.screenshot({ path: join(SHOTS, `${code}-counter.png`) });
    assert.deepEqual(browser.foreign, [], "no request leaves the machine");
  });
}

test("the language chosen is the first screen's language after a reload", async () => {
  await page.goto(server.url + "/settings");
  await page.getByLabel(t("en", "Language"), { exact: true }).selectOption("fa");
  await page.waitForFunction(() => document.documentElement.lang === "fa");
  // Every language the page takes on from its first script on: the app must go straight
  // to the remembered Persian, never through the browser's en-GB while the book opens.
  await browser.context.addInitScript(() => {
    window.__langs = [];
    new MutationObserver(() => window.__langs.push(document.documentElement.lang))
      .observe(document, { attributes: true, subtree: true, attributeFilter: ["lang"] });
  });
  await page.reload();
  await page.getByRole("heading", { level: 1, name: t("fa", "SettingsTitle") }).waitFor();
  const seen = await page.evaluate(() => window.__langs);
  assert.ok(seen.length > 0 && seen.every((l) => l === "fa"), `languages shown: ${seen}`);
  await page.getByLabel(t("fa", "Language"), { exact: true }).selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
});

test("a new book opened in a Swahili browser starts in Swahili, programme names too", async () => {
  const swahili = await launch({ locale: "sw-KE" });
  try {
    await swahili.page.goto(server.url + "/settings/loyalty");
    await swahili.page.getByRole("heading", { level: 1, name: t("sw", "LoyaltySettings") }).waitFor();
    await swahili.page.waitForFunction(
      (names) => {
        const values = [...document.querySelectorAll("input")].map((i) => i.value);
        return names.every((n) => values.includes(n));
      },
      [t("sw", "StartTierGold"), t("sw", "StartRewardCoffee")],
    );
    assert.equal(await swahili.page.evaluate(() => document.documentElement.lang), "sw");
  } finally {
    await swahili.context.close();
  }
});

test("in Persian a follow-up is picked in the Solar Hijri calendar and stored as its day", async () => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(server.url + "/settings");
  await page.locator("#settings-heading").waitFor();
  const current = await page.evaluate(() => document.documentElement.lang);
  await page.getByLabel(t(current, "Language"), { exact: true }).selectOption("fa");
  await page.waitForFunction(() => document.documentElement.lang === "fa");
  await page.goto(server.url + "/");
  await page.getByRole("link", { name: /Wanjiru Kamau/ }).click();
  await page.getByRole("heading", { level: 1, name: "Wanjiru Kamau" }).waitFor();

  // Tomorrow, as a Persian speaker writes it: Solar Hijri, Persian digits.
  const tomorrow = new Date(Date.now() + 86_400_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("fa-IR-u-ca-persian-nu-arabext", { year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(tomorrow).map((p) => [p.type, p.value]),
  );
  const typed = `${parts.year}-${parts.month}-${parts.day}`;
  await page.getByLabel(t("fa", "WhatHappened")).fill("قهوه‌ی دم‌کرده خواست");
  // Picked from the month grid, by the day's full name as a screen reader says it.
  await page.getByRole("button", { name: t("fa", "PickDate") }).first().click();
  await assertAccessible(page, "the Solar Hijri date picker");
  const dayName = new Intl.DateTimeFormat("fa", { dateStyle: "medium", timeZone: "UTC" })
    .format(new Date(Date.UTC(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate(), 12)));
  const dayButton = page.getByRole("button", { name: dayName, exact: true });
  if (!(await dayButton.count())) await page.getByRole("button", { name: t("fa", "NextMonth") }).click();
  await dayButton.click();
  assert.equal(await page.getByLabel(t("fa", "FollowUpOn")).inputValue(), typed);
  await page.getByRole("button", { name: t("fa", "AddToTimeline") }).click();
  await page.getByText("قهوه‌ی دم‌کرده خواست").waitFor();

  const pad = (n) => String(n).padStart(2, "0");
  const iso = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
  const dump = JSON.stringify(await dumpBook(page));
  assert.ok(dump.includes(iso), `the follow-up ${typed} is stored as ${iso}`);

  await page.goto(server.url + "/settings");
  await page.getByLabel(t("fa", "Language"), { exact: true }).selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
});
