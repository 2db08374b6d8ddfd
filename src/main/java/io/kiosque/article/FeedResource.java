package io.kiosque.article;

import io.kiosque.text.BlockType;
import io.kiosque.web.PublicUrl;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/feed")
@Tag(name = "Articles")
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;

    @Inject
    ArticleService articles;

    @Inject
    ArticleRepresentations representations;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Produces(ATOM)
    @PermitAll
    @Operation(summary = "Atom feed of the latest published articles", description = "The 50 newest, with their lead as summary (RFC 4287).")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response feed() {
        List<Article> latest = articles.list(new ArticleService.ArticleFilter(Article.PUBLISHED, null, null, null, null, false), 1, ENTRIES, null).items();
        Instant updated = latest.stream().map(a -> a.updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n")
                .append("  <id>urn:kiosque:feed</id>\n  <title>Kiosque</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(publicUrl.of("/api/feed"))).append("\"/>\n")
                .append("  <author><name>Kiosque</name></author>\n");
        for (Article article : latest) {
            xml.append("  <entry>\n")
                    .append("    <id>urn:kiosque:article:").append(article.id).append("</id>\n")
                    .append("    <title>").append(escape(article.title)).append("</title>\n")
                    .append("    <link href=\"").append(escape(publicUrl.of("/api/articles/" + article.slug))).append("\"/>\n")
                    .append("    <published>").append(article.publishedAt).append("</published>\n")
                    .append("    <updated>").append(article.updatedAt).append("</updated>\n");
            article.authors.forEach(name -> xml.append("    <author><name>").append(escape(name)).append("</name></author>\n"));
            article.blocks.stream().filter(b -> b.type == BlockType.PARAGRAPH).findFirst()
                    .ifPresent(lead -> xml.append("    <summary>").append(escape(lead.text)).append("</summary>\n"));
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Response.ok(xml.toString(), ATOM + ";charset=utf-8").header(HttpHeaders.CACHE_CONTROL, representations.cacheControl(true)).build();
    }

    /** XML text and attribute escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
