package io.kiosque.article;

import io.kiosque.web.ETags;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the article version an If-Match header names. Article ETags look like {@code "12-3-0-json"}: id, version, comment count, variant. */
final class ArticleVersions {

    private ArticleVersions() {}

    /**
     * The versions the client accepts, in the order If-Match lists them (RFC 9110: the condition holds when any
     * listed tag is current), or null when the header is absent or names {@code *} (any version).
     *
     * @throws ProblemException 412 when the header names no version of this article
     */
    /** Like {@link #expected}, for writes that must name the version they change: 428 without If-Match. */
    static Set<Long> required(String ifMatch, long articleId) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag from your last GET of this article, so that a concurrent edit is not overwritten");
        }
        return expected(ifMatch, articleId);
    }

    static Set<Long> expected(String ifMatch, long articleId) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        List<String> tags = ETags.strongOpaqueTags(ifMatch);
        if (tags.contains("*")) {
            return null;
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String tag : tags) {
            String[] parts = tag.split("-");
            if (parts.length >= 2 && parts[0].equals(Long.toString(articleId)) && parts[1].matches("\\d{1,18}")) {
                versions.add(Long.parseLong(parts[1]));
            }
        }
        if (versions.isEmpty()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match '" + ifMatch + "' names no version of article " + articleId
                            + "; use the ETag of a GET of this article");
        }
        return versions;
    }
}
