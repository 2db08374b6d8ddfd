package io.kiosque.comment;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleAccess;
import io.kiosque.article.ArticleStatus;
import io.kiosque.article.Block;
import io.kiosque.article.CommentMode;
import io.kiosque.article.CommentsChanged;
import io.kiosque.text.BlockType;
import io.kiosque.text.Typography;
import io.kiosque.text.Unicode;
import io.kiosque.web.DatabaseErrors;
import io.kiosque.web.Digests;
import io.kiosque.web.KeysetCursor;
import io.kiosque.web.PageLinks;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Posting, threading, editing and moderating comments; each change is one transaction. A post is prepared on its
 * request's thread ({@link #prepare}), then written in the transaction of a batch of posts ({@link CommentBatches}):
 * {@link #startBatch} writes the comments of the whole batch, {@link #post} answers each one's receipt.
 */
@ApplicationScoped
@Transactional
public class CommentService {

    static final int MAX_NAME = 80;
    static final int MAX_BODY = 5000;

    private final CommentsConfig config;
    private final EntityManager em;
    private final ArticleAccess access;
    private final Event<CommentsChanged> commentChanges;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String INSERT = "insert into comment (article_id, parent_id, root_id, depth, paragraph_id, "
            + "anchor_text, author_name, body, status, hold_reason, flag_count, client_hash, dedup_key, edit_token_hash, "
            + "created_at, updated_at, editable_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)";

    private final ModerationRules rules;

    /** The posts of the batch this thread writes, from {@link #startBatch} to {@link #countBatch}; null outside a batch. */
    private final ThreadLocal<PostBatch> batchPosts = new ThreadLocal<>();

    CommentService(
            CommentsConfig config, EntityManager em, ArticleAccess access, Event<CommentsChanged> commentChanges) {
        this.config = config;
        this.em = em;
        this.access = access;
        this.commentChanges = commentChanges;
        this.rules = new ModerationRules(
                config.bannedWords().orElse(Set.of()), config.suspectWords().orElse(Set.of()), config.maxLinks());
    }

    /**
     * Checks and prepares a post on its request's thread, before it waits for a batch: 400 for bad text; the rules
     * that need only the text are applied here, so that a batch does only what needs the database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NewComment prepare(long articleId, CommentInput input, String clientHash) {
        String authorName =
                SPACES.matcher(text(input.authorName(), "authorName", MAX_NAME)).replaceAll(" ");
        String body = text(input.body(), "body", MAX_BODY);
        String editToken = Digests.randomToken(24);
        return new NewComment(
                articleId,
                authorName,
                body,
                input.parentId(),
                input.paragraphId(),
                clientHash,
                dedupKey(authorName, body),
                rules.judgeText(authorName, body),
                editToken,
                Digests.sha256(editToken));
    }

    /**
     * Writes a prepared post: in the batch this thread is writing ({@link #startBatch}), or else alone, as a batch
     * of one in the current transaction. The receipt carries its edit token, which is stored only as a hash.
     */
    public CommentReceipt post(NewComment post) {
        PostBatch batch = batchPosts.get();
        if (batch != null) {
            return batch.receipt(post);
        }
        startBatch(List.of(post));
        try {
            return batchPosts.get().receipt(post);
        } finally {
            countBatch();
        }
    }

    /** Threads of approved comments, newest or oldest first, one page of first comments with all their replies. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentPage threads(long articleId, boolean newestFirst, String cursor, int limit, Long paragraphId) {
        StringBuilder where = new StringBuilder("articleId = :article and parentId is null and status = :approved");
        Parameters params = Parameters.with("article", articleId).and("approved", Comment.APPROVED);
        if (paragraphId != null) {
            where.append(" and paragraphId = :paragraph");
            params.and("paragraph", paragraphId);
        }
        if (cursor != null) {
            where.append(" and ").append(KeysetCursor.decode(cursor).condition("createdAt", newestFirst, params));
        }
        // The order names the index's equality columns too, so that it delivers rows already sorted (H2 needs it).
        Sort sort = newestFirst
                ? Sort.descending("articleId", "status", "createdAt", "id")
                : Sort.ascending("articleId", "status", "createdAt", "id");
        List<Comment> roots = Comment.<Comment>find(where.toString(), sort, params)
                .page(Page.ofSize(limit + 1))
                .list();
        boolean more = roots.size() > limit;
        if (more) {
            roots = roots.subList(0, limit);
        }
        List<CommentView> items = withReplies(roots);
        String next = more ? KeysetCursor.afterLast(roots, c -> c.createdAt, c -> c.id) : null;
        return new CommentPage(items, next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Comment visible(long id, String editToken, boolean moderator) {
        Comment comment = readable(id);
        boolean visible = comment.isApproved() || moderator || (editToken != null && tokenMatches(comment, editToken));
        if (!visible || Comment.DELETED.equals(comment.status)) {
            throw notFound(id);
        }
        return comment;
    }

    /**
     * The author's edit; the new text goes through the rules again. An edit never undoes moderation: a rejected
     * comment stays rejected (409), and a held one (by a rule, reader flags or premoderation) stays in the queue.
     */
    public Comment edit(long id, String editToken, CommentEdit edit) {
        Comment comment = authorised(id, editToken);
        if (Comment.REJECTED.equals(comment.status) || Comment.SPAM.equals(comment.status)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "comment " + id + " was " + (Comment.SPAM.equals(comment.status) ? "marked as spam" : "rejected")
                            + " by moderation and can no longer be edited; it can still be deleted");
        }
        Article article = Article.findById(comment.articleId);
        if (article.commentMode == CommentMode.CLOSED) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "comments are closed on this article; its comments can no longer be edited");
        }
        String body = text(edit.body(), "body", MAX_BODY);
        comment.body = body;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ModerationRules.Verdict verdict =
                rules.judge(article.commentMode, comment.authorName, body, isDuplicate(comment, now));
        if (Comment.PENDING.equals(comment.status) && Comment.APPROVED.equals(verdict.status())) {
            verdict = new ModerationRules.Verdict(
                    Comment.PENDING, comment.holdReason); // only a moderator takes it out of the queue
        }
        setStatus(comment, verdict.status(), verdict.reason());
        comment.updatedAt = now;
        if (comment.isApproved()) {
            commentChanges.fire(CommentsChanged.of(
                    comment.articleId, comment.id, CommentsChanged.Kind.EDITED)); // readers see the new text
        }
        return comment;
    }

    public void delete(long id, String editToken) {
        Comment comment = authorised(id, editToken);
        setStatus(comment, Comment.DELETED, "deleted by its author");
        comment.body = null;
        comment.authorName = null;
        comment.updatedAt = Instant.now();
    }

    /**
     * A reader's flag; enough flags send an approved comment back to the queue. Each client counts once, also when
     * it sends the same flag many times at once: the flag's unique key decides, the count moves in the database.
     */
    public void flag(long id, String reason, String clientHash) {
        Comment comment = readable(id);
        if (!comment.isApproved()) {
            throw notFound(id);
        }
        long already = em.createQuery(
                        "select count(f) from CommentFlag f where f.commentId = :id and f.clientHash = :client",
                        Long.class)
                .setParameter("id", id)
                .setParameter("client", clientHash)
                .getSingleResult();
        if (already > 0) {
            return;
        }
        CommentFlag flag = new CommentFlag();
        flag.commentId = id;
        flag.reason = reason;
        flag.clientHash = clientHash;
        flag.createdAt = Instant.now();
        try {
            flag.persist();
            em.flush();
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUniqueViolation(e, "comment_flag")) {
                return; // the same client's simultaneous flag counted: this transaction only rolls back
            }
            throw e;
        }
        em.createQuery("update Comment c set c.flagCount = c.flagCount + 1 where c.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.refresh(comment);
        if (comment.flagCount >= config.flagsToHold()) {
            setStatus(comment, Comment.PENDING, comment.flagCount + " reader flags");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModerationView.Page queue(String status, int page, int size) {
        var query = Comment.<Comment>find("status", Sort.ascending("createdAt", "id"), status);
        List<ModerationView> items = query.page(Page.of(page - 1, size)).list().stream()
                .map(ModerationView::of)
                .toList();
        long total = query.count();
        return new ModerationView.Page(items, page, size, total, PageLinks.pageCount(total, size));
    }

    public Comment decide(long id, String status) {
        Comment comment = require(id);
        if (Comment.DELETED.equals(comment.status)) {
            throw new ProblemException(ProblemType.CONFLICT, "comment " + id + " was deleted by its author");
        }
        setStatus(comment, status, "moderator");
        comment.updatedAt = Instant.now();
        return comment;
    }

    private void placeInThread(Comment comment, Long parentId, Long paragraphId) {
        if (parentId != null) {
            Comment parent = Comment.<Comment>findByIdOptional(parentId)
                    .filter(p -> p.articleId.equals(comment.articleId) && p.isApproved())
                    .orElseThrow(() -> new ProblemException(
                            ProblemType.UNPROCESSABLE,
                            "parentId: " + parentId + " is not an approved comment of this article"));
            if (parent.depth >= config.maxDepth()) {
                // the deepest level is reached: the reply joins its parent's branch instead of nesting further
                parent = Comment.findById(parent.parentId);
            }
            comment.parentId = parent.id;
            comment.rootId = parent.rootId == null ? parent.id : parent.rootId;
            comment.depth = parent.depth + 1;
            comment.paragraphId = parent.paragraphId;
            comment.anchorText = parent.anchorText;
        }
        if (paragraphId != null) {
            Block block = Block.<Block>findByIdOptional(paragraphId)
                    .filter(b -> b.article.id.equals(comment.articleId) && b.type != BlockType.AD)
                    .orElseThrow(() -> new ProblemException(
                            ProblemType.UNPROCESSABLE,
                            "paragraphId: " + paragraphId + " is not a paragraph or heading of this article"));
            comment.paragraphId = block.id;
            comment.anchorText = block.text.length() <= 200 ? block.text : block.text.substring(0, 200);
        }
    }

    /** Sets the comment's dedup key and tells whether the same author posted the same text recently on the article. */
    private boolean isDuplicate(Comment comment, Instant now) {
        comment.dedupKey = dedupKey(comment.authorName, comment.body);
        long same = em.createQuery(
                        "select count(c) from Comment c where c.articleId = :article and c.dedupKey = :key "
                                + "and c.createdAt > :since and c.id <> :self",
                        Long.class)
                .setParameter("article", comment.articleId)
                .setParameter("key", comment.dedupKey)
                .setParameter("since", now.minus(config.duplicateWindow()))
                .setParameter("self", comment.id == null ? -1L : comment.id)
                .getSingleResult();
        return same > 0;
    }

    private static String dedupKey(String authorName, String body) {
        return Digests.sha256(Typography.fold(authorName) + "\n" + body);
    }

    private List<CommentView> withReplies(List<Comment> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        List<Long> rootIds = roots.stream().map(c -> c.id).toList();
        List<Comment> replies = Comment.list(
                "rootId in ?1 and status = ?2", Sort.ascending("createdAt", "id"), rootIds, Comment.APPROVED);
        Map<Long, List<Comment>> children = new HashMap<>();
        for (Comment reply : replies) {
            children.computeIfAbsent(reply.parentId, k -> new ArrayList<>()).add(reply);
        }
        Map<Long, CommentView> views = new LinkedHashMap<>();
        for (Comment root : roots) {
            views.put(root.id, view(root, children));
        }
        return List.copyOf(views.values());
    }

    /** A comment with its visible replies; a reply whose parent is not visible is not shown. */
    private static CommentView view(Comment comment, Map<Long, List<Comment>> children) {
        List<CommentView> replies = children.getOrDefault(comment.id, List.of()).stream()
                .map(c -> view(c, children))
                .toList();
        return CommentView.of(comment, replies);
    }

    private void setStatus(Comment comment, String status, String reason) {
        boolean wasApproved = comment.isApproved();
        comment.status = status;
        comment.holdReason = Comment.APPROVED.equals(status) ? null : reason;
        if (wasApproved != comment.isApproved()) {
            adjustCount(comment, comment.isApproved() ? 1 : -1);
        }
    }

    /**
     * Writes the posts of a batch at its start, in one pass: their articles' state and their recent duplicates in one
     * query each, their comments in one JDBC batch. Returns, in the posts' order, why each post was refused (404, 409,
     * 422), or null for a post written: {@link #post} then answers its receipt, until {@link #countBatch} ends the batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ProblemException> startBatch(List<NewComment> posts) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<Long, ArticleState> articles = articleStates(posts, now);
        Set<String> seen = recentlyPosted(posts, now);
        PostBatch batch = new PostBatch();
        List<ProblemException> refusals = new ArrayList<>(posts.size());
        List<NewComment> accepted = new ArrayList<>(posts.size());
        List<Comment> written = new ArrayList<>(posts.size());
        for (NewComment post : posts) {
            try {
                written.add(comment(post, articles.get(post.articleId()), seen, now));
                accepted.add(post);
                refusals.add(null);
            } catch (ProblemException refused) {
                batch.outcomes.put(post, refused);
                refusals.add(refused);
            }
        }
        insert(written);
        for (int i = 0; i < written.size(); i++) {
            Comment comment = written.get(i);
            batch.outcomes.put(
                    accepted.get(i), CommentReceipt.of(comment, accepted.get(i).editToken()));
            if (comment.isApproved()) {
                batch.approved.add(comment);
            }
        }
        batchPosts.set(batch);
        return refusals;
    }

    /**
     * Adds the batch's approved posts to their articles' counts, one statement per article in the order of the
     * articles' ids, as every batch does: the count's row is then locked only from there to the commit, so that the
     * next batch writes its comments meanwhile. Then tells of them, so that the change feed sees the counts they made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void countBatch() {
        PostBatch batch = batchPosts.get();
        batchPosts.remove();
        Map<Long, List<Long>> approved = new TreeMap<>();
        batch.approved.forEach(comment -> approved.computeIfAbsent(comment.articleId, article -> new ArrayList<>())
                .add(comment.id));
        approved.forEach((articleId, ids) -> {
            addToCount(articleId, ids.size());
            commentChanges.fire(new CommentsChanged(articleId, ids, CommentsChanged.Kind.APPROVED));
        });
    }

    /** What a batch answers each of its posts (a receipt, or the refusal), and its approved comments. */
    private static final class PostBatch {
        final Map<NewComment, Object> outcomes = new IdentityHashMap<>();
        final List<Comment> approved = new ArrayList<>();

        CommentReceipt receipt(NewComment post) {
            Object outcome = outcomes.get(post);
            if (outcome instanceof ProblemException refused) {
                throw refused;
            }
            if (outcome == null) {
                throw new IllegalStateException("a post runs in a batch it was not queued with");
            }
            return (CommentReceipt) outcome;
        }
    }

    /** What a post needs to know of its article. */
    private record ArticleState(boolean published, CommentMode mode) {}

    private Map<Long, ArticleState> articleStates(List<NewComment> posts, Instant now) {
        List<Object[]> rows = em.createQuery(
                        "select a.id, a.status, a.publishedAt, a.unpublishAt, a.commentMode from Article a where a.id in :ids",
                        Object[].class)
                .setParameter(
                        "ids",
                        posts.stream().map(NewComment::articleId).distinct().toList())
                .getResultList();
        Map<Long, ArticleState> states = new HashMap<>();
        for (Object[] row : rows) {
            boolean published = Article.isPublic((ArticleStatus) row[1], (Instant) row[2], (Instant) row[3], now);
            states.put((Long) row[0], new ArticleState(published, (CommentMode) row[4]));
        }
        return states;
    }

    /**
     * The article and dedup key ({@link #sameText}) of the comments posted within the duplicate window with these posts'
     * keys: per article, one index lookup per key, joined to the keys as a list of values (H2 reads an article's every
     * comment for {@code dedup_key in (...)}). The list is padded to a power of two, so that few statements are prepared.
     */
    private Set<String> recentlyPosted(List<NewComment> posts, Instant now) {
        Set<String> recent = new HashSet<>();
        Map<Long, List<String>> keysByArticle = new HashMap<>();
        posts.forEach(post -> keysByArticle
                .computeIfAbsent(post.articleId(), article -> new ArrayList<>())
                .add(post.dedupKey()));
        keysByArticle.forEach((articleId, keys) -> {
            int size = Integer.highestOneBit(keys.size() * 2 - 1);
            var query = em.createNativeQuery("select c.dedup_key from (values " + "(?), ".repeat(size - 1)
                    + "(?)) as k (dedup_key) join comment c on c.article_id = ? and c.dedup_key = k.dedup_key "
                    + "and c.created_at > ?");
            for (int i = 0; i < size; i++) {
                query.setParameter(i + 1, keys.get(Math.min(i, keys.size() - 1)));
            }
            query.setParameter(size + 1, articleId)
                    .setParameter(size + 2, now.minus(config.duplicateWindow()))
                    .getResultList()
                    .forEach(key -> recent.add(sameText(articleId, (String) key)));
        });
        return recent;
    }

    private static String sameText(long articleId, String dedupKey) {
        return articleId + "\n" + dedupKey;
    }

    /**
     * The comment a post makes, judged: a duplicate of a comment posted recently or earlier in the batch (added to
     * {@code posted}) is held. Throws the refusal of a post its article or thread does not take.
     */
    private Comment comment(NewComment post, ArticleState article, Set<String> posted, Instant now) {
        if (article == null || !article.published()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no article with id or slug '" + post.articleId() + "'");
        }
        if (article.mode() == CommentMode.CLOSED) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "comments are closed on this article; no new comment can be posted");
        }
        Comment comment = new Comment();
        comment.articleId = post.articleId();
        comment.authorName = post.authorName();
        comment.body = post.body();
        placeInThread(comment, post.parentId(), post.paragraphId());
        boolean duplicate = !posted.add(sameText(post.articleId(), post.dedupKey()));
        ModerationRules.Verdict verdict = ModerationRules.judge(article.mode(), post.textVerdict(), duplicate);
        comment.status = verdict.status();
        comment.holdReason = verdict.reason();
        comment.clientHash = post.clientHash();
        comment.dedupKey = post.dedupKey();
        comment.editTokenHash = post.editTokenHash();
        comment.createdAt = now;
        comment.updatedAt = now;
        comment.editableUntil = now.plus(config.editWindow());
        return comment;
    }

    /**
     * Inserts new comments in one JDBC batch and sets their ids. Not through Hibernate: it inserts a row with an
     * identity key at once, alone, and would also dirty-check every comment of the batch at the flush.
     */
    private void insert(List<Comment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
                for (Comment c : comments) {
                    insert.setLong(1, c.articleId);
                    insert.setObject(2, c.parentId, Types.BIGINT);
                    insert.setObject(3, c.rootId, Types.BIGINT);
                    insert.setInt(4, c.depth);
                    insert.setObject(5, c.paragraphId, Types.BIGINT);
                    insert.setString(6, c.anchorText);
                    insert.setString(7, c.authorName);
                    insert.setString(8, c.body);
                    insert.setString(9, c.status);
                    insert.setString(10, c.holdReason);
                    insert.setString(11, c.clientHash);
                    insert.setString(12, c.dedupKey);
                    insert.setString(13, c.editTokenHash);
                    insert.setObject(14, OffsetDateTime.ofInstant(c.createdAt, ZoneOffset.UTC));
                    insert.setObject(15, OffsetDateTime.ofInstant(c.updatedAt, ZoneOffset.UTC));
                    insert.setObject(16, OffsetDateTime.ofInstant(c.editableUntil, ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet ids = insert.getGeneratedKeys()) {
                    for (Comment c : comments) {
                        if (!ids.next()) {
                            throw new IllegalStateException("the database returned fewer ids than comments inserted");
                        }
                        c.id = ids.getLong(1);
                    }
                }
            }
        });
    }

    private void adjustCount(Comment comment, int delta) {
        addToCount(comment.articleId, delta);
        commentChanges.fire(CommentsChanged.of(
                comment.articleId,
                comment.id,
                delta > 0 ? CommentsChanged.Kind.APPROVED : CommentsChanged.Kind.REMOVED));
    }

    /** Counts in place, without bumping the article's version: a comment is not an edit of the article. */
    private void addToCount(long articleId, int delta) {
        em.createQuery("update Article a set a.commentCount = a.commentCount + :delta where a.id = :id")
                .setParameter("delta", delta)
                .setParameter("id", articleId)
                .executeUpdate();
    }

    private Comment authorised(long id, String editToken) {
        Comment comment = readable(id);
        if (Comment.DELETED.equals(comment.status)) {
            throw notFound(id);
        }
        if (editToken == null || !tokenMatches(comment, editToken)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "X-Edit-Token does not match this comment; only its author can change it");
        }
        if (Instant.now().isAfter(comment.editableUntil)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "the edit window closed at " + comment.editableUntil + "; comments can be changed for "
                            + config.editWindow().toMinutes() + " minutes after posting");
        }
        return comment;
    }

    private static boolean tokenMatches(Comment comment, String editToken) {
        return Digests.sameHash(comment.editTokenHash, Digests.sha256(editToken));
    }

    private static Comment require(long id) {
        return Comment.<Comment>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** A comment of an article the caller may read: the comments of a draft are as hidden as the draft. */
    private Comment readable(long id) {
        Comment comment = require(id);
        if (!access.canRead(comment.articleId)) {
            throw notFound(id);
        }
        return comment;
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(ProblemType.NOT_FOUND, "no comment with id " + id);
    }

    /**
     * Cleans reader text (NFC, no control characters but line breaks and tabs, no invisible characters but those
     * inside an emoji) and checks its length in characters. Invisible characters go before the rules and the length
     * are applied, so that "con\u200Bnard" is judged as the word it shows, and a text that shows nothing is empty.
     */
    static String text(String raw, String field, int max) {
        String text = Typography.trim(Unicode.withoutInvisible(Typography.clean(raw == null ? "" : raw)));
        int length = Unicode.hasVisibleText(text) ? text.codePointCount(0, text.length()) : 0;
        if (length < 1 || length > max) {
            throw new ProblemException(
                    ProblemType.VALIDATION, field + ": must be 1 to " + max + " characters (got " + length + ")");
        }
        return text;
    }
}
