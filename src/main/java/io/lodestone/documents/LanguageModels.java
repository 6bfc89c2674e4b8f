package io.lodestone.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.springframework.stereotype.Component;

/**
 * Apache OpenNLP's English models (Universal Dependencies, EWT treebank), read from the
 * {@code opennlp-models-*-en} jars on the classpath: nothing is downloaded. The models are
 * thread-safe and loaded once; the taggers built from them are not, so each analysis makes its own.
 */
@Component
class LanguageModels {

    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String PARTS_OF_SPEECH = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    LanguageModels() {
        try (InputStream sentences = open(SENTENCES); InputStream tokens = open(TOKENS);
             InputStream pos = open(PARTS_OF_SPEECH)) {
            this.sentenceModel = new SentenceModel(sentences);
            this.tokenizerModel = new TokenizerModel(tokens);
            this.posModel = new POSModel(pos);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the OpenNLP English models", e);
        }
    }

    SentenceDetectorME sentenceDetector() {
        return new SentenceDetectorME(sentenceModel);
    }

    TokenizerME tokenizer() {
        return new TokenizerME(tokenizerModel);
    }

    /** Tags in Universal Dependencies form (PROPN, NOUN, ADJ...). */
    POSTaggerME tagger() {
        return new POSTaggerME(posModel, POSTagFormat.UD);
    }

    private static InputStream open(String model) {
        InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(model);
        if (in == null) {
            throw new IllegalStateException("The OpenNLP model " + model + " is not on the classpath"
                    + " (org.apache.opennlp:opennlp-models-*-en:1.3.0)");
        }
        return in;
    }
}
