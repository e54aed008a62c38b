// The three things done all day, with the keyboard alone: add a customer, add a note,
// record a sale at the counter. Every control reached on the way shows where the focus
// is.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";

let server, browser, page;
before(async () => {
  server = await startServer(4192);
  browser = await launch();
  page = browser.page;
});
after(async () => {
  await browser?.context.close();
  await server?.close();
});

/// What the focused element is called and whether the focus can be seen on it.
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: "", visible: true };
    const name = (el.labels?.[0]?.textContent || el.getAttribute("aria-label") || el.textContent || "").trim();
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
    return { name, visible, tag: el.tagName, how: `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow} ${el.matches(":focus")} ${document.hasFocus()} ${el.matches(":focus-within")}` };
  });

/// Presses Tab until the control called `name` has the focus, checking on the way that
/// each control shows its focus.
async function tabTo(name) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const now = await focused();
    if (now.name) assert.ok(now.visible, `focus is not visible on “${now.name}” (${now.tag}: ${now.how})`);
    if (typeof name === "string" ? now.name === name : name.test(now.name)) return;
  }
  assert.fail(`Tab never reached “${name}”`);
}

test("add a customer, a note and a sale with the keyboard alone", async () => {
  await page.goto(server.url + "/");
  await page.getByRole("heading", { name: "Customers" }).waitFor();

  await tabTo("Add customer");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "New customer" }).waitFor();
  await tabTo("Given name");
  await page.keyboard.type("Kofi");
  await tabTo("Family name");
  await page.keyboard.type("Mensah");
  await tabTo("Phone");
  await page.keyboard.type("+254 722 000 111");
  await tabTo("Save");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Kofi Mensah" }).waitFor();

  await tabTo("What happened");
  await page.keyboard.type("Prefers the window seat");
  await tabTo("Add to timeline");
  await page.keyboard.press("Enter");
  await page.getByText("Prefers the window seat").waitFor();

  await tabTo("Counter");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "At the counter" }).waitFor();
  await tabTo("Customer: name or phone");
  await page.keyboard.type("Kofi");
  await tabTo(/Kofi Mensah/);
  await page.keyboard.press("Enter");
  await tabTo("Amount (KES)");
  await page.keyboard.type("300");
  await page.keyboard.press("Enter");
  await page.getByText(/Sale of \W*KES\s300\.00\W* recorded/).waitFor();
});
