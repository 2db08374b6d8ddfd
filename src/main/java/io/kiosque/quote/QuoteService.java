package io.kiosque.quote;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleChanged;
import io.kiosque.article.ArticleService;
import io.kiosque.article.ArticleStatus;
import io.kiosque.article.Block;
import io.kiosque.text.FoundQuote;
import io.kiosque.text.FrenchModels;
import io.kiosque.text.QuoteFinder;
import io.kiosque.text.QuoteKind;
import io.kiosque.text.Typography;
import io.kiosque.web.PageLinks;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps an article's quotes in step with its text, and serves and corrects them. */
@ApplicationScoped
@Transactional
public class QuoteService {

    /** The most frequent speakers listed as facets. */
    static final int SPEAKER_FACETS = 20;

    private final ArticleService articles;

    QuoteService(ArticleService articles) {
        this.articles = articles;
    }

    /** The language models are read at start, not by the first article imported. */
    void onStart(@Observes io.quarkus.runtime.StartupEvent start) {
        FrenchModels.load();
    }

    /**
     * Re-extracts the article's quotes in the transaction that changed it. A quote whose block and text are
     * unchanged keeps its id, and an editor's correction of it survives.
     */
    void onArticleChanged(@Observes ArticleChanged change) {
        if (change.kind() != ArticleChanged.Kind.DELETED) {
            extract(change.article());
        }
    }

    private void extract(Article article) {
        List<Block> blocks = article.blocks;
        List<FoundQuote> found =
                QuoteFinder.find(article.title, blocks.stream().map(b -> b.text).toList(), article.language);
        Map<String, List<Quote>> existing = new HashMap<>();
        for (Quote quote : Quote.<Quote>list("articleId", Sort.ascending("position"), article.id)) {
            existing.computeIfAbsent(key(quote.blockId, quote.text), k -> new ArrayList<>())
                    .add(quote);
        }
        List<Quote> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            FoundQuote f = found.get(i);
            Long blockId = f.inTitle() ? null : blocks.get(f.block()).id;
            List<Quote> sameText = existing.getOrDefault(key(blockId, f.text()), List.of());
            Quote quote = sameText.isEmpty() ? new Quote() : sameText.remove(0);
            quote.articleId = article.id;
            quote.blockId = blockId;
            quote.position = i;
            quote.text = f.text();
            quote.textFolded = Typography.fold(f.text());
            quote.startOffset = f.start();
            quote.endOffset = f.end();
            quote.parentId = f.parent() < 0 ? null : kept.get(f.parent()).id;
            quote.language = f.language();
            if (!quote.speakerCorrected) {
                setSpeaker(quote, f.speaker());
                quote.attribution =
                        f.attribution() == null ? null : f.attribution().wireName();
                FoundQuote.Mention mention = f.mention();
                quote.mentionBlockId = mention == null || mention.block() < 0 ? null : blocks.get(mention.block()).id;
                quote.mentionStart = mention == null ? null : mention.start();
                quote.mentionEnd = mention == null ? null : mention.end();
            }
            if (!quote.kindCorrected) {
                quote.kind = f.kind().wireName();
            }
            if (quote.id == null) {
                quote.persist();
            }
            kept.add(quote);
        }
        existing.values().forEach(gone -> gone.forEach(Quote::delete));
    }

    private static String key(Long blockId, String text) {
        return blockId + "\u0000" + text;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quote> ofArticle(long articleId) {
        return Quote.list("articleId", Sort.ascending("position"), articleId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Quote> find(long id) {
        return Quote.findByIdOptional(id);
    }

    /**
     * A page of quotes from published articles, filtered accent- and case-insensitively, newest article first, with
     * the speakers of every quote the text filter matches and how many quotes each has: the speaker filter does not
     * narrow its own facet, so that a front-end can offer the other speakers next to the chosen one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuotePage search(String speaker, String text, int page, int size) {
        StringBuilder where =
                new StringBuilder("articleId in (select a.id from Article a where " + Article.publicAt("a") + ")");
        Parameters params =
                Parameters.with("published", ArticleStatus.PUBLISHED).and("now", Instant.now());
        if (text != null && !text.isBlank()) {
            where.append(" and textFolded like :text escape '\\'");
            params.and("text", "%" + likeEscaped(Typography.fold(text.strip())) + "%");
        }
        var facets = Quote.getEntityManager()
                .createQuery(
                        "select new io.kiosque.quote.SpeakerFacet(speaker, count(*)) from Quote where " + where
                                + " and speaker is not null group by speaker order by count(*) desc, speaker",
                        SpeakerFacet.class)
                .setMaxResults(SPEAKER_FACETS);
        params.map().forEach(facets::setParameter);
        List<SpeakerFacet> speakers = facets.getResultList();
        if (speaker != null && !speaker.isBlank()) {
            where.append(" and speakerFolded like :speaker escape '\\'");
            params.and("speaker", "%" + likeEscaped(Typography.fold(speaker.strip())) + "%");
        }
        var query =
                Quote.<Quote>find(where.toString(), Sort.descending("articleId").and("position"), params);
        List<QuoteView> items = query.page(Page.of(page - 1, size)).list().stream()
                .map(QuoteView::of)
                .toList();
        long total = query.count();
        return new QuotePage(items, page, size, total, PageLinks.pageCount(total, size), speakers);
    }

    /**
     * People quoted in published articles, most recently quoted first, filtered accent- and case-insensitively on any
     * part of the name: an article gives each person's quotes under their fullest name, so « Le Maire » and « Bruno
     * Le Maire » are one speaker.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpeakerPage speakers(String q, int page, int size) {
        String where = " from Quote q, Article a where a.id = q.articleId and " + Article.publicAt("a")
                + " and q.speaker is not null"
                + (q == null || q.isBlank() ? "" : " and q.speakerFolded like :q escape '\\'");
        var em = Quote.getEntityManager();
        var items = em.createQuery(
                "select new io.kiosque.quote.SpeakerView(q.speaker, count(q), count(distinct q.articleId), max(a.publishedAt))"
                        + where + " group by q.speaker order by max(a.publishedAt) desc, q.speaker",
                SpeakerView.class);
        var total = em.createQuery("select count(distinct q.speaker)" + where, Long.class);
        for (var query : List.of(items, total)) {
            query.setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", Instant.now());
            if (q != null && !q.isBlank()) {
                query.setParameter("q", "%" + likeEscaped(Typography.fold(q.strip())) + "%");
            }
        }
        List<SpeakerView> found =
                items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long count = total.getSingleResult();
        return new SpeakerPage(found, page, size, count, PageLinks.pageCount(count, size));
    }

    /** An editor's correction; it bumps the article's version so caches and ETags move on. */
    public Quote correct(long id, QuotePatch patch) {
        Quote quote = Quote.<Quote>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no quote with id " + id));
        if (patch.isSpeakerSent()) {
            setSpeaker(
                    quote, patch.getSpeaker() == null ? null : Typography.trim(Typography.clean(patch.getSpeaker())));
            quote.speakerCorrected = true;
            quote.attribution = null;
            quote.mentionBlockId = null;
            quote.mentionStart = null;
            quote.mentionEnd = null;
        }
        if (patch.getKind() != null) {
            quote.kind = QuoteKind.fromWireName(patch.getKind()).wireName();
            quote.kindCorrected = true;
        }
        articles.markChanged(quote.articleId);
        return quote;
    }

    private static void setSpeaker(Quote quote, String speaker) {
        quote.speaker = speaker == null || speaker.isEmpty() ? null : speaker;
        quote.speakerFolded = quote.speaker == null ? null : Typography.fold(quote.speaker);
    }

    /** LIKE patterns take the user's text literally. */
    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
