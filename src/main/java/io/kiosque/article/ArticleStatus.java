package io.kiosque.article;

/**
 * Whether readers see an article: a draft only to those who may edit. A scheduled article is stored as published with
 * its publication time ahead, and is scheduled on the wire until then: readers compare times, nothing has to flip.
 */
public enum ArticleStatus implements WireNamed {
    DRAFT,
    SCHEDULED,
    PUBLISHED;

    /** The wire names, for the parameters and fields that take them as text (a Bean Validation pattern and its message). */
    public static final String WIRE_NAMES = "draft|scheduled|published";

    public static final String EXPECTED = "must be draft, scheduled or published";

    public static ArticleStatus fromWireName(String name) {
        return WireNamed.fromWireName(ArticleStatus.class, name);
    }
}
