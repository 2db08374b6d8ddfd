package io.kiosque.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Set;

/** Turns a bearer secret into an identity with the token's roles; an admin token gets every role. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Set<String> ALL_ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR);

    @Inject
    TokenService tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request.getToken().getToken()));
    }

    @ActivateRequestContext
    SecurityIdentity identity(String secret) {
        ApiToken token = secret.isEmpty() ? null : tokens.verify(secret).orElse(null);
        if (token == null) {
            throw new AuthenticationFailedException("the bearer token is unknown, revoked or expired");
        }
        Set<String> roles = token.roleSet().contains(Roles.ADMIN) ? ALL_ROLES : token.roleSet();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("token:" + token.id + ":" + token.name))
                .addRoles(roles)
                .addAttribute("tokenId", token.id)
                .build();
    }
}
