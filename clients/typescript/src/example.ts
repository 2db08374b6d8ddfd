/**
 * What a front-end or mobile developer does with Kiosque, through a client typed from the committed contract:
 * list articles, open the seed article, read its quotes, post a comment over a flaky network (same
 * Idempotency-Key on every retry), and read the thread. Exits non-zero when Kiosque does not behave as promised.
 *
 *   node dist/example.js http://localhost:8080
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./kiosque-api.js";

type Comment = components["schemas"]["Comment"];

const baseUrl = process.argv[2] ?? "http://localhost:8080";
// JSON is the media type this program reads (articles also come as text and JSON-LD).
const kiosque = createClient<paths, "application/json">({ baseUrl });
const SEED = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";

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
}

main().then(
  () => console.log("OK"),
  (error: unknown) => {
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
