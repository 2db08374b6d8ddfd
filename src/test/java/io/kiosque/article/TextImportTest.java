package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalidAsAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TextImportTest {

    static final String TEXT = "text/plain; charset=utf-8";

    static byte[] seed() throws IOException {
        return Files.readAllBytes(Path.of("src/main/samples/article-russie-coree-du-nord.txt"));
    }

    /** Every article, drafts included, as an editor sees the list. */
    static long articleCount() {
        return admin().get("/api/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void shouldImportTheSeedToItsExactStructure() throws IOException {
        Response response = admin().contentType(TEXT).body(seed()).post("/api/articles");
        response.then()
                .statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Russie - Corée du Nord : Poutine salue une « amitié invincible »"))
                .body("status", equalTo("published"))
                .body("language", equalTo("fr"))
                .body("blocks.findAll { it.type == 'paragraph' }", hasSize(7))
                .body(
                        "blocks.findAll { it.type == 'heading' }.text",
                        equalTo(List.of(
                                "Une coopération militaire revendiquée entre la Russie et la Corée du Nord",
                                "Vladimir Poutine et Kim Jong Un au cœur du rapprochement bilatéral")))
                .body("blocks.findAll { it.type == 'ad' }", hasSize(1))
                .body("blocks.findAll { it.lead }", hasSize(1))
                .body("blocks[0].lead", equalTo(true));
        List<Map<String, Object>> blocks = response.jsonPath().getList("blocks");
        int adIndex = blocks.stream().map(b -> b.get("type")).toList().indexOf("ad");
        long paragraphsBefore = blocks.subList(0, adIndex).stream()
                .filter(b -> "paragraph".equals(b.get("type")))
                .count();
        assertEquals(3, paragraphsBefore, "the ad sits between the 3rd and 4th paragraphs");
        assertEquals("paragraph", blocks.get(adIndex + 1).get("type"));
        List<String> texts = response.jsonPath().getList("blocks.text");
        texts.stream()
                .filter(t -> t != null)
                .forEach(t -> org.junit.jupiter.api.Assertions.assertFalse(t.contains("Laisser un commentaire")));
    }

    @Test
    void shouldTakeStatusAndLanguageFromTheQuery() {
        admin().contentType(TEXT)
                .queryParam("status", "draft")
                .queryParam("language", "fr-BE")
                .body("Un titre belge\n\nUne phrase septante fois répétée.")
                .post("/api/articles")
                .then()
                .statusCode(201)
                .body("status", equalTo("draft"))
                .body("language", equalTo("fr-BE"));
    }

    @Test
    void shouldExportTextThatImportsToTheSameBlocks() throws IOException {
        Response imported = admin().contentType(TEXT).body(seed()).post("/api/articles");
        long id = imported.jsonPath().getLong("id");
        String exported = anonymous()
                .accept("text/plain")
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .header("ETag", containsString("text"))
                .extract()
                .asString();
        Response reimported = admin().contentType(TEXT)
                .body(exported.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles");
        assertEquals(
                imported.jsonPath().getString("title"), reimported.jsonPath().getString("title"));
        assertEquals(
                imported.jsonPath().getList("blocks.type"),
                reimported.jsonPath().getList("blocks.type"));
        assertEquals(
                imported.jsonPath().getList("blocks.text"),
                reimported.jsonPath().getList("blocks.text"));
        assertEquals(
                imported.jsonPath().getList("blocks.lead"),
                reimported.jsonPath().getList("blocks.lead"));
    }

    @Test
    void shouldRefuseEmptyTextAndStoreNothing() {
        long before = articleCount();
        invalidAsAdmin()
                .contentType(TEXT)
                .body("")
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("empty"));
        admin().contentType(TEXT)
                .body(" \n\u00A0\r\n\t")
                .post("/api/articles")
                .then()
                .statusCode(400);
        assertEquals(before, articleCount());
    }

    @Test
    void shouldRefuseATitleWithoutBodyAndStoreNothing() {
        long before = articleCount();
        admin().contentType(TEXT)
                .body("Un titre sans rien\n\nPublicité\n\nLaisser un commentaire")
                .post("/api/articles")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("no paragraph"));
        assertEquals(before, articleCount());
    }

    @Test
    void shouldNameTheFirstByteThatIsNotUtf8() {
        long before = articleCount();
        byte[] latin1 = "Corée du Nord\n\nUn paragraphe.".getBytes(StandardCharsets.ISO_8859_1);
        admin().contentType(TEXT)
                .body(latin1)
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("the body is not valid UTF-8: bad byte 0xe9 at offset 3; re-encode the text as UTF-8"));
        assertEquals(before, articleCount());
    }

    @Test
    void shouldRefuseAnotherCharset() {
        admin().contentType("text/plain; charset=iso-8859-1")
                .body("Titre\n\nTexte.".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/articles")
                .then()
                .statusCode(415)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void shouldRefuseTextOverOneMebibyte() {
        long before = articleCount();
        String big = "Titre\n\n" + "Une phrase assez longue pour remplir le texte. ".repeat(25_000);
        invalidAsAdmin()
                .contentType(TEXT)
                .body(big)
                .post("/api/articles")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("1 MiB"));
        assertEquals(before, articleCount());
    }

    @Test
    void shouldRequireAnEditorToImport() {
        io.kiosque.web.Api.invalid()
                .contentType(TEXT)
                .body("Titre\n\nTexte.")
                .post("/api/articles")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
