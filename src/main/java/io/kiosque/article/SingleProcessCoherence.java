package io.kiosque.article;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/** The embedded H2 database in file mode admits one process: every change is made, and seen, by this instance. */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class SingleProcessCoherence implements CacheCoherence {

    @Override
    public boolean seesEveryChange() {
        return true;
    }

    @Override
    public void announce(long articleId) {
        // nobody else to tell
    }
}
