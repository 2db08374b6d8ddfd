package io.kiosque.text;

import java.util.List;

/** An article's title and ordered blocks, as parsed from newsroom text. */
public record ParsedArticle(String title, List<ParsedBlock> blocks) {

    public ParsedArticle {
        blocks = List.copyOf(blocks);
    }

    /** True when the text had a title but nothing after it. */
    public boolean hasNoBody() {
        return blocks.stream().noneMatch(block -> block.type() != BlockType.AD);
    }
}
