package io.kiosque.article;

/** Whether readers see an article: a draft only to those who may edit. */
public enum ArticleStatus implements WireNamed {
    DRAFT, PUBLISHED;

    /** The wire names, for the parameters and fields that take them as text (a Bean Validation pattern and its message). */
    public static final String WIRE_NAMES = "draft|published";
    public static final String EXPECTED = "must be draft or published";

    public static ArticleStatus fromWireName(String name) {
        return WireNamed.fromWireName(ArticleStatus.class, name);
    }
}
