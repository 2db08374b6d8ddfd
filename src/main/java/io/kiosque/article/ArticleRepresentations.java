package io.kiosque.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.kiosque.text.ArticleText;
import io.kiosque.text.ParsedBlock;
import io.kiosque.web.CachePolicy;
import io.kiosque.web.ETags;
import io.kiosque.web.ProblemException;
import io.kiosque.web.PublicUrl;
import io.kiosque.web.RepresentationCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Serves an article's representations with conditional-request support. Each GET costs one indexed query for
 * the article's head (id, status, version); the body is rendered once per version and variant, then reused.
 */
@ApplicationScoped
public class ArticleRepresentations {

    /** The media types an article is offered in, with the tag suffix that keeps their ETags apart. */
    public enum Variant {
        JSON(MediaType.APPLICATION_JSON, "json"),
        TEXT(MediaType.TEXT_PLAIN + ";charset=utf-8", "text"),
        JSON_LD(NewsArticleJsonLd.MEDIA_TYPE, "jsonld");

        final String mediaType;
        final String tag;

        Variant(String mediaType, String tag) {
            this.mediaType = mediaType;
            this.tag = tag;
        }

        /** Whether the client accepts any of them (the REST layer falls back to JSON when it accepts none). */
        static boolean anyAcceptable(List<MediaType> accepted) {
            for (MediaType type : accepted) {
                for (Variant variant : values()) {
                    if (type.isCompatible(MediaType.valueOf(variant.mediaType))
                            && !"0".equals(type.getParameters().get("q"))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final ArticleService articles;
    private final ArticleAccess access;
    private final RepresentationCache cache;
    private final ObjectMapper json;
    private final PublishedArticleCache published;
    private final PublicUrl publicUrl;
    private final CachePolicy cachePolicy;

    ArticleRepresentations(
            ArticleService articles,
            ArticleAccess access,
            RepresentationCache cache,
            ObjectMapper json,
            PublishedArticleCache published,
            PublicUrl publicUrl,
            CachePolicy cachePolicy) {
        this.articles = articles;
        this.access = access;
        this.cache = cache;
        this.json = json;
        this.published = published;
        this.publicUrl = publicUrl;
        this.cachePolicy = cachePolicy;
    }

    public Response get(String idOrSlug, String ifNoneMatch, Variant variant) {
        long epoch = published.epoch();
        ArticleHead head = access.readableHeadOrGone(idOrSlug);
        String etag = etag(head, variant);
        String lastModified =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(head.updatedAt().atZone(ZoneOffset.UTC));
        // the status is part of the key: a scheduled article turns published at its instant, before its version moves
        String key = "article:" + head.id() + ":" + head.version() + ":" + head.commentCount() + ":" + head.statusNow()
                + ":" + variant.tag;
        byte[] body = cache.get(key, () -> render(head.id(), variant));
        // a draft is seen only by those who may edit: never by a shared cache
        String cacheControl = cachePolicy.cacheControl(head.isPublished(), head.unpublishAt());
        if (variant == Variant.JSON && head.isPublished()) {
            published.put(
                    PublishedArticleCache.Kind.ARTICLE,
                    idOrSlug,
                    epoch,
                    new PublishedArticleCache.Entry(
                            head.id(),
                            body,
                            etag,
                            lastModified,
                            cacheControl,
                            null,
                            PublishedArticleCache.Entry.servedUntil(head)));
        }
        Response.ResponseBuilder response =
                ETags.noneMatchFails(ifNoneMatch, etag) ? Response.notModified() : Response.ok(body, variant.mediaType);
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModified)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    /**
     * {@code "id-version-commentCount-variant"}: an approved comment changes the representation (its count) and so
     * the tag, while If-Match only compares the version, so that a new comment never fails an editor's update.
     */
    public static String etag(ArticleHead head, Variant variant) {
        return ETags.strong(head.id() + "-" + head.version() + "-" + head.commentCount() + "-" + variant.tag);
    }

    public static String etag(Article article) {
        return etag(
                new ArticleHead(
                        article.id,
                        article.status,
                        article.publishedAt,
                        article.unpublishAt,
                        article.version,
                        article.updatedAt,
                        article.commentCount),
                Variant.JSON);
    }

    private byte[] render(long id, Variant variant) {
        Article article = articles.find(Long.toString(id)).orElseThrow(() -> ProblemException.notFound("article", id));
        Function<Article, byte[]> renderer = switch (variant) {
            case JSON -> this::renderJson;
            case TEXT -> ArticleRepresentations::renderText;
            case JSON_LD -> this::renderJsonLd;
        };
        return renderer.apply(article);
    }

    private byte[] renderJson(Article article) {
        return write(ArticleView.of(article));
    }

    /** Escaped for a script element: publishers paste it into {@code <script type="application/ld+json">}. */
    private byte[] renderJsonLd(Article article) {
        return write(
                json.writer(SCRIPT_SAFE), NewsArticleJsonLd.of(article, publicUrl.of("/api/articles/" + article.slug)));
    }

    private byte[] write(Object value) {
        return write(json.writer(), value);
    }

    private static byte[] write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON that can sit inside an HTML script element: {@code <}, {@code >} and {@code &} written as JSON escapes
     * (backslash, u003c…), so that a title {@code </script><script>…} cannot close the element; U+2028 and U+2029
     * escaped too, since older JavaScript parsers end a string at them.
     */
    private static final CharacterEscapes SCRIPT_SAFE = new CharacterEscapes() {
        private final int[] escapes = standardAsciiEscapesForJSON();

        {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    };

    private static byte[] renderText(Article article) {
        var blocks = article.blocks.stream()
                .map(b -> new ParsedBlock(b.type, b.text, b.lead))
                .toList();
        return ArticleText.export(article.title, blocks).getBytes(StandardCharsets.UTF_8);
    }
}
