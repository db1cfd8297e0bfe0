package io.cxpulse.sentiment;

/**
 * Everything the lexicons say about one word or phrase: its sentiment, its modifier role, the
 * aspect or intent it names, and which phrases start with it. Built by {@link Vocabulary.Builder};
 * never changed once the vocabulary is built, so it is shared freely across threads.
 */
public final class LexiconEntry {

    /** Language bits: which lookups may use an entry. */
    static final int ENGLISH = 1;
    static final int HEBREW = 2;
    static final int SYMBOLS = 4;

    double valence = Double.NaN;
    /** Weight when negated, for something customers expect to happen ("work", "answer"). */
    double unmetValence = Double.NaN;
    ModifierRole role;
    double factor = 1.0;
    int aspect = -1;
    String intent;
    int language;
    /** Most words of a sentiment phrase starting with this word, 0 when none. */
    int sentimentPhraseWords;
    /** Most words of an aspect or intent phrase starting with this word, 0 when none. */
    int tagPhraseWords;

    LexiconEntry() {}

    boolean hasValence() {
        return !Double.isNaN(valence);
    }

    /** A sentiment word proper: scored and not a negator, booster or contrast word. */
    boolean isOpinion() {
        return (role == null || role == ModifierRole.HALTER || role == ModifierRole.IRONY)
                && !Double.isNaN(valence);
    }

    /** Something customers expect of a product or service, a complaint when negated. */
    boolean isExpectation() {
        return !Double.isNaN(unmetValence);
    }

    boolean allowedBy(int languages) {
        return (language & languages) != 0;
    }

    @Override
    public String toString() {
        return "LexiconEntry[valence=" + valence + ", unmet=" + unmetValence + ", role=" + role + ", aspect=" + aspect
                + ", intent=" + intent + "]";
    }
}
