package io.cxpulse.sentiment;

import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/** Small lexicons from the test resources ({@code test-*.tsv}) and analyzers over them. */
final class TestLexicons {

    static final Vocabulary VOCABULARY = LexiconFiles.load("test-").build();
    static final LexiconSentimentScorer SCORER = new LexiconSentimentScorer(VOCABULARY);

    private TestLexicons() {}

    /** An analyzer of the tokenizer followed by the given filters. */
    static Analyzer chain(BiFunction<TokenStream, Vocabulary, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                CustomerTextTokenizer tokenizer = new CustomerTextTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer, VOCABULARY));
            }
        };
    }

    /** The whole chain up to and including the lexicon lookup. */
    static TokenStream upToLookup(TokenStream in, Vocabulary v) {
        TokenStream s = new CapsEmphasisFilter(in);
        s = new LowerCaseFoldingFilter(s);
        s = new ElongationFilter(s, v.knownWords());
        s = new HebrewPrefixStripFilter(s, v.hebrewForms());
        s = new HebrewInflectionFilter(s, v.hebrewInflections());
        s = new EnglishLightStemFilter(s, v.knownWords());
        return new LexiconLookupFilter(s, v.words());
    }
}
