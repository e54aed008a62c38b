// A second tab that missed the news (asleep, frozen) still shows customers the first
// tab deleted. Editing, tagging or selling to them there is refused and said, and the
// store keeps no trace of them: checked in a dump of every object store.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, dumpBook } from "./support.mjs";

let server, browser, tabA, tabB, tabC;
const PEOPLE = [
  ["Editha", "Stale", "+254 700 000 001"],
  ["Tagwa", "Stale", "+254 700 000 002"],
  ["Selina", "Stale", "+254 700 000 003"],
];

// A tab that can be made deaf to other tabs, as a frozen or sleeping tab is.
async function sleepyTab() {
  const tab = await browser.context.newPage();
  await tab.addInitScript(() => {
    const Real = window.BroadcastChannel;
    window.BroadcastChannel = class extends Real {
      set onmessage(handler) {
        super.onmessage = (e) => {
          if (!window.__karibuAsleep) handler(e);
        };
      }
      get onmessage() {
        return super.onmessage;
      }
    };
  });
  return tab;
}

before(async () => {
  server = await startServer(8187);
  browser = await launch();
  tabA = browser.page;
  tabB = await sleepyTab();
  tabC = await sleepyTab();
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const list = (page) => page.getByRole("list", { name: "Customer list" });
const deletedMessage = /This customer was deleted \(perhaps in another tab\), so nothing was saved/i;
const asleep = (tab) => tab.evaluate(() => (window.__karibuAsleep = true));

async function addCustomer(page, [given, family, phone]) {
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill(family);
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: `${given} ${family}` }).waitFor();
}

/// Every mention of the deleted people's given names, in any store.
function traces(dump) {
  const names = PEOPLE.map(([given]) => given);
  return JSON.stringify(dump).match(new RegExp(names.join("|"), "g")) || [];
}

test("tabs that missed a delete cannot bring the customers back", async () => {
  await tabA.goto(server.url + "/");
  await tabA.getByText("No customers yet").waitFor();
  for (const person of PEOPLE) await addCustomer(tabA, person);
  await addCustomer(tabA, ["Kept", "Fresh", "+254 700 000 009"]);

  // Tab B has the first one's edit form open, tab C the list; then both fall asleep.
  await tabB.goto(server.url + "/");
  await list(tabB).getByRole("link", { name: /Editha Stale/ }).click();
  await tabB.getByRole("link", { name: "Edit" }).click();
  await tabC.goto(server.url + "/");
  await list(tabC).getByRole("link", { name: /Selina Stale/ }).waitFor();
  await asleep(tabB);
  await asleep(tabC);

  // Tab A deletes the three.
  await tabA.getByRole("link", { name: "Customers" }).click();
  for (const [given, family] of PEOPLE) {
    await list(tabA).getByRole("checkbox", { name: `Select ${given} ${family}` }).check();
  }
  const beforeDelete = await dumpBook(tabA);
  await tabA.getByRole("button", { name: "Delete selected" }).click();
  await tabA.getByText("3 deleted").waitFor();
  const afterDelete = await dumpBook(tabA);
  assert.deepEqual(traces(afterDelete), [], "the delete left no name behind");

  // The edit, from the stale form.
  await tabB.getByLabel("About (favourite drink, allergies…)").fill("Still here?");
  await tabB.getByRole("button", { name: "Save" }).click();
  await tabB.getByText(deletedMessage).waitFor();

  // A sale at the stale counter.
  await tabC.getByRole("link", { name: "Counter" }).click();
  await tabC.getByLabel("Customer: name or phone").fill("Selina");
  await tabC.getByRole("button", { name: /Selina Stale/ }).click();
  const amount = tabC.getByLabel("Amount (KES)");
  await amount.fill("500");
  await amount.press("Enter");
  await tabC.getByText(deletedMessage).waitFor();

  // A tag, from the stale list.
  await tabC.getByRole("link", { name: "Customers" }).click();
  await list(tabC).getByRole("checkbox", { name: "Select Tagwa Stale" }).check();
  await tabC.getByLabel("Tag to add to or remove from the selected customers").fill("ghost");
  await tabC.getByRole("button", { name: "Add tag" }).click();
  await tabC.getByText(deletedMessage).waitFor();

  // What the owner was told (nothing saved) is what the store holds.
  assert.deepEqual(await dumpBook(tabA), afterDelete, "the refused writes wrote nothing");

  // The undo in tab A brings back exactly one copy of each, as they were.
  await tabA.getByRole("button", { name: "Undo" }).click();
  await tabA.getByText("4 customers").waitFor();
  const restored = await dumpBook(tabA);
  assert.deepEqual(traces(restored).sort(), traces(beforeDelete).sort(), "one copy each, as before");
  assert.ok(!JSON.stringify(restored).includes("Still here?"));
  assert.ok(!JSON.stringify(restored).includes("ghost"));
  assert.deepEqual(browser.foreign, []);
});
