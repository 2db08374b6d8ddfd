package io.kiosque.text;

/**
 * One block of an article as the text conventions describe it.
 *
 * @param type  paragraph, heading or ad
 * @param text  the block's text, NFC-normalised; null for an ad slot
 * @param lead  true for the first paragraph only
 */
public record ParsedBlock(BlockType type, String text, boolean lead) {

    public static ParsedBlock paragraph(String text) {
        return new ParsedBlock(BlockType.PARAGRAPH, text, false);
    }

    public static ParsedBlock heading(String text) {
        return new ParsedBlock(BlockType.HEADING, text, false);
    }

    public static ParsedBlock ad() {
        return new ParsedBlock(BlockType.AD, null, false);
    }

    ParsedBlock asLead() {
        return new ParsedBlock(type, text, true);
    }
}
