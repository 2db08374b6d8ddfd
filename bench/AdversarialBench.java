import io.kiosque.text.ArticleText;
import io.kiosque.text.ParsedArticle;
import io.kiosque.text.ParsedBlock;
import io.kiosque.text.QuoteFinder;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Quote finding and attribution on 1 MiB adversarial inputs (issue 15, item 4: linear in the text, each within 2 s):
 * marks only, unclosed marks, one giant sentence, 100 000 names, and a realistic article repeated to 1 MiB.
 *
 *   java -cp "target/classes:target/quarkus-app/lib/main/*" bench/AdversarialBench.java
 */
public class AdversarialBench {

    static final int MIB = 1 << 20;

    public static void main(String[] args) {
        run("marks only: \"a  repeated", n -> repeat("\"a ", n));
        run("guillemets only: « » « »…", n -> repeat("« » ", n));
        run("unclosed marks: « « « …", n -> repeat("« ", n));
        run("nested marks: « “ ‹ … › ” »", n -> repeat("« “ ‹ ", n / 2) + repeat(" › ” »", n / 2));
        run("one giant sentence with quotes", n -> repeat("« il faut agir », a déclaré Jean Dupont, et ", n));
        run("100 000 names", n -> repeat("Jean Dupont, ", n));
        run("realistic article to 1 MiB", n -> repeat("Le maire, Jean Dupont, a affiché sa confiance : « Nous tiendrons les délais. » "
                + "« Le chantier avance », confie Marie Durand, directrice du projet. Selon elle, « rien n’est joué ».\n\n", n));
    }

    static void run(String name, IntFunction<String> body) {
        String text = "Titre\n\n" + body.apply(MIB);
        text = text.substring(0, Math.min(text.length(), MIB));
        ParsedArticle article = ArticleText.parse(text);
        List<String> blocks = article.blocks().stream().map(ParsedBlock::text).toList();
        QuoteFinder.find(article.title(), blocks, "fr"); // warm-up
        long start = System.nanoTime();
        int quotes = QuoteFinder.find(article.title(), blocks, "fr").size();
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%-36s %8d chars %7d quotes %8.0f ms%n", name, text.length(), quotes, ms);
    }

    static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1);
    }
}
