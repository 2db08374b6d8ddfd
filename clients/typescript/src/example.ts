/**
 * What a front-end or mobile developer does with Kiosque, through a client typed from the committed contract:
 * list articles, open the seed article, read its quotes, post a comment over a flaky network (same
 * Idempotency-Key on every retry), and read the thread; then, as an editor, schedule an article (invisible to readers
 * until its publishAt, then published by itself), edit it and draw the diff between two of its versions. Exits
 * non-zero when Kiosque does not behave as promised.
 *
 *   KIOSQUE_TOKEN=<an editor's token> node dist/example.js http://localhost:8080
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./kiosque-api.js";

type Comment = components["schemas"]["Comment"];
type TextChange = components["schemas"]["TextChange"];

const baseUrl = process.argv[2] ?? "http://localhost:8080";
// JSON is the media type this program reads (articles also come as text and JSON-LD).
const kiosque = createClient<paths, "application/json">({ baseUrl });
const SEED = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";
const token = process.env.KIOSQUE_TOKEN;
const editor = createClient<paths, "application/json">({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

/** Retries on network errors, 429 and 5xx, waiting as Retry-After says; the same request (and key) each time. */
async function withRetries<T extends { response: Response }>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      const result = await attempt();
      const status = result.response.status;
      if ((status !== 429 && status < 500) || i === tries) {
        return result;
      }
      const wait = Number(result.response.headers.get("Retry-After") ?? "1");
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 5) * 1000));
    } catch (networkError) {
      if (i === tries) {
        throw networkError;
      }
    }
  }
}

async function main(): Promise<void> {
  const list = await kiosque.GET("/api/articles", { params: { query: { size: 5, fields: "id,slug,title" } } });
  check(list.data, `list articles: ${list.response.status}`);
  console.log(`${list.data.totalItems} published article(s); first: ${list.data.items?.[0]?.title}`);

  const article = await kiosque.GET("/api/articles/{idOrSlug}", { params: { path: { idOrSlug: SEED } } });
  check(article.data, `get the seed article: ${article.response.status}`);
  const blocks = article.data.blocks ?? [];
  const headings = blocks.filter((b) => b.type === "heading").length;
  const ads = blocks.filter((b) => b.type === "ad").length;
  console.log(`${article.data.title}: ${blocks.length} blocks, ${headings} headings, ${ads} ad slot(s)`);
  check(article.data.title?.includes("« amitié invincible »"), "the title keeps its guillemets");

  const quotes = await kiosque.GET("/api/articles/{idOrSlug}/quotes", { params: { path: { idOrSlug: SEED } } });
  check(quotes.data, `quotes: ${quotes.response.status}`);
  for (const quote of quotes.data) {
    console.log(`  quote « ${quote.text} »${quote.speaker ? ` — ${quote.speaker}` : ""}`);
  }
  check(quotes.data.some((q) => q.speaker === "Vladimir Poutine"), "a quote attributed to Vladimir Poutine");

  // One key per comment, created before the first attempt and kept across retries.
  const idempotencyKey = crypto.randomUUID();
  const paragraphId = blocks.find((b) => b.type === "paragraph")?.id;
  const comment = { authorName: "Client TypeScript", body: `Lu avec intérêt : « amitié invincible », vraiment ? (${idempotencyKey.slice(0, 8)})`, paragraphId };
  const post = () =>
    kiosque.POST("/api/articles/{idOrSlug}/comments", {
      params: { path: { idOrSlug: SEED }, header: { "Idempotency-Key": idempotencyKey } },
      body: comment,
    });
  const first = await withRetries(post);
  check(first.response.status === 201 && first.data, `post the comment: ${first.response.status}`);
  // The response was "lost": the client sends the same request again.
  const retry = await withRetries(post);
  check(retry.response.status === 201 && retry.data, `retry the comment: ${retry.response.status}`);
  check(retry.data.id === first.data.id, "a retry with the same key gives the same comment, not a second one");
  check(retry.response.headers.get("Idempotent-Replayed") === "true", "the retry says it is a replay");
  console.log(`comment ${first.data.id} posted (${first.data.status}); the retry replayed it`);

  const thread = await kiosque.GET("/api/articles/{idOrSlug}/comments", { params: { path: { idOrSlug: SEED }, query: { limit: 50 } } });
  check(thread.data, `thread: ${thread.response.status}`);
  const all: Comment[] = [];
  const walk = (comments: Comment[] | undefined) => comments?.forEach((c) => { all.push(c); walk(c.replies); });
  walk(thread.data.items);
  const mine = all.filter((c) => c.id === first.data.id);
  if (first.data.status === "approved") {
    check(mine.length === 1, "the approved comment appears once in the thread");
  } else {
    check(mine.length === 0, "a comment waiting for moderation is not shown");
  }
  console.log(`thread: ${all.length} comment(s) shown`);

  await scheduleAndDiff();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Old and new wording of each word edit, sliced with the UTF-16 ranges the diff gives (JavaScript's own units). */
function wordEdits(text: TextChange): string[] {
  return (text.changes ?? []).map((c) => {
    const before = text.oldText?.slice(c.oldStart, c.oldEnd).trim();
    const after = text.newText?.slice(c.newStart, c.newEnd).trim();
    return c.op === "insert" ? `+ « ${after} »` : c.op === "delete" ? `- « ${before} »` : `« ${before} » → « ${after} »`;
  });
}

/** An editor schedules an article a few seconds ahead, readers see it only from then on; an edit, and its diff. */
async function scheduleAndDiff(): Promise<void> {
  check(token, "set KIOSQUE_TOKEN to an editor's token to schedule and diff an article");
  const publishAt = new Date(Date.now() + 3000);
  const created = await editor.POST("/api/articles", {
    body: {
      title: `Conseil municipal : le budget 2026 adopté (${crypto.randomUUID().slice(0, 8)})`,
      language: "fr",
      status: "scheduled",
      publishAt: publishAt.toISOString(),
      commentMode: "open",
      tags: ["municipal"],
      blocks: [
        { type: "paragraph", text: "Le conseil municipal a adopté jeudi soir le budget 2026 après quatre heures de débat." },
        { type: "paragraph", text: "« Nous tenons nos engagements », a déclaré la maire, Claire Morvan." },
      ],
    },
  });
  check(created.response.status === 201 && created.data, `schedule an article: ${created.response.status}`);
  const { id, slug, version } = created.data;
  check(id !== undefined && slug && version !== undefined, "the created article has an id, a slug and a version");
  check(created.data.status === "scheduled", `a future publishAt makes it scheduled, not ${created.data.status}`);
  const read = () => kiosque.GET("/api/articles/{idOrSlug}", { params: { path: { idOrSlug: slug } } });
  const early = await read();
  check(early.response.status === 404, `a reader sees the scheduled article before its publishAt: ${early.response.status}`);
  console.log(`scheduled ${slug} for ${publishAt.toISOString()}: readers get ${early.response.status} until then`);

  await sleep(publishAt.getTime() - Date.now());
  let published = await read();
  while (published.response.status !== 200 && Date.now() < publishAt.getTime() + 1000) {
    await sleep(50);
    published = await read();
  }
  check(published.data, `a reader still gets ${published.response.status} 1 s after publishAt`);
  check(published.data.status === "published", `status after publishAt: ${published.data.status}`);
  check(Date.parse(published.data.publishedAt ?? "") === publishAt.getTime(), "publishedAt is the scheduled instant");
  console.log(`published by itself at ${published.data.publishedAt}, ${Date.now() - publishAt.getTime()} ms later for this reader`);

  const paragraphId = published.data.blocks?.find((b) => b.type === "paragraph")?.id;
  check(paragraphId !== undefined, "the article has a paragraph");
  // The publication is itself a new version, made by Kiosque around publishAt: an edit sent at that moment may meet it
  // and get 412 (changed at the same time), like any concurrent edit; the editor's app retries.
  const text = "Le conseil municipal a finalement adopté jeudi soir le budget 2026 après cinq heures de débat.";
  const patch = () => editor.PATCH("/api/paragraphs/{id}", { params: { path: { id: paragraphId } }, body: { text } });
  let edit = await patch();
  for (let retry = 0; edit.response.status === 412 && retry < 3; retry++) {
    edit = await patch();
  }
  check(edit.response.status === 200, `edit a paragraph: ${edit.response.status}`);
  const now = await editor.GET("/api/articles/{idOrSlug}", { params: { path: { idOrSlug: String(id) } } });
  check(now.data?.version !== undefined, `read the edited article: ${now.response.status}`);

  const diff = await editor.GET("/api/articles/{id}/diff", { params: { path: { id }, query: { from: version, to: now.data.version } } });
  check(diff.data, `diff: ${diff.response.status}`);
  const changed = diff.data.blocks?.filter((b) => b.change === "changed") ?? [];
  const [block] = changed;
  check(changed.length === 1 && block?.id === paragraphId && block.text, "the diff shows the edited paragraph, changed");
  const edits = wordEdits(block.text);
  console.log(`diff of versions ${version} → ${now.data.version}: ${edits.join("; ")}`);
  check(edits.some((e) => e.includes("« quatre » → « cinq »")), "the word edits show « quatre » → « cinq »");
  const reverse = await editor.GET("/api/articles/{id}/diff", { params: { path: { id }, query: { from: now.data.version, to: version } } });
  check(reverse.data?.blocks?.some((b) => b.change === "changed"), `reverse diff: ${reverse.response.status}`);
  const anonymousDiff = await kiosque.GET("/api/articles/{id}/diff", { params: { path: { id }, query: { from: version, to: now.data.version } } });
  check(anonymousDiff.response.status === 404, `readers never see revisions: ${anonymousDiff.response.status}`);
}

main().then(
  () => console.log("OK"),
  (error: unknown) => {
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
