// Kiosque's demonstration reader: plain DOM, public API only. Every text from the API goes through
// textContent; the only HTML inserted is a search snippet, which the contract documents as escaped but for <mark>.
const view = document.getElementById("view");

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null) node.append(child);
  }
  return node;
}

async function api(path, options = {}) {
  // no-cache: revalidate with the ETag (a cheap 304) so that a reader sees their own comment counted at once
  const response = await fetch(path, { cache: "no-cache", ...options, headers: { Accept: "application/json", ...(options.headers || {}) } });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.detail || `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.retryAfter = response.headers.get("Retry-After");
    throw error;
  }
  return body;
}

/** A UUID v4; crypto.randomUUID exists only on HTTPS and localhost, getRandomValues everywhere. */
function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });
const formatDate = (iso) => (iso ? dateFormat.format(new Date(iso)) : "");
const plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;

async function showList() {
  const page = await api("/api/articles?size=20&fields=id,slug,title,publishedAt,commentCount");
  view.replaceChildren(
    el("h1", {}, "À la une"),
    el("ul", { class: "articles" }, page.items.map((a) =>
      el("li", {}, el("a", { href: `#/articles/${a.slug}` }, a.title),
        el("div", { class: "meta" }, `${formatDate(a.publishedAt)} · ${plural(a.commentCount, "commentaire", "commentaires")}`)))));
}

async function showSearch(q) {
  const page = await api(`/api/search?q=${encodeURIComponent(q)}&size=20`);
  const hits = page.items.map((hit) => {
    const snippet = el("p", { class: "snippet" });
    snippet.innerHTML = hit.snippet; // documented: escaped text with <mark> only
    const target = `#/articles/${hit.slug}${hit.blockId ? `?block=${hit.blockId}` : ""}`;
    return el("li", { class: "hit" }, el("a", { href: target }, hit.title),
      el("div", { class: "meta" }, hit.type === "quote" ? `Citation${hit.speaker ? ` de ${hit.speaker}` : ""}` : "Article"), snippet);
  });
  view.replaceChildren(el("h1", {}, `Recherche : ${q}`), el("p", { class: "status" }, plural(page.totalItems, "résultat", "résultats")),
    el("ul", { class: "articles" }, hits));
}

/** The block's text with its top-level quotes marked and their speakers named. Offsets are UTF-16, like JS strings. */
function blockText(text, quotes) {
  const parts = [];
  let at = 0;
  for (const quote of quotes.filter((q) => q.parentId === null).sort((a, b) => a.start - b.start)) {
    if (quote.start < at) continue;
    parts.push(text.slice(at, quote.start));
    parts.push(el("mark", { class: "quote", "data-quote-id": quote.id, title: quote.speaker ? `Propos de ${quote.speaker}` : "Citation" },
      text.slice(quote.start, quote.end)));
    at = quote.end;
    if (quote.speaker) {
      const close = text.slice(at).match(/^[\s\u00a0\u202f]*[»”"]/);
      if (close) {
        parts.push(close[0]);
        at += close[0].length;
      }
      parts.push(el("cite", { class: "speaker" }, `(${quote.speaker})`));
    }
  }
  parts.push(text.slice(at));
  return parts;
}

function commentNode(comment) {
  return el("article", { class: "comment", id: `comment-${comment.id}` },
    el("header", {}, `${comment.authorName} · ${formatDate(comment.createdAt)}`),
    el("p", {}, comment.body),
    (comment.replies || []).map(commentNode));
}

function flatten(comments, into = []) {
  for (const c of comments) {
    into.push(c);
    flatten(c.replies || [], into);
  }
  return into;
}

async function showArticle(slug, blockId) {
  const path = `/api/articles/${encodeURIComponent(slug)}`;
  const [article, quotes, thread] = await Promise.all([api(path), api(`${path}/quotes`), api(`${path}/comments?limit=100`)]);
  const perParagraph = new Map();
  for (const c of flatten(thread.items)) {
    if (c.paragraphId) perParagraph.set(c.paragraphId, (perParagraph.get(c.paragraphId) || 0) + 1);
  }
  const blocks = article.blocks.map((block) => {
    if (block.type === "ad") {
      return el("aside", { class: "ad", id: `block-${block.id}`, "aria-label": "Emplacement publicitaire" }, "Publicité");
    }
    if (block.type === "heading") {
      return el("h2", { class: "block", id: `block-${block.id}` }, block.text);
    }
    const count = perParagraph.get(block.id);
    return el("p", { class: `block${block.lead ? " lead" : ""}`, id: `block-${block.id}`, "data-block-id": block.id },
      blockText(block.text, quotes.filter((q) => q.paragraphId === block.id)),
      count ? el("a", { class: "count", href: "#comments", title: "Commentaires sur ce paragraphe" }, plural(count, "commentaire", "commentaires")) : null);
  });
  const paragraphs = article.blocks.filter((b) => b.type === "paragraph");
  view.replaceChildren(
    el("article", { lang: article.language },
      el("h1", {}, article.title),
      el("div", { class: "meta" }, [formatDate(article.publishedAt), article.authors.join(", "), `${article.readingTimeMinutes} min de lecture`]
        .filter(Boolean).join(" · ")),
      blocks,
      article.corrections?.length ? el("section", { class: "corrections", "aria-label": "Corrections et mises à jour" },
        article.corrections.map((c) => el("p", { class: `correction ${c.type}` },
          el("strong", {}, `${c.type === "update" ? "Mise à jour" : "Correction"} du ${formatDate(c.datePublished)} : `), c.text))) : null),
    el("section", { class: "comments", id: "comments" },
      el("h2", {}, plural(article.commentCount, "commentaire", "commentaires")),
      thread.items.length ? thread.items.map(commentNode) : el("p", { class: "status" }, "Soyez le premier à réagir."),
      commentForm(slug, paragraphs)));
  if (blockId) {
    const target = document.getElementById(`block-${blockId}`);
    target?.classList.add("target");
    target?.scrollIntoView({ block: "center" });
  }
}

function commentForm(slug, paragraphs) {
  const notice = el("div", { role: "status" });
  const form = el("form", { class: "comment-form" },
    el("label", {}, "Votre nom", el("input", { name: "authorName", required: "", maxlength: "80", autocomplete: "nickname" })),
    el("label", {}, "Votre commentaire", el("textarea", { name: "body", required: "", rows: "4", maxlength: "5000" })),
    el("label", {}, "À propos de",
      el("select", { name: "paragraphId" }, el("option", { value: "" }, "l’article en entier"),
        paragraphs.map((p, i) => el("option", { value: p.id }, `paragraphe ${i + 1} : ${p.text.slice(0, 50)}…`)))),
    el("button", { type: "submit" }, "Publier"),
    notice);
  // One key per comment: a retry after a network failure sends the same key, so the comment is never doubled.
  let idempotencyKey = null;
  let keyedBody = null;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const comment = { authorName: data.get("authorName"), body: data.get("body") };
    if (data.get("paragraphId")) comment.paragraphId = Number(data.get("paragraphId"));
    const body = JSON.stringify(comment);
    if (body !== keyedBody) {
      idempotencyKey = newKey();
      keyedBody = body;
    }
    form.querySelector("button").disabled = true;
    try {
      const receipt = await api(`/api/articles/${encodeURIComponent(slug)}/comments`, {
        method: "POST", body, headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
      });
      keyedBody = null;
      if (receipt.status === "pending") {
        notice.className = "notice";
        notice.textContent = "Merci ! Votre commentaire est en attente de modération.";
        form.reset();
      } else {
        await showArticle(slug);
        document.getElementById(`comment-${receipt.id}`)?.scrollIntoView({ block: "center" });
      }
    } catch (error) {
      notice.className = "notice error";
      notice.textContent = error.status === 429
        ? `Trop de commentaires d’affilée : réessayez dans ${error.retryAfter || "quelques"} secondes.`
        : `Commentaire non publié : ${error.message}`;
    } finally {
      form.querySelector("button").disabled = false;
    }
  });
  return form;
}

async function route() {
  const [rawPath, query] = location.hash.slice(1).split("?");
  const params = new URLSearchParams(query || "");
  try {
    const path = decodeURIComponent(rawPath || "/"); // throws URIError on a stray % (#/%): no such page
    if (path.startsWith("/articles/")) {
      await showArticle(path.slice("/articles/".length), params.get("block"));
    } else if (path === "/search") {
      await showSearch(params.get("q") || "");
    } else {
      await showList();
    }
  } catch (error) {
    const notFound = error.status === 404 || error instanceof URIError;
    view.replaceChildren(el("p", { class: "notice error" }, notFound ? "Article introuvable." : `Erreur : ${error.message}`));
  }
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get("q").trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
route();
