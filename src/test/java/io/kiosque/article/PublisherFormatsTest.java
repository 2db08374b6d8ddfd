package io.kiosque.article;

import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

@QuarkusTest
class PublisherFormatsTest {

    @Test
    void shouldDescribeAnArticleAsSchemaOrgNewsArticle() {
        anonymous().accept("application/ld+json").get("/api/articles/" + ArticleResourceTest.SEED_SLUG).then().statusCode(200)
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
    void shouldListPublishedArticlesInAnAtomFeed() throws Exception {
        String draftTitle = "Brouillon du flux " + UUID.randomUUID();
        ArticleResourceTest.create(draftTitle, "draft").then().statusCode(201);
        ArticleResourceTest.create("Publié « & » <flux> " + UUID.randomUUID(), "published").then().statusCode(201);
        String xml = anonymous().get("/api/feed").then().statusCode(200).contentType(startsWith("application/atom+xml"))
                .header("Cache-Control", containsString("public")).extract().asString();
        Document feed = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", feed.getDocumentElement().getTagName());
        assertTrue(xml.contains("Publié « &amp; » &lt;flux&gt;"), "titles are escaped");
        assertTrue(!xml.contains(draftTitle), "drafts stay out of the feed");
        assertTrue(feed.getElementsByTagName("entry").getLength() >= 2, xml);
    }
}
