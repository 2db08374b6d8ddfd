package io.kiosque.comment;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.security.Roles;
import io.kiosque.web.ClientAddress;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/comments/{id}")
@Tag(name = "Comments")
@Produces(APPLICATION_JSON)
public class CommentResource {

    static final String EDIT_TOKEN = "X-Edit-Token";

    private final CommentService comments;
    private final ClientAddress client;
    private final SecurityIdentity identity;

    CommentResource(CommentService comments, ClientAddress client, SecurityIdentity identity) {
        this.comments = comments;
        this.client = client;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Get one comment",
            description =
                    "Approved comments are public; the author (with X-Edit-Token) and moderators also see it while pending.")
    @APIResponse(
            responseCode = "200",
            description = "The comment",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = "No such comment, or not visible to the caller")
    public CommentView get(
            @PathParam("id") long id,
            @Parameter(description = "The comment's edit token") @HeaderParam(EDIT_TOKEN) String editToken) {
        return CommentView.of(comments.visible(id, editToken, identity.hasRole(Roles.MODERATOR)), List.of());
    }

    @PATCH
    @Consumes(APPLICATION_JSON)
    @PermitAll
    @Operation(
            summary = "Edit your comment",
            description = "With the editToken from the POST, within 15 minutes. "
                    + "The new text goes through the moderation rules again; an edit never takes a comment out of the moderation queue, "
                    + "and a comment rejected or marked as spam cannot be edited.")
    @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CommentEdit.class)))
    @APIResponse(
            responseCode = "200",
            description = "The comment after the edit (its status may now be pending)",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a length out of bounds")
    @APIResponse(responseCode = "403", description = "Wrong edit token, or the edit window has closed")
    @APIResponse(responseCode = "404", description = "No such comment, or its article is not published")
    @APIResponse(
            responseCode = "409",
            description = "Rejected or marked as spam by moderation, or comments closed on the article")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public CommentView edit(
            @PathParam("id") long id,
            @Parameter(description = "The comment's edit token", required = true) @HeaderParam(EDIT_TOKEN)
                    String editToken,
            @Valid @NotNull(message = "a JSON body is required") CommentEdit edit) {
        return CommentView.of(comments.edit(id, editToken, edit), List.of());
    }

    @DELETE
    @PermitAll
    @Operation(
            summary = "Delete your comment",
            description = "With the editToken from the POST, within 15 minutes. Replies to it are no longer shown.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Wrong edit token, or the edit window has closed")
    @APIResponse(responseCode = "404", description = "No such comment")
    public Response delete(
            @PathParam("id") long id,
            @Parameter(description = "The comment's edit token", required = true) @HeaderParam(EDIT_TOKEN)
                    String editToken) {
        comments.delete(id, editToken);
        return Response.noContent().build();
    }

    @POST
    @Path("flags")
    @Consumes(APPLICATION_JSON)
    @PermitAll
    @Operation(
            summary = "Flag a comment for moderators",
            description = "Each client counts once per comment; 3 flags (configurable) send it back to the queue.")
    @RequestBody(content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = FlagInput.class)))
    @APIResponse(responseCode = "204", description = "Flag recorded (or already recorded for this client)")
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown reason")
    @APIResponse(responseCode = "404", description = "No such approved comment")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public Response flag(
            @PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") FlagInput flag) {
        comments.flag(id, flag.reason(), client.hash());
        return Response.noContent().build();
    }
}
