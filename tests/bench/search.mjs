// Search latency per keystroke. Each query is typed a key at a time; per keystroke:
//  - input to DOM updated: from the input event to the last DOM change it caused
//    (a MutationObserver sees each one): the work the keystroke costs;
//  - input to next frame: until the frame after it is produced, which also waits for
//    the display's next refresh (what a person sees, like INP).
// The app also measures its directory query alone ("karibu:query").
export async function measureSearch(page, queries) {
  const search = page.getByRole("searchbox", { name: "Search customers" });
  await page.evaluate(() => {
    performance.clearMeasures("karibu:query");
    const log = (window.__keystrokes = []);
    let current = null;
    new MutationObserver(() => {
      if (current) current.lastChange = performance.now();
    }).observe(document.querySelector("main"), { subtree: true, childList: true, characterData: true, attributes: true });
    document.querySelector("#search").addEventListener(
      "input",
      (e) => {
        const stroke = (current = { start: e.timeStamp, lastChange: null });
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            log.push({ dom: (stroke.lastChange ?? stroke.start) - stroke.start, frame: performance.now() - stroke.start });
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
  for (const q of queries) {
    await search.fill("");
    await search.pressSequentially(q, { delay: 25 });
  }
  await page.waitForTimeout(200);
  const strokes = await page.evaluate(() => window.__keystrokes);
  const query = await page.evaluate(() => performance.getEntriesByName("karibu:query").map((m) => m.duration));
  const sorted = (xs) => xs.sort((a, b) => a - b);
  return { dom: sorted(strokes.map((s) => s.dom)), frame: sorted(strokes.map((s) => s.frame)), query: sorted(query) };
}
