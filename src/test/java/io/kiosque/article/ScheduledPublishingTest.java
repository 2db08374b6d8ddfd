package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalidAsAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.web.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Scheduled publication and embargo, as readers see them on every read path, and the once-only work at the instants.
 * Runs on H2 and on PostgreSQL.
 */
@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    ArticleService articles;

    @Inject
    ScheduledInstants instants;

    /** A word no other article has, so that search, quote and sitemap checks see only this article. */
    private static String word() {
        return "embargolite" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    /** The person the article quotes, named after the word so that the speakers list finds only this article. */
    private static String speaker(String word) {
        return "Claire " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static JsonPath create(String word, Map<String, Object> times) {
        var created = admin().contentType(ContentType.JSON)
                .body(body("Sous embargo " + word, word, times))
                .post("/api/articles");
        assertEquals(201, created.statusCode(), created.asString());
        return created.jsonPath();
    }

    private static Map<String, Object> body(String title, String word, Map<String, Object> times) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("tags", List.of(word));
        body.put(
                "blocks",
                List.of(
                        Map.of("type", "paragraph", "text", "Le rapport " + word + " sort demain."),
                        Map.of(
                                "type",
                                "paragraph",
                                "text",
                                "« Nous publierons le rapport " + word + " en entier », a déclaré " + speaker(word)
                                        + ".")));
        body.putAll(times);
        return body;
    }

    /** Gives the article a new title, hence a new slug: readers reach it by the old one too once it is public. */
    private static String retitle(long id, String word, Map<String, Object> times) {
        String etag = admin().get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body("Toujours sous embargo " + word, word, times))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("slug");
    }

    private static io.restassured.response.Response comment(long articleId, String text) {
        return anonymous()
                .contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.newClientAddress())
                .body(Map.of("authorName", "Léa", "body", text))
                .post("/api/articles/" + articleId + "/comments");
    }

    private static int status(String path) {
        return anonymous().get(path).statusCode();
    }

    private static String text(String path) {
        return anonymous().get(path).then().statusCode(200).extract().asString();
    }

    /** Every read path a reader has, each true when it shows the article. */
    private static Map<String, Boolean> readerSees(long id, String slug, String word) {
        return readerSees(id, slug, slug, word);
    }

    private static Map<String, Boolean> readerSees(long id, String slug, String oldSlug, String word) {
        JsonPath editor = admin().get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long quote = admin().get("/api/articles/" + id + "/quotes").jsonPath().getLong("[0].id");
        long paragraph = editor.getLong("blocks[0].id");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        seen.put("by id", status("/api/articles/" + id) == 200);
        seen.put("by slug", status("/api/articles/" + slug) == 200);
        seen.put("by old slug", status("/api/articles/" + oldSlug) == 200);
        seen.put("quote by id", status("/api/quotes/" + quote) == 200);
        seen.put("paragraph by id", status("/api/paragraphs/" + paragraph) == 200);
        seen.put("speakers", text("/api/speakers?q=" + word).contains(speaker(word)));
        seen.put("quotes by speaker", names(text("/api/quotes?speaker=" + speaker(word)), "articleId", id));
        seen.put(
                "JSON-LD",
                anonymous()
                                .accept("application/ld+json")
                                .get("/api/articles/" + id)
                                .statusCode()
                        == 200);
        seen.put("paragraphs", status("/api/articles/" + id + "/paragraphs") == 200);
        seen.put("article quotes", status("/api/articles/" + id + "/quotes") == 200);
        seen.put("comments", status("/api/articles/" + id + "/comments") == 200);
        seen.put("list", names(text("/api/articles?tag=" + word), "id", id));
        seen.put("published list", names(text("/api/articles?status=published&size=100&tag=" + word), "id", id));
        seen.put("search", names(text("/api/search?type=article&q=" + word), "articleId", id));
        seen.put("quote search", names(text("/api/search?type=quote&q=" + word), "articleId", id));
        seen.put("quotes", names(text("/api/quotes?q=" + word), "articleId", id));
        seen.put("feed", text("/api/feed").contains("urn:kiosque:article:" + id + "<"));
        seen.put("sitemap", text("/sitemap.xml").contains("/api/articles/" + slug + "<"));
        seen.put("news sitemap", text("/sitemap-news.xml").contains("/api/articles/" + slug + "<"));
        return seen;
    }

    /** Whether this JSON has {@code field} equal to {@code id} somewhere. */
    private static boolean names(String json, String field, long id) {
        return java.util.regex.Pattern.compile("\"" + field + "\":" + id + "[,}]")
                .matcher(json)
                .find();
    }

    private static List<String> where(Map<String, Boolean> seen, boolean shown) {
        return seen.entrySet().stream()
                .filter(e -> e.getValue() == shown)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Polls the read paths until {@code done} says none is left, failing if some are left at {@code deadline}. */
    private static void awaitUntil(Instant deadline, String what, java.util.function.Supplier<List<String>> left) {
        List<String> missing = left.get();
        while (!missing.isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), what + " by " + deadline + "; not yet: " + missing);
            sleep(50);
            missing = left.get();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldHideAScheduledArticleOnEveryReadPathUntilItsInstantThenShowItWithinASecond() {
        String word = word();
        Instant publishAt = Instant.now().plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Map<String, Object> times = Map.of("status", "scheduled", "publishAt", publishAt.toString());
        JsonPath created = create(word, times);
        long id = created.getLong("id");
        String oldSlug = created.getString("slug");
        assertEquals("scheduled", created.getString("status"));
        assertEquals(publishAt, Instant.parse(created.getString("publishedAt")));
        String slug = retitle(id, word, times);
        assertFalse(slug.equals(oldSlug), "a new title gives a new slug");

        Map<String, Boolean> before = readerSees(id, slug, oldSlug, word);
        assertEquals(List.of(), where(before, true), "shown before " + publishAt);
        comment(id, "Trop tôt.").then().statusCode(404);
        assertFalse(names(text("/api/articles?status=scheduled"), "id", id), "readers cannot list scheduled articles");
        admin().get("/api/articles/" + id).then().statusCode(200).body("status", equalTo("scheduled"));
        admin().get("/api/articles?status=scheduled&size=100")
                .then()
                .statusCode(200)
                .body(containsString("\"id\":" + id));
        assertTrue(Instant.now().isBefore(publishAt), "the checks took too long to prove anything; slow machine?");

        awaitUntil(
                publishAt.plusSeconds(1),
                "every read path shows it",
                () -> Instant.now().isAfter(publishAt)
                        ? where(readerSees(id, slug, oldSlug, word), false)
                        : List.of("the instant"));
        JsonPath published = anonymous()
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("published", published.getString("status"));
        assertEquals(publishAt, Instant.parse(published.getString("publishedAt")));
        comment(id, "Enfin.").then().statusCode(201);
        await().atMost(Duration.ofSeconds(2))
                .until(() -> admin().get("/api/articles/" + id + "/revisions")
                        .jsonPath()
                        .getList("items.kind")
                        .contains("published"));
    }

    @Test
    void shouldTakeAnArticleOffEveryReadPathAtUnpublishAtWith410ForItsSlug() {
        String word = word();
        Instant unpublishAt = Instant.now().plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        JsonPath created = create(word, Map.of("status", "published", "unpublishAt", unpublishAt.toString()));
        long id = created.getLong("id");
        String slug = created.getString("slug");
        awaitUntil(
                Instant.now().plusSeconds(5),
                "every read path shows it",
                () -> where(readerSees(id, slug, word), false));
        text("/api/articles/" + id); // twice: the second from memory
        text("/api/articles/" + slug);
        assertTrue(Instant.now().isBefore(unpublishAt), "the checks took too long to prove anything; slow machine?");

        awaitUntil(
                unpublishAt.plusSeconds(1),
                "no read path shows it",
                () -> !Instant.now().isBefore(unpublishAt)
                        ? where(readerSees(id, slug, word), true)
                        : List.of("the instant"));
        for (String key : List.of(Long.toString(id), slug)) {
            anonymous()
                    .get("/api/articles/" + key)
                    .then()
                    .statusCode(410)
                    .contentType("application/problem+json")
                    .body("detail", containsString("unpublished"));
        }
        admin().get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("unpublishAt", equalTo(created.getString("unpublishAt")));
        long draft = create(
                        word(),
                        Map.of(
                                "status",
                                "draft",
                                "unpublishAt",
                                Instant.now().minusSeconds(60).toString()))
                .getLong("id");
        anonymous().get("/api/articles/" + draft).then().statusCode(404); // never public: not gone, just not there
    }

    @Test
    void shouldPublishNowWhenPublishAtHasPassedAndRefuseTimesThatMakeNoSense() {
        Instant start = Instant.now();
        JsonPath late = create(word(), Map.of("status", "scheduled", "publishAt", "2020-01-01T08:00:00+01:00"));
        assertEquals("published", late.getString("status"));
        assertFalse(
                Instant.parse(late.getString("publishedAt")).isBefore(start.minusSeconds(1)),
                "published now, not in 2020");
        anonymous().get("/api/articles/" + late.getLong("id")).then().statusCode(200);

        String word = word();
        String future = Instant.now().plusSeconds(3600).toString();
        String past = Instant.now().plusSeconds(1800).toString();
        List<Map<String, Object>> refused = new ArrayList<>();
        refused.add(Map.of("status", "scheduled", "publishAt", future, "unpublishAt", past));
        refused.add(Map.of("status", "scheduled"));
        refused.add(Map.of("status", "draft", "publishAt", future));
        for (Map<String, Object> times : refused) {
            Map<String, Object> body = new LinkedHashMap<>(times);
            body.put("title", "Refusé " + word);
            body.put("tags", List.of(word));
            body.put("blocks", List.of(Map.of("type", "paragraph", "text", "Texte.")));
            admin().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/articles")
                    .then()
                    .statusCode(422)
                    .body("detail", containsString(times.containsKey("unpublishAt") ? "unpublishAt" : "publishAt"));
        }
        for (String field : List.of("publishAt", "unpublishAt")) {
            String other = field.equals("publishAt") ? "unpublishAt" : "publishAt";
            String body = "{\"title\": \"Sans zone\", \"status\": \"scheduled\", \"" + other + "\": \"" + future
                    + "\", " + "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"T.\"}], \"" + field
                    + "\": \"2030-01-01T08:00:00\"}";
            invalidAsAdmin()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/articles")
                    .then()
                    .statusCode(400)
                    .body("detail", containsString(field + ":"));
        }
        admin().get("/api/articles?tag=" + word).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldDoTheWorkOfAnInstantExactlyOnceWhoeverClaimsIt() {
        String word = word();
        Instant publishAt = Instant.now().plusSeconds(2);
        long id = create(word, Map.of("status", "scheduled", "publishAt", publishAt.toString()))
                .getLong("id");
        long reachedBefore = instants.reached();
        while (Instant.now().isBefore(publishAt)) {
            sleep(5);
        }
        // two more claimants racing the poller, as other instances would: the database lets one of them through
        List<CompletableFuture<Boolean>> racers = List.of(
                CompletableFuture.supplyAsync(() -> articles.reachInstant(id)),
                CompletableFuture.supplyAsync(() -> articles.reachInstant(id)));
        long racersWon = racers.stream()
                .map(CompletableFuture::join)
                .filter(Predicate.isEqual(true))
                .count();
        await().atMost(Duration.ofSeconds(2)).until(() -> racersWon + instants.reached() - reachedBefore >= 1);
        sleep(500); // a second doer would show up meanwhile
        List<String> kinds =
                admin().get("/api/articles/" + id + "/revisions").jsonPath().getList("items.kind");
        assertEquals(1, kinds.stream().filter("published"::equals).count(), "the instant's work, once: " + kinds);
        assertTrue(names(text("/api/search?type=article&q=" + word), "articleId", id));
    }
}
