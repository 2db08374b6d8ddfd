package io.kiosque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.Test;

/**
 * The README's "Deployments" table is what this build runs: for each seam, the bean named in this database's column
 * serves it, and the other deployment's bean was left out at build time. It runs in both runs (H2 and PostgreSQL).
 */
@QuarkusTest
class DeploymentsTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Inject
    Flyway flyway;

    @Test
    void shouldServeEachSeamWithTheBeanTheReadmeNamesForThisDatabase() throws IOException, ClassNotFoundException {
        int column = "h2".equals(dbKind) ? 2 : 3;
        List<String[]> rows = table();
        assertTrue(rows.size() >= 4, "the README's Deployments table has the seams");
        for (String[] row : rows) {
            if (row[1].equals("Flyway locations")) {
                Set<String> locations = Arrays.stream(flyway.getConfiguration().getLocations())
                        .map(Location::getRootPath)
                        .collect(Collectors.toSet());
                assertEquals(Set.copyOf(code(row[column])), locations, row[0]);
                continue;
            }
            Class<?> seam = type(row[1]);
            Object bean = ClientProxy.unwrap(Arc.container().select(seam).get());
            assertEquals(type(row[column]), bean.getClass(), row[0]);
            Class<?> other = type(row[5 - column]);
            assertFalse(
                    Arc.container().select(other).isResolvable(),
                    row[0] + ": " + other.getSimpleName() + " is left out of this build");
        }
    }

    /** The rows of the table under "## Deployments": what, interface, embedded H2, PostgreSQL. */
    private static List<String[]> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int at = lines.indexOf("## Deployments");
        assertTrue(at >= 0, "README.md has a Deployments section");
        while (!lines.get(at).startsWith("|")) {
            at++;
        }
        List<String[]> rows = new ArrayList<>();
        for (at += 2; at < lines.size() && lines.get(at).startsWith("|"); at++) {
            String[] cells = Arrays.stream(lines.get(at).split("\\|"))
                    .skip(1)
                    .map(String::trim)
                    .toArray(String[]::new);
            assertEquals(4, cells.length, lines.get(at));
            rows.add(cells);
        }
        return rows;
    }

    /** The class named first in a cell, {@code `package.Class`} under io.kiosque. */
    private static Class<?> type(String cell) throws ClassNotFoundException {
        return Class.forName("io.kiosque." + code(cell).get(0));
    }

    private static List<String> code(String cell) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
