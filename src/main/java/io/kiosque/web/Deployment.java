package io.kiosque.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What kind of deployment this is. The embedded H2 database in file mode can be opened by one process only,
 * so with it Kiosque is provably the only instance: state kept in memory (rate-limit counters, the knowledge
 * that a cached article is current) sees every write. With PostgreSQL several instances share the database,
 * and such state lives in the database.
 */
@ApplicationScoped
public class Deployment {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    public boolean isSingleInstance() {
        return "h2".equals(dbKind);
    }
}
