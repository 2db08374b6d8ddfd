package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The filters and fieldsets a front-end's home page and section pages need. */
@QuarkusTest
class ArticleListFiltersTest {

    /** A tag no other test uses, so that each test sees only its own articles. */
    private static String uniqueTag() {
        return "rubrique-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long create(String title, String tag, String author, String publishedAt, String status) {
        Map<String, Object> body = Map.of(
                "title",
                title,
                "status",
                status,
                "tags",
                List.of(tag),
                "authors",
                List.of(author),
                "publishedAt",
                publishedAt,
                "blocks",
                List.of(Map.of("type", "paragraph", "text", "Un paragraphe.")));
        return admin().contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    @Test
    void shouldFilterByTagAuthorAndPublicationWindowInEitherOrder() {
        String tag = uniqueTag();
        long january = create("Janvier", tag, "Marie Dupont", "2026-01-10T08:00:00Z", "published");
        long february = create("Février", tag, "Paul Martin", "2026-02-10T08:00:00Z", "published");
        long march = create("Mars", tag, "Marie Dupont", "2026-03-10T08:00:00Z", "published");
        create("Brouillon", tag, "Marie Dupont", "2026-03-11T08:00:00Z", "draft");

        assertEquals(
                List.of(march, february, january),
                ids(anonymous()
                        .queryParam("tag", tag)
                        .get("/api/articles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()),
                "readers never see the draft; newest first by default");
        assertEquals(
                List.of(january, february, march),
                ids(anonymous()
                        .queryParam("tag", tag.toUpperCase())
                        .queryParam("sort", "oldest")
                        .get("/api/articles")
                        .jsonPath()),
                "tags ignore case");
        assertEquals(
                List.of(march, january),
                ids(anonymous()
                        .queryParam("tag", tag)
                        .queryParam("author", "marie DUPONT")
                        .get("/api/articles")
                        .jsonPath()));
        assertEquals(
                List.of(february),
                ids(anonymous()
                        .queryParam("tag", tag)
                        .queryParam("publishedAfter", "2026-02-01")
                        .queryParam("publishedBefore", "2026-03-10T08:00:00Z")
                        .get("/api/articles")
                        .jsonPath()),
                "after is inclusive, before exclusive");
        assertEquals(
                4,
                anonymous()
                        .header("Authorization", "Bearer " + io.kiosque.web.Api.ADMIN_TOKEN)
                        .queryParam("tag", tag)
                        .get("/api/articles")
                        .jsonPath()
                        .getInt("totalItems"),
                "editors see drafts too");
    }

    @Test
    void shouldWalkOldestFirstWithACursor() {
        String tag = uniqueTag();
        long first = create("Un", tag, "A", "2026-04-01T08:00:00Z", "published");
        long second = create("Deux", tag, "A", "2026-04-02T08:00:00Z", "published");
        long third = create("Trois", tag, "A", "2026-04-03T08:00:00Z", "published");
        JsonPath page1 = anonymous()
                .queryParam("tag", tag)
                .queryParam("status", "published")
                .queryParam("sort", "oldest")
                .queryParam("size", 2)
                .get("/api/articles")
                .jsonPath();
        assertEquals(List.of(first, second), ids(page1));
        JsonPath page2 = anonymous()
                .queryParam("tag", tag)
                .queryParam("status", "published")
                .queryParam("sort", "oldest")
                .queryParam("size", 2)
                .queryParam("cursor", page1.getString("nextCursor"))
                .get("/api/articles")
                .jsonPath();
        assertEquals(List.of(third), ids(page2));
    }

    @Test
    void shouldReturnOnlyTheFieldsAsked() {
        String tag = uniqueTag();
        long id = create("Une pour la une", tag, "A", "2026-05-01T08:00:00Z", "published");
        Map<String, Object> item = anonymous()
                .queryParam("tag", tag)
                .queryParam("fields", "id, slug,title")
                .get("/api/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items[0]");
        assertEquals(Map.of("id", (int) id, "slug", "une-pour-la-une", "title", "Une pour la une"), item);
    }

    @Test
    void shouldRejectUnknownFieldsAndUnreadableDates() {
        invalid()
                .queryParam("fields", "id,body")
                .get("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("unknown body"))
                .body("detail", containsString("choose among id, slug, title"));
        invalid()
                .queryParam("publishedAfter", "hier")
                .get("/api/articles")
                .then()
                .statusCode(400)
                .body("detail", containsString("publishedAfter"));
        invalid().queryParam("sort", "popular").get("/api/articles").then().statusCode(400);
    }

    @Test
    void shouldCountQuotesBySpeakerWhateverTheSpeakerFilter() {
        JsonPath all = anonymous()
                .queryParam("q", "amitie")
                .get("/api/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> facets = all.getList("speakers");
        assertTrue(
                facets.stream()
                        .anyMatch(f -> "Vladimir Poutine".equals(f.get("speaker"))
                                && ((Number) f.get("count")).intValue() >= 1),
                facets.toString());
        JsonPath filtered = anonymous()
                .queryParam("q", "amitie")
                .queryParam("speaker", "nobody-says-that")
                .get("/api/quotes")
                .jsonPath();
        assertEquals(0, filtered.getInt("totalItems"));
        assertEquals(facets, filtered.getList("speakers"), "the speaker filter does not narrow its own facet");
    }
}
