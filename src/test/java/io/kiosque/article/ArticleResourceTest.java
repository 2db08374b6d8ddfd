package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static io.kiosque.web.Api.invalidAsAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    static final String SEED_SLUG = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";

    static String articleJson(String title, String status) {
        return """
                {"title": "%s", "status": "%s", "tags": ["international"], "authors": ["Anne Le Guen"],
                 "blocks": [
                   {"type": "paragraph", "text": "Le chapeau de l’article, avec une «\u00A0citation\u00A0»."},
                   {"type": "heading", "text": "Un intertitre"},
                   {"type": "ad"},
                   {"type": "paragraph", "text": "Un deuxième paragraphe."}
                 ]}
                """.formatted(title, status);
    }

    static Response create(String title, String status) {
        return admin().contentType(ContentType.JSON)
                .body(articleJson(title, status))
                .post("/api/articles");
    }

    static long createdId(String title, String status) {
        return create(title, status).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void shouldServeTheSeedArticleWithItsBlocksInOrder() {
        anonymous()
                .get("/api/articles/" + SEED_SLUG)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", startsWith("\""))
                .header("Cache-Control", containsString("public"))
                .header("Last-Modified", notNullValue())
                .body("title", equalTo("Russie - Corée du Nord : Poutine salue une « amitié invincible »"))
                .body("slug", equalTo(SEED_SLUG))
                .body("status", equalTo("published"))
                .body("language", equalTo("fr"))
                .body(
                        "blocks.type",
                        equalTo(List.of(
                                "paragraph",
                                "paragraph",
                                "heading",
                                "paragraph",
                                "ad",
                                "paragraph",
                                "heading",
                                "paragraph",
                                "paragraph",
                                "paragraph")))
                .body("blocks.position", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)))
                .body("blocks[0].lead", is(true))
                .body("blocks[4].text", nullValue())
                .body("wordCount", equalTo(423))
                .body("readingTimeMinutes", equalTo(2));
    }

    @Test
    void shouldResolveIdsWrittenOnlyInAsciiDigitsWithoutLeadingZeros() {
        anonymous().get("/api/articles/1").then().statusCode(200).body("id", equalTo(1));
        for (String alias : List.of("%D9%A1", "%EF%BC%91", "%E0%A5%A7", "0001", "01", "+1")) {
            invalid()
                    .urlEncodingEnabled(false)
                    .get("/api/articles/" + alias)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            invalid()
                    .urlEncodingEnabled(false)
                    .get("/api/articles/" + alias + "/quotes")
                    .then()
                    .statusCode(404);
        }
        invalid()
                .urlEncodingEnabled(false)
                .get("/api/paragraphs/%D9%A1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer304WhenTheETagStillMatches() {
        String etag = anonymous()
                .get("/api/articles/" + SEED_SLUG)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        anonymous()
                .header("If-None-Match", etag)
                .get("/api/articles/" + SEED_SLUG)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(equalTo(""));
        anonymous()
                .header("If-None-Match", "W/" + etag)
                .get("/api/articles/" + SEED_SLUG)
                .then()
                .statusCode(304);
        anonymous()
                .header("If-None-Match", "\"other\"")
                .get("/api/articles/" + SEED_SLUG)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldCreateAnArticleFromJson() {
        String title = "Éolien flottant : « un pari » à Brest " + UUID.randomUUID();
        Response response = create(title, "published");
        response.then()
                .statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .header("ETag", notNullValue())
                .body("title", equalTo(title))
                .body("slug", startsWith("eolien-flottant-un-pari-a-brest-"))
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue())
                .body("version", equalTo(0))
                .body("tags", equalTo(List.of("international")))
                .body("authors", equalTo(List.of("Anne Le Guen")))
                .body("blocks.type", equalTo(List.of("paragraph", "heading", "ad", "paragraph")))
                .body("blocks.lead", equalTo(List.of(true, false, false, false)))
                .body("blocks[0].text", equalTo("Le chapeau de l’article, avec une «\u00A0citation\u00A0»."))
                .body("wordCount", equalTo(12));
        anonymous().get(response.header("Location")).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void shouldGiveEachArticleAUniqueSlug() {
        String title = "Même titre " + UUID.randomUUID();
        String first =
                create(title, "published").then().statusCode(201).extract().path("slug");
        String second =
                create(title, "published").then().statusCode(201).extract().path("slug");
        String third =
                create(title, "published").then().statusCode(201).extract().path("slug");
        assertEquals(first + "-2", second);
        assertEquals(first + "-3", third);
    }

    @Test
    void shouldKeepAnOldSlugReachableAfterATitleChange() {
        Response created = create("Ancien titre " + UUID.randomUUID(), "published");
        long id = created.jsonPath().getLong("id");
        String oldSlug = created.path("slug");
        String newTitle = "Nouveau titre " + UUID.randomUUID();
        String newSlug = admin().contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(articleJson(newTitle, "published"))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo(newTitle))
                .extract()
                .path("slug");
        assertNotEquals(oldSlug, newSlug);
        anonymous()
                .get("/api/articles/" + oldSlug)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("slug", equalTo(newSlug));
        anonymous().get("/api/articles/" + newSlug).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void shouldReplaceOnlyWithTheCurrentETag() {
        Response created = create("Remplacement " + UUID.randomUUID(), "published");
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");

        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body(articleJson("Sans If-Match", "published"))
                .put("/api/articles/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));

        String newEtag = admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(articleJson("Version 1", "published"))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .extract()
                .header("ETag");
        assertNotEquals(etag, newEtag);

        admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(articleJson("Version perdue", "published"))
                .put("/api/articles/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("version 1"));
        anonymous()
                .get("/api/articles/" + id)
                .then()
                .body("title", equalTo("Version 1"))
                .header("ETag", newEtag);
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentEditsWin() throws Exception {
        Response created = create("Concurrence " + UUID.randomUUID(), "published");
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String title = "Édition " + i;
            statuses.add(pool.submit(() -> admin().contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(articleJson(title, "published"))
                    .put("/api/articles/" + id)
                    .statusCode()));
        }
        List<Integer> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> status : statuses) {
            results.add(status.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter(s -> s == 200).count(), results.toString());
        assertEquals(9, results.stream().filter(s -> s == 412).count(), results.toString());
        anonymous().get("/api/articles/" + id).then().body("version", equalTo(1));
    }

    @Test
    void shouldKeepBlockIdsThatAReplaceNames() {
        Response created = create("Blocs gardés " + UUID.randomUUID(), "published");
        long id = created.jsonPath().getLong("id");
        long leadId = created.jsonPath().getLong("blocks[0].id");
        String body = """
                {"title": "Blocs gardés", "status": "published",
                 "blocks": [{"type": "heading", "text": "Nouveau début"}, {"id": %d, "type": "paragraph", "text": "Chapeau modifié."}]}
                """.formatted(leadId);
        admin().contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(body)
                .put("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("blocks.id[1]", equalTo((int) leadId))
                .body("blocks[1].position", equalTo(1))
                .body("blocks[1].lead", is(true))
                .body("blocks[1].text", equalTo("Chapeau modifié."));
        String foreign = body.replace(Long.toString(leadId), "999999");
        admin().contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(foreign)
                .put("/api/articles/" + id)
                .then()
                .statusCode(422)
                .body("detail", containsString("blocks[1].id"));
    }

    @Test
    void shouldDeleteAnArticle() {
        long id = createdId("À supprimer " + UUID.randomUUID(), "published");
        admin().delete("/api/articles/" + id).then().statusCode(204);
        anonymous().get("/api/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        admin().delete("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void shouldListNewestFirstWithPageLinksAndTotal() {
        String tag = UUID.randomUUID().toString();
        for (String day : List.of("2020-01-01", "2020-01-03", "2020-01-02")) {
            admin().contentType(ContentType.JSON)
                    .body("{\"title\": \"Liste " + day + " " + tag
                            + "\", \"status\": \"published\", \"publishedAt\": \"" + day + "T10:00:00Z\","
                            + " \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}")
                    .post("/api/articles")
                    .then()
                    .statusCode(201);
        }
        Response page1 = anonymous().queryParam("size", 2).get("/api/articles");
        page1.then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"prev\"")));
        long total = page1.jsonPath().getLong("totalItems");
        assertEquals((total + 1) / 2, page1.jsonPath().getLong("totalPages"));

        List<String> all = anonymous()
                .queryParam("size", 100)
                .get("/api/articles")
                .jsonPath()
                .getList("items.publishedAt");
        List<String> sorted =
                all.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(sorted, all);

        int lastPage = page1.jsonPath().getInt("totalPages");
        anonymous()
                .queryParam("size", 2)
                .queryParam("page", lastPage)
                .get("/api/articles")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @Test
    void shouldWalkPublishedArticlesWithACursorInTheSameOrderAsPages() {
        for (int i = 0; i < 3; i++) {
            create("Curseur " + i + " " + UUID.randomUUID(), "published").then().statusCode(201);
        }
        List<Integer> byPage = anonymous()
                .queryParam("size", 100)
                .get("/api/articles")
                .jsonPath()
                .getList("items.id");
        List<Integer> byCursor = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/articles")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            byCursor.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(byPage, byCursor);
        admin().queryParam("cursor", "eA")
                .get("/api/articles")
                .then()
                .statusCode(400)
                .body("detail", containsString("status=published"));
    }

    @Test
    void shouldRefuseBadPagingParameters() {
        invalid()
                .queryParam("size", 101)
                .get("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"))
                .body("detail", containsString("100"));
        invalid()
                .queryParam("page", 0)
                .get("/api/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        invalid()
                .queryParam("status", "archived")
                .get("/api/articles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        invalid()
                .queryParam("size", "lots")
                .get("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldHideDraftsFromReaders() {
        String title = "Brouillon " + UUID.randomUUID();
        Response created = create(title, "draft");
        long id = created.jsonPath().getLong("id");
        String slug = created.path("slug");
        created.then().body("publishedAt", nullValue());
        anonymous().get("/api/articles/" + id).then().statusCode(404);
        anonymous().get("/api/articles/" + slug).then().statusCode(404);
        anonymous().get("/api/articles/" + id + "/paragraphs").then().statusCode(404);
        anonymous()
                .queryParam("status", "draft")
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("items", empty());
        admin().get("/api/articles/" + id).then().statusCode(200).header("Cache-Control", containsString("private"));
        admin().queryParam("status", "draft")
                .queryParam("size", 100)
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem(title));
    }

    @Test
    void shouldExplainMalformedAndInvalidJson() {
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"T\", \"blocks\": 3}")
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("detail", containsString("blocks"));
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"T\", \"blocks\": [], \"colour\": 1}")
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("detail", containsString("colour"));
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \" \", \"blocks\": [{\"type\": \"video\"}], \"language\": \"French\"}")
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("blocks[0].type", "language", "title")));
        admin().contentType(ContentType.JSON)
                .body("{\"title\": \"T\", \"blocks\": [{\"type\": \"ad\", \"text\": \"x\"}]}")
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("detail", containsString("blocks[0].text"));
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"T\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"\\u00A0\"}]}")
                .post("/api/articles")
                .then()
                .statusCode(422)
                .body("detail", containsString("visible text"));
        invalidAsAdmin()
                .contentType(ContentType.XML)
                .body("<article/>")
                .post("/api/articles")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/xml"));
    }

    @Test
    void shouldAnswerUnknownArticlesWith404() {
        anonymous()
                .get("/api/articles/coree-du-sud")
                .then()
                .statusCode(404)
                .body("detail", equalTo("no article with id or slug 'coree-du-sud'"))
                .body("instance", endsWith("/api/articles/coree-du-sud"));
        anonymous().get("/api/articles/99999999").then().statusCode(404);
        invalid().get("/api/paragraphs/douze").then().statusCode(400).body("detail", containsString("douze"));
    }
}
