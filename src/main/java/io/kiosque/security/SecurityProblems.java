package io.kiosque.security;

import io.kiosque.web.ProblemType;
import io.kiosque.web.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Authentication and authorisation failures as problem+json, and a bad token refused on every operation. */
public class SecurityProblems {

    private final CurrentIdentityAssociation identities;

    SecurityProblems(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * A request that sends a token has it checked even on public operations: a client with a revoked or
     * mistyped token learns it at once instead of silently reading as anonymous.
     */
    @ServerRequestFilter
    public Uni<Void> checkSentCredentials(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return null;
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        Object retryAfter = e.getAttribute(TokenIdentityProvider.RETRY_AFTER);
        if (retryAfter != null) {
            return Problems.response(
                    ProblemType.TOO_MANY_REQUESTS,
                    "too many failed authentications from this address: tokens are not "
                            + "checked for it until the minute ends; retry in " + retryAfter + " s with a valid token",
                    uri,
                    Map.of("Retry-After", retryAfter.toString()));
        }
        return unauthorized(
                "the bearer token is unknown, revoked or expired; send 'Authorization: Bearer <token>' with a valid token",
                uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("this operation needs a token: send 'Authorization: Bearer <token>'", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(
                ProblemType.FORBIDDEN, "your token does not carry a role this operation needs", uri, Map.of());
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Problems.response(
                ProblemType.UNAUTHORIZED,
                detail,
                uri,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, BearerTokenMechanism.CHALLENGE));
    }
}
