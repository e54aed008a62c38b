// Temporary: reproduce restore at scale in a clean tab.
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch } from "./e2e/support.mjs";
const N = Number(process.argv[2] || 100000);
const server = await startServer(8199);
const { context, page, errors } = await launch({ timezoneId: "UTC" });
page.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 300)));
page.on("pageerror", (e) => console.log("pageerror:", String(e).slice(0, 300)));
page.on("crash", () => console.log("PAGE CRASHED"));
const t0 = Date.now();
const log = (...a) => console.log(((Date.now() - t0) / 1000).toFixed(1) + "s", ...a);
await page.goto(`${server.url}/?demo=${N}&seed=1`);
await page.getByText(`${N.toLocaleString("en")} customers`, { exact: true }).waitFor({ timeout: 900_000 });
log("demo loaded");
await page.getByRole("link", { name: "Settings", exact: true }).click();
const [download] = await Promise.all([
  page.waitForEvent("download", { timeout: 900_000 }),
  page.getByRole("button", { name: "Download a backup" }).click(),
]);
const file = join(await mkdtemp(join(tmpdir(), "karibu-dbg-")), download.suggestedFilename());
await download.saveAs(file);
log("backup", (await stat(file)).size);
await page.getByLabel("Backup file").setInputFiles(file);
log("file set");
page.once("dialog", (d) => { log("dialog", d.message().slice(0, 100)); d.accept(); });
await page.getByRole("button", { name: "Restore this backup" }).click({ noWaitAfter: true });
log("clicked");
for (let i = 0; i < 120; i++) {
  await new Promise((r) => setTimeout(r, 5000));
  const state = await page.evaluate(() => ({
    text: document.querySelector("#backup")?.innerText.slice(0, 300),
    toasts: [...document.querySelectorAll("[role=status],[role=alert]")].map((e) => e.innerText).join(" | ").slice(0, 200),
    mem: performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1048576) : null,
    restore: performance.getEntriesByName("karibu:restore").map((m) => m.duration),
  })).catch((e) => ({ err: String(e).slice(0, 200) }));
  log(JSON.stringify(state));
  if (state.restore && state.restore.length) break;
}
console.log("errors", errors);
await context.close();
await server.close();
