package io.kiosque.web;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static io.kiosque.web.Api.invalidAsAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inputs are read as written: text that is text, JSON that is JSON, numbers that fit, ids written one way. */
@QuarkusTest
class StrictInputTest {

    /** Unpaired surrogates and noncharacters, as JSON escapes (the only way a lone surrogate travels in UTF-8 JSON). */
    private static final List<String> NOT_TEXT =
            List.of("\\ud800", "\\udfff", "\\uffff", "\\ufffe", "\\ufdd0", "\\ud83f\\udfff", "\\udc00\\ud800");

    private long articleId;
    private long blockId;
    private long quoteId;
    private long commentId;
    private String editToken;

    @BeforeEach
    void article() {
        String json = """
                {"title": "Strict %s", "status": "published",
                 "blocks": [{"type": "paragraph", "text": "« Nous tiendrons bon jusqu’au bout », a déclaré Marie Dupont."}]}
                """.formatted(UUID.randomUUID());
        JsonPath article = admin().contentType(ContentType.JSON)
                .body(json)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        articleId = article.getLong("id");
        blockId = article.getLong("blocks[0].id");
        quoteId = anonymous()
                .get("/api/articles/" + articleId + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        JsonPath comment = anonymous()
                .contentType(ContentType.JSON)
                .body("{\"authorName\": \"Lectrice\", \"body\": \"Premier avis.\"}")
                .post("/api/articles/" + articleId + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        commentId = comment.getLong("id");
        editToken = comment.getString("editToken");
    }

    /** What a refused request may not change: how many articles, tokens and comments exist, and this article's state. */
    private String stored() {
        return admin().get("/api/articles").jsonPath().getLong("totalItems") + " articles, "
                + admin().get("/api/tokens").jsonPath().getList("id").size() + " tokens, "
                + anonymous().get("/api/articles/" + articleId + "/comments").asString() + ", "
                + admin().get("/api/articles/" + articleId).asString() + ", "
                + anonymous().get("/api/quotes/" + quoteId).asString() + ", "
                + anonymous()
                        .header("X-Edit-Token", editToken)
                        .get("/api/comments/" + commentId)
                        .asString();
    }

    /** One text field of each operation that takes text: method, path, body with %s for the string's content, the field. */
    private record TextField(String method, String path, String body, String field) {}

    private List<TextField> textFields() {
        String blocks = "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]";
        String comments = "/api/articles/" + articleId + "/comments";
        return List.of(
                new TextField("POST", "/api/articles", "{\"title\": \"T%s\", " + blocks + "}", "title"),
                new TextField(
                        "POST",
                        "/api/articles",
                        "{\"title\": \"T\", \"blocks\": [{\"type\": \"ad\"}, {\"type\": \"paragraph\", "
                                + "\"text\": \"a%sb\"}]}",
                        "blocks[1].text"),
                new TextField(
                        "POST",
                        "/api/articles",
                        "{\"title\": \"T\", \"tags\": [\"ok\", \"%s\"], " + blocks + "}",
                        "tags[1]"),
                new TextField(
                        "POST",
                        "/api/articles",
                        "{\"title\": \"T\", \"authors\": [\"A%s\"], " + blocks + "}",
                        "authors[0]"),
                new TextField("PUT", "/api/articles/" + articleId, "{\"title\": \"%s\", " + blocks + "}", "title"),
                new TextField("PATCH", "/api/paragraphs/" + blockId, "{\"text\": \"x%s\"}", "text"),
                new TextField("PATCH", "/api/quotes/" + quoteId, "{\"speaker\": \"Marie%s\"}", "speaker"),
                new TextField("POST", comments, "{\"authorName\": \"A%s\", \"body\": \"Bien.\"}", "authorName"),
                new TextField("POST", comments, "{\"authorName\": \"A\", \"body\": \"Bien%s\"}", "body"),
                new TextField("PATCH", "/api/comments/" + commentId, "{\"body\": \"%s\"}", "body"),
                new TextField("POST", "/api/comments/" + commentId + "/flags", "{\"reason\": \"spam%s\"}", "reason"),
                new TextField(
                        "PATCH", "/api/moderation/comments/" + commentId, "{\"status\": \"approved%s\"}", "status"),
                new TextField("POST", "/api/tokens", "{\"name\": \"Jeton%s\", \"roles\": [\"editor\"]}", "name"),
                new TextField("POST", "/api/tokens", "{\"name\": \"Jeton\", \"roles\": [\"editor%s\"]}", "roles[0]"));
    }

    private RequestSpecification asAuthorAndAdmin() {
        return invalidAsAdmin().header("X-Edit-Token", editToken).header("If-Match", "*");
    }

    @Test
    void shouldRefuseUnpairedSurrogatesAndNoncharactersInEveryTextFieldNamingIt() {
        String before = stored();
        int next = 0;
        for (TextField text : textFields()) {
            String notText = NOT_TEXT.get(next++ % NOT_TEXT.size());
            asAuthorAndAdmin()
                    .contentType(ContentType.JSON)
                    .body(text.body().formatted(notText))
                    .request(text.method(), text.path())
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo(text.field()))
                    .body("detail", containsString(text.field() + ": contains U+"));
        }
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void shouldRefuseNoncharactersInATextImportAndNoncharactersOrNulInParameters() {
        String before = stored();
        invalidAsAdmin()
                .contentType("text/plain; charset=utf-8")
                .body("Titre \uFFFF\n\nUn paragraphe.\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("U+FFFF"));
        invalid()
                .urlEncodingEnabled(false)
                .get("/api/articles?tag=%EF%BF%BF")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("tag"));
        invalid()
                .urlEncodingEnabled(false)
                .get("/api/search?q=amiti%EF%B7%90")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
        invalid()
                .urlEncodingEnabled(false)
                .get("/api/articles?fields=id%EF%BF%BE")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fields"));
        invalid()
                .urlEncodingEnabled(false)
                .get("/api/quotes?speaker=a%00b")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("speaker"));
        invalid()
                .urlEncodingEnabled(false)
                .get("/api/articles/a%00b")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"));
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void shouldRefuseOverlongAndSurrogateUtf8InAJsonBody() {
        String before = stored();
        for (byte[] bad : List.of(
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            invalid()
                    .contentType(ContentType.JSON)
                    .body(json("{\"authorName\": \"A\", \"body\": \"x", bad, "y\"}"))
                    .post("/api/articles/" + articleId + "/comments")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("not valid UTF-8"))
                    .body("detail", containsString("at offset 30"));
        }
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void shouldReadJsonStrictlyAndExplainInTheContractsWords() {
        String before = stored();
        String path = "/api/articles/" + articleId + "/comments";
        String named = "{\"authorName\": \"A\", ";
        refused(path, named + "\"body\": \"b\"} {\"x\": 1}").body("detail", containsString("after its JSON value"));
        refused(path, named + "\"body\": \"b\"} garbage").body("detail", containsString("not valid JSON"));
        refused(path, named + "\"body\": 123}").body("detail", equalTo("body: must be a string, not the number 123"));
        refused(path, named + "\"body\": true}").body("detail", equalTo("body: must be a string, not true or false"));
        refused(path, named + "\"body\": \"b\", \"parentId\": 1.5}")
                .body("detail", startsWith("parentId: must be a whole number"));
        refused(path, named + "\"body\": \"b\", \"parentId\": \"12\"}")
                .body("detail", startsWith("parentId: must be a whole number"));
        refused(path, named + "\"body\": \"b\", \"body\": \"c\"}")
                .body("detail", containsString("Duplicate field 'body'"));
        refused(path, named + "\"body\": [\"b\"]}").body("detail", equalTo("body: must be a string"));
        refused(path, named + "\"body\": \"b\", \"bdy\": 1}")
                .body("detail", containsString("bdy: unknown field; known fields here: "));
        refused(path, "[]").body("detail", equalTo("the body must be an object"));
        refused(path, named + "\"body\": \"b\"").body("detail", containsString("not valid JSON"));
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"T\", \"blocks\": [], \"publishedAt\": \"2026-13-45T99:00:00Z\"}")
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("publishedAt: '2026-13-45T99:00:00Z' is not a date-time string"))
                .body("detail", not(containsString("java")));
        assertEquals(before, stored(), "nothing stored");
    }

    private static ValidatableResponse refused(String path, String body) {
        return invalid()
                .contentType(ContentType.JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", not(containsString("java")))
                .body("detail", not(containsString("kiosque.")))
                .body("detail", not(containsString("`")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRefusePagesPastTheDeepestOnEveryPagedList() {
        for (String list : List.of(
                "/api/articles", "/api/quotes", "/api/speakers", "/api/search?q=saison", "/api/moderation/comments")) {
            String sep = list.contains("?") ? "&" : "?";
            for (String page : List.of("214748365", "1000001", "99999999999")) {
                invalidAsAdmin()
                        .get(list + sep + "page=" + page + "&size=20")
                        .then()
                        .statusCode(400)
                        .contentType(Problem.MEDIA_TYPE)
                        .body("errors[0].field", equalTo("page"))
                        .body("detail", not(containsString("java")));
            }
        }
        for (String list : List.of("/api/articles", "/api/quotes", "/api/speakers", "/api/moderation/comments")) {
            admin().get(list + "?page=1000000&size=100").then().statusCode(200);
        }
    }

    private static byte[] json(String before, byte[] bytes, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
