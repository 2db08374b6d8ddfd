import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhooks across kill -9 (embedded H2): an editor publishes articles while Kiosque is killed with SIGKILL and
 * restarted on the same data, several times; a receiver on this machine takes each delivery slowly (50 ms), so that
 * deliveries are in flight at each kill. Afterwards every publication that got a 201 must have reached the receiver
 * at least once, and the first arrivals must be in the order of the feed's positions (one endpoint: in order).
 *
 *   java bench/WebhookCrash.java target/quarkus-app/quarkus-run.jar [kills] [publications]
 */
public class WebhookCrash {

    static final String TOKEN = "crash-check-token-a61f0b3d82c5e7149d2f";
    static final Pattern ARTICLE = Pattern.compile("\"articleId\":(\\d+)");
    static final Pattern CURSOR = Pattern.compile("\"cursor\":\"(\\d+)\\.");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int publications = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int port = freePort();
        int receiverPort = freePort();
        Path data = Files.createTempDirectory("kiosque-webhook-crash");
        String base = "http://127.0.0.1:" + port;

        List<long[]> arrivals = new CopyOnWriteArrayList<>(); // {articleId, position}, in arrival order
        Set<String> webhookIds = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Matcher article = ARTICLE.matcher(body);
            Matcher cursor = CURSOR.matcher(body);
            if (article.find() && cursor.find()) {
                arrivals.add(new long[] { Long.parseLong(article.group(1)), Long.parseLong(cursor.group(1)) });
                webhookIds.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        Process kiosque = start(jar, port, receiverPort, data);
        post(base + "/api/webhooks", "{\"url\": \"http://127.0.0.1:" + receiverPort + "/crash\", \"events\": [\"article.published\"]}");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Thread editor = new Thread(() -> {
            // until enough were acknowledged: publications tried while Kiosque restarts get no answer
            for (int i = 0; acknowledged.size() < publications; i++) {
                try {
                    String body = post(base + "/api/articles", "{\"title\": \"Crash " + i + " " + System.nanoTime()
                            + "\", \"status\": \"published\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}");
                    Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(body);
                    if (id.find()) {
                        acknowledged.add(Long.parseLong(id.group(1)));
                    }
                } catch (Exception e) {
                    sleep(100); // Kiosque is down: this publication got no answer, the next one is tried
                }
            }
        });
        editor.start();
        for (int k = 0; k < kills; k++) {
            while (acknowledged.size() < (k + 1) * publications / (kills + 1)) {
                sleep(50); // kill while publishing, with deliveries in flight
            }
            kiosque.destroyForcibly().waitFor(); // SIGKILL
            kiosque = start(jar, port, receiverPort, data);
        }
        editor.join();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!arrivedIds(arrivals).containsAll(acknowledged) && System.nanoTime() < deadline) {
            sleep(200);
        }
        kiosque.destroy();
        receiver.stop(0);

        Set<Long> arrived = arrivedIds(arrivals);
        long missing = acknowledged.stream().filter(id -> !arrived.contains(id)).count();
        List<Long> firstPositions = new ArrayList<>();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        for (long[] arrival : arrivals) {
            if (seen.add(arrival[1])) {
                firstPositions.add(arrival[1]);
            }
        }
        boolean inOrder = firstPositions.equals(firstPositions.stream().sorted().toList());
        System.out.printf("kills=%d publications acknowledged=%d delivered=%d missing=%d deliveries received=%d (duplicates %d) in order=%s%n",
                kills, acknowledged.size(), arrived.size(), missing, arrivals.size(), arrivals.size() - seen.size(), inOrder);
        System.exit(missing == 0 && inOrder ? 0 : 1);
    }

    static Set<Long> arrivedIds(List<long[]> arrivals) {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        arrivals.forEach(a -> ids.add(a[0]));
        return ids;
    }

    static Process start(Path jar, int port, int receiverPort, Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("kiosque.log").toFile());
        builder.environment().putAll(java.util.Map.of("QUARKUS_HTTP_PORT", Integer.toString(port), "KIOSQUE_DATA_DIR", data.toString(),
                "KIOSQUE_IMPORT_DIR", data.toString(), "KIOSQUE_ADMIN_TOKEN", TOKEN,
                "KIOSQUE_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1:" + receiverPort, "KIOSQUE_WEBHOOKS_RETRY_SCHEDULE", "1s,1s,2s,5s,10s"));
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (Exception e) {
                // not up yet
            }
            sleep(200);
        }
        throw new IllegalStateException("Kiosque did not start; see " + data.resolve("kiosque.log"));
    }

    static String post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
