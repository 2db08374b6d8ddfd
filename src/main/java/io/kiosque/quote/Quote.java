package io.kiosque.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    public Long id;

    public Long articleId;

    /** Null for a quote in the title. */
    public Long blockId;

    public Long parentId;

    /** Reading order within the article. */
    public int position;

    public String text;
    public String textFolded;

    /** UTF-16 offsets of the quoted text in its block (or the title). Not named start/end: END is reserved SQL. */
    public int startOffset;

    public int endOffset;

    public String speaker;
    public String speakerFolded;
    public String kind;
    public String language;

    /** The rule that found the speaker (its wire name), null without one. */
    public String attribution;
    /** Where the words that decided the speaker are: a block (null for the title) and UTF-16 offsets; null without them. */
    public Long mentionBlockId;

    public Integer mentionStart;
    public Integer mentionEnd;

    /** Set when an editor corrected the speaker: re-extraction keeps it while the quote's text stays in its block. */
    public boolean speakerCorrected;

    public boolean kindCorrected;
}
