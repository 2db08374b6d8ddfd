import io.kiosque.text.ArticleText;
import io.kiosque.text.ParsedArticle;
import io.kiosque.text.ParsedBlock;
import io.kiosque.text.QuoteFinder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Import timings for a 200-paragraph article: in-process parse (and quote finding), and end to end through
 * HTTP when a base URL and token are given. Run by bench/run-import.sh.
 *
 *   java -cp "target/classes:target/quarkus-app/lib/main/*" bench/ImportBench.java                     # in-process only
 *   java -cp "target/classes:target/quarkus-app/lib/main/*" bench/ImportBench.java http://127.0.0.1:8090 TOKEN
 */
public class ImportBench {

    public static void main(String[] args) throws Exception {
        String text = article(200);
        Files.writeString(Path.of("target/bench-article-200.txt"), text);
        System.out.printf("article: 200 paragraphs, %d characters%n", text.length());

        report("parse (in process)", time(20_000, 2_000, () -> ArticleText.parse(text)));
        ParsedArticle parsed = ArticleText.parse(text);
        List<String> blocks = parsed.blocks().stream().map(ParsedBlock::text).toList();
        report("parse + find quotes (in process)", time(300, 100, () -> QuoteFinder.find(parsed.title(), blocks, "fr")));
        ParsedArticle seed = ArticleText.parse(Files.readString(Path.of("src/main/samples/article-russie-coree-du-nord.txt")));
        List<String> seedBlocks = seed.blocks().stream().map(ParsedBlock::text).toList();
        report("seed article: find quotes (in process)", time(2_000, 500, () -> QuoteFinder.find(seed.title(), seedBlocks, "fr")));

        if (args.length == 2) {
            HttpClient client = HttpClient.newHttpClient();
            report("POST text/plain end to end (HTTP, H2 file)", post(client, args, text));
            report("  same text without quotation marks", post(client, args, text.replaceAll("[«»]", "")));
        }
    }

    static double[] post(HttpClient client, String[] args, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/api/articles"))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + args[1])
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        return time(300, 50, () -> {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return response;
        });
    }

    interface Task {
        Object run() throws Exception;
    }

    static double[] time(int runs, int warmup, Task task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    static void report(String what, double[] sorted) {
        System.out.printf("%-45s median %7.3f ms   p99 %7.3f ms   (%d runs)%n", what, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.99)], sorted.length);
    }

    /** A French article in the newsroom conventions: headings every 10 paragraphs, ads every 25, quotes throughout. */
    static String article(int paragraphs) {
        List<String> parts = new ArrayList<>();
        parts.add("Un long format : « la mer monte » et les communes du littoral s’organisent");
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 10 == 0) {
                parts.add("Chapitre " + i / 10 + " : ce que disent les élus du littoral");
            }
            if (i % 25 == 0) {
                parts.add("Publicité");
            }
            parts.add("Au " + i + "e kilomètre de côte, la digue a cédé deux fois depuis 2019. « Nous n’avons plus le temps d’attendre "
                    + "les études », a déclaré Anne Le Guen, maire de la commune, lors d’une réunion publique. Selon elle, "
                    + "« l’État doit financer le recul des habitations ». Le préfet estime que « la concertation reste la règle ».");
        }
        parts.add("Laisser un commentaire");
        return String.join("\n\n", parts) + "\n";
    }
}
