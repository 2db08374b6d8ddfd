package io.kiosque.security;

import io.kiosque.web.Digests;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Issues, checks and revokes bearer tokens. */
@ApplicationScoped
@Transactional
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    private static final String PREFIX = "kq_";

    @ConfigProperty(name = "kiosque.admin-token")
    Optional<String> configuredAdminToken;

    /** A token and, only at creation, its secret. */
    public record Issued(ApiToken token, String secret) {
    }

    public Issued issue(String name, Set<String> roles, Instant expiresAt) {
        String secret = PREFIX + Digests.randomToken(32);
        return new Issued(store(name, roles, expiresAt, secret), secret);
    }

    public List<ApiToken> list() {
        return ApiToken.listAll(Sort.ascending("id"));
    }

    public void revoke(long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no token with id " + id));
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
    }

    /** The active token with this secret. The lookup is by hash, and the hashes are compared in constant time. */
    public Optional<ApiToken> verify(String secret) {
        String hash = Digests.sha256(secret);
        return ApiToken.<ApiToken>find("tokenHash", hash).firstResultOptional()
                .filter(t -> Digests.sameHash(t.tokenHash, hash))
                .filter(t -> t.isActive(Instant.now()));
    }

    /**
     * Makes sure an admin can get in: the token in KIOSQUE_ADMIN_TOKEN is registered; with none configured and
     * no token at all, one is generated and printed once.
     */
    void bootstrapAdmin(@Observes StartupEvent startup) {
        if (configuredAdminToken.isPresent() && !configuredAdminToken.get().isBlank()) {
            String secret = configuredAdminToken.get().trim();
            if (ApiToken.count("tokenHash", Digests.sha256(secret)) == 0) {
                store("bootstrap admin (KIOSQUE_ADMIN_TOKEN)", Set.of(Roles.ADMIN), null, secret);
            }
        } else if (ApiToken.count() == 0) {
            Issued issued = issue("bootstrap admin (generated)", Set.of(Roles.ADMIN), null);
            LOG.warnf("No KIOSQUE_ADMIN_TOKEN set and no token exists: generated an admin token, shown only now:%n%n    %s%n%n"
                    + "Keep it: it is stored only as a hash. Use it as 'Authorization: Bearer <token>' or in Swagger UI's Authorize button.",
                    issued.secret());
        }
    }

    private ApiToken store(String name, Set<String> roles, Instant expiresAt, String secret) {
        ApiToken token = new ApiToken();
        token.name = name;
        token.tokenHash = Digests.sha256(secret);
        token.roles = String.join(",", new TreeSet<>(roles));
        token.createdAt = Instant.now();
        token.expiresAt = expiresAt;
        token.persist();
        return token;
    }

}
