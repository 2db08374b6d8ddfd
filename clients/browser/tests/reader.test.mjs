import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BASE, SEED, TOKEN, openBrowser } from "./browser.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test("the reader page shows the seed article as structured content", async () => {
  const { page } = browser;
  const article = await (await fetch(`${BASE}/api/articles/${SEED}`)).json();
  await page.goto(`${BASE}/`);
  await page.getByRole("link", { name: article.title }).click();
  await page.locator("article h1").waitFor();

  assert.equal(await page.locator("article h1").textContent(), article.title, "the title with its guillemets and spaces, unchanged");
  const lead = article.blocks.find((b) => b.lead);
  assert.equal((await page.locator("p.lead").textContent()).startsWith(lead.text.slice(0, 40)), true);
  const headings = article.blocks.filter((b) => b.type === "heading").map((b) => b.text);
  assert.deepEqual(await page.locator("article h2.block").allTextContents(), headings);
  assert.equal(await page.locator("aside.ad").count(), article.blocks.filter((b) => b.type === "ad").length);
  assert.equal(await page.locator("aside.ad").first().textContent(), "Publicité");

  const quote = page.locator("mark.quote", { hasText: "amitié invincible" }).first();
  assert.equal(await quote.getAttribute("title"), "Propos de Vladimir Poutine");
  assert.match(await page.locator("cite.speaker").first().textContent(), /Vladimir Poutine/);
  assert.deepEqual(browser.errors, []);
});

test("the reader page posts a comment with an Idempotency-Key, counts it on its paragraph and says when it waits for moderation", async () => {
  const { page } = browser;
  const keys = [];
  page.on("request", (request) => {
    if (request.method() === "POST") keys.push(request.headers()["idempotency-key"]);
  });
  await page.goto(`${BASE}/#/articles/${SEED}`);
  const form = page.locator("form.comment-form");
  await form.waitFor();
  const author = `Lectrice ${Date.now()}`;
  await form.getByLabel("Votre nom").fill(author);
  await form.getByLabel("Votre commentaire").fill("Une « amitié invincible »… jusqu’à quand ?");
  await form.getByLabel("À propos de").selectOption({ index: 2 });
  const paragraphId = await form.getByLabel("À propos de").inputValue();
  const badge = page.locator(`#block-${paragraphId} .count`);
  const before = (await badge.count()) ? Number((await badge.textContent()).replace(/\D/g, "")) : 0;
  await form.getByRole("button", { name: "Publier" }).click();

  await page.locator(".comment header", { hasText: author }).waitFor();
  assert.match(keys[0] ?? "", /^[0-9a-f-]{36}$/, "the POST carries an Idempotency-Key");
  const after = Number((await badge.textContent()).replace(/\D/g, ""));
  assert.equal(after, before + 1, "the paragraph's comment count went up");
  const shown = await page.locator("article.comment").count();
  assert.match(await page.locator("#comments > h2").textContent(), new RegExp(`^${shown} commentaires?$`), "the article's count agrees with the thread");

  const held = page.locator("form.comment-form");
  await held.getByLabel("Votre nom").fill("Lien Lien");
  await held.getByLabel("Votre commentaire").fill("Voir https://a.example https://b.example https://c.example");
  await held.getByRole("button", { name: "Publier" }).click();
  await page.getByText("Votre commentaire est en attente de modération.").waitFor();
  assert.notEqual(keys[1], keys[0], "a new comment gets a new key");
  await browser.screenshot("reader-article.png");
  assert.deepEqual(browser.errors, []);
});

test("the reader page searches with marked snippets and opens the matching block", async () => {
  const { page } = browser;
  await page.goto(`${BASE}/`);
  await page.getByRole("searchbox", { name: "Rechercher" }).fill("cooperation militaire");
  await page.keyboard.press("Enter");
  const hit = page.locator("li.hit").first();
  await hit.waitFor();
  assert.ok((await hit.locator(".snippet mark").count()) >= 2, "both words marked");
  await browser.screenshot("reader-search.png");
  await hit.locator("a").click();
  await page.locator(".block.target").waitFor();
  assert.match(await page.locator(".block.target").textContent(), /coopération militaire/i, "the hit opens at the block that matched");
});

test("the reader page renders French typography exactly as written", async () => {
  const nbsp = "\u00a0";
  const narrow = "\u202f";
  const title = `Typographie${nbsp}: l’«${narrow}espace fine${narrow}» et les “guillemets” ${Date.now()}`;
  const paragraph = `Il a déclaré${nbsp}: «${nbsp}C’est l’été${nbsp}!${nbsp}» — puis s’est tu${narrow}; 12${narrow}000${nbsp}€ plus tard, œuvre, Ærø, naïve.`;
  const created = await fetch(`${BASE}/api/articles`, {
    method: "POST",
    headers: { "Content-Type": "text/plain; charset=utf-8", Authorization: `Bearer ${TOKEN}` },
    body: `${title}\n\n${paragraph}\n`,
  });
  assert.equal(created.status, 201);
  const { slug } = await created.json();
  const { page } = browser;
  await page.goto(`${BASE}/#/articles/${slug}`);
  await page.locator("article h1", { hasText: "Typographie" }).waitFor(); // a hash change re-renders without a reload
  assert.equal(await page.locator("article h1").textContent(), title);
  const text = await page.locator("p.block").first().evaluate((p) => {
    const copy = p.cloneNode(true);
    copy.querySelectorAll("cite, .count").forEach((added) => added.remove()); // the page's own additions
    return copy.textContent;
  });
  assert.equal(text, paragraph, "every space, apostrophe and guillemet kept");
});

test("the reader page shows the not-found view for a hash that is not a valid URI component", async () => {
  const { page } = browser;
  await page.goto("about:blank"); // a fresh load of the page, as from a pasted link
  await page.goto(`${BASE}/#/%`);
  await page.locator(".notice.error", { hasText: "Article introuvable." }).waitFor({ timeout: 5000 });
  assert.deepEqual(browser.errors, []);
});
