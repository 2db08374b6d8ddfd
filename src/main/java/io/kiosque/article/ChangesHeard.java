package io.kiosque.article;

/**
 * Fired by the PostgreSQL change listener, on its thread, when other instances committed changes (or when it starts
 * listening again, having perhaps missed some): whoever acts on committed changes looks again.
 */
public record ChangesHeard() {}
