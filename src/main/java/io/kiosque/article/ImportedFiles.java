package io.kiosque.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Supplier;

/** Remembers which import-folder files became articles, in the same transaction as the import. */
@ApplicationScoped
@Transactional
public class ImportedFiles {

    /**
     * Runs the import unless a file of that name was imported before. The primary key on the file name makes
     * two instances starting together import it once: the second insert fails and its transaction rolls back.
     *
     * @return true when the file was imported now
     */
    public boolean importOnce(String fileName, String sha256, Supplier<Article> doImport) {
        if (ImportedFile.findById(fileName) != null) {
            return false;
        }
        Article article = doImport.get();
        ImportedFile record = new ImportedFile();
        record.fileName = fileName;
        record.sha256 = sha256;
        record.articleId = article.id;
        record.importedAt = Instant.now();
        record.persist();
        return true;
    }

    @Entity
    @Table(name = "imported_file")
    public static class ImportedFile extends PanacheEntityBase {
        @Id
        @Column(name = "file_name")
        public String fileName;

        public String sha256;

        @Column(name = "article_id")
        public Long articleId;

        public Instant importedAt;
    }
}
