// The segment builder's live count, as an owner edits a rule: each edit's evaluation
// as the app measures it (`karibu:segment`), and the longest main-thread task meanwhile.

const EDITS = [
  ["Condition 1: value", "1000"],
  ["Condition 1: value", "5000"],
  ["Condition 1: value", "500"],
];

async function settled(page) {
  await page.waitForFunction(
    () => /^\d[\d,]* customers? match/.test(document.querySelector(".segment-count")?.textContent ?? ""),
    null,
    { timeout: 600_000 },
  );
}

export async function measureSegments(page) {
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByRole("link", { name: "Segments", exact: true }).click();
  await page.getByRole("link", { name: "New segment" }).click();
  await settled(page);
  await page.evaluate(() => {
    performance.clearMeasures("karibu:segment");
    window.__segmentTasks = [0];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__segmentTasks.push(e.duration))).observe({ type: "longtask" });
  });
  const edit = async (label, value) => {
    await page.getByLabel(label).fill(value);
    await page.waitForTimeout(100);
    await settled(page);
  };
  for (const [label, value] of EDITS) await edit(label, value);
  // A new window is one pass over every purchase, then kept.
  await page.getByLabel("Condition 1: period").selectOption({ label: "in the last 365 days" });
  await settled(page);
  await page.getByRole("button", { name: "Add a condition", exact: true }).click();
  await page.getByLabel("Condition 2: what to look at").selectOption({ label: "Name" });
  await page.getByLabel("Condition 2: how to compare").selectOption({ label: "contains" });
  for (const v of ["a", "an", "ann"]) await edit("Condition 2: value", v);
  const times = (await page.evaluate(() => performance.getEntriesByName("karibu:segment").map((m) => m.duration))).sort((a, b) => a - b);
  const longest = await page.evaluate(() => Math.max(...window.__segmentTasks));
  return { times, longest };
}
