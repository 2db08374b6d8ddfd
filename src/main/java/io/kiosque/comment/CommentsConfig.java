package io.kiosque.comment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Comment settings, {@code kiosque.comments.*}; each is documented in the README. */
@ConfigMapping(prefix = "kiosque.comments")
public interface CommentsConfig {

    /** Replies nest at most this deep; a reply to the deepest level joins its parent's branch. */
    @WithDefault("3")
    int maxDepth();

    /** How long the author may edit or delete a comment with its edit token. */
    @WithDefault("15M")
    Duration editWindow();

    /** Reader flags that send an approved comment back to the moderation queue. */
    @WithDefault("3")
    int flagsToHold();

    /** More links than this hold a comment for review. */
    @WithDefault("2")
    int maxLinks();

    /** Words or phrases that reject a comment (accents and case ignored). */
    Optional<Set<String>> bannedWords();

    /** Words or phrases that hold a comment for review. */
    Optional<Set<String>> suspectWords();

    /** A comment identical to the same author's comment on the same article within this window is held. */
    @WithDefault("24H")
    Duration duplicateWindow();

    /** Comments one client may post per minute. */
    @WithDefault("10")
    int perClientPerMinute();

    /** Comments one article may receive per minute, from everyone. */
    @WithDefault("120")
    int perArticlePerMinute();
}
