// Two tabs on one book, and working on several customers at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";

let server, browser, tabA, tabB;

before(async () => {
  server = await startServer(8182);
  browser = await launch();
  tabA = browser.page;
  await tabA.goto(server.url + "/");
  await tabA.getByText("No customers yet").waitFor();
  tabB = await browser.context.newPage();
  await tabB.goto(server.url + "/");
  await tabB.getByText("No customers yet").waitFor();
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const list = (page) => page.getByRole("list", { name: "Customer list" });

test("a customer added in one tab appears in the other without a reload", async () => {
  await tabA.getByRole("link", { name: "Add customer" }).click();
  await tabA.getByLabel("Given name").fill("Baraka");
  await tabA.getByLabel("Family name").fill("Mwangi");
  await tabA.getByRole("button", { name: "Save" }).click();
  await tabA.getByRole("heading", { name: "Baraka Mwangi" }).waitFor();
  await list(tabB).getByRole("link", { name: /Baraka Mwangi/ }).waitFor();
});

test("two tabs editing the same customer: the second save is refused, its text kept", async () => {
  await list(tabB).getByRole("link", { name: /Baraka Mwangi/ }).click();
  await tabB.getByRole("link", { name: "Edit" }).click();
  await tabA.getByRole("link", { name: "Edit" }).click();
  const about = "About (favourite drink, allergies…)";
  await tabA.getByLabel(about).waitFor();
  await tabB.getByLabel(about).fill("Black coffee");
  await tabB.getByRole("button", { name: "Save" }).click();
  await tabB.getByRole("heading", { name: "Baraka Mwangi" }).waitFor();
  await tabA.getByLabel(about).fill("Masala chai");
  await tabA.getByRole("button", { name: "Save" }).click();
  await tabA.getByText("This was changed in another tab meanwhile").waitFor();
  assert.equal(await tabA.getByLabel(about).inputValue(), "Masala chai");
  await tabB.getByText("Black coffee").waitFor();
});

test("demo data loads with progress, then several customers are tagged and deleted with undo", async () => {
  await tabA.getByRole("link", { name: "Settings" }).click();
  await tabA.getByLabel("How many demo customers").fill("60");
  await tabA.getByRole("button", { name: "Add demo customers" }).click();
  await tabA.getByText("Added 60 of 60").waitFor();
  await tabA.getByRole("link", { name: "Customers" }).click();
  await tabA.getByText("61 customers").waitFor();

  const boxes = list(tabA).getByRole("checkbox");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await tabA.getByText("2 selected").waitFor();
  await tabA.getByLabel("Tag to add to or remove from the selected customers").fill("catering");
  await tabA.getByRole("button", { name: "Add tag" }).click();
  await tabA.getByLabel("Filter by tag").selectOption("catering");
  await tabA.getByText("2 customers", { exact: true }).waitFor();

  // One field set for both at once, checked as the form checks it.
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await tabA.getByLabel("Set the field").selectOption({ label: "Language" });
  await tabA.getByLabel("to (empty clears it)").fill("Kiswahili please");
  await tabA.getByRole("button", { name: "Set for selected" }).click();
  await tabA.getByText(/use a language code/).first().waitFor();
  // A language no demo customer has, so both change.
  await tabA.getByLabel("to (empty clears it)").fill("xh");
  await tabA.getByRole("button", { name: "Set for selected" }).click();
  await tabA.getByText(/2\W*customers changed/).waitFor();

  // Demo customers usually hold points; if these do, the delete asks first and says so.
  const questions = [];
  tabA.once("dialog", async (dialog) => {
    questions.push(dialog.message());
    await dialog.accept();
  });
  await tabA.getByRole("button", { name: "Delete selected" }).click();
  await tabA.getByText("2 deleted").waitFor();
  for (const q of questions) assert.match(q, /^Delete 2 customers\? Between them they hold \d+ points/);
  await tabA.getByText("No customer matches").waitFor();
  await tabA.getByRole("button", { name: "Undo" }).click();
  await tabA.getByText("2 customers", { exact: true }).waitFor();
  assert.deepEqual(browser.foreign, []);
  assert.deepEqual(browser.errors, []);
});
