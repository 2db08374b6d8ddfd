package io.kiosque.comment;

/**
 * A reader's post as its request prepared it, before it waits for its batch: the text cleaned and checked, judged on
 * what the text alone decides ({@code textVerdict}, null when it passes), digested for the duplicate check, its edit
 * token made. What needs the database (the article's state, the thread, recent duplicates) is decided in the batch.
 */
record NewComment(
        long articleId,
        String authorName,
        String body,
        Long parentId,
        Long paragraphId,
        String clientHash,
        String dedupKey,
        ModerationRules.Verdict textVerdict,
        String editToken,
        String editTokenHash) {}
