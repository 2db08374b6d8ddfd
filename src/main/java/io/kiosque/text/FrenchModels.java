package io.kiosque.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's French models (Universal Dependencies GSD): sentence boundaries and parts of speech
 * ({@code PROPN}, {@code VERB}, {@code AUX}, {@code NOUN}, {@code DET}, {@code PRON}, {@code ADP}…). The models
 * are read once, on first use or at {@link #load()}; the taggers are not thread-safe, so each thread has its own.
 */
public final class FrenchModels {

    private static final class Loaded {
        static final POSModel POS = read("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin", POSModel::new);
        static final SentenceModel SENTENCES = read("/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin", SentenceModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static final ThreadLocal<GreedyTagger> TAGGER = ThreadLocal.withInitial(GreedyTagger::new);
    private static final ThreadLocal<SentenceDetectorME> SENTENCES =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Loaded.SENTENCES));

    private FrenchModels() {}

    /** Reads the models now, so that the first article imported does not pay for it. */
    public static void load() {
        TAGGER.get();
        SENTENCES.get();
    }

    /** One UD part-of-speech tag per token. */
    static String[] tag(List<String> tokens) {
        return TAGGER.get().tag(tokens.toArray(String[]::new));
    }

    /**
     * The French model's tagger with a beam of one: the best tag of each word given the ones before, where the model's
     * own beam of three weighs three sequences at every word for three times the cost. On the corpora the rules read,
     * both give the same speakers.
     */
    private static final class GreedyTagger {
        private final BeamSearch search = new BeamSearch(1, Loaded.POS.<MaxentModel>getArtifact("pos.model"));
        private final POSContextGenerator contexts = Loaded.POS.getFactory().getPOSContextGenerator();
        private final SequenceValidator<String> validator =
                Loaded.POS.getFactory().getSequenceValidator();

        String[] tag(String[] tokens) {
            return search.bestSequence(tokens, null, contexts, validator)
                    .getOutcomes()
                    .toArray(String[]::new);
        }
    }

    /** Sentence spans of a text, as offsets into it. */
    static Span[] sentences(String text) {
        return SENTENCES.get().sentPosDetect(text);
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = FrenchModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
