import io.kiosque.text.ArticleText;
import io.kiosque.text.ParsedArticle;
import io.kiosque.text.ParsedBlock;
import io.kiosque.text.QuoteFinder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Quote finding and attribution on 1 MiB adversarial inputs (issue 15, item 4: linear in the text, each within 2 s):
 * marks only, unclosed marks, one giant sentence, 100 000 names, and a realistic article repeated to 1 MiB.
 *
 *   java -cp "target/classes:target/quarkus-app/lib/main/*" bench/AdversarialBench.java
 *
 * A serving instance is warm: it has analysed articles of every shape before. So the JIT is warmed on every input
 * first (WARM_UP_ROUNDS), then each input is timed RUNS times; the median and the worst are reported, in elapsed time
 * and in the CPU time of the analysing thread (what a shared, loaded machine does not inflate).
 */
public class AdversarialBench {

    static final int MIB = 1 << 20;
    static final int WARM_UP_ROUNDS = 3;
    static final int RUNS = 5;

    record Input(String name, IntFunction<String> body) {
        String text() {
            String text = "Titre\n\n" + body.apply(MIB);
            return text.substring(0, Math.min(text.length(), MIB));
        }
    }

    public static void main(String[] args) {
        List<Input> inputs = List.of(
                new Input("marks only: \"a  repeated", n -> repeat("\"a ", n)),
                new Input("guillemets only: « » « »…", n -> repeat("« » ", n)),
                new Input("unclosed marks: « « « …", n -> repeat("« ", n)),
                new Input("nested marks: « “ ‹ … › ” »", n -> repeat("« “ ‹ ", n / 2) + repeat(" › ” »", n / 2)),
                new Input("one giant sentence with quotes", n -> repeat("« il faut agir », a déclaré Jean Dupont, et ", n)),
                new Input("colons in one sentence: a dit : « »", n -> repeat("Il a dit : « non » puis ", n)),
                new Input("100 000 names", n -> repeat("Jean Dupont, ", n)),
                new Input("realistic article to 1 MiB", n -> repeat(
                        "Le maire, Jean Dupont, a affiché sa confiance : « Nous tiendrons les délais. » "
                                + "« Le chantier avance », confie Marie Durand, directrice du projet. "
                                + "Selon elle, « rien n’est joué ».\n\n", n)));
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            inputs.forEach(input -> analyse(input.text()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%-36s %8s %7s %11s %11s %11s %11s%n", "input", "chars", "quotes", "median", "worst", "median cpu", "worst cpu");
        for (Input input : inputs) {
            String text = input.text();
            double[] ms = new double[RUNS];
            double[] cpuMs = new double[RUNS];
            int quotes = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                quotes = analyse(text);
                cpuMs[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                ms[run] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpuMs);
            System.out.printf("%-36s %8d %7d %8.0f ms %8.0f ms %8.0f ms %8.0f ms%n", input.name(), text.length(), quotes,
                    ms[RUNS / 2], ms[RUNS - 1], cpuMs[RUNS / 2], cpuMs[RUNS - 1]);
        }
    }

    /** What an import does with the text: parse it into blocks, then find and attribute the quotes. */
    static int analyse(String text) {
        ParsedArticle article = ArticleText.parse(text);
        List<String> blocks = article.blocks().stream().map(ParsedBlock::text).toList();
        return QuoteFinder.find(article.title(), blocks, "fr").size();
    }

    static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1);
    }
}
