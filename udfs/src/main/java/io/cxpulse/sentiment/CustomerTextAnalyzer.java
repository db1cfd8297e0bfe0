package io.cxpulse.sentiment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits customer text in Hebrew, English or both into lookup-ready terms: Unicode word
 * segmentation (letters, digits and emoji), invisible-mark removal, lower case, apostrophe removal
 * and Hebrew clitic-prefix stripping. Token streams are reused per thread by the Analyzer base.
 */
public final class CustomerTextAnalyzer extends Analyzer {

    private final CharArraySet hebrewKnownWords;

    /** @param hebrewKnownWords words the Hebrew prefix filter may strip down to */
    public CustomerTextAnalyzer(CharArraySet hebrewKnownWords) {
        this.hebrewKnownWords = CharArraySet.unmodifiableSet(hebrewKnownWords);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new InvisibleCharStripFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ApostropheStripFilter(stream);
        stream = new HebrewPrefixStripFilter(stream, hebrewKnownWords);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
