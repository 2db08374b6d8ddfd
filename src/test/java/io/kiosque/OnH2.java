package io.kiosque;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Tests of the embedded H2 deployment's own beans: they run in {@code ./mvnw verify}, and are skipped in the
 * PostgreSQL run ({@code -Ppg}, which tests the application as built with the {@code pg} profile).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(
        named = "quarkus.test.profile",
        matches = OnPostgreSql.PG_PROFILE,
        disabledReason = "the PostgreSQL run")
public @interface OnH2 {}
