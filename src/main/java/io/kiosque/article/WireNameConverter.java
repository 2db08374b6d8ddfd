package io.kiosque.article;

import io.kiosque.text.BlockType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.function.Function;

/** Stores an enum by its wire name, which the schema's check constraint lists. */
public abstract class WireNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Function<E, String> toName;
    private final Function<String, E> fromName;

    WireNameConverter(Function<E, String> toName, Function<String, E> fromName) {
        this.toName = toName;
        this.fromName = fromName;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : toName.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String name) {
        return name == null ? null : fromName.apply(name);
    }

    @Converter
    public static class OfBlockType extends WireNameConverter<BlockType> {
        public OfBlockType() {
            super(BlockType::wireName, BlockType::fromWireName);
        }
    }

    @Converter
    public static class OfArticleStatus extends WireNameConverter<ArticleStatus> {
        public OfArticleStatus() {
            super(ArticleStatus::wireName, ArticleStatus::fromWireName);
        }
    }

    @Converter
    public static class OfCommentMode extends WireNameConverter<CommentMode> {
        public OfCommentMode() {
            super(CommentMode::wireName, CommentMode::fromWireName);
        }
    }
}
