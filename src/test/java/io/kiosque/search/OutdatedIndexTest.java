package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiosque.OnH2;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * An index written by an older Kiosque (one "text" field for everything, which the current ranking does not read) is
 * thrown away and rebuilt from the database at start, rather than kept with documents only half searchable.
 */
@QuarkusTest
@OnH2
@TestProfile(OutdatedIndexTest.IndexOfAnOlderLayout.class)
class OutdatedIndexTest {

    public static class IndexOfAnOlderLayout extends IndexOnDisk {
        @Override
        void prepare(Path dir) throws IOException {
            try (IndexWriter writer =
                    new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(FrenchAnalysis.ANALYZER))) {
                Document gone = new Document(); // an article this database does not hold
                gone.add(new StringField("article", "424242", Field.Store.NO));
                gone.add(new StoredField("articleId", 424242L));
                gone.add(new StringField("type", "article", Field.Store.YES));
                gone.add(new NumericDocValuesField("publishedAt", 0));
                gone.add(new TextField("title", "Le vieux zorglub", Field.Store.NO));
                gone.add(new TextField("text", "Le vieux zorglub", Field.Store.NO));
                writer.addDocument(gone);
                writer.commit();
            }
        }
    }

    @Test
    void shouldRebuildAnIndexOfAnOlderLayout() {
        assertEquals(0, AbstractSearchTest.search("zorglub").getInt("totalItems"), "nothing of the old index is left");
        assertEquals(
                1,
                AbstractSearchTest.search("fraternité militante", "type", "article")
                        .getInt("totalItems"),
                "the seed is found");
    }
}
