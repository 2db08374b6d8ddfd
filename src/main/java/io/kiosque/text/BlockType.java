package io.kiosque.text;

/** The kinds of block an article body is made of. */
public enum BlockType {
    PARAGRAPH,
    HEADING,
    AD;

    /** The lowercase name used on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BlockType fromWireName(String name) {
        for (BlockType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown block type '" + name + "' (expected paragraph, heading or ad)");
    }
}
