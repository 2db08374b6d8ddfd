package io.kiosque.search;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.web.CachePolicy;
import io.kiosque.web.Examples;
import io.kiosque.web.PageLinks;
import io.kiosque.web.PageParams;
import io.kiosque.web.Problem;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/search")
@Tag(name = "Search", description = "Full-text search of published articles and quotes, French-aware")
@Produces(APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final CachePolicy cachePolicy;

    @Context
    UriInfo uri;

    SearchResource(SearchService search, CachePolicy cachePolicy) {
        this.search = search;
        this.cachePolicy = cachePolicy;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Search published articles and quotes",
            description =
                    "Every word must match, in the title, a heading, a paragraph, a quote or a speaker's name; text between double "
                            + "quotes (\"…\" or « … ») must match as a phrase. Accents, case, plurals and elisions (l’, d’, qu’) do not matter, "
                            + "and stop words (le, de, et…) are ignored. Ranked by relevance (title and headings weigh more), then newest first. "
                            + "Results stop at the 1 000th hit.")
    @APIResponse(
            responseCode = "200",
            description = "A page of hits, best first",
            headers = {
                @Header(
                        name = "Link",
                        description = "RFC 8288 links to the first, previous, next and last pages",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = SearchPage.class),
                            examples = @ExampleObject(name = "seed", value = Examples.SEARCH_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "q is missing or too long, or paging goes past the 1 000th hit",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missing q", value = Examples.PROBLEM_SEARCH_QUERY)))
    public Response search(
            @Parameter(description = "What the reader typed", example = "coree \"amitie invincible\"", required = true)
                    @QueryParam("q")
                    @NotBlank(message = "is required: the words to search for")
                    @Size(max = 200, message = "must be at most 200 characters")
                    String q,
            @Parameter(description = "Only articles or only quotes; both when absent")
                    @QueryParam("type")
                    @Pattern(regexp = "article|quote", message = "must be article or quote")
                    String type,
            @Valid @BeanParam PageParams paging) {
        if (paging.offset() + paging.size > SearchService.MAX_HITS) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "page: search results stop at the " + SearchService.MAX_HITS
                            + "th hit; refine the query instead of paging this deep");
        }
        SearchPage page = search.search(q, type, paging.page, paging.size);
        return Response.ok(page)
                .header("Link", PageLinks.header(uri, paging.page, page.totalPages()))
                .header(HttpHeaders.CACHE_CONTROL, cachePolicy.cacheControl(true))
                .build();
    }
}
