import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an edit made through instance A takes to be served by instance B (PostgreSQL deployment, LISTEN/NOTIFY):
 * patches the article's first paragraph on A, then reads the article on B until it shows the new text, N times (the
 * time includes B's rendering of the new version: its first read after the notification misses and renders). Then
 * checks that A serves its own edit too (A invalidated its own entries before answering the PATCH).
 *
 *   java bench/Propagation.java http://127.0.0.1:8081 http://127.0.0.1:8082 admin-token slug [edits]
 */
public class Propagation {

    public static void main(String[] args) throws Exception {
        String a = args[0], b = args[1], token = args[2], slug = args[3];
        int edits = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        HttpClient http = HttpClient.newHttpClient();
        String article = http.send(HttpRequest.newBuilder(URI.create(a + "/api/articles/" + slug)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher block = Pattern.compile("\"blocks\":\\[\\{\"id\":(\\d+)").matcher(article);
        block.find();
        long[] micros = new long[edits];
        int staleOnA = 0;
        for (int i = 0; i < edits; i++) {
            String text = "Édition numéro " + i + " du paragraphe.";
            HttpRequest patch = HttpRequest.newBuilder(URI.create(a + "/api/paragraphs/" + block.group(1)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}")).build();
            int status = http.send(patch, HttpResponse.BodyHandlers.discarding()).statusCode();
            long committed = System.nanoTime();
            if (status != 200) {
                throw new IllegalStateException("PATCH answered " + status);
            }
            while (!get(http, b, slug).contains(text)) {
                if (System.nanoTime() - committed > 5_000_000_000L) {
                    throw new IllegalStateException("B did not serve edit " + i + " within 5 s");
                }
            }
            micros[i] = (System.nanoTime() - committed) / 1000;
            if (!get(http, a, slug).contains(text)) {
                staleOnA++;
            }
        }
        Arrays.sort(micros);
        System.out.printf("edits=%d served-by-B-after p50=%.1fms p99=%.1fms max=%.1fms; A served it too %d/%d%n", edits,
                micros[edits / 2] / 1000.0, micros[(int) (edits * 0.99)] / 1000.0, micros[edits - 1] / 1000.0, edits - staleOnA, edits);
    }

    private static String get(HttpClient http, String base, String slug) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + slug)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
