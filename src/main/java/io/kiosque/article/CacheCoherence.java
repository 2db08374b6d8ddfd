package io.kiosque.article;

/**
 * Whether this instance sees every committed change to articles and to their comment counts, so that
 * {@link PublishedArticleCache} may serve an entry until one of those changes invalidates it. Chosen at build time
 * with the database (the README's "Deployments" table). An implementation whose answer can turn from false to true
 * (say, a PostgreSQL LISTEN/NOTIFY listener that passes other instances' changes to the cache, true while connected)
 * must let the cache forget what it held before, since changes may have been missed meanwhile.
 */
public interface CacheCoherence {

    boolean seesEveryChange();
}
