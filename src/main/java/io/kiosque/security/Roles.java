package io.kiosque.security;

/**
 * The roles a token can carry. An admin token is granted every role, so {@code @RolesAllowed(EDITOR)} admits
 * admins too; readers are anonymous and carry none.
 */
public final class Roles {

    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Roles() {}
}
