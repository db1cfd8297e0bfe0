package io.cxpulse.functions;

import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A user's own lexicon entries ({@code word<TAB>score} lines), shipped with the job so that every
 * task manager scores with the same words whatever its file system holds.
 *
 * @param source the file the lines came from, named in error messages
 */
public record UserLexicon(String source, List<String> lines) implements Serializable {

    private static final Map<UserLexicon, SentimentScorer> SCORERS = new ConcurrentHashMap<>();

    public UserLexicon {
        lines = List.copyOf(lines);
    }

    /**
     * The scorer with these entries on top of the bundled lexicons, built once per JVM.
     *
     * @throws IllegalArgumentException naming source and line when an entry is malformed
     */
    public SentimentScorer scorer() {
        return SCORERS.computeIfAbsent(this,
                lexicon -> LexiconSentimentScorer.withUserLexicon(source, lines));
    }
}
