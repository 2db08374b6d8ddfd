package io.kiosque.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosque.security.TokenIdentityProvider;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores a revision in the transaction of every change that moves an article's version, and keeps a deleted article's
 * revisions for {@code kiosque.revisions.deleted-retention} so that it can be restored. Snapshots are JSON, gzipped:
 * the 200-paragraph article's 64 000 characters take about a third (bench/README.md, revisions).
 */
@ApplicationScoped
@Transactional
public class Revisions {

    /** The author of changes Kiosque makes itself (the import folder at start). */
    public static final String SYSTEM = "kiosque";

    /** What made a version. */
    public enum Kind {
        CREATED,
        IMPORTED,
        REPLACED,
        PARAGRAPH_EDITED,
        QUOTE_CORRECTED,
        CORRECTED,
        RESTORED,
        UNDELETED,
        PUBLISHED,
        UNPUBLISHED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Duration deletedRetention;
    private final ObjectMapper json;
    private final Instance<SecurityIdentity> identity;

    Revisions(
            @ConfigProperty(name = "kiosque.revisions.deleted-retention", defaultValue = "30D")
                    Duration deletedRetention,
            ObjectMapper json,
            Instance<SecurityIdentity> identity) {
        this.deletedRetention = deletedRetention;
        this.json = json;
        this.identity = identity;
    }

    void record(Article article, Kind kind) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.version = article.version;
        revision.createdAt = article.updatedAt;
        revision.author = who();
        revision.kind = kind.wireName();
        revision.title = article.title;
        revision.snapshot = compress(RevisionSnapshot.of(article));
        revision.persist();
    }

    void recordDeletion(long articleId) {
        prune();
        ArticleDeletion deletion = new ArticleDeletion();
        deletion.articleId = articleId;
        deletion.deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        deletion.deletedBy = who();
        deletion.persist();
    }

    /** The deletion of this article, while its revisions are still kept; it ends with the restore. */
    Optional<ArticleDeletion> restorableDeletion(long articleId) {
        return ArticleDeletion.<ArticleDeletion>findByIdOptional(articleId).filter(d -> d.deletedAt.isAfter(cutoff()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionListing list(long articleId, int page, int size) {
        List<RevisionSummary> items = ArticleRevision.<ArticleRevision>find(
                        "articleId", Sort.descending("version"), articleId)
                .page(Page.of(page - 1, size))
                .project(RevisionSummary.class)
                .list();
        return new RevisionListing(items, ArticleRevision.count("articleId", articleId));
    }

    /** A page of an article's revisions, newest first, and how many it has. */
    public record RevisionListing(List<RevisionSummary> items, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleRevision> find(long articleId, long version) {
        return ArticleRevision.find(
                        "from ArticleRevision r where r.articleId = ?1 and r.version = ?2", articleId, version)
                .firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleRevision> latest(long articleId) {
        return ArticleRevision.find("articleId", Sort.descending("version"), articleId)
                .firstResultOptional();
    }

    /** The change from one version to another (either way round); 404 naming a version the article does not have. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleDiff diff(long articleId, long from, long to) {
        return RevisionDiff.between(
                articleId, from, snapshot(existing(articleId, from)), to, snapshot(existing(articleId, to)));
    }

    ArticleRevision existing(long articleId, long version) {
        return find(articleId, version)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "article " + articleId + " has no version " + version));
    }

    RevisionSnapshot snapshot(ArticleRevision revision) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(revision.snapshot))) {
            return json.readerFor(RevisionSnapshot.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the revisions of articles deleted longer ago than the retention. */
    void prune() {
        Instant cutoff = cutoff();
        ArticleRevision.delete(
                "articleId in (select d.articleId from ArticleDeletion d where d.deletedAt < ?1)", cutoff);
        ArticleDeletion.delete("deletedAt < ?1", cutoff);
    }

    void pruneAtStart(@Observes StartupEvent start) {
        prune();
    }

    private Instant cutoff() {
        return Instant.now().minus(deletedRetention);
    }

    private byte[] compress(RevisionSnapshot snapshot) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            json.writeValue(out, snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The token's name; the system's own name outside a request (the import folder at start) or without a token. */
    String who() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity caller = identity.get();
        String name = caller.isAnonymous() ? null : caller.getAttribute(TokenIdentityProvider.TOKEN_NAME);
        return name == null ? SYSTEM : name;
    }
}
