package io.kiosque.article;

import io.kiosque.text.ArticleText;
import io.kiosque.text.ArticleTextException;
import io.kiosque.text.BlockType;
import io.kiosque.text.ParsedArticle;
import io.kiosque.text.ParsedBlock;
import io.kiosque.text.Slugs;
import io.kiosque.text.Typography;
import io.kiosque.text.Unicode;
import io.kiosque.web.KeysetCursor;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.kiosque.web.RequestGuards;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates, edits and reads articles; every write is one transaction that bumps the article's version. Reads join
 * a transaction when there is one and otherwise use the request's session, so that views can load lazily.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    /** The largest article text imported, in bytes of UTF-8: far above any real article. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    private final EntityManager em;
    private final Event<ArticleChanged> changes;
    private final Revisions revisions;

    ArticleService(EntityManager em, Event<ArticleChanged> changes, Revisions revisions) {
        this.em = em;
        this.changes = changes;
        this.revisions = revisions;
    }

    public Article create(ArticleInput input) {
        Article article = new Article();
        article.createdAt = now();
        apply(
                article,
                input.title(),
                toParsed(input.blocks()),
                input.blocks(),
                input.language(),
                Publication.of(input),
                input.tags(),
                input.authors());
        article.commentMode =
                input.commentMode() == null ? CommentMode.OPEN : CommentMode.fromWireName(input.commentMode());
        return persistNew(article, Revisions.Kind.CREATED);
    }

    public Article importText(String text, ArticleStatus status, String language) {
        ParsedArticle parsed;
        try {
            parsed = ArticleText.parse(text);
        } catch (ArticleTextException e) {
            throw new ProblemException(
                    e.reason() == ArticleTextException.Reason.EMPTY
                            ? ProblemType.MALFORMED_REQUEST
                            : ProblemType.UNPROCESSABLE,
                    e.getMessage());
        }
        Article article = new Article();
        article.createdAt = now();
        apply(
                article,
                parsed.title(),
                parsed.blocks(),
                null,
                language,
                new Publication(status, null, null, null),
                null,
                null);
        return persistNew(article, Revisions.Kind.IMPORTED);
    }

    public Article replace(long id, Set<Long> expectedVersions, ArticleInput input) {
        Article article = require(id);
        checkVersion(article, expectedVersions);
        apply(
                article,
                input.title(),
                toParsed(input.blocks()),
                input.blocks(),
                input.language(),
                Publication.of(input),
                input.tags(),
                input.authors());
        if (input.commentMode() != null) {
            article.commentMode = CommentMode.fromWireName(input.commentMode());
        }
        return updated(article, Revisions.Kind.REPLACED);
    }

    /**
     * The article's content (title, language, blocks, tags, authors, comment mode) becomes that of a revision, as a new
     * version; its status and publication times stay, so that restoring old wording never unpublishes or republishes.
     * Blocks still in the article keep their ids (with their comments and quote corrections); the others come back new.
     */
    public Article restore(long id, Set<Long> expectedVersions, long version) {
        Article article = require(id);
        checkVersion(article, expectedVersions);
        RevisionSnapshot snapshot = revisions.snapshot(revisions
                .find(id, version)
                .orElseThrow(() ->
                        new ProblemException(ProblemType.NOT_FOUND, "article " + id + " has no version " + version)));
        Set<Long> current = article.blocks.stream().map(b -> b.id).collect(Collectors.toSet());
        List<BlockInput> blocks = snapshot.blockInputs(current);
        apply(
                article,
                snapshot.title(),
                toParsed(blocks),
                blocks,
                snapshot.language(),
                new Publication(article.status, article.publishedAt, null, article.unpublishAt),
                snapshot.tags(),
                snapshot.authors());
        article.commentMode = snapshot.commentMode();
        return updated(article, Revisions.Kind.RESTORED);
    }

    /**
     * Brings back a deleted article from its last revision, with its id, its block ids and its status (comments went with
     * the deletion); 404 once the retention has passed. The restore is a new version.
     */
    public Article undelete(long id) {
        revisions.prune();
        ArticleDeletion deletion =
                revisions.restorableDeletion(id).orElseThrow(() -> ProblemException.notFound("deleted article", id));
        ArticleRevision last = revisions.latest(id).orElseThrow(() -> ProblemException.notFound("deleted article", id));
        RevisionSnapshot snapshot = revisions.snapshot(last);
        String slug = uniqueSlug(Slugs.of(snapshot.title()), id);
        em.createNativeQuery(
                        "insert into article (id, slug, title, language, status, published_at, created_at, updated_at, version, word_count,"
                                + " comment_mode, unpublish_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11)")
                .setParameter(1, id)
                .setParameter(2, slug)
                .setParameter(3, snapshot.title())
                .setParameter(4, snapshot.language())
                .setParameter(5, snapshot.status().wireName())
                .setParameter(6, snapshot.publishedAt())
                .setParameter(7, snapshot.createdAt())
                .setParameter(8, snapshot.updatedAt())
                .setParameter(9, last.version)
                .setParameter(10, snapshot.commentMode().wireName())
                .setParameter(11, snapshot.unpublishAt())
                .executeUpdate();
        for (int i = 0; i < snapshot.blocks().size(); i++) {
            RevisionSnapshot.SnapshotBlock block = snapshot.blocks().get(i);
            em.createNativeQuery(
                            "insert into block (id, article_id, position, type, text, lead) values (?1, ?2, ?3, ?4, ?5, false)")
                    .setParameter(1, block.id())
                    .setParameter(2, id)
                    .setParameter(3, i)
                    .setParameter(4, block.type())
                    .setParameter(5, block.text())
                    .executeUpdate();
        }
        new ArticleSlug(slug, id).persist();
        deletion.delete();
        Article article = require(id);
        List<BlockInput> blocks =
                snapshot.blockInputs(article.blocks.stream().map(b -> b.id).collect(Collectors.toSet()));
        for (CorrectionView notice :
                snapshot.corrections() == null ? List.<CorrectionView>of() : snapshot.corrections()) {
            Correction correction = new Correction();
            correction.article = article;
            correction.type = notice.type();
            correction.text = notice.text();
            correction.createdAt = notice.datePublished();
            correction.author = revisions.who();
            article.corrections.add(correction);
        }
        apply(
                article,
                snapshot.title(),
                toParsed(blocks),
                blocks,
                snapshot.language(),
                new Publication(snapshot.status(), snapshot.publishedAt(), null, snapshot.unpublishAt()),
                snapshot.tags(),
                snapshot.authors());
        touch(article);
        revisions.record(article, Revisions.Kind.UNDELETED);
        changes.fire(new ArticleChanged(article, ArticleChanged.Kind.CREATED));
        return article;
    }

    public void delete(long id, Set<Long> expectedVersions) {
        Article article = require(id);
        checkVersion(article, expectedVersions);
        changes.fire(new ArticleChanged(article, ArticleChanged.Kind.DELETED));
        revisions.recordDeletion(id);
        article.delete();
    }

    public Block updateBlock(long blockId, Set<Long> expectedVersions, ParagraphPatch patch) {
        Block block = Block.<Block>findByIdOptional(blockId)
                .orElseThrow(() -> ProblemException.notFound("paragraph", blockId));
        Article article = require(block.article.id);
        checkVersion(article, expectedVersions);
        if (block.type == BlockType.AD) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE, "block " + blockId + " is an ad slot, which has no text to change");
        }
        block.text = cleanText(patch.text(), "text");
        if (patch.type() != null) {
            block.type = BlockType.fromWireName(patch.type());
        }
        assignLead(article.blocks);
        article.wordCount = wordCount(article.blocks);
        updated(article, Revisions.Kind.PARAGRAPH_EDITED);
        return block;
    }

    /** Adds a dated correction or update notice to a published article: a new version, and a new dateModified. */
    public Correction addCorrection(long id, CorrectionInput input) {
        Article article = require(id);
        if (!article.isPublished()) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "article " + id + " is not published: correct a draft by editing it");
        }
        Correction correction = new Correction();
        correction.article = article;
        correction.type = input.type();
        correction.text = cleanText(input.text(), "text");
        correction.createdAt = now();
        correction.author = revisions.who();
        article.corrections.add(correction);
        updated(article, Revisions.Kind.CORRECTED);
        return correction;
    }

    /**
     * The once-only work at a publication or unpublication instant (the search index, the caches of every instance, a
     * revision): done by whichever caller deletes the article's due rows first, in the transaction that does it, so
     * exactly once. False if another instance did it, or nothing is due.
     */
    public boolean reachInstant(long articleId) {
        Optional<Article> found = Article.findByIdOptional(articleId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        int claimed = em.createNativeQuery("delete from article_due where article_id = ?1 and due_at <= ?2")
                .setParameter(1, articleId)
                .setParameter(2, now)
                .executeUpdate();
        if (claimed == 0 || found.isEmpty()) {
            return false;
        }
        Article article = found.get();
        boolean ended = article.unpublishAt != null && !now.isBefore(article.unpublishAt);
        updated(article, ended ? Revisions.Kind.UNPUBLISHED : Revisions.Kind.PUBLISHED);
        return true;
    }

    /** Articles with an instant due, oldest first: what {@link #reachInstant} has to do. */
    public List<Long> dueArticles(int max) {
        return ((List<?>) em.createNativeQuery(
                                "select article_id from article_due where due_at <= ?1 group by article_id order by min(due_at)")
                        .setParameter(1, now())
                        .setMaxResults(max)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The instants ahead at which this article appears or leaves readers' sight, for {@link #reachInstant}. */
    private void planInstants(Article article) {
        em.createNativeQuery("delete from article_due where article_id = ?1")
                .setParameter(1, article.id)
                .executeUpdate();
        if (article.status != ArticleStatus.PUBLISHED) {
            return;
        }
        Instant now = now();
        Stream.of(article.publishedAt, article.unpublishAt)
                .filter(at -> at != null && at.isAfter(now))
                .distinct()
                .forEach(at -> em.createNativeQuery("insert into article_due (article_id, due_at) values (?1, ?2)")
                        .setParameter(1, article.id)
                        .setParameter(2, at)
                        .executeUpdate());
    }

    /** Records an edit of something the article owns (a quote correction): bumps its version and ETag, updates what derives from it. */
    public void markChanged(long articleId) {
        updated(require(articleId), Revisions.Kind.QUOTE_CORRECTED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Article> find(String idOrSlug) {
        return resolveId(idOrSlug).flatMap(id -> Article.<Article>findByIdOptional(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleHead> head(String idOrSlug) {
        // one query, the slug resolved in it: every comment post and every GET on PostgreSQL reads a head
        boolean byId = RequestGuards.isId(idOrSlug);
        TypedQuery<ArticleHead> query = em.createQuery(
                "select new io.kiosque.article.ArticleHead(a.id, a.status, a.publishedAt, a.unpublishAt, a.version, a.updatedAt,"
                        + " a.commentCount) from Article a where a.id = "
                        + (byId ? ":id" : "(select s.articleId from ArticleSlug s where s.slug = :slug)"),
                ArticleHead.class);
        if (byId) {
            query.setParameter("id", Long.parseLong(idOrSlug));
        } else {
            query.setParameter("slug", idOrSlug);
        }
        return query.getResultStream().findFirst();
    }

    /** These articles with their blocks, in one query (drafts included; the caller decides what it may show). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Article> findWithBlocks(List<Long> ids) {
        return Article.find("select distinct a from Article a left join fetch a.blocks where a.id in ?1", ids)
                .list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Block> findBlock(long id) {
        return Block.findByIdOptional(id);
    }

    /**
     * A page of articles, newest (or oldest) first: by page number, or after a keyset cursor (published articles
     * only), which costs the same at the 5 000th page as at the first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleListing list(ArticleFilter filter, int page, int size, String cursor) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.status() == ArticleStatus.DRAFT) {
            where.add("status = :draft");
            params.and("draft", ArticleStatus.DRAFT);
        } else if (filter.status() != null) {
            // published: public now; scheduled: stored as published, its publication time ahead
            where.add(
                    filter.status() == ArticleStatus.PUBLISHED
                            ? Article.publicAt("a")
                            : "a.status = :published and a.publishedAt > :now");
            params.and("published", ArticleStatus.PUBLISHED).and("now", now());
        }
        if (filter.tag() != null) {
            where.add("exists (select 1 from Article t join t.tags tag where t = a and lower(tag) = :tag)");
            params.and("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.author() != null) {
            where.add("exists (select 1 from Article w join w.authors author where w = a and lower(author) = :author)");
            params.and("author", filter.author().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.publishedAfter() != null) {
            where.add("publishedAt >= :after");
            params.and("after", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            where.add("publishedAt < :before");
            params.and("before", filter.publishedBefore());
        }
        boolean oldest = filter.oldestFirst();
        Sort.Direction direction = oldest ? Sort.Direction.Ascending : Sort.Direction.Descending;
        // Published articles always have publishedAt; naming the status in the order lets the (status,
        // published_at desc, id desc) index deliver rows already sorted, on H2 as on PostgreSQL.
        Sort order = (filter.status() == null ? Sort.empty() : Sort.ascending("status"))
                .and(
                        "publishedAt",
                        direction,
                        oldest ? Sort.NullPrecedence.NULLS_FIRST : Sort.NullPrecedence.NULLS_LAST)
                .and("id", direction);
        long total = Article.count(query(where), params);
        List<Article> items;
        if (cursor == null) {
            items = Article.<Article>find(query(where), order, params)
                    .page(Page.of(page - 1, size))
                    .list();
        } else {
            if (filter.status() != ArticleStatus.PUBLISHED) {
                throw new ProblemException(
                        ProblemType.VALIDATION, "cursor: cursor paging lists published articles; add status=published");
            }
            where.add(KeysetCursor.decode(cursor).condition("publishedAt", !oldest, params));
            items = Article.<Article>find(query(where), order, params)
                    .page(Page.ofSize(size))
                    .list();
        }
        String next = filter.status() == ArticleStatus.PUBLISHED && items.size() == size
                ? KeysetCursor.afterLast(items, a -> a.publishedAt, a -> a.id)
                : null;
        return new ArticleListing(items, total, next);
    }

    private static String query(List<String> conditions) {
        return conditions.isEmpty() ? "from Article a" : "from Article a where " + String.join(" and ", conditions);
    }

    /** What an article list is narrowed to, and its order; null fields do not filter. */
    public record ArticleFilter(
            ArticleStatus status,
            String tag,
            String author,
            Instant publishedAfter,
            Instant publishedBefore,
            boolean oldestFirst) {

        public ArticleFilter withStatus(ArticleStatus newStatus) {
            return new ArticleFilter(newStatus, tag, author, publishedAfter, publishedBefore, oldestFirst);
        }
    }

    /** A page of articles and the number of articles over all pages. */
    public record ArticleListing(List<Article> items, long total, String nextCursor) {}

    private Optional<Long> resolveId(String idOrSlug) {
        if (RequestGuards.isId(idOrSlug)) {
            return Optional.of(Long.parseLong(idOrSlug));
        }
        return ArticleSlug.<ArticleSlug>findByIdOptional(idOrSlug).map(s -> s.articleId);
    }

    /**
     * The article, locked for this transaction: concurrent writers of one article queue here instead of
     * deadlocking over its blocks, tags and slugs, and each then checks If-Match against the committed version.
     */
    private Article require(long id) {
        return Article.<Article>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("article", id));
    }

    /** Null accepts any version (no If-Match, or {@code *}). */
    private static void checkVersion(Article article, Set<Long> expectedVersions) {
        if (expectedVersions != null && !expectedVersions.contains(article.version)) {
            String expected = expectedVersions.stream().map(String::valueOf).collect(Collectors.joining(" or "));
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "article " + article.id + " is at version " + article.version + ", not " + expected
                            + " as If-Match says; GET it again, re-apply your change and retry with the new ETag");
        }
    }

    private Article persistNew(Article article, Revisions.Kind kind) {
        article.slug = uniqueSlug(Slugs.of(article.title), -1);
        article.persist();
        new ArticleSlug(article.slug, article.id).persist();
        em.flush();
        planInstants(article);
        revisions.record(article, kind);
        changes.fire(new ArticleChanged(article, ArticleChanged.Kind.CREATED));
        return article;
    }

    private void apply(
            Article article,
            String rawTitle,
            List<ParsedBlock> parsedBlocks,
            List<BlockInput> inputs,
            String language,
            Publication publication,
            List<String> tags,
            List<String> authors) {
        String title = singleLine(cleanText(rawTitle, "title"));
        if (article.id != null && !title.equals(article.title)) {
            article.slug = uniqueSlug(Slugs.of(title), article.id);
            if (ArticleSlug.findById(article.slug) == null) {
                new ArticleSlug(article.slug, article.id).persist();
            }
        }
        article.title = title;
        article.language = language == null ? "fr" : language;
        publication.applyTo(article, now());
        article.tags.clear();
        if (tags != null) {
            tags.stream().map(t -> singleLine(cleanText(t, "tags"))).distinct().forEach(article.tags::add);
        }
        article.authors.clear();
        if (authors != null) {
            authors.stream()
                    .map(a -> singleLine(cleanText(a, "authors")))
                    .distinct()
                    .forEach(article.authors::add);
        }
        replaceBlocks(article, parsedBlocks, inputs);
        article.wordCount = wordCount(article.blocks);
        article.updatedAt = now();
    }

    /** Keeps the blocks the request names by id (so comments and corrections stay attached), replaces the rest. */
    private static void replaceBlocks(Article article, List<ParsedBlock> parsed, List<BlockInput> inputs) {
        Map<Long, Block> existing = new HashMap<>();
        article.blocks.forEach(b -> existing.put(b.id, b));
        List<Block> next = new ArrayList<>(parsed.size());
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedBlock p = parsed.get(i);
            Long wantedId = inputs == null ? null : inputs.get(i).id();
            Block block = wantedId != null && kept.add(wantedId) ? existing.get(wantedId) : null;
            if (wantedId != null && block == null) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "blocks[" + i + "].id: " + wantedId
                                + " is not a block of this article (or is named twice); omit the id for a new block");
            }
            if (block == null) {
                block = new Block();
                block.article = article;
            }
            block.position = i;
            block.type = p.type();
            block.text = p.text();
            next.add(block);
        }
        article.blocks.clear();
        article.blocks.addAll(next);
        assignLead(article.blocks);
    }

    private static List<ParsedBlock> toParsed(List<BlockInput> inputs) {
        List<ParsedBlock> blocks = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            BlockInput input = inputs.get(i);
            BlockType type = BlockType.fromWireName(input.type());
            String field = "blocks[" + i + "].text";
            if (type == BlockType.AD) {
                if (input.text() != null) {
                    throw new ProblemException(ProblemType.UNPROCESSABLE, field + ": an ad slot has no text; omit it");
                }
                blocks.add(ParsedBlock.ad());
            } else {
                String text = cleanText(input.text(), field);
                blocks.add(
                        type == BlockType.HEADING
                                ? ParsedBlock.heading(singleLine(text))
                                : ParsedBlock.paragraph(text));
            }
        }
        return blocks;
    }

    private static void assignLead(List<Block> blocks) {
        boolean leadTaken = false;
        for (Block block : blocks) {
            block.lead = !leadTaken && block.type == BlockType.PARAGRAPH;
            leadTaken |= block.lead;
        }
    }

    private static String cleanText(String raw, String field) {
        String text = raw == null ? "" : Typography.trim(Typography.clean(raw));
        if (!Unicode.hasVisibleText(text)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, field + ": must contain visible text");
        }
        return text;
    }

    /** Titles, headings, tags and names are one line; stray line breaks become spaces. */
    private static String singleLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static int wordCount(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> Typography.countWords(b.text)).sum();
    }

    private String uniqueSlug(String base, long articleId) {
        List<ArticleSlug> taken = ArticleSlug.list("slug = ?1 or slug like ?2", base, base + "-%");
        Set<String> takenByOthers = new HashSet<>();
        for (ArticleSlug s : taken) {
            if (s.articleId != articleId) {
                takenByOthers.add(s.slug);
            }
        }
        if (!takenByOthers.contains(base)) {
            return base;
        }
        // Suffixes in order, skipping those other articles hold; one this article held before is reused.
        for (int n = 2; ; n++) {
            String candidate = Slugs.withSuffix(base, n);
            if (!takenByOthers.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A change of an existing article: a new version, its revision, and what derives from the article. */
    private Article updated(Article article, Revisions.Kind kind) {
        touch(article);
        revisions.record(article, kind);
        changes.fire(new ArticleChanged(article, ArticleChanged.Kind.UPDATED));
        return article;
    }

    /** Marks the article changed and flushes, so the bumped version is known (for the ETag) and a conflict surfaces here. */
    private void touch(Article article) {
        article.updatedAt = now();
        em.flush();
        planInstants(article);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
