package io.cxpulse.sentiment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The analysis chain of the sentiment scorer, for Hebrew, English or mixed customer text:
 *
 * <ol>
 *   <li>{@link CustomerTextTokenizer}: words, emoji and emoticons, punctuation cues;
 *   <li>{@link CapsEmphasisFilter}: words in capitals;
 *   <li>{@link LowerCaseFoldingFilter}: lower case, accents, apostrophes, Hebrew marks;
 *   <li>{@link ElongationFilter}: "soooo" to "so";
 *   <li>{@link HebrewPrefixStripFilter} and {@link HebrewInflectionFilter}: Hebrew clitics,
 *       gender and number;
 *   <li>{@link EnglishLightStemFilter}: English inflections;
 *   <li>{@link LexiconLookupFilter}: the lexicon entry of each term;
 *   <li>{@link NegationScopeFilter}, {@link BoosterFilter}, {@link ContrastFilter}: the rules'
 *       context.
 * </ol>
 *
 * Rewriting filters only rewrite a term into a word the lexicons know. Token streams are reused
 * per thread by the Analyzer base.
 */
public final class CustomerTextAnalyzer extends Analyzer {

    private final Vocabulary vocabulary;

    CustomerTextAnalyzer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** An analyzer over the bundled lexicons. */
    public static CustomerTextAnalyzer withBundledLexicons() {
        return new CustomerTextAnalyzer(LexiconFiles.bundled().build());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        CustomerTextTokenizer tokenizer = new CustomerTextTokenizer();
        TokenStream stream = new CapsEmphasisFilter(tokenizer);
        stream = new LowerCaseFoldingFilter(stream);
        stream = new ElongationFilter(stream, vocabulary.knownWords());
        stream = new HebrewPrefixStripFilter(stream, vocabulary.hebrewForms());
        stream = new HebrewInflectionFilter(stream, vocabulary.hebrewInflections());
        stream = new EnglishLightStemFilter(stream, vocabulary.knownWords());
        stream = new LexiconLookupFilter(stream, vocabulary.words());
        stream = new NegationScopeFilter(stream);
        stream = new BoosterFilter(stream);
        stream = new ContrastFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
