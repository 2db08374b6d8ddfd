package io.kiosque.article;

/**
 * Whether this instance hears of every committed change to published articles and their visible comments, so that
 * {@link PublishedArticleCache} may serve an entry until one of those changes invalidates it. Chosen at build time
 * with the database (the README's "Deployments" table). An implementation whose answer can turn from false to true
 * (a listener that lost its connection and got it back) must have the cache forget what it held before, since
 * changes may have been missed meanwhile.
 */
public interface CacheCoherence {

    boolean seesEveryChange();

    /** Inside the writing transaction: tells the other instances, if any, once (and only if) it commits. */
    void announce(long articleId);
}
