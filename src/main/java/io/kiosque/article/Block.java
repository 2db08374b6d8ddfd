package io.kiosque.article;

import io.kiosque.text.BlockType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One block of an article: a paragraph, a heading or an ad slot. Exposed on the API as a "paragraph". */
@Entity
@Table(name = "block")
public class Block extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "block_seq")
    @SequenceGenerator(name = "block_seq", sequenceName = "block_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public int position;

    @Convert(converter = WireNameConverter.OfBlockType.class)
    public BlockType type;

    /** Null for an ad slot. */
    public String text;

    public boolean lead;
}
