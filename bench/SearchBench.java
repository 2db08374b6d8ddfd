import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Search benchmark data and load (run by bench/search.sh).
 *   generate <jdbc-url> <count> <corpus-dir>  writes <count> published articles of French text straight into the database
 *   queries <base-url> <corpus-dir> <n> <threads>  sends n two-word queries and prints p50/p99 in milliseconds
 * Text comes from a word-bigram walk over the hand-written corpus, so words keep French frequencies and neighbours.
 */
public class SearchBench {

    public static void main(String[] args) throws Exception {
        Markov markov = new Markov(Path.of(args[args[0].equals("generate") ? 3 : 2]));
        if (args[0].equals("generate")) {
            generate(args[1], Integer.parseInt(args[2]), markov);
        } else {
            queries(args[1], markov, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
    }

    static void generate(String url, int count, Markov markov) throws Exception {
        Random random = new Random(42);
        try (Connection db = DriverManager.getConnection(url, "kiosque", "kiosque")) {
            db.setAutoCommit(false);
            PreparedStatement article = db.prepareStatement("insert into article (id, slug, title, language, status, published_at, created_at, updated_at, "
                    + "version, word_count, comment_mode) values (?, ?, ?, 'fr', 'published', ?, ?, ?, 0, ?, 'open')");
            PreparedStatement slug = db.prepareStatement("insert into article_slug (slug, article_id) values (?, ?)");
            PreparedStatement block = db.prepareStatement("insert into block (id, article_id, position, type, text, lead) values (?, ?, ?, ?, ?, ?)");
            long blockId = 3_000_000_000L;
            long allWords = 0;
            for (int i = 1; i <= count; i++) {
                long id = 100_000 + i;
                Timestamp at = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(600L * i));
                String title = markov.sentence(random, 8, 14);
                int words = 0;
                int position = 0;
                int paragraphs = 4 + random.nextInt(3);
                for (int p = 0; p < paragraphs; p++) {
                    if (p == 2) {
                        addBlock(block, blockId++, id, position++, "heading", markov.sentence(random, 4, 7).replaceAll("[.!?]$", ""), false);
                    }
                    StringBuilder text = new StringBuilder();
                    for (int s = 0; s < 2 + random.nextInt(3); s++) {
                        text.append(s == 0 ? "" : " ").append(markov.sentence(random, 12, 28));
                    }
                    words += text.toString().split(" ").length;
                    addBlock(block, blockId++, id, position++, "paragraph", text.toString(), p == 0);
                }
                article.setLong(1, id);
                article.setString(2, "recherche-" + i);
                article.setString(3, title.length() > 990 ? title.substring(0, 990) : title);
                article.setTimestamp(4, at);
                article.setTimestamp(5, at);
                article.setTimestamp(6, at);
                article.setInt(7, words);
                allWords += words;
                article.addBatch();
                slug.setString(1, "recherche-" + i);
                slug.setLong(2, id);
                slug.addBatch();
                if (i % 1000 == 0 || i == count) {
                    article.executeBatch();
                    slug.executeBatch();
                    block.executeBatch();
                    db.commit();
                }
            }
            db.createStatement().execute("alter table article alter column id restart with " + (200_000 + count));
            db.createStatement().execute("alter sequence block_seq restart with " + (blockId + 1000));
            db.commit();
            System.out.println(allWords);
        }
    }

    private static void addBlock(PreparedStatement block, long id, long articleId, int position, String type, String text, boolean lead) throws Exception {
        block.setLong(1, id);
        block.setLong(2, articleId);
        block.setInt(3, position);
        block.setString(4, type);
        block.setString(5, text);
        block.setBoolean(6, lead);
        block.addBatch();
    }

    static void queries(String base, Markov markov, int n, int threads) throws Exception {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            queries.add(markov.twoWords(random));
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < Math.min(500, n); i++) { // warm-up
            get(http, base, queries.get(i));
        }
        long[] millis = new long[n];
        long[] hits = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                for (int i = first; i < n; i += threads) {
                    long t0 = System.nanoTime();
                    hits[i] = get(http, base, queries.get(i));
                    millis[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        long withHits = Arrays.stream(hits).filter(h -> h > 0).count();
        System.out.printf("| %d | %d | %.0f | %.1f | %.1f | %.1f | %d %% |%n", threads, n, n / seconds, sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6,
                sorted[n - 1] / 1e6, 100 * withHits / n);
    }

    private static long get(HttpClient http, String base, String q) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(q + " → " + response.statusCode() + " " + response.body());
        }
        int at = response.body().indexOf("\"totalItems\":");
        return Long.parseLong(response.body().substring(at + 13).split("[,}]")[0]);
    }

    /** Word bigrams of the corpus: a walk gives sentences with French word frequencies. */
    static final class Markov {
        private final Map<String, List<String>> next = new HashMap<>();
        private final List<String> starts = new ArrayList<>();
        private final List<String> contentWords = new ArrayList<>();

        Markov(Path corpus) throws Exception {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String[] words = line.strip().split("\\s+");
                        if (words.length < 6) {
                            continue;
                        }
                        starts.add(words[0]);
                        for (int i = 0; i + 1 < words.length; i++) {
                            next.computeIfAbsent(words[i], w -> new ArrayList<>()).add(words[i + 1]);
                            String bare = words[i].replaceAll("[^\\p{L}]", "");
                            if (bare.length() >= 5 && Character.isLowerCase(bare.charAt(0))) {
                                contentWords.add(bare);
                            }
                        }
                    }
                }
            }
        }

        String sentence(Random random, int min, int max) {
            StringBuilder out = new StringBuilder();
            String word = starts.get(random.nextInt(starts.size()));
            int length = min + random.nextInt(max - min + 1);
            for (int i = 0; i < length; i++) {
                out.append(i == 0 ? "" : " ").append(word);
                List<String> options = next.get(word);
                word = options == null ? starts.get(random.nextInt(starts.size())) : options.get(random.nextInt(options.size()));
            }
            String text = out.toString().replaceAll("[,;:]$", "");
            return text.matches(".*[.!?»]$") ? text : text + ".";
        }

        /** Two content words drawn by corpus frequency, as readers type them: lowercase, often without accents. */
        String twoWords(Random random) {
            String a = contentWords.get(random.nextInt(contentWords.size()));
            String b = contentWords.get(random.nextInt(contentWords.size()));
            String q = (a + " " + b).toLowerCase();
            return random.nextBoolean() ? java.text.Normalizer.normalize(q, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "") : q;
        }
    }
}
