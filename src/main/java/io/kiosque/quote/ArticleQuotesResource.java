package io.kiosque.quote;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.article.ArticleAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/articles/{idOrSlug}/quotes")
@Tag(name = "Quotes")
@Produces(APPLICATION_JSON)
public class ArticleQuotesResource {

    private final QuoteService quotes;
    private final ArticleAccess access;

    ArticleQuotesResource(QuoteService quotes, ArticleAccess access) {
        this.quotes = quotes;
        this.access = access;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List an article's quotes in reading order",
            description =
                    "Title quotes first (paragraphId null), then each block's; nested quotes follow their parent.")
    @APIResponse(
            responseCode = "200",
            description = "The quotes",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No such article, or a draft the caller may not see")
    public List<QuoteView> list(@PathParam("idOrSlug") String idOrSlug) {
        long id = access.readableHead(idOrSlug).id();
        return quotes.ofArticle(id).stream().map(QuoteView::of).toList();
    }
}
