package io.kiosque.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.kiosque.article.ArticleDiff.BlockChange;
import io.kiosque.article.ArticleDiff.TextChange;
import io.kiosque.article.ArticleDiff.WordChange;
import io.kiosque.article.RevisionSnapshot.SnapshotBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two snapshots with java-diff-utils (Myers): blocks matched by id, a block that left the longest common
 * order of shared ids counts as moved; inside a changed text, words, spaces and punctuation are the units.
 */
final class RevisionDiff {

    /** A word (letters, digits, marks, inner apostrophes and hyphens), a run of spaces (U+00A0 and U+202F too), or one other character. */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}\\p{M}]+(?:['’\\-][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private RevisionDiff() {}

    static ArticleDiff between(long articleId, long from, RevisionSnapshot old, long to, RevisionSnapshot now) {
        TextChange title = Objects.equals(old.title(), now.title()) ? null : text(old.title(), now.title());
        return new ArticleDiff(articleId, from, to, title, blocks(old.blocks(), now.blocks()));
    }

    private static List<BlockChange> blocks(List<SnapshotBlock> old, List<SnapshotBlock> now) {
        Map<Long, Integer> oldPositions = positions(old);
        Map<Long, Integer> newPositions = positions(now);
        List<Long> sharedInOldOrder = old.stream()
                .map(SnapshotBlock::id)
                .filter(newPositions::containsKey)
                .toList();
        List<Long> sharedInNewOrder = now.stream()
                .map(SnapshotBlock::id)
                .filter(oldPositions::containsKey)
                .toList();
        Set<Long> moved = new HashSet<>();
        for (AbstractDelta<Long> delta :
                DiffUtils.diff(sharedInOldOrder, sharedInNewOrder).getDeltas()) {
            moved.addAll(delta.getTarget().getLines());
        }
        // each entry sorts by the new position of the block it follows; a removed block right after that one
        record Sorted(double key, BlockChange change) {}
        List<Sorted> entries = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            SnapshotBlock block = now.get(i);
            Integer was = oldPositions.get(block.id());
            if (was == null) {
                entries.add(new Sorted(
                        i,
                        new BlockChange(
                                "added", false, block.id(), block.type(), null, null, i, text(null, block.text()))));
                continue;
            }
            SnapshotBlock before = old.get(was);
            boolean changed = !Objects.equals(before.text(), block.text())
                    || !before.type().equals(block.type());
            boolean isMoved = moved.contains(block.id());
            String change = changed ? "changed" : isMoved ? "moved" : "unchanged";
            entries.add(new Sorted(
                    i,
                    new BlockChange(
                            change,
                            isMoved,
                            block.id(),
                            block.type(),
                            before.type().equals(block.type()) ? null : before.type(),
                            was,
                            i,
                            text(before.text(), block.text()))));
        }
        double anchor = -1;
        int removedAfterAnchor = 0;
        for (int i = 0; i < old.size(); i++) {
            SnapshotBlock block = old.get(i);
            Integer kept = newPositions.get(block.id());
            if (kept != null) {
                anchor = kept;
                removedAfterAnchor = 0;
            } else {
                removedAfterAnchor++;
                entries.add(new Sorted(
                        anchor + removedAfterAnchor / 1_000_000.0,
                        new BlockChange(
                                "removed", false, block.id(), block.type(), null, i, null, text(block.text(), null))));
            }
        }
        return entries.stream()
                .sorted(Comparator.comparingDouble(Sorted::key))
                .map(Sorted::change)
                .toList();
    }

    /** Both texts and the word edits between them: none for an added or removed block, nor for an ad slot (no text at all). */
    static TextChange text(String oldText, String newText) {
        if (oldText == null && newText == null) {
            return null;
        }
        List<Token> oldTokens = tokens(oldText);
        List<Token> newTokens = tokens(newText);
        List<WordChange> changes = new ArrayList<>();
        if (oldText != null && newText != null && !oldText.equals(newText)) {
            for (AbstractDelta<Token> delta :
                    DiffUtils.diff(oldTokens, newTokens, Token::sameText).getDeltas()) {
                int oldStart = offset(oldTokens, delta.getSource().getPosition(), oldText);
                int oldEnd = offset(
                        oldTokens,
                        delta.getSource().getPosition() + delta.getSource().size(),
                        oldText);
                int newStart = offset(newTokens, delta.getTarget().getPosition(), newText);
                int newEnd = offset(
                        newTokens,
                        delta.getTarget().getPosition() + delta.getTarget().size(),
                        newText);
                changes.add(new WordChange(op(delta.getType()), oldStart, oldEnd, newStart, newEnd));
            }
        }
        return new TextChange(oldText, newText, changes);
    }

    private static String op(DeltaType type) {
        return switch (type) {
            case INSERT -> "insert";
            case DELETE -> "delete";
            default -> "replace";
        };
    }

    /** A token's text and where it starts, in UTF-16 units. */
    private record Token(String text, int start) {
        static boolean sameText(Token a, Token b) {
            return a.text.equals(b.text);
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(new Token(matcher.group(), matcher.start()));
            }
        }
        return tokens;
    }

    /** Where the token at this index starts, or the end of the text past the last one. */
    private static int offset(List<Token> tokens, int index, String text) {
        return index < tokens.size() ? tokens.get(index).start() : text == null ? 0 : text.length();
    }

    private static Map<Long, Integer> positions(List<SnapshotBlock> blocks) {
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            positions.put(blocks.get(i).id(), i);
        }
        return positions;
    }
}
