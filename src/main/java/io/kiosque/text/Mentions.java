package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;

/**
 * People and roles named so far in an article, in reading order: what a pronoun such as « a-t-elle ajouté »
 * or « Selon lui » points back to.
 */
final class Mentions {

    private record Mention(int block, int position, String name, boolean speaker) {
    }

    private final List<Mention> mentions = new ArrayList<>();

    /** A name met in the text. */
    void add(int block, int position, String name) {
        mentions.add(new Mention(block, position, name, false));
    }

    /** Someone a quote was attributed to. */
    void addSpeaker(int block, int position, String name) {
        mentions.add(new Mention(block, position, name, true));
    }

    /**
     * Who a pronoun at this place points to: the latest speaker earlier in the same block (the press keeps
     * quoting the same person: « Selon elle, … »), else the latest name earlier in that block, else the latest
     * speaker or name in the blocks before.
     */
    String latestBefore(int block, int position) {
        Mention sameBlockSpeaker = null;
        Mention sameBlock = null;
        Mention earlier = null;
        for (Mention m : mentions) {
            if (m.block() == block && m.position() < position) {
                if (m.speaker() && (sameBlockSpeaker == null || m.position() > sameBlockSpeaker.position())) {
                    sameBlockSpeaker = m;
                }
                if (sameBlock == null || m.position() > sameBlock.position()) {
                    sameBlock = m;
                }
            } else if (m.block() < block && (earlier == null || m.block() > earlier.block()
                    || (m.block() == earlier.block() && m.position() > earlier.position()))) {
                earlier = m;
            }
        }
        Mention best = sameBlockSpeaker != null ? sameBlockSpeaker : sameBlock != null ? sameBlock : earlier;
        return best == null ? null : best.name();
    }

    /** The full name ending with this surname, when the article gives one (« Poutine » is « Vladimir Poutine »). */
    String fullName(String surname) {
        for (Mention m : mentions) {
            if (m.name().endsWith(" " + surname) && Character.isUpperCase(m.name().charAt(0))) {
                return m.name();
            }
        }
        return surname;
    }
}
