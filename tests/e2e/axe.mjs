// axe-core (from tests/node_modules, never fetched at test time) run inside the page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/// Runs axe-core on the page as it is now and fails with every violation of WCAG 2.1
/// A and AA, named by rule and element.
export async function assertAccessible(page, where) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; the
  // app itself still runs no inline script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " — " + n.failureSummary.split("\n")[1]),
    }));
  });
  assert.deepEqual(violations, [], `accessibility on ${where}`);
}
