package io.kiosque.article;

import io.kiosque.web.CachePolicy;
import io.kiosque.web.Digests;
import io.kiosque.web.ETags;
import io.kiosque.web.PublicUrl;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sitemaps for search engines, at the root where crawlers look for them; URLs are absolute, from kiosque.public-url. */
@Path("/")
@Tag(name = "Sitemaps", description = "sitemaps.org and Google News sitemaps of the published articles")
@PermitAll
public class SitemapResource {

    static final String XML = "application/xml";

    private final Sitemaps sitemaps;
    private final PublicUrl publicUrl;
    private final CachePolicy cachePolicy;

    @Context
    UriInfo uri;

    SitemapResource(Sitemaps sitemaps, PublicUrl publicUrl, CachePolicy cachePolicy) {
        this.sitemaps = sitemaps;
        this.publicUrl = publicUrl;
        this.cachePolicy = cachePolicy;
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    @Operation(
            summary = "Sitemap of every published article",
            description =
                    "A urlset (sitemaps.org 0.9) with each article's address and "
                            + "last modification; past 50 000 articles, a sitemap index of pages (?page=N). Send If-None-Match for 304.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap, or the index of its pages",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "A page past the last")
    public Response sitemap(
            @Parameter(description = "A page of the sitemap index")
                    @QueryParam("page")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 1_000_000, message = "must be at most {value}")
                    Integer page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return xml(sitemaps.sitemap(page, this::articleUrl, n -> absolute("/sitemap.xml?page=" + n)), ifNoneMatch);
    }

    @GET
    @Path("sitemap-news.xml")
    @Produces(XML)
    @Operation(
            summary = "Google News sitemap",
            description =
                    "Articles published in the last 2 days, at most 1 000, newest first, with the "
                            + "publication's name (kiosque.sitemap.publication-name) and language, title and publication date. Send If-None-Match for 304.")
    @APIResponse(
            responseCode = "200",
            description = "The news sitemap",
            headers = {
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response news(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return xml(sitemaps.news(this::articleUrl), ifNoneMatch);
    }

    private String articleUrl(String slug) {
        return absolute("/api/articles/" + slug);
    }

    private String absolute(String path) {
        return publicUrl.absolute(path, uri.getBaseUri());
    }

    private Response xml(byte[] body, String ifNoneMatch) {
        String etag = ETags.strong(Digests.sha256(body).substring(0, 32));
        Response.ResponseBuilder response = ETags.noneMatchFails(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(body, XML + ";charset=utf-8");
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cachePolicy.cacheControl(true))
                .build();
    }
}
