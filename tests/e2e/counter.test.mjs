// The counter and the loyalty programme used as a shop would, at phone width, by roles
// and accessible names: find, sell, earn, redeem, void, reload, and the owner's pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch } from "./support.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8184);
  browser = await launch({ viewport: { width: 390, height: 844 } });
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

const card = () => page.locator(".loyalty-card");

async function addCustomer(given, family, phone) {
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill(family);
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: `${given} ${family}` }).waitFor();
}

test("a sale at the counter takes three interactions and earns points", async () => {
  await page.goto(server.url + "/");
  await page.getByText("No customers yet").waitFor();
  await addCustomer("Amina", "Odhiambo", "+254 712 000 111");
  await page.getByRole("link", { name: "Counter" }).click();

  // 1: type part of the name; 2: tap the customer; 3: type the amount and press Enter.
  await page.getByLabel("Customer: name or phone").fill("amin");
  await page.getByRole("button", { name: /Amina Odhiambo/ }).click();
  const amount = page.getByLabel("Amount (KES)");
  await amount.fill("25000");
  await amount.press("Enter");

  await page.getByText(/Sale of \W*KES\s25,000\.00\W* recorded/).waitFor();
  // 250 for the amount (1 per 100) + 5 for the visit.
  await page.getByText("+255 points").waitFor();
  // The balance is reread after the sale is stored: wait for it, do not race it.
  const balance = card().getByTestId("balance");
  for (let i = 0; i < 100 && (await balance.innerText()) !== "255 points"; i++) await page.waitForTimeout(50);
  assert.equal(await balance.innerText(), "255 points");
  assert.equal(await card().getByTestId("tier").innerText(), "Bronze");
  await card().getByText("245 points more to Silver").waitFor();
  await card().getByRole("button", { name: "Redeem Free coffee for 100 points" }).waitFor();
});

test("bad amounts are explained and nothing is recorded", async () => {
  await page.getByRole("button", { name: "Next sale" }).click();
  await page.getByLabel("Customer: name or phone").fill("712 000");
  await page.getByRole("button", { name: /Amina Odhiambo/ }).click();
  const amount = page.getByLabel("Amount (KES)");
  for (const [typed, message] of [
    ["-5", "The amount can't be negative."],
    ["12.345", "The amount has too many decimals: at most 2."],
    ["0", "The amount must be more than zero."],
  ]) {
    await amount.fill(typed);
    await amount.press("Enter");
    await page.getByText(message).waitFor();
    assert.equal(await amount.getAttribute("aria-invalid"), "true");
    assert.equal(await card().getByTestId("balance").innerText(), "255 points", "nothing stored");
  }
  // The second sale lifts Amina into Silver.
  await amount.fill("30000");
  await amount.press("Enter");
  await page.getByText("+305 points").waitFor();
  await card().getByText("560 points", { exact: true }).waitFor();
  assert.equal(await card().getByTestId("tier").innerText(), "Silver");
});

test("a reward is redeemed and the balance drops", async () => {
  await card().getByRole("button", { name: "Redeem 10% off for 250 points" }).click();
  await card().getByText("10% off redeemed").waitFor();
  await card().getByText("310 points", { exact: true }).waitFor();
});

test("the customer page shows points, purchases and history; refusals and voids", async () => {
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByRole("link", { name: /Amina Odhiambo/ }).click();
  await card().getByText("310 points", { exact: true }).waitFor();

  // Taking away more than the balance is refused with the figures.
  await page.getByText("Adjust points").click();
  await page.getByLabel("Points to add (use − to take away)").fill("-1000");
  await page.getByLabel("Reason").fill("testing");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByText("Can't take away 1,000 points: the balance is 310.").waitFor();

  // Correcting the first sale upwards earns the difference: 275 points now, not 255.
  await page.getByRole("button", { name: /Edit purchase of KES\s25,000\.00/ }).click();
  await page.getByLabel("Amount", { exact: true }).fill("27000");
  await page.getByRole("button", { name: "Save" }).click();
  await card().getByText("330 points", { exact: true }).waitFor();

  // Voiding the second sale takes back its 305 points and keeps it, marked.
  await page.getByRole("button", { name: /Void purchase of KES\s30,000\.00/ }).click();
  await page.getByRole("button", { name: "Void", exact: true }).click();
  await page.getByText("Give a reason for voiding.").waitFor();
  await page.getByLabel("Reason for voiding").fill("rang up twice");
  await page.getByRole("button", { name: "Void", exact: true }).click();
  await page.getByText("Voided: rang up twice", { exact: true }).waitFor();
  await card().getByText("25 points", { exact: true }).waitFor();
  assert.equal(await card().getByTestId("tier").innerText(), "Bronze");
});

test("after a reload every purchase, entry, balance and tier is still there", async () => {
  await page.reload();
  await card().getByText("25 points", { exact: true }).waitFor();
  assert.equal(await card().getByTestId("tier").innerText(), "Bronze");
  await page.getByText("Voided: rang up twice", { exact: true }).waitFor();
  await page.getByText(/1 purchase, \W*KES\s27,000\.00\W* in all/).waitFor();
  const history = page.locator(".ledger-table tr");
  assert.equal(await history.count(), 5, "earn, earn, redeem, the edit's earn, reversal");
  await page.getByRole("cell", { name: "Redeemed: 10% off" }).waitFor();
  await page.getByRole("cell", { name: "Taken back, purchase voided: rang up twice" }).waitFor();

  // Deleting someone who holds points asks first, saying so; declining keeps everything.
  page.once("dialog", async (dialog) => {
    assert.match(dialog.message(), /They hold 25 points/);
    await dialog.dismiss();
  });
  await page.getByRole("button", { name: "Delete" }).click();
  await card().getByText("25 points", { exact: true }).waitFor();
});

test("a walk-in sale needs no customer, earns nothing and counts in sales", async () => {
  await page.getByRole("link", { name: "Counter" }).click();
  await page.getByRole("button", { name: "Walk-in sale (no customer)" }).click();
  const amount = page.getByLabel("Amount (KES)");
  await amount.fill("500");
  await amount.press("Enter");
  await page.getByText(/Sale of \W*KES\s500\.00\W* recorded/).waitFor();
  assert.equal(await page.getByText(/^\+\d+ points$/).count(), 0, "no points for a walk-in");
  assert.equal(await page.locator(".loyalty-card").count(), 0);
});

test("the programme's figures add up", async () => {
  await page.getByRole("link", { name: "Loyalty" }).click();
  const figure = (name) => page.locator(".figures div", { hasText: name }).locator("dd");
  await figure("Points issued").waitFor();
  assert.equal(await figure("Points issued").innerText(), "580");
  assert.equal(await figure("Points redeemed").innerText(), "250");
  assert.equal(await figure("Points still owed to customers").innerText(), "25");
  assert.equal(await figure("Redemption rate").innerText(), "43.1%");
  await page.getByRole("rowheader", { name: "Bronze" }).waitFor();
  // This month's sales: Amina's corrected KES 27,000 and the walk-in's KES 500 (the
  // voided sale does not count).
  await page.getByRole("cell", { name: /KES\s27,500\.00/ }).waitFor();
});

test("programme settings name a bad field and save a new version", async () => {
  await page.goto(server.url + "/settings/loyalty");
  const visit = page.getByLabel("Points for each visit");
  await visit.fill("lots");
  await page.getByRole("button", { name: "Save programme" }).click();
  await page.getByText("A whole number, 0 or more.").waitFor();
  assert.equal(await visit.getAttribute("aria-invalid"), "true");
  await visit.fill("10");
  await page.getByRole("button", { name: "Add reward" }).click();
  const names = page.getByLabel("Reward", { exact: true });
  await names.last().fill("Free cake");
  await page.getByLabel("Cost in points").last().fill("180");
  await page.getByRole("button", { name: "Save programme" }).click();
  await page.getByText("Programme saved (version 2)").waitFor();
  await page.reload();
  assert.equal(await page.getByLabel("Points for each visit").inputValue(), "10");
  assert.equal(await page.getByLabel("Reward", { exact: true }).last().inputValue(), "Free cake");
  assert.deepEqual(browser.foreign, [], "no request left the origin");
  assert.deepEqual(browser.errors, []);
});

test("an amount typed with Urdu or Persian digits is understood", async () => {
  await page.goto(server.url + "/counter");
  await page.getByLabel("Customer: name or phone").fill("amin");
  await page.getByRole("button", { name: /Amina Odhiambo/ }).click();
  const amount = page.getByLabel("Amount (KES)");
  // What an Urdu or Persian phone keyboard types for 1,250.50.
  await amount.fill("۱٬۲۵۰٫۵۰");
  await amount.press("Enter");
  await page.getByText(/Sale of \W*KES\s1,250\.50\W* recorded/).waitFor();
});
