package io.kiosque.article;

import io.kiosque.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who may see what: drafts exist only for editors and admins; everyone else gets 404, so drafts never leak. */
@RequestScoped
public class ArticleAccess {

    @Inject
    SecurityIdentity identity;

    public boolean canSeeDrafts() {
        return identity.hasRole(Roles.EDITOR);
    }

    public boolean canRead(ArticleHead head) {
        return head.isPublished() || canSeeDrafts();
    }

    public boolean canRead(Article article) {
        return article.isPublished() || canSeeDrafts();
    }
}
