import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook delivery: (1) the delay from a change's commit (the 201 of an approved comment) to the receipt of its
 * comment.approved webhook, with comments posted at a fixed rate; (2) the drain rate of the backlog a receiver
 * outage leaves: the receiver answers 503 for the outage while comments go on at the same rate, then recovers; the
 * deliveries queued meanwhile are counted from its first success after the outage to the last.
 *
 *   java bench/WebhookBench.java http://127.0.0.1:8080 admin-token receiver-port [rate/s] [seconds] [outage seconds]
 */
public class WebhookBench {

    private static final Pattern COMMENT = Pattern.compile("\"commentId\":(\\d+)");

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the receiver's threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        String base = args[0], token = args[1];
        int port = Integer.parseInt(args[2]);
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int outage = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        Map<Long, Long> committed = new ConcurrentHashMap<>();
        Map<Long, Long> received = new ConcurrentHashMap<>();
        AtomicBoolean down = new AtomicBoolean();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r);
            thread.setDaemon(true);
            return thread;
        }));
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                Matcher m = COMMENT.matcher(body);
                if (m.find()) {
                    received.putIfAbsent(Long.parseLong(m.group(1)), System.nanoTime());
                }
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
        HttpClient http = HttpClient.newHttpClient();
        send(http, base + "/api/webhooks", token, "{\"url\": \"http://127.0.0.1:" + port + "/bench\", \"events\": [\"comment.approved\"]}");
        String article = send(http, base + "/api/articles", token, "{\"title\": \"Banc webhooks " + System.nanoTime()
                + "\", \"status\": \"published\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}");
        Matcher articleId = Pattern.compile("^\\{\"id\":(\\d+)").matcher(article);
        articleId.find();
        String comments = base + "/api/articles/" + articleId.group(1) + "/comments";

        List<Long> ids = publish(http, comments, token, rate, seconds, committed);
        waitFor(received, ids, 60);
        List<Long> delays = new ArrayList<>();
        for (long id : ids) {
            delays.add((received.get(id) - committed.get(id)) / 1000);
        }
        Collections.sort(delays);
        System.out.printf("comments=%d sent at %.0f/s; commit to webhook receipt p50=%.1fms p99=%.1fms max=%.1fms%n", ids.size(),
                ids.size() / (double) seconds, delays.get(delays.size() / 2) / 1000.0, delays.get(delays.size() * 99 / 100) / 1000.0,
                delays.get(delays.size() - 1) / 1000.0);

        down.set(true);
        List<Long> backlog = publish(http, comments, token, rate, outage, committed);
        long recovered = System.nanoTime();
        down.set(false);
        waitFor(received, backlog, 1200);
        long first = backlog.stream().mapToLong(received::get).min().getAsLong();
        long last = backlog.stream().mapToLong(received::get).max().getAsLong();
        System.out.printf("outage=%ds backlog=%d deliveries; first after recovery at +%.1fs (the head's retry), then drained at %.0f/s "
                + "(%.1fs)%n", outage, backlog.size(), (first - recovered) / 1e9, backlog.size() / ((last - first) / 1e9),
                (last - first) / 1e9);
        receiver.stop(0);
    }

    /** Posts comments at this rate for this long; returns their ids, each with the instant its 201 arrived. */
    private static List<Long> publish(HttpClient http, String comments, String token, int rate, int seconds, Map<Long, Long> committed)
            throws InterruptedException {
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(32);
        var ticker = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        var counter = new java.util.concurrent.atomic.AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            if (counter.getAndIncrement() < total) {
                senders.submit(() -> {
                    String body = send(http, comments, token, "{\"authorName\": \"Banc\", \"body\": \"Avis " + System.nanoTime() + "\"}");
                    long now = System.nanoTime();
                    Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(body);
                    if (m.find()) {
                        long id = Long.parseLong(m.group(1));
                        committed.put(id, now);
                        ids.add(id);
                    }
                    return null;
                });
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        while (counter.get() < total) {
            Thread.sleep(50);
        }
        ticker.shutdown();
        senders.shutdown();
        if (!senders.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("publications still unanswered after 10 minutes");
        }
        synchronized (ids) {
            return List.copyOf(ids);
        }
    }

    private static void waitFor(Map<Long, Long> received, List<Long> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!received.keySet().containsAll(ids)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(ids.stream().filter(id -> !received.containsKey(id)).count() + " webhooks not received");
            }
            Thread.sleep(20);
        }
    }

    private static String send(HttpClient http, String url, String token, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
