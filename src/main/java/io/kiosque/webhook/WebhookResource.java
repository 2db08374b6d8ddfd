package io.kiosque.webhook;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.change.ChangePump;
import io.kiosque.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/webhooks")
@Tag(name = "Webhooks", description = "Signed deliveries of changes (Standard Webhooks), retried until received")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private final WebhookService webhooks;
    private final ChangePump pump;

    WebhookResource(WebhookService webhooks, ChangePump pump) {
        this.webhooks = webhooks;
        this.pump = pump;
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(
            summary = "Register a webhook endpoint",
            description =
                    "It receives the changes of the listed types committed from now on, signed per Standard Webhooks with the "
                            + "secret in the answer (shown once). Only https URLs of public hosts.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "site",
                                            value =
                                                    "{\"url\": \"https://hooks.example/kiosque\", "
                                                            + "\"events\": [\"article.published\", \"article.updated\", \"article.deleted\"], \"description\": \"Site mobile\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Registered; `secret` signs its deliveries",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(
            responseCode = "422",
            description = "The URL is not https, does not resolve, or resolves to an internal address")
    public Response register(@Valid @NotNull(message = "a JSON body is required") WebhookInput input) {
        WebhookView created = webhooks.register(input);
        return Response.created(URI.create("/api/webhooks/" + created.id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List webhook endpoints", description = "Without their secrets.")
    @APIResponse(
            responseCode = "200",
            description = "Every endpoint",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    public Response list() {
        return Response.ok(webhooks.list())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a webhook endpoint", description = "Without its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response get(@PathParam("id") long id) {
        return Response.ok(webhooks.get(id))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(APPLICATION_JSON)
    @Operation(
            summary = "Change a webhook endpoint",
            description = "url, events, description, enabled (true resumes where it stopped).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookPatch.class),
                            examples = @ExampleObject(name = "pause", value = "{\"enabled\": false}")))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(
            responseCode = "422",
            description = "The URL is not https, does not resolve, or resolves to an internal address")
    public Response update(
            @PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") WebhookPatch patch) {
        return Response.ok(webhooks.update(id, patch)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook endpoint", description = "With its deliveries; nothing more is sent to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @Operation(
            summary = "Rotate a webhook's signing secret",
            description =
                    "The answer carries the new secret, once. For 24 h deliveries carry two signatures, the new and the previous "
                            + "secret's, so that the receiver can switch at its pace.")
    @APIResponse(
            responseCode = "200",
            description = "Rotated; `secret` is the new one",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response rotate(@PathParam("id") long id) {
        return Response.ok(webhooks.rotate(id))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            summary = "List a webhook's deliveries",
            description = "Newest first: status, attempts, the last answer and the next attempt.")
    @APIResponse(
            responseCode = "200",
            description = "Deliveries",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "A bad `limit`")
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response deliveries(
            @PathParam("id") long id,
            @Parameter(description = "Deliveries listed, at most 100")
                    @QueryParam("limit")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit) {
        return Response.ok(webhooks.deliveries(id, limit))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @Operation(
            summary = "Send a delivery again",
            description = "Now, with the same webhook-id; a failed delivery goes back into the queue.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery")
    public Response retry(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        DeliveryView delivery = webhooks.retry(id, deliveryId);
        pump.wake();
        return Response.accepted(delivery).build();
    }

    @POST
    @Path("{id}/test")
    @Operation(
            summary = "Send a test message",
            description = "A `webhook.test` message, queued behind the endpoint's other deliveries.")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint")
    public Response test(@PathParam("id") long id) {
        DeliveryView delivery = webhooks.ping(id);
        pump.wake();
        return Response.accepted(delivery).build();
    }
}
