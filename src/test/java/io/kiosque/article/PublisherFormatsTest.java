package io.kiosque.article;

import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class PublisherFormatsTest {

    @Test
    void shouldDescribeAnArticleAsSchemaOrgNewsArticle() {
        anonymous()
                .accept("application/ld+json")
                .get("/api/articles/" + ArticleResourceTest.SEED_SLUG)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .header("ETag", containsString("jsonld"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("NewsArticle"))
                .body("headline", equalTo("Russie - Corée du Nord : Poutine salue une « amitié invincible »"))
                .body("inLanguage", equalTo("fr"))
                .body("articleBody", startsWith("Depuis le début de la guerre en Ukraine"))
                .body("articleBody", not(containsString("Une coopération militaire revendiquée")));
    }

    @Test
    void shouldEscapeMarkupInJsonLdSoThatItCanSitInAScriptElement() {
        String title = "</script><script>alert(1)</script> & <!-- « fin »";
        long id = ArticleResourceTest.createdId(title, "published");
        var response = anonymous()
                .accept("application/ld+json")
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract();
        String raw = response.asString();
        assertFalse(raw.contains("<") || raw.contains(">") || raw.contains("&"), raw);
        assertTrue(raw.toLowerCase(java.util.Locale.ROOT).contains("\\u003c/script\\u003e\\u003cscript\\u003e"), raw);
        assertEquals(title, response.jsonPath().getString("headline"), "the same text once parsed");
    }

    @Test
    void shouldKeepTheFeedWellFormedWhateverStoredTitlesHold() throws Exception {
        long id = ArticleResourceTest.createdId("Ancien titre " + UUID.randomUUID(), "published");
        // stored before inputs were checked: a noncharacter, a control character and half a surrogate pair
        String stored = "Titre \uFFFF ancien \u0001 \uD800 fin " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Article.update("title = ?1 where id = ?2", stored, id));
        // PostgreSQL keeps no unpaired surrogate (its driver writes '?'); H2 keeps it
        String kept = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).title);
        try {
            String xml = anonymous()
                    .get("/api/feed")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            Document feed = DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList titles = feed.getElementsByTagName("title");
            boolean found = false;
            for (int i = 0; i < titles.getLength(); i++) {
                found |= titles.item(i)
                        .getTextContent()
                        .equals(kept.replace("\uFFFF", "").replace("\u0001", "").replace("\uD800", ""));
            }
            assertTrue(found, xml);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Article.update("title = ?1 where id = ?2", "Titre réparé", id));
        }
    }

    @Test
    void shouldListPublishedArticlesInAnAtomFeed() throws Exception {
        String draftTitle = "Brouillon du flux " + UUID.randomUUID();
        ArticleResourceTest.create(draftTitle, "draft").then().statusCode(201);
        ArticleResourceTest.create("Publié « & » <flux> " + UUID.randomUUID(), "published")
                .then()
                .statusCode(201);
        String xml = anonymous()
                .get("/api/feed")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .header("Cache-Control", containsString("public"))
                .extract()
                .asString();
        Document feed = DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", feed.getDocumentElement().getTagName());
        assertTrue(xml.contains("Publié « &amp; » &lt;flux&gt;"), "titles are escaped");
        assertTrue(!xml.contains(draftTitle), "drafts stay out of the feed");
        assertTrue(feed.getElementsByTagName("entry").getLength() >= 2, xml);
        Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getAttribute("xmlns"));
        assertEquals("fr", root.getAttribute("xml:lang"));
        assertEquals("urn:kiosque:feed", child(root, "id").getTextContent());
        assertEquals("Kiosque", child(root, "title").getTextContent());
        assertEquals("Kiosque", child(child(root, "author"), "name").getTextContent());
        assertEquals("self", child(root, "link").getAttribute("rel"));
        assertEquals("/api/feed", child(root, "link").getAttribute("href"));
        Element seed = null;
        NodeList entries = root.getElementsByTagName("entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (child(entry, "link").getAttribute("href").equals("/api/articles/" + ArticleResourceTest.SEED_SLUG)) {
                seed = entry;
            }
        }
        assertTrue(seed != null, "the seed article is an entry: " + xml);
        assertEquals("urn:kiosque:article:1", child(seed, "id").getTextContent());
        assertEquals(
                "Russie - Corée du Nord : Poutine salue une « amitié invincible »",
                child(seed, "title").getTextContent());
        assertTrue(child(seed, "summary").getTextContent().startsWith("Depuis le début de la guerre en Ukraine"));
        assertTrue(Instant.parse(child(seed, "published").getTextContent()).isBefore(Instant.now()));
        Instant.parse(child(seed, "updated").getTextContent());
        Instant.parse(child(root, "updated").getTextContent());
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getTagName());
    }
}
