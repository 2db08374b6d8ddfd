import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash check: readers post comments (each with an Idempotency-Key, retried until they get an answer) and an
 * editor imports articles while Kiosque is killed with SIGKILL and restarted on the same H2 file, several times.
 * Afterwards every comment that got a 201 must be there once, no comment may exist that nobody was answered for,
 * and every article must be whole.
 *
 *   java .ci/CrashCheck.java target/quarkus-app/quarkus-run.jar [rounds]
 */
public class CrashCheck {

    static final String BASE = "http://127.0.0.1:8097";
    static final String TOKEN = "crash-check-token-a61f0b3d82c5e7149d2f";
    static final String SLUG = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    static Path jar;
    static Path data;

    public static void main(String[] args) throws Exception {
        jar = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        data = Files.createTempDirectory("kiosque-crash");
        String text = Files.readString(Path.of("src/main/samples/article-russie-coree-du-nord.txt"));
        Map<String, Long> ackedComments = new ConcurrentHashMap<>();
        Set<Long> ackedArticles = ConcurrentHashMap.newKeySet();
        Process server = start();
        for (int round = 1; round <= rounds; round++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                clients.add(startThread(() -> postComments(running, ackedComments)));
            }
            clients.add(startThread(() -> importArticles(running, text, ackedArticles)));
            Thread.sleep(2500);
            server.destroyForcibly().waitFor();
            System.out.printf("round %d: killed Kiosque (SIGKILL) with %d comments and %d imports acknowledged so far%n",
                    round, ackedComments.size(), ackedArticles.size());
            Thread.sleep(500);
            server = start();
            Thread.sleep(1500);
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
        }
        int failures = verify(ackedComments, ackedArticles);
        server.destroy();
        server.waitFor();
        if (failures > 0) {
            System.out.println("CRASH CHECK FAILED: " + failures + " problems");
            System.exit(1);
        }
        System.out.printf("crash check passed: %d rounds, %d comments and %d imports acknowledged, all present once and whole%n",
                rounds, ackedComments.size(), ackedArticles.size());
    }

    /** Each comment has its key; the client retries it (network errors, 5xx, 409) until it gets its answer. */
    static void postComments(AtomicBoolean running, Map<String, Long> acked) {
        while (running.get()) {
            String key = UUID.randomUUID().toString();
            String body = "{\"authorName\": \"Crash\", \"body\": \"Survivra-t-il ? " + key + "\"}";
            while (true) {
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/articles/" + SLUG + "/comments"))
                            .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201) {
                        acked.put(key, id(r.body()));
                        break;
                    }
                    if (r.statusCode() < 500 && r.statusCode() != 409) {
                        throw new IllegalStateException("unexpected " + r.statusCode() + ": " + r.body());
                    }
                } catch (IOException e) {
                    // the server is down: retry the same key
                } catch (InterruptedException e) {
                    return;
                }
                pause();
            }
        }
    }

    static void importArticles(AtomicBoolean running, String text, Set<Long> acked) {
        while (running.get()) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/articles")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    acked.add(id(r.body()));
                }
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static int verify(Map<String, Long> ackedComments, Set<Long> ackedArticles) throws Exception {
        int failures = 0;
        Set<Long> stored = new HashSet<>();
        String cursor = null;
        do {
            String page = get("/api/articles/" + SLUG + "/comments?order=oldest&limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            Matcher m = Pattern.compile("\"id\":(\\d+),\"articleId\"").matcher(page);
            while (m.find()) {
                stored.add(Long.parseLong(m.group(1)));
            }
            Matcher next = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(page);
            cursor = next.find() ? next.group(1) : null;
        } while (cursor != null);
        Set<Long> ackedIds = new HashSet<>(ackedComments.values());
        if (ackedIds.size() != ackedComments.size()) {
            System.out.println("two keys were answered with the same comment id");
            failures++;
        }
        for (Long id : ackedIds) {
            if (!stored.contains(id)) {
                System.out.println("acknowledged comment " + id + " is missing");
                failures++;
            }
        }
        for (Long id : stored) {
            if (!ackedIds.contains(id)) {
                System.out.println("comment " + id + " exists but no client was answered for it (a duplicate?)");
                failures++;
            }
        }
        for (Long id : ackedArticles) {
            String article = get("/api/articles/" + id);
            int blocks = article.split("\"position\":").length - 1;
            if (blocks != 10) {
                System.out.println("article " + id + " has " + blocks + " blocks instead of 10");
                failures++;
            }
        }
        String list = get("/api/articles?size=100&page=1");
        Matcher total = Pattern.compile("\"totalItems\":(\\d+)").matcher(list);
        total.find();
        for (int page = 1; page <= (Long.parseLong(total.group(1)) + 99) / 100; page++) {
            Matcher ids = ID.matcher(get("/api/articles?size=100&page=" + page));
            while (ids.find()) {
                String article = get("/api/articles/" + ids.group(1));
                if (article.split("\"position\":").length - 1 != 10) {
                    System.out.println("article " + ids.group(1) + " is half-written");
                    failures++;
                }
            }
        }
        // Every stored article is a copy of the seed: the search index, replayed from its outbox at each restart,
        // must find exactly them, none lost with the process and none twice.
        Matcher found = Pattern.compile("\"totalItems\":(\\d+)").matcher(get("/api/search?type=article&size=1&q=fraternite%20militante"));
        found.find();
        if (Long.parseLong(found.group(1)) != Math.min(1000, Long.parseLong(total.group(1)))) { // search counts stop at 1 000
            System.out.println("search finds " + found.group(1) + " articles, the database holds " + total.group(1));
            failures++;
        }
        return failures;
    }

    static Process start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-XX:+UseParallelGC", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("kiosque.log").toFile()));
        builder.environment().putAll(Map.of("KIOSQUE_DATA_DIR", data.toString(), "KIOSQUE_ADMIN_TOKEN", TOKEN, "QUARKUS_HTTP_PORT", "8097",
                "KIOSQUE_COMMENTS_PER_CLIENT_PER_MINUTE", "1000000", "KIOSQUE_COMMENTS_PER_ARTICLE_PER_MINUTE", "1000000"));
        Process process = builder.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Kiosque did not start; see " + data.resolve("kiosque.log"));
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static Thread startThread(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
