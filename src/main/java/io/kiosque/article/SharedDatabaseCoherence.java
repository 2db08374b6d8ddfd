package io.kiosque.article;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Several instances share PostgreSQL, and this one does not hear of the others' changes: the published-article cache
 * stays off, and each read asks the database (a shared HTTP cache in front absorbs the load).
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class SharedDatabaseCoherence implements CacheCoherence {

    @Override
    public boolean seesEveryChange() {
        return false;
    }
}
