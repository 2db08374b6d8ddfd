package io.kiosque.article;

import io.kiosque.text.BlockType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores block types by their wire names, which the schema's check constraint lists. */
@Converter
public class BlockTypeConverter implements AttributeConverter<BlockType, String> {

    @Override
    public String convertToDatabaseColumn(BlockType type) {
        return type == null ? null : type.wireName();
    }

    @Override
    public BlockType convertToEntityAttribute(String name) {
        return name == null ? null : BlockType.fromWireName(name);
    }
}
