package io.kiosque.change;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ChangeFeedTest {

    @Inject
    ChangeLog log;

    private record Copy(String slug, long version) {}

    @Test
    void shouldRebuildThePublishedArchiveByReplayingTheFeedFromZero() {
        long edited = create("published");
        long draftThenPublished = create("draft");
        long unpublished = create("published");
        long deleted = create("published");
        long draftDeleted = create("draft");
        long commented = create("published");
        replace(edited, "published", "Titre changé " + UUID.randomUUID());
        replace(draftThenPublished, "published", "Enfin publié " + UUID.randomUUID());
        replace(unpublished, "draft", "Retiré " + UUID.randomUUID());
        admin().delete("/api/articles/" + deleted).then().statusCode(204);
        admin().delete("/api/articles/" + draftDeleted).then().statusCode(204);
        anonymous()
                .contentType(ContentType.JSON)
                .body("{\"authorName\": \"Lectrice\", \"body\": \"Merci pour cet article.\"}")
                .post("/api/articles/" + commented + "/comments")
                .then()
                .statusCode(201);

        assertEquals(publishedArchive(), replay("0", 7));
    }

    @Test
    void shouldListNothingForDraftsAndSayWhenAClientIsUpToDate() {
        String head = anonymous()
                .get("/api/changes?since=0&limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        head = readToEnd(head);
        long draft = create("draft");
        replace(draft, "draft", "Brouillon encore " + UUID.randomUUID());
        anonymous()
                .get("/api/changes?since=" + head)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("nextCursor", equalTo(head));
        long published = create("published");
        anonymous()
                .get("/api/changes?since=" + head)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].type", equalTo("article.published"))
                .body("items[0].articleId", equalTo((int) published))
                .body("items[0].tombstone", equalTo(false));
    }

    @Test
    void shouldTellAClientWithAnExpiredCursorToResyncFromZero() {
        long article = create("published");
        String before = readToEnd("0");
        replace(article, "published", "Corrigé " + UUID.randomUUID());
        admin().delete("/api/articles/" + create("published")).then().statusCode(204);
        readToEnd(before);

        log.purge(Instant.now().plusSeconds(1));

        anonymous()
                .get("/api/changes?since=" + before)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("since=0"));
        assertEquals(publishedArchive(), replay("0", 1000), "retention keeps the feed from zero complete");
        anonymous().get("/api/changes?since=99999999999.0").then().statusCode(410);
    }

    @Test
    void shouldRefuseABadCursor() {
        for (String bad : new String[] {"abc", "12", "-1.0", "01.0", "12.x"}) {
            invalid().get("/api/changes?since=" + bad).then().statusCode(400).body("detail", containsString("since"));
        }
        invalid().get("/api/changes?limit=0").then().statusCode(400);
    }

    /** The position part of a cursor. */
    public static long position(String cursor) {
        return Long.parseLong(cursor.substring(0, cursor.indexOf('.')));
    }

    /** Reads every page from this cursor; returns the last cursor. */
    private static String readToEnd(String since) {
        return readToEnd(since, items -> {});
    }

    /** Reads every page from this cursor, giving each page's items to {@code pages}; returns the last cursor. */
    public static String readToEnd(String since, Consumer<List<Map<String, Object>>> pages) {
        String cursor = since;
        while (true) {
            JsonPath page = anonymous()
                    .get("/api/changes?limit=1000&since=" + cursor)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return cursor;
            }
            pages.accept(items);
            cursor = page.getString("nextCursor");
        }
    }

    private static Map<Long, Copy> replay(String since, int limit) {
        Map<Long, Copy> copy = new HashMap<>();
        String cursor = since;
        long previous = 0;
        while (true) {
            JsonPath page = anonymous()
                    .get("/api/changes?since=" + cursor + "&limit=" + limit)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return copy;
            }
            for (Map<String, Object> item : items) {
                long position = position((String) item.get("cursor"));
                assertTrue(position > previous, "positions increase");
                previous = position;
                long id = ((Number) item.get("articleId")).longValue();
                String type = (String) item.get("type");
                if (Boolean.TRUE.equals(item.get("tombstone"))) {
                    copy.remove(id);
                } else if (type.startsWith("article.")) {
                    copy.put(id, new Copy((String) item.get("slug"), ((Number) item.get("version")).longValue()));
                }
            }
            cursor = page.getString("nextCursor");
        }
    }

    private static Map<Long, Copy> publishedArchive() {
        Map<Long, Copy> archive = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonPath list = anonymous()
                    .get("/api/articles?status=published&size=100&page=" + page)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = new ArrayList<>(list.getList("items"));
            items.forEach(a -> archive.put(
                    ((Number) a.get("id")).longValue(),
                    new Copy((String) a.get("slug"), ((Number) a.get("version")).longValue())));
            if (page >= list.getInt("totalPages")) {
                return archive;
            }
        }
    }

    public static long create(String status) {
        return admin().contentType(ContentType.JSON)
                .body(body(status, "Flux " + UUID.randomUUID()))
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void replace(long id, String status, String title) {
        admin().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(body(status, title))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);
    }

    private static String body(String status, String title) {
        return "{\"title\": \"" + title + "\", \"status\": \"" + status
                + "\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Un paragraphe.\"}]}";
    }
}
