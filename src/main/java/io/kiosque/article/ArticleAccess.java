package io.kiosque.article;

import io.kiosque.security.Roles;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who may see what: drafts exist only for editors and admins; everyone else gets 404, so drafts never leak. */
@RequestScoped
public class ArticleAccess {

    private final SecurityIdentity identity;
    private final ArticleService articles;

    ArticleAccess(SecurityIdentity identity, ArticleService articles) {
        this.identity = identity;
        this.articles = articles;
    }

    /** The head of an article this caller may read; 404 otherwise, so that a draft's existence never leaks. */
    public ArticleHead readableHead(String idOrSlug) {
        return articles.head(idOrSlug)
                .filter(this::canRead)
                .orElseThrow(() -> ProblemException.notFound("article", idOrSlug));
    }

    /** As {@link #readableHead}, but 410 Gone for an article that was public and whose embargo has ended. */
    public ArticleHead readableHeadOrGone(String idOrSlug) {
        Optional<ArticleHead> head = articles.head(idOrSlug);
        if (head.isPresent() && !canRead(head.get()) && head.get().wasUnpublished()) {
            throw new ProblemException(
                    ProblemType.GONE,
                    "article " + idOrSlug + " was unpublished at " + head.get().unpublishAt());
        }
        return head.filter(this::canRead).orElseThrow(() -> ProblemException.notFound("article", idOrSlug));
    }

    public boolean canRead(long articleId) {
        return articles.head(Long.toString(articleId)).filter(this::canRead).isPresent();
    }

    public boolean canSeeDrafts() {
        return identity.hasRole(Roles.EDITOR);
    }

    /** Revisions and restores: 404 to anyone but editors, as for an article that does not exist. */
    public void requireEditor(long articleId) {
        if (!canSeeDrafts()) {
            throw ProblemException.notFound("article", articleId);
        }
    }

    /** Restoring a deleted article: 404 to anyone but admins. */
    public void requireAdmin(long articleId) {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw ProblemException.notFound("deleted article", articleId);
        }
    }

    public boolean canRead(ArticleHead head) {
        return head.isPublished() || canSeeDrafts();
    }

    public boolean canRead(Article article) {
        return article.isPublished() || canSeeDrafts();
    }
}
