package io.cxpulse.sentiment;

/** A lexicon line that cannot be read; the message names the file and the line. */
public class InvalidLexiconException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidLexiconException(String sourceName, int line, String problem) {
        super(sourceName + " line " + line + ": " + problem);
    }
}
