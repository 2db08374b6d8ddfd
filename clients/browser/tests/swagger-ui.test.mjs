import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE, SEED, TOKEN, openBrowser } from "./browser.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** The operation block of Swagger UI for a method and path, expanded, in "Try it out" mode. */
async function tryOut(page, method, path) {
  const block = page.locator(`.opblock-${method}:has(.opblock-summary-path[data-path="${path}"])`).first();
  await block.locator(".opblock-summary").first().click();
  await block.locator("button.try-out__btn").click();
  return block;
}

async function execute(block) {
  await block.locator("button.execute").click();
  const status = block.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor();
  return (await status.innerText()).trim();
}

test("Swagger UI authorizes with a token and runs GET article and POST comment", async () => {
  assert.ok(TOKEN, "KIOSQUE_TOKEN names a token to authorize with");
  const { page } = browser;
  const sent = [];
  page.on("request", (request) => { if (request.url().includes("/api/")) sent.push(request); });
  await page.goto(`${BASE}/q/swagger-ui`);
  await page.locator(".swagger-ui .info .title").waitFor();
  assert.match(await page.locator(".swagger-ui .info .title").innerText(), /Kiosque/);

  await page.locator("button.btn.authorize").first().click();
  const dialog = page.locator(".dialog-ux .modal-ux");
  await dialog.locator("input").first().fill(TOKEN);
  await dialog.locator("button.auth.authorize").click();
  await dialog.locator("button.btn-done").click();

  const get = await tryOut(page, "get", "/api/articles/{idOrSlug}");
  await get.locator('tr[data-param-name="idOrSlug"] input').fill(SEED);
  assert.equal(await execute(get), "200");
  const getRequest = sent.find((r) => r.method() === "GET" && r.url().includes(SEED));
  assert.equal(getRequest?.headers()["authorization"], `Bearer ${TOKEN}`, "the token set in Authorize is sent");
  assert.match(await get.locator(".live-responses-table tr.response .response-col_description").first().innerText(), /amitié invincible/);

  const post = await tryOut(page, "post", "/api/articles/{idOrSlug}/comments");
  await post.locator('tr[data-param-name="idOrSlug"] input').fill(SEED);
  await post.locator('tr[data-param-name="Idempotency-Key"] input').fill(crypto.randomUUID());
  await post.locator("textarea.body-param__text").fill(JSON.stringify({ authorName: "Swagger UI", body: "Essai depuis Swagger UI : « ça marche »." }));
  assert.equal(await execute(post), "201");

  await browser.screenshot("swagger-ui.png");
  assert.deepEqual(browser.errors, []);
});
