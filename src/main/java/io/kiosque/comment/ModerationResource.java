package io.kiosque.comment;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.security.Roles;
import io.kiosque.web.PageLinks;
import io.kiosque.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/moderation/comments")
@Tag(name = "Moderation", description = "The moderators' queue and decisions")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.MODERATOR)
public class ModerationResource {

    private final CommentService comments;

    @Context
    UriInfo uri;

    ModerationResource(CommentService comments) {
        this.comments = comments;
    }

    @GET
    @Operation(
            summary = "List comments by status, oldest first",
            description = "status=pending (the default) is the queue.")
    @APIResponse(
            responseCode = "200",
            description = "A page of comments",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ModerationView.Page.class)))
    public Response queue(
            @QueryParam("status")
                    @DefaultValue("pending")
                    @Pattern(
                            regexp = "pending|approved|rejected|spam",
                            message = "must be pending, approved, rejected or spam")
                    String status,
            @Valid @BeanParam PageParams paging) {
        ModerationView.Page result = comments.queue(status, paging.page, paging.size);
        return Response.ok(result)
                .header("Link", PageLinks.header(uri, paging.page, result.totalPages()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(APPLICATION_JSON)
    @Operation(summary = "Approve, reject or mark a comment as spam")
    @RequestBody(
            content =
                    @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ModerationDecision.class)))
    @APIResponse(
            responseCode = "200",
            description = "The comment after the decision",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ModerationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown status")
    @APIResponse(responseCode = "404", description = "No such comment")
    @APIResponse(responseCode = "409", description = "The author deleted it")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public ModerationView decide(
            @PathParam("id") long id,
            @Valid @NotNull(message = "a JSON body is required") ModerationDecision decision) {
        return ModerationView.of(comments.decide(id, decision.status()));
    }
}
