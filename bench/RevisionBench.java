import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * 1 000 paragraph edits of the 200-paragraph article (each stores a revision), while a reader GETs the article without
 * pause: time per edit, p99 of the reads, and the database's growth. Run by bench/run-revisions.sh.
 *
 *   java bench/RevisionBench.java http://127.0.0.1:8091 TOKEN target/bench-article-200.txt DATA_DIR
 */
public class RevisionBench {

    static final int EDITS = 1_000;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String text = Files.readString(Path.of(args[2]));
        Path data = Path.of(args[3]);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        String json = created.body();
        long id = Long.parseLong(find(json, "\"id\":(\\d+)"));
        List<Long> paragraphs = new ArrayList<>();
        Matcher block = Pattern.compile("\\{\"id\":(\\d+),\"articleId\":\\d+,\"position\":\\d+,\"type\":\"paragraph\"").matcher(json);
        while (block.find()) {
            paragraphs.add(Long.parseLong(block.group(1)));
        }
        byte[] snapshotJson = client.send(get(base + "/api/articles/" + id + "/revisions/0", token), HttpResponse.BodyHandlers.ofByteArray()).body();
        System.out.printf("article %d: %d characters, %d paragraphs; one version as JSON %d bytes, gzipped %d bytes%n",
                id, text.length(), paragraphs.size(), snapshotJson.length, gzip(snapshotJson).length);
        long before = size(data);

        AtomicBoolean editing = new AtomicBoolean(true);
        List<Double> reads = new ArrayList<>();
        Thread reader = new Thread(() -> {
            HttpRequest read = HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id)).build();
            while (editing.get()) {
                long start = System.nanoTime();
                try {
                    client.send(read, HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                reads.add((System.nanoTime() - start) / 1e6);
            }
        });
        reader.start();
        double[] edits = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            long paragraph = paragraphs.get(i % paragraphs.size());
            String body = "{\"text\": \"Version " + i + " de ce paragraphe : la Russie et la Corée du Nord ont renforcé leurs relations, "
                    + "selon un communiqué publié mardi à Moscou.\"}";
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/paragraphs/" + paragraph))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            edits[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
        }
        editing.set(false);
        reader.join();
        Thread.sleep(2_000); // H2 writes its store in the background
        long after = size(data);
        Arrays.sort(edits);
        double[] readTimes = reads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%d edits: median %.1f ms, p99 %.1f ms%n", EDITS, at(edits, 0.5), at(edits, 0.99));
        System.out.printf("%d GETs of the article meanwhile: median %.1f ms, p99 %.1f ms%n", readTimes.length, at(readTimes, 0.5), at(readTimes, 0.99));
        System.out.printf("database files: %.1f MB before, %.1f MB after: +%.1f MB, %.1f KB per edit%n",
                before / 1e6, after / 1e6, (after - before) / 1e6, (after - before) / 1e3 / EDITS);
        String list = client.send(get(base + "/api/articles/" + id + "/revisions?size=1", token), HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("revisions stored: " + find(list, "\"totalItems\":(\\d+)"));
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(regex + " not in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    static long size(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
