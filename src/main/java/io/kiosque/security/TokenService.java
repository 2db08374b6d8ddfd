package io.kiosque.security;

import io.kiosque.web.Digests;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
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
    /** About 190 bits of base64 or 128 of hex: out of reach of guessing, even unthrottled. */
    static final int MIN_ADMIN_TOKEN_LENGTH = 32;

    private final Optional<String> configuredAdminToken;

    TokenService(@ConfigProperty(name = "kiosque.admin-token") Optional<String> configuredAdminToken) {
        this.configuredAdminToken = configuredAdminToken;
    }

    /** A token and, only at creation, its secret. */
    public record Issued(ApiToken token, String secret) {}

    public Issued issue(String name, Set<String> roles, Instant expiresAt) {
        String secret = PREFIX + Digests.randomToken(32);
        return new Issued(store(name, roles, expiresAt, secret), secret);
    }

    public List<ApiToken> list() {
        return ApiToken.listAll(Sort.ascending("id"));
    }

    /** Revokes a token, unless it is the last valid admin token: then nobody could manage tokens any more. */
    public void revoke(long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no token with id " + id));
        Instant now = Instant.now();
        if (token.isActive(now) && token.roleSet().contains(Roles.ADMIN)) {
            // locked, so that two admins revoking each other's token at the same time cannot both succeed
            List<ApiToken> unrevoked = ApiToken.<ApiToken>find("revokedAt is null")
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list();
            boolean anotherAdmin = unrevoked.stream()
                    .anyMatch(t -> !t.id.equals(token.id)
                            && t.isActive(now)
                            && t.roleSet().contains(Roles.ADMIN));
            if (!anotherAdmin) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "token " + id + " is the last valid admin token, and at least one "
                                + "valid admin token must remain; create another admin token first");
            }
        }
        if (token.revokedAt == null) {
            token.revokedAt = now;
        }
    }

    /** The active token with this secret. The lookup is by hash, and the hashes are compared in constant time. */
    public Optional<ApiToken> verify(String secret) {
        String hash = Digests.sha256(secret);
        return ApiToken.<ApiToken>find("tokenHash", hash)
                .firstResultOptional()
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
            if (secret.length() < MIN_ADMIN_TOKEN_LENGTH) {
                throw new IllegalStateException("KIOSQUE_ADMIN_TOKEN (kiosque.admin-token) has " + secret.length()
                        + " characters; it must have at least " + MIN_ADMIN_TOKEN_LENGTH
                        + " characters, so that nobody can guess it. "
                        + "Generate one with 'openssl rand -base64 32', or leave it unset to get a generated admin token printed once "
                        + "in the log.");
            }
            if (ApiToken.count("tokenHash", Digests.sha256(secret)) == 0) {
                store("bootstrap admin (KIOSQUE_ADMIN_TOKEN)", Set.of(Roles.ADMIN), null, secret);
            }
        } else if (ApiToken.count() == 0) {
            Issued issued = issue("bootstrap admin (generated)", Set.of(Roles.ADMIN), null);
            LOG.warnf(
                    "No KIOSQUE_ADMIN_TOKEN set and no token exists: generated an admin token, shown only now:%n%n    %s%n%n"
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
