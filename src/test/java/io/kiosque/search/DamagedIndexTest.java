package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.OnH2;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An index on disk that Lucene cannot read (a damaged disk, a copied half) does not stop Kiosque: it is rebuilt. */
@QuarkusTest
@OnH2
@TestProfile(DamagedIndexTest.DamagedIndexOnDisk.class)
class DamagedIndexTest {

    public static class DamagedIndexOnDisk extends IndexOnDisk {
        @Override
        void prepare(Path dir) throws IOException {
            Files.writeString(dir.resolve("segments_1"), "not a Lucene commit point");
            Files.writeString(dir.resolve("_0.cfs"), "nor a segment");
        }
    }

    @Test
    void shouldRebuildAnUnreadableIndexFromTheDatabase() {
        assertTrue(
                AbstractSearchTest.search("fraternité militante", "type", "article")
                                .getInt("totalItems")
                        >= 1,
                "the seed is found");
    }
}
