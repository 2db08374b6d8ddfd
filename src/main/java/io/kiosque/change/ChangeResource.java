package io.kiosque.change;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/changes")
@Tag(name = "Changes", description = "What changed in the published archive: a resumable feed and signed webhooks")
@Produces(APPLICATION_JSON)
public class ChangeResource {

    private final ChangeLog log;
    private final ObjectMapper json;

    ChangeResource(ChangeLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Read the change feed",
            description =
                    "Changes to published articles and their approved comments, in order. Start with since=0 (the whole published "
                            + "archive: one event per published article, then what changed), apply each change (tombstones remove), store "
                            + "nextCursor and pass it as since next time; an empty page means you are up to date. Cursors stay valid for at "
                            + "least 30 days; an older one is 410: resync from zero.")
    @APIResponse(
            responseCode = "200",
            description = "The changes after `since`",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "A bad `since` or `limit`")
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the feed keeps, or not of this feed: resync from since=0")
    public Response changes(
            @Parameter(description = "The nextCursor of your last page; 0 (the default) from the beginning")
                    @QueryParam("since")
                    @DefaultValue("0")
                    @Pattern(regexp = ChangeCursor.PATTERN, message = "must be 0 or a cursor of this feed")
                    String since,
            @Parameter(description = "Changes per page, at most 1000")
                    @QueryParam("limit")
                    @DefaultValue("100")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 1000, message = "must be at most 1000")
                    int limit) {
        if (log.hasUnsequenced()) {
            log.sequenceAll(); // a reader sees what committed before its request, without waiting for the pump
        }
        ChangeLog.Slice slice = log.after(ChangeCursor.parse(since), limit);
        List<ChangeView> items = slice.events().stream()
                .map(e -> ChangeView.of(e, slice.purges(), json))
                .toList();
        String next = items.isEmpty() ? since : items.get(items.size() - 1).cursor();
        return Response.ok(new ChangePage(items, next))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
