package io.kiosque.article;

import io.kiosque.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sitemaps of published articles: all of them (an index of pages past {@code kiosque.sitemap.page-size}, the
 * protocol's 50 000 URLs), and Google News's (the last 2 days, at most 1 000). Reads only the columns they list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Sitemaps {

    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int NEWS_MAX = 1_000;

    private final int pageSize;
    private final String publicationName;
    private final EntityManager em;

    Sitemaps(
            @ConfigProperty(name = "kiosque.sitemap.page-size", defaultValue = "50000") int pageSize,
            @ConfigProperty(name = "kiosque.sitemap.publication-name", defaultValue = "Kiosque") String publicationName,
            EntityManager em) {
        this.pageSize = pageSize;
        this.publicationName = publicationName;
        this.em = em;
    }

    /**
     * Page {@code page} of the sitemap, or (page null) the whole sitemap when it fits one page and an index of its pages
     * otherwise; {@code articleUrl} turns a slug into the article's absolute URL, {@code pageUrl} a page number into the page's.
     */
    byte[] sitemap(Integer page, Function<String, String> articleUrl, IntFunction<String> pageUrl) {
        long total = em.createQuery("select count(a) from Article a where " + Article.publicAt("a"), Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", Instant.now())
                .getSingleResult();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (page == null && pages > 1) {
            Instant latest = em.createQuery(
                            "select max(a.updatedAt) from Article a where " + Article.publicAt("a"), Instant.class)
                    .setParameter("published", ArticleStatus.PUBLISHED)
                    .setParameter("now", Instant.now())
                    .getSingleResult();
            return SitemapXml.index(pages, pageUrl, latest);
        }
        int wanted = page == null ? 1 : page;
        if (wanted > pages) {
            throw ProblemException.notFound("sitemap page", wanted);
        }
        List<SitemapXml.Url> urls = em.createQuery(
                        "select a.slug, a.updatedAt from Article a where " + Article.publicAt("a")
                                + " order by a.publishedAt desc, a.id desc",
                        Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", Instant.now())
                .setFirstResult((wanted - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(row -> new SitemapXml.Url(articleUrl.apply((String) row[0]), (Instant) row[1]))
                .toList();
        return SitemapXml.urlset(urls);
    }

    byte[] news(Function<String, String> articleUrl) {
        List<SitemapXml.NewsUrl> urls = em.createQuery(
                        "select a.slug, a.title, a.language, a.publishedAt from Article a" + " where "
                                + Article.publicAt("a")
                                + " and a.publishedAt >= :since order by a.publishedAt desc, a.id desc",
                        Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", Instant.now())
                .setParameter("since", Instant.now().minus(NEWS_WINDOW))
                .setMaxResults(NEWS_MAX)
                .getResultStream()
                .map(row -> new SitemapXml.NewsUrl(
                        articleUrl.apply((String) row[0]), (String) row[1], (String) row[2], (Instant) row[3]))
                .toList();
        return SitemapXml.news(publicationName, urls);
    }
}
