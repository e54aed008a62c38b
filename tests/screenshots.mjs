// Screenshots of the main screens at desktop and phone widths, for people to look at:
//   node tests/screenshots.mjs   (after scripts/build.sh) -> target/screenshots/*.png
import { mkdir } from "node:fs/promises";
import { startServer, launch } from "./e2e/support.mjs";

const out = new URL("../target/screenshots/", import.meta.url).pathname;
await mkdir(out, { recursive: true });
const server = await startServer(8177);

for (const [label, viewport] of [["desktop", { width: 1280, height: 860 }], ["phone", { width: 390, height: 844 }]]) {
  for (const lang of ["en", "ur"]) {
    const { context, page } = await launch({ viewport, locale: lang === "ur" ? "ur-PK" : "en-GB" });
    await page.goto(`${server.url}/?demo=400&seed=7`);
    await page.locator(".virtual-row a").first().waitFor();
    await page.waitForTimeout(300);
    const shot = (name) => page.screenshot({ path: `${out}${name}-${lang}-${label}.png` });
    await shot("customers");
    // The customer page of the first customer, with a note and a follow-up added.
    await page.locator(".virtual-row a").first().click();
    await page.locator("#what-happened").fill(lang === "ur" ? "نئی کافی کے بارے میں پوچھا" : "Asked about the new single-origin beans");
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    await page.locator('input[type="date"]').fill(today);
    await page.locator(".timeline-form button[type=submit]").click();
    await page.waitForTimeout(300);
    await shot("customer");
    await page.locator('nav a[href="/today"]').click();
    await page.waitForTimeout(300);
    await shot("today");
    await page.goto(`${server.url}/customers/new`);
    await page.locator("form.customer-form button[type=submit]").click();
    await page.waitForTimeout(200);
    await shot("form-errors");
    await page.goto(`${server.url}/settings`);
    await page.waitForTimeout(300);
    await shot("settings");
    await page.goto(`${server.url}/dashboard`);
    await page.locator(".share-bars").nth(1).waitFor({ timeout: 120_000 });
    await page.screenshot({ path: `${out}dashboard-${lang}-${label}.png`, fullPage: true });
    await page.goto(`${server.url}/settings/loyalty`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}loyalty-settings-${lang}-${label}.png`, fullPage: true });
    // The counter: find, pick, amount, record; then the outcome with rewards in reach.
    await page.goto(`${server.url}/counter`);
    await page.locator("#counter-find").waitFor();
    await page.locator("#counter-find").fill("a");
    await page.waitForTimeout(200);
    await shot("counter-find");
    await page.locator(".matches button").first().click();
    await page.locator("#sale-amount").fill("1250");
    await page.waitForTimeout(300);
    await shot("counter-amount");
    await page.locator("#sale-amount").press("Enter");
    await page.locator(".outcome").waitFor();
    await page.waitForTimeout(300);
    await shot("counter-done");
    await page.goto(`${server.url}/loyalty`);
    await page.locator(".figures").waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}loyalty-${lang}-${label}.png`, fullPage: true });
    await context.close();
  }
}
await server.close();
console.log(`screenshots in ${out}`);
