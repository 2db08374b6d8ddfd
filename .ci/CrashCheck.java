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
 * every edit token answered (first or replayed after a crash) must open its comment, and every article must be whole.
 * Half of the readers name their installation (X-Client-Id), half are known by their address only. Then:
 * <ul>
 *   <li>SIGTERM under the same load: every request sent before the signal is answered 201 (drained, not dropped);</li>
 *   <li>a stranger (another X-Client-Id) sending a reader's key and body gets a comment of its own, never the reader's
 *       edit token, while the reader's own retry still gets it.</li>
 * </ul>
 *
 * With {@code user-url}, Kiosque runs on a JDBC URL such as a user would write, without {@code WRITE_DELAY=0}: its
 * durability must not depend on the URL.
 *
 *   java .ci/CrashCheck.java target/quarkus-app/quarkus-run.jar [rounds] [user-url]
 */
public class CrashCheck {

    /** CRASH_CHECK_PORT (default 8097): another check may be running on the same machine. */
    static final String PORT = System.getenv().getOrDefault("CRASH_CHECK_PORT", "8097");
    static final String BASE = "http://127.0.0.1:" + PORT;
    static final String TOKEN = "crash-check-token-a61f0b3d82c5e7149d2f";
    static final String SLUG = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    static Path jar;
    static Path data;
    static boolean userUrl;

    /** What a reader was answered for a key: the comment and its edit token, and who the reader is. */
    record Ack(long id, String editToken, String clientId, String body) {
    }

    /** Set while the SIGTERM round watches its requests; nanoTime of the signal (MAX_VALUE before it). */
    static volatile boolean watchingDrain;
    static volatile long termSignalAt = Long.MAX_VALUE;
    static final List<String> drainFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final java.util.concurrent.atomic.AtomicInteger drained = new java.util.concurrent.atomic.AtomicInteger();
    static final List<String> unexpectedAnswers = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Keys given up after an unexpected answer: their comments may exist with no client answered. */
    static final Set<String> abandoned = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws Exception {
        jar = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        userUrl = args.length > 2 && args[2].equals("user-url");
        data = Files.createTempDirectory("kiosque-crash");
        String text = Files.readString(Path.of("src/main/samples/article-russie-coree-du-nord.txt"));
        Map<String, Ack> ackedComments = new ConcurrentHashMap<>();
        Set<Long> ackedArticles = ConcurrentHashMap.newKeySet();
        Process server = start();
        for (int round = 1; round <= rounds + 1; round++) {
            boolean drainRound = round > rounds;
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                String clientId = c % 2 == 0 ? UUID.randomUUID().toString() : null;
                clients.add(startThread(() -> postComments(running, ackedComments, clientId)));
            }
            clients.add(startThread(() -> importArticles(running, text, ackedArticles)));
            watchingDrain = drainRound;
            Thread.sleep(2500);
            if (drainRound) {
                termSignalAt = System.nanoTime();
                server.destroy();
                server.waitFor();
                System.out.printf("round %d: stopped Kiosque (SIGTERM) under load: %d comments in flight at the signal answered 201, "
                        + "%d sent before it not%n", round, drained.get(), drainFailures.size());
            } else {
                server.destroyForcibly().waitFor();
                System.out.printf("round %d: killed Kiosque (SIGKILL) with %d comments and %d imports acknowledged so far%n",
                        round, ackedComments.size(), ackedArticles.size());
            }
            watchingDrain = false;
            Thread.sleep(500);
            server = start();
            Thread.sleep(1500);
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
        }
        drainFailures.stream().limit(10).forEach(System.out::println);
        unexpectedAnswers.stream().limit(10).forEach(System.out::println);
        Set<Long> strangers = strangersWithTheSameKeys(ackedComments);
        int failures = drainFailures.size() + unexpectedAnswers.size() + verify(ackedComments, strangers, ackedArticles);
        server.destroy();
        server.waitFor();
        if (failures > 0) {
            System.out.println("CRASH CHECK FAILED: " + failures + " problems");
            System.exit(1);
        }
        System.out.printf("crash check passed: %d rounds of SIGKILL and one of SIGTERM, %d comments and %d imports acknowledged, "
                + "all present once and whole, every edit token answered opens its comment%n",
                rounds, ackedComments.size(), ackedArticles.size());
    }

    /**
     * Each comment has its key; the client retries it (network errors, 5xx, 409) until it gets its answer. A client
     * with an id sends it (X-Client-Id), as an app would; the others are known by their address.
     */
    static void postComments(AtomicBoolean running, Map<String, Ack> acked, String clientId) {
        while (running.get()) {
            String key = UUID.randomUUID().toString();
            String text = "Survivra-t-il ? " + key;
            while (true) {
                long sentAt = System.nanoTime();
                try {
                    HttpResponse<String> r = postComment(key, text, clientId);
                    if (r.statusCode() == 201) {
                        if (watchingDrain && sentAt < termSignalAt && System.nanoTime() > termSignalAt) {
                            drained.incrementAndGet();
                        }
                        acked.put(key, new Ack(id(r.body()), editToken(r.body()), clientId, text));
                        break;
                    }
                    drainCheck(sentAt, "answered " + r.statusCode() + ": " + r.body());
                    if (r.statusCode() < 500 && r.statusCode() != 409) {
                        // reported at the end, and printed at once: a client that is answered this way gives up its key
                        String answer = "comment key " + key + " answered " + r.statusCode() + ": " + r.body();
                        System.out.println(answer);
                        unexpectedAnswers.add(answer);
                        abandoned.add(key);
                        break;
                    }
                } catch (IOException e) {
                    // the server is down: retry the same key
                    drainCheck(sentAt, e.toString());
                } catch (InterruptedException e) {
                    return;
                }
                pause();
            }
        }
    }

    static HttpResponse<String> postComment(String key, String text, String clientId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/api/articles/" + SLUG + "/comments"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Idempotency-Key", key);
        if (clientId != null) {
            request.header("X-Client-Id", clientId);
        }
        String body = "{\"authorName\": \"Crash\", \"body\": \"" + text + "\"}";
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** During the SIGTERM round, a request sent before the signal must be answered 201: Kiosque drains before it stops. */
    static void drainCheck(long sentAt, String outcome) {
        if (watchingDrain && sentAt < termSignalAt) {
            drainFailures.add("a comment sent " + (termSignalAt - sentAt) / 1_000_000 + " ms before SIGTERM was " + outcome);
        }
    }

    /**
     * A stranger who learnt some readers' keys and bodies sends them under its own X-Client-Id: it must get comments
     * of its own, never a reader's edit token; each reader's own retry still gets its token back.
     */
    static Set<Long> strangersWithTheSameKeys(Map<String, Ack> acked) throws Exception {
        Set<Long> strangers = new HashSet<>();
        String stranger = UUID.randomUUID().toString();
        int checked = 0;
        for (Map.Entry<String, Ack> entry : acked.entrySet()) {
            if (checked++ == 20) {
                break;
            }
            Ack reader = entry.getValue();
            HttpResponse<String> theirs = postComment(entry.getKey(), reader.body(), stranger);
            if (theirs.statusCode() != 201 || id(theirs.body()) == reader.id() || reader.editToken().equals(editToken(theirs.body()))
                    || theirs.headers().firstValue("Idempotent-Replayed").isPresent()) {
                throw new IllegalStateException("a stranger with a reader's key got the reader's answer: " + theirs.body());
            }
            strangers.add(id(theirs.body()));
            HttpResponse<String> own = postComment(entry.getKey(), reader.body(), reader.clientId());
            if (own.statusCode() != 201 || id(own.body()) != reader.id() || !reader.editToken().equals(editToken(own.body()))) {
                throw new IllegalStateException("a reader's retry lost its answer: " + own.statusCode() + " " + own.body());
            }
        }
        System.out.printf("%d keys sent again by a stranger: each got a comment of its own, no reader's edit token%n", strangers.size());
        return strangers;
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

    static int verify(Map<String, Ack> ackedComments, Set<Long> strangers, Set<Long> ackedArticles) throws Exception {
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
        Set<Long> ackedIds = new HashSet<>();
        ackedComments.values().forEach(ack -> ackedIds.add(ack.id()));
        if (ackedIds.size() != ackedComments.size()) {
            System.out.println("two keys were answered with the same comment id");
            failures++;
        }
        for (Ack ack : ackedComments.values()) {
            HttpResponse<String> edit = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/comments/" + ack.id())).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Edit-Token", ack.editToken())
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"body\": \"" + ack.body() + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (edit.statusCode() != 200) {
                System.out.println("the edit token answered for comment " + ack.id() + " does not open it: " + edit.statusCode());
                failures++;
            }
        }

        for (Long id : ackedIds) {
            if (!stored.contains(id)) {
                System.out.println("acknowledged comment " + id + " is missing");
                failures++;
            }
        }
        for (Long id : stored) {
            if (!ackedIds.contains(id) && !strangers.contains(id)) {
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
        builder.environment().putAll(Map.of("KIOSQUE_DATA_DIR", data.toString(), "KIOSQUE_ADMIN_TOKEN", TOKEN, "QUARKUS_HTTP_PORT", PORT,
                "KIOSQUE_COMMENTS_PER_CLIENT_PER_MINUTE", "1000000", "KIOSQUE_COMMENTS_PER_ARTICLE_PER_MINUTE", "1000000"));
        if (userUrl) { // DB_CLOSE_ON_EXIT=FALSE as the README asks, so that the SIGTERM round can drain
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + data.resolve("kiosque") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        Process process = builder.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String editToken(String json) {
        Matcher m = Pattern.compile("\"editToken\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no edit token in " + json);
        }
        return m.group(1);
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
