package io.kiosque.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** Hex SHA-256 of the secret; the secret itself is never stored. */
    public String tokenHash;

    /** Comma-separated role names. */
    public String roles;

    public Instant createdAt;
    public Instant expiresAt;
    public Instant revokedAt;

    public Set<String> roleSet() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
