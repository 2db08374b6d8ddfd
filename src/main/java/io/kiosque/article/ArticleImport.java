package io.kiosque.article;

import io.kiosque.web.Digests;
import io.kiosque.web.InputText;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Text import concerns around the parser: decoding bytes safely, and loading the import folder at startup. */
@ApplicationScoped
public class ArticleImport {

    /** The largest article text accepted, far above any real article. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ArticleImport.class);

    @Inject
    ArticleService articles;

    @Inject
    ImportedFiles importedFiles;

    @ConfigProperty(name = "kiosque.import.dir")
    Optional<Path> importDir;

    /** Decodes a text/plain body strictly as UTF-8 and checks it is text (no unpaired surrogate, no noncharacter). */
    public String decode(byte[] body, String contentType) {
        if (body.length > MAX_TEXT_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "the text is " + body.length + " bytes; an import takes at most " + MAX_TEXT_BYTES + " bytes (1 MiB)");
        }
        String charset = contentType == null ? null : MediaType.valueOf(contentType).getParameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "charset '" + charset + "' is not accepted; send the text as UTF-8 with Content-Type: text/plain; charset=utf-8");
        }
        String text = InputText.decodeUtf8(body);
        InputText.check("body", text);
        return text;
    }

    /** Imports each .txt file of the import folder once, so that the sample article is there on first start. */
    void importFolder(@Observes StartupEvent startup) {
        if (importDir.isEmpty() || !Files.isDirectory(importDir.get())) {
            importDir.ifPresent(dir -> LOG.infof("import folder %s does not exist; nothing to import", dir.toAbsolutePath()));
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(importDir.get())) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
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
            if (importedFiles.importOnce(name, Digests.sha256(bytes),
                    () -> articles.importText(decode(bytes, null), ArticleStatus.PUBLISHED, "fr"))) {
                LOG.infof("imported %s", name);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not import %s: %s", file, e.getMessage());
        }
    }
}
