package io.kiosque.article;

import io.kiosque.web.Digests;
import io.kiosque.web.InputText;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports each .txt file of the import folder once at start, so that the sample article is there on first start.
 * The files are held to the rules of a text/plain import (UTF-8, text only, at most {@link ArticleService#MAX_TEXT_BYTES}).
 */
@ApplicationScoped
public class ImportFolder {

    private static final Logger LOG = Logger.getLogger(ImportFolder.class);

    private final ArticleService articles;
    private final ImportedFiles importedFiles;
    private final Optional<Path> importDir;

    @Inject
    ImportFolder(
            ArticleService articles,
            ImportedFiles importedFiles,
            @ConfigProperty(name = "kiosque.import.dir") Optional<Path> importDir) {
        this.articles = articles;
        this.importedFiles = importedFiles;
        this.importDir = importDir;
    }

    void importFolder(@Observes StartupEvent startup) {
        if (importDir.isEmpty() || !Files.isDirectory(importDir.get())) {
            importDir.ifPresent(
                    dir -> LOG.infof("import folder %s does not exist; nothing to import", dir.toAbsolutePath()));
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(importDir.get())) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warnf("cannot list import folder %s: %s", importDir.get(), e.getMessage());
            return;
        }
        for (Path file : files) {
            importFile(file);
        }
    }

    private void importFile(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > ArticleService.MAX_TEXT_BYTES) {
                LOG.warnf("could not import %s: %d bytes, more than an import takes", file, bytes.length);
                return;
            }
            String text = InputText.decodeUtf8(bytes);
            InputText.check("body", text);
            if (importedFiles.importOnce(
                    name, Digests.sha256(bytes), () -> articles.importText(text, ArticleStatus.PUBLISHED, "fr"))) {
                LOG.infof("imported %s", name);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not import %s: %s", file, e.getMessage());
        }
    }
}
