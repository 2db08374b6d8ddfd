package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SitemapTest {

    /** Validates against the sitemaps.org schema, with the Google News schema for its extension elements. */
    static void assertValid(String xml, String... schemas) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[schemas.length];
        for (int i = 0; i < schemas.length; i++) {
            sources[i] = new StreamSource(
                    SitemapTest.class.getResource("/sitemaps/" + schemas[i]).toExternalForm());
        }
        Schema schema = factory.newSchema(sources);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static List<String> locs(String xml) {
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
        List<String> locs = new java.util.ArrayList<>();
        while (m.find()) {
            locs.add(m.group(1));
        }
        return locs;
    }

    private static String create(String title, String status, Instant publishedAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "title",
                title,
                "status",
                status,
                "blocks",
                List.of(Map.of("type", "paragraph", "text", "Un paragraphe de l’article & ses <détails>."))));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt.toString());
        }
        return admin().contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("slug");
    }

    @Test
    void shouldListPublishedArticlesWithAbsoluteUrlsValidAgainstTheSchema() throws Exception {
        String published = create("Plan du site & « guillemets » " + UUID.randomUUID(), "published", null);
        String draft = create("Brouillon du plan " + UUID.randomUUID(), "draft", null);
        var response = anonymous()
                .get("/sitemap.xml")
                .then()
                .statusCode(200)
                .contentType("application/xml")
                .extract();
        String xml = response.asString();
        assertValid(xml, "sitemap.xsd", "sitemap-news.xsd");
        List<String> locs = locs(xml);
        assertTrue(
                locs.stream().allMatch(loc -> loc.matches("https?://[^/]+/api/articles/.+")), "absolute URLs: " + locs);
        assertTrue(locs.stream().anyMatch(loc -> loc.endsWith("/api/articles/" + published)));
        assertTrue(locs.stream().anyMatch(loc -> loc.endsWith("/api/articles/" + ArticleResourceTest.SEED_SLUG)));
        assertFalse(locs.stream().anyMatch(loc -> loc.endsWith("/" + draft)), "drafts stay out");

        String etag = response.header("ETag");
        anonymous()
                .header("If-None-Match", etag)
                .get("/sitemap.xml")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        anonymous().queryParam("page", 2).get("/sitemap.xml").then().statusCode(404);
    }

    @Test
    void shouldListOnlyTheLastTwoDaysInTheNewsSitemap() throws Exception {
        String recent = create("Dépêche récente " + UUID.randomUUID(), "published", null);
        String old = create(
                "Dépêche ancienne " + UUID.randomUUID(),
                "published",
                Instant.now().minus(3, ChronoUnit.DAYS));
        String xml = anonymous()
                .get("/sitemap-news.xml")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(anonymous().get("/sitemap-news.xml").header("ETag")))
                .extract()
                .asString();
        assertValid(xml, "sitemap.xsd", "sitemap-news.xsd");
        List<String> locs = locs(xml);
        assertTrue(locs.stream().anyMatch(loc -> loc.endsWith("/api/articles/" + recent)));
        assertFalse(locs.stream().anyMatch(loc -> loc.endsWith("/api/articles/" + old)), "older than 2 days");
        assertTrue(xml.contains("<news:language>fr</news:language>"));
        assertTrue(xml.contains("<news:name>Kiosque</news:name>"));
    }

    @Test
    void shouldWriteAValidIndexAndGoogleLanguageCodes() throws Exception {
        String index = new String(
                SitemapXml.index(
                        3, n -> "https://news.example/sitemap.xml?page=" + n, Instant.parse("2026-01-02T08:30:00Z")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertValid(index, "siteindex.xsd");
        assertEquals(
                List.of(
                        "https://news.example/sitemap.xml?page=1",
                        "https://news.example/sitemap.xml?page=2",
                        "https://news.example/sitemap.xml?page=3"),
                locs(index));
        assertEquals("fr", SitemapXml.newsLanguage("fr-BE"));
        assertEquals("zh-tw", SitemapXml.newsLanguage("zh-TW"));
    }
}
