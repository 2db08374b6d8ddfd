package io.kiosque.article;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.kiosque.text.BlockType;
import io.kiosque.text.Unicode;
import io.kiosque.web.CachePolicy;
import io.kiosque.web.PublicUrl;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

@Path("/api/feed")
@Tag(name = "Articles")
public class FeedResource {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;

    private final ArticleService articles;
    private final CachePolicy cachePolicy;
    private final PublicUrl publicUrl;

    FeedResource(ArticleService articles, CachePolicy cachePolicy, PublicUrl publicUrl) {
        this.articles = articles;
        this.cachePolicy = cachePolicy;
        this.publicUrl = publicUrl;
    }

    @GET
    @Produces(ATOM)
    @PermitAll
    @Operation(
            summary = "Atom feed of the latest published articles",
            description = "The 50 newest, with their lead as summary (RFC 4287).")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response feed() throws FeedException {
        var published = new ArticleService.ArticleFilter(ArticleStatus.PUBLISHED, null, null, null, null, false);
        List<Article> latest = articles.list(published, 1, ENTRIES, null).items();
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:kiosque:feed");
        feed.setTitle("Kiosque");
        feed.setUpdated(Date.from(
                latest.stream().map(a -> a.updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
        feed.setOtherLinks(List.of(link("self", "/api/feed")));
        feed.setAuthors(List.of(person("Kiosque")));
        feed.setEntries(latest.stream().map(this::entry).toList());
        Document document = new WireFeedOutput().outputJDom(feed);
        // ROME's Atom generator has no xml:lang; readers use it to pick hyphenation and voices
        document.getRootElement().setAttribute("lang", "fr", Namespace.XML_NAMESPACE);
        String xml = new XMLOutputter(Format.getPrettyFormat()).outputString(document);
        return Response.ok(xml, ATOM + ";charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, cachePolicy.cacheControl(true))
                .build();
    }

    /**
     * One article as an entry. Text goes through {@link Unicode#xmlSafe}: inputs are checked now, but an article stored
     * before may hold a character XML forbids, and a single one would make the whole feed unreadable.
     */
    private Entry entry(Article article) {
        Entry entry = new Entry();
        entry.setId("urn:kiosque:article:" + article.id);
        entry.setTitle(Unicode.xmlSafe(article.title));
        entry.setAlternateLinks(List.of(link(null, "/api/articles/" + article.slug)));
        entry.setPublished(Date.from(article.publishedAt));
        entry.setUpdated(Date.from(article.updatedAt));
        entry.setAuthors(article.authors.stream().map(FeedResource::person).toList());
        article.blocks.stream()
                .filter(b -> b.type == BlockType.PARAGRAPH)
                .findFirst()
                .ifPresent(lead -> {
                    com.rometools.rome.feed.atom.Content summary = new com.rometools.rome.feed.atom.Content();
                    summary.setType(com.rometools.rome.feed.atom.Content.TEXT);
                    summary.setValue(Unicode.xmlSafe(lead.text));
                    entry.setSummary(summary);
                });
        return entry;
    }

    /** A link to a path of this API, absolute when the public URL is set. */
    private Link link(String rel, String path) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(Unicode.xmlSafe(publicUrl.of(path)));
        return link;
    }

    private static com.rometools.rome.feed.synd.SyndPerson person(String name) {
        Person person = new Person();
        person.setName(Unicode.xmlSafe(name));
        return person;
    }
}
