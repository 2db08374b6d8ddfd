package io.kiosque.quote;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.web.PageLinks;
import io.kiosque.web.PageParams;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

@Path("/api/speakers")
@Tag(name = "Quotes", description = "Quotations found in articles, and who said them")
@Produces(APPLICATION_JSON)
public class SpeakerResource {

    private final QuoteService quotes;

    @Context
    UriInfo uri;

    SpeakerResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List the people quoted in published articles",
            description =
                    "Most recently quoted first, with how many quotes and articles are theirs. Within an article, a surname, a role or a "
                            + "pronoun that stands for someone named in full counts for that person. q ignores accents and case: q=lemaire finds "
                            + "« Bruno Le Maire » only if written so; q=maire finds it.")
    @APIResponse(
            responseCode = "200",
            description = "A page of speakers",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = SpeakerPage.class)))
    public Response list(
            @Parameter(description = "Part of the speaker's name or role", example = "poutine")
                    @QueryParam("q")
                    @Size(max = 300)
                    String q,
            @Valid @BeanParam PageParams paging) {
        SpeakerPage result = quotes.speakers(q, paging.page, paging.size);
        return Response.ok(result)
                .header("Link", PageLinks.header(uri, paging.page, result.totalPages()))
                .build();
    }
}
