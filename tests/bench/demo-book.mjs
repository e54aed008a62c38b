// Shared by the at-scale timing scripts: serves dist/, opens Chromium on a fresh
// profile and loads a demo book of `n` customers (10 purchases each), waiting until the
// app has published its analytics' answers for most of them.
import { startServer, launch } from "../e2e/support.mjs";

export async function openDemoBook(port, n) {
  const server = await startServer(port);
  const browser = await launch();
  const page = browser.page;
  page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
  const started = Date.now();
  await page.goto(`${server.url}/?demo=${n}&bench=1`);
  await page.waitForFunction((n) => performance.getEntriesByName("karibu:answers").some((e) => JSON.parse(e.detail).customers > n * 0.5), n, { timeout: 1_500_000, polling: 2000 });
  console.log("book loaded in", (Date.now() - started) / 1000, "s");
  const close = async () => {
    await browser.context.close();
    await server.close();
  };
  return { server, browser, page, close };
}
