package io.kiosque;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tests of the PostgreSQL deployment's own beans: they run in the PostgreSQL run
 * ({@code ./mvnw verify -Ppg -Dkiosque.test.pg-url=…}, which sets {@code quarkus.test.profile=test,pg}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(
        named = "quarkus.test.profile",
        matches = OnPostgreSql.PG_PROFILE,
        disabledReason = "not the PostgreSQL run")
public @interface OnPostgreSql {

    /** A test profile list that holds pg: the application is built for PostgreSQL. */
    String PG_PROFILE = "(.*,)?pg(,.*)?";
}
