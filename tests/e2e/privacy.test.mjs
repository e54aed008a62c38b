// Data-subject requests used as an owner would, by accessible names: record an access
// request, download the person's bundle and open it; record an erasure request, erase
// (removing the mention in another customer's note), see the check pass and the
// register show only a pseudonym; then find no trace of the person in any store.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, dumpBook } from "./support.mjs";
import { assertAccessible } from "./axe.mjs";

let server, browser, page;

before(async () => {
  server = await startServer(8197);
  browser = await launch();
  page = browser.page;
});

after(async () => {
  await browser.context.close();
  await server.close();
});

/** The entries of a zip whose files are stored uncompressed, by name. */
function unzipStored(bytes) {
  const files = {};
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    assert.equal(bytes.readUInt16LE(at + 8), 0, "stored, not compressed");
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString();
    const start = at + 30 + nameLength + extraLength;
    files[name] = bytes.subarray(start, start + size).toString("utf8");
    at = start + size;
  }
  return files;
}

async function addCustomer({ given, family, phone, email }) {
  await page.goto(server.url + "/customers/new");
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill(family);
  await page.getByLabel("Phone", { exact: true }).fill(phone);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: `${given} ${family}` }).waitFor();
}

async function addNote(text) {
  await page.getByLabel("What happened").fill(text);
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByText(text).waitFor();
}

test("an access request is answered with a bundle of the person's data", async () => {
  await page.goto(server.url + "/?demo=30&seed=4");
  await page.getByText("30 customers", { exact: true }).waitFor({ timeout: 120_000 });
  await addCustomer({ given: "Tunde", family: "Oyelaran", phone: "+254 733 100 200", email: "tunde@example.net" });
  await addNote("Came in with Zawadi Mwakilema, her neighbour");
  await addCustomer({ given: "Zawadi", family: "Mwakilema", phone: "+254 712 998 431", email: "zawadi.mw@example.net" });
  await addNote("Orders sourdough on Fridays");

  await page.getByRole("heading", { name: "Data protection" }).waitFor();
  await page.getByText("No requests recorded.").waitFor();
  await page.getByLabel("Request", { exact: true }).selectOption({ label: "Access (a copy of their data)" });
  await page.getByRole("button", { name: "Record request" }).click();
  await page.getByText("Request recorded.").waitFor();
  await page.getByText(/^Received .* · Answer due in 1 month|^Received .* · Answer due in \d+ days/).waitFor();
  await assertAccessible(page, "customer page with a data request");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download their data (zip)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^karibu-access-bundle-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = join(await mkdtemp(join(tmpdir(), "karibu-bundle-")), download.suggestedFilename());
  await download.saveAs(file);
  const files = unzipStored(await readFile(file));
  assert.deepEqual(Object.keys(files).sort(), ["data.json", "index.html", "schema.json"]);
  const data = JSON.parse(files["data.json"]);
  assert.equal(data.format, "karibu-access-bundle");
  assert.equal(data.version, 1);
  assert.equal(data.profile.name.given, "Zawadi");
  assert.deepEqual(data.profile.emails, ["zawadi.mw@example.net"]);
  assert.equal(data.timeline[0].text, "Orders sourdough on Fridays");
  assert.equal(data.requests[0].kind, "access");
  assert.ok(!files["data.json"].includes("Oyelaran") && !files["index.html"].includes("Oyelaran"), "nobody else");
  JSON.parse(files["schema.json"]);

  // The readable page opens on its own, in the owner's language.
  const reader = await browser.context.newPage();
  await reader.setContent(files["index.html"]);
  await reader.getByRole("heading", { level: 1, name: "Personal data held about Zawadi Mwakilema" }).waitFor();
  await reader.getByRole("cell", { name: "Orders sourdough on Fridays" }).waitFor();
  await reader.close();
});

test("an erasure request: erase, see the check pass, the register keep only a code", async () => {
  await page.getByLabel("Request", { exact: true }).selectOption({ label: "Erasure" });
  await page.getByRole("button", { name: "Record request" }).click();
  await page.getByText("Request recorded.").waitFor();
  await page.getByRole("link", { name: "Erase this person…" }).click();
  await page.getByRole("heading", { level: 1, name: "Erase Zawadi Mwakilema" }).waitFor();
  const mention = page.getByLabel("Remove the mention in Tunde Oyelaran's record");
  await mention.waitFor();
  await assertAccessible(page, "erase page with a mention to confirm");
  await mention.check();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Erase for good" }).click();
  await page.getByRole("heading", { level: 1, name: "Erased" }).waitFor({ timeout: 60_000 });
  await page.getByText(/^Check passed: all \d+ stored records were read.* Their erasure request is marked answered\.$/).waitFor();

  await page.getByRole("link", { name: "Open the data requests" }).click();
  await page.getByRole("heading", { level: 1, name: "Data requests" }).waitFor();
  const cards = page.locator(".card.request");
  assert.equal(await cards.count(), 2);
  const texts = await cards.allInnerTexts();
  for (const text of texts) {
    assert.match(text, /Erased person \(code [0-9a-f]{16}\)/);
    assert.doesNotMatch(text, /Zawadi/);
  }
  assert.ok(texts.some((t) => /^Erasure/.test(t) && /· Done$/m.test(t)), texts.join("\n---\n"));
  await assertAccessible(page, "data requests register");

  // Tunde's note keeps its words, without hers.
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByText("31 customers", { exact: true }).waitFor();
  await page.getByRole("searchbox").fill("Oyelaran");
  await page.getByRole("link", { name: /Tunde Oyelaran/ }).first().click();
  await page.getByText("Came in with […], her neighbour").waitFor();

  const dump = JSON.stringify(await dumpBook(page));
  // (Demo data may hold another Zawadi: the family name is hers alone.)
  for (const trace of ["Mwakilema", "712998431", "zawadi.mw@example.net"]) {
    const at = dump.indexOf(trace);
    assert.ok(at < 0, `${trace} is still stored: ${dump.slice(Math.max(0, at - 300), at + 100)}`);
  }
});
