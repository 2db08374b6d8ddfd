package io.kiosque.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A test profile whose Lucene index folder holds, before Kiosque starts, what {@link #prepare} writes there. */
public abstract class IndexOnDisk implements QuarkusTestProfile {

    abstract void prepare(Path dir) throws IOException;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path dir = Files.createTempDirectory("kiosque-index");
            prepare(dir);
            return Map.of("kiosque.search.index-dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
