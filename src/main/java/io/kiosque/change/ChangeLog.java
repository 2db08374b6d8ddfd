package io.kiosque.change;

import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * The ordered change log over the outbox. Positions are given after commit, not by the writing transaction: a
 * sequence value taken by a transaction that commits late would otherwise appear below a position a reader already
 * passed. The sequencer locks the single change_log_state row, so one instance at a time numbers the rows committed
 * so far in outbox order; every position a reader can see was handed out before any higher one became visible.
 */
@ApplicationScoped
public class ChangeLog {

    /** Rows numbered per sequencer transaction: a backlog is numbered in several short transactions. */
    private static final int BATCH = 500;

    private final EntityManager em;

    ChangeLog(EntityManager em) {
        this.em = em;
    }

    /** Whether committed rows await a position: one indexed read, so that a feed read does no write when there is none. */
    @Transactional
    public boolean hasUnsequenced() {
        return !em.createQuery("select e.id from ChangeEvent e where e.position is null")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Numbers up to one batch of committed rows; returns how many it numbered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence() {
        long last = ((Number) em.createNativeQuery("select last_position from change_log_state where id = 1 for update")
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Number> pending = em.createNativeQuery("select id from change_event where position is null order by id")
                .setMaxResults(BATCH)
                .getResultList();
        long first = last + 1;
        // by id in one JDBC batch: a batch of comment posts makes a row per comment, which loading each as an entity
        // and dirty-checking it cost more than writing it
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement number =
                    connection.prepareStatement("update change_event set position = ? where id = ?")) {
                long position = first;
                for (Number id : pending) {
                    number.setLong(1, position++);
                    number.setLong(2, id.longValue());
                    number.addBatch();
                }
                number.executeBatch();
            }
        });
        last += pending.size();
        em.createNativeQuery("update change_log_state set last_position = ?1 where id = 1")
                .setParameter(1, last)
                .executeUpdate();
        return pending.size();
    }

    /**
     * Numbers every committed row. One caller per instance at a time: others (feed reads, the pump) wait here for its
     * pass instead of each holding a pooled connection while they queue for the database lock.
     */
    public synchronized void sequenceAll() {
        while (hasUnsequenced() && sequence() == BATCH) {
            // a backlog: another batch
        }
    }

    /** Events in order, and the purges they were read after (the second part of their cursors). */
    public record Slice(List<ChangeEvent> events, long purges) {}

    /**
     * Up to {@code limit} events after the cursor, in order. A cursor is gone (410) when retention removed changes above
     * its position since it was handed out (the client may have missed a tombstone), or when its position is beyond the
     * last one handed out (a cursor of another database). The cursor {@code 0} (from zero) is never gone.
     */
    @Transactional
    public Slice after(ChangeCursor cursor, int limit) {
        Object[] state = (Object[])
                em.createNativeQuery("select last_position, purged_through, purges from change_log_state where id = 1")
                        .getSingleResult();
        long last = ((Number) state[0]).longValue();
        long purgedThrough = ((Number) state[1]).longValue();
        long purges = ((Number) state[2]).longValue();
        boolean missed = cursor.purges() != purges && cursor.position() < purgedThrough;
        if (cursor.position() > last || (!cursor.isStart() && missed)) {
            throw new ProblemException(
                    ProblemType.GONE,
                    "cursor " + cursor
                            + (cursor.position() > last
                                    ? " is not a position of this feed"
                                    : " is older than the feed keeps (changes it had not read were removed)")
                            + "; resync from zero: drop your copy and read the feed again with since=0");
        }
        return new Slice(following(cursor.position(), limit), purges);
    }

    /** How many times retention removed changes: the second part of the cursors handed out now. */
    @Transactional
    public long purges() {
        return ((Number) em.createNativeQuery("select purges from change_log_state where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Up to {@code limit} events after position {@code since}, in order, whatever retention removed. */
    @Transactional
    public List<ChangeEvent> following(long since, int limit) {
        return ChangeEvent.<ChangeEvent>find("position > ?1 order by position", since)
                .page(0, limit)
                .list();
    }

    /** The highest position handed out. */
    @Transactional
    public long lastPosition() {
        return ((Number) em.createNativeQuery("select last_position from change_log_state where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Removes what changed before {@code cutoff} and a client resyncing from zero no longer needs: tombstones, comment
     * events, and article events followed by a later one of the same article. The last event of each published article
     * stays whatever its age, so that the feed from zero always rebuilds the whole published archive.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant cutoff) {
        em.createNativeQuery("select last_position from change_log_state where id = 1 for update")
                .getSingleResult();
        String removable =
                "from ChangeEvent e where e.position is not null and e.occurredAt < :cutoff and (e.type not in (:shown)"
                        + " or exists (select 1 from ChangeEvent later where later.articleId = e.articleId and later.type like 'article.%'"
                        + " and later.id > e.id))";
        List<String> shown = List.of(ChangeType.ARTICLE_PUBLISHED.wireName, ChangeType.ARTICLE_UPDATED.wireName);
        Long highest = em.createQuery("select max(e.position) " + removable, Long.class)
                .setParameter("cutoff", cutoff)
                .setParameter("shown", shown)
                .getSingleResult();
        if (highest == null) {
            return 0;
        }
        int removed = em.createQuery("delete " + removable)
                .setParameter("cutoff", cutoff)
                .setParameter("shown", shown)
                .executeUpdate();
        em.createNativeQuery(
                        "update change_log_state set purges = purges + 1, purged_through = case when purged_through < ?1 then ?1 "
                                + "else purged_through end where id = 1")
                .setParameter(1, highest)
                .executeUpdate();
        return removed;
    }
}
