package io.kiosque.security;

import io.kiosque.web.ClientAddress;
import io.kiosque.web.RateLimiter;
import io.kiosque.web.TrustedProxies;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a bearer secret into an identity with the token's roles; an admin token gets every role. A client address
 * that sent {@code kiosque.auth.failures-per-minute} bad tokens within the current minute gets 429 for any token
 * until the minute ends, a good one included: otherwise the answer would tell a right guess from a wrong one.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Attribute of the failure when the client is throttled: seconds until it may try again. */
    static final String RETRY_AFTER = "kiosque.retry-after";

    /** Attribute of the identity: the token's name (never its secret), which revisions record as their author. */
    public static final String TOKEN_NAME = "kiosque.token-name";

    private static final Set<String> ALL_ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final TokenService tokens;
    private final RateLimiter limiter;
    private final TrustedProxies proxies;
    private final int failuresPerMinute;

    TokenIdentityProvider(
            TokenService tokens,
            RateLimiter limiter,
            TrustedProxies proxies,
            @ConfigProperty(name = "kiosque.auth.failures-per-minute", defaultValue = "10") int failuresPerMinute) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.proxies = proxies;
        this.failuresPerMinute = failuresPerMinute;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = routing == null ? "unknown" : ClientAddress.hash(routing.request(), proxies);
        return context.runBlocking(() -> identity(request.getToken().getToken(), client));
    }

    @ActivateRequestContext
    SecurityIdentity identity(String secret, String client) {
        String failures = "auth-failures:" + client;
        long blocked = limiter.blockedFor(failures, failuresPerMinute, WINDOW);
        if (blocked > 0) {
            throw new AuthenticationFailedException(
                    "too many failed authentications from this client", Map.of(RETRY_AFTER, blocked));
        }
        ApiToken token = secret.isEmpty() ? null : tokens.verify(secret).orElse(null);
        if (token == null) {
            limiter.record(failures, WINDOW);
            throw new AuthenticationFailedException("the bearer token is unknown, revoked or expired");
        }
        Set<String> roles = token.roleSet().contains(Roles.ADMIN) ? ALL_ROLES : token.roleSet();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("token:" + token.id + ":" + token.name))
                .addRoles(roles)
                .addAttribute("tokenId", token.id)
                .addAttribute(TOKEN_NAME, token.name)
                .build();
    }
}
