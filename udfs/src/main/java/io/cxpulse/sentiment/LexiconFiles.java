package io.cxpulse.sentiment;

import java.util.List;

/**
 * Loads lexicon resources next to this class into a {@link Vocabulary.Builder}. For a prefix p:
 * {@code p+lexicon-symbols.tsv}, {@code p+lexicon-en.tsv}, {@code p+lexicon-he.tsv} and
 * {@code p+modifiers-en.tsv}, {@code p+modifiers-he.tsv} are required; {@code p+aspects-en.tsv},
 * {@code p+aspects-he.tsv}, {@code p+intents-en.tsv}, {@code p+intents-he.tsv},
 * {@code p+expectations-en.tsv} and {@code p+expectations-he.tsv} are read when present. Layouts:
 * {@code word<TAB>score}, {@code word<TAB>role[<TAB>factor]}, {@code term<TAB>aspect},
 * {@code phrase<TAB>intent} and {@code term<TAB>score-when-negated}.
 */
final class LexiconFiles {

    private LexiconFiles() {}

    /** The lexicons shipped with cx-pulse. */
    static Vocabulary.Builder bundled() {
        return load("");
    }

    static Vocabulary.Builder load(String prefix) {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        for (String name : new String[] {"lexicon-symbols.tsv", "lexicon-en.tsv", "lexicon-he.tsv"}) {
            String resource = prefix + name;
            addScores(builder, resource, TabSeparatedResource.read(resource));
        }
        for (String name : new String[] {"modifiers-en.tsv", "modifiers-he.tsv"}) {
            String resource = prefix + name;
            addModifiers(builder, resource, TabSeparatedResource.read(resource));
        }
        for (String name : new String[] {"expectations-en.tsv", "expectations-he.tsv"}) {
            String resource = prefix + name;
            addExpectations(builder, resource,
                    orEmpty(TabSeparatedResource.readIfPresent(resource)));
        }
        for (String name : new String[] {"aspects-en.tsv", "aspects-he.tsv"}) {
            String resource = prefix + name;
            addAspects(builder, resource, orEmpty(TabSeparatedResource.readIfPresent(resource)));
        }
        for (String name : new String[] {"intents-en.tsv", "intents-he.tsv"}) {
            String resource = prefix + name;
            addIntents(builder, resource, orEmpty(TabSeparatedResource.readIfPresent(resource)));
        }
        return builder;
    }

    /** Adds {@code word<TAB>score} rows; extra columns (VADER's deviation and ratings) are ignored. */
    static void addScores(Vocabulary.Builder builder, String source,
            List<TabSeparatedResource.Row> rows) {
        for (TabSeparatedResource.Row row : rows) {
            String value = row.column(1);
            if (value == null || row.column(0).isEmpty()) {
                throw new InvalidLexiconException(source, row.line(),
                        "expected word<TAB>score, got \"" + String.join(" ", row.columns()) + "\"");
            }
            builder.sentiment(row.column(0), parseScore(source, row.line(), value));
        }
    }

    static double parseScore(String source, int line, String value) {
        double score;
        try {
            score = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            score = Double.NaN;
        }
        if (!(score >= -4.0 && score <= 4.0)) {
            throw new InvalidLexiconException(source, line,
                    "score must be a number from -4 to 4, got \"" + value + "\"");
        }
        return score;
    }

    private static void addModifiers(Vocabulary.Builder builder, String source,
            List<TabSeparatedResource.Row> rows) {
        for (TabSeparatedResource.Row row : rows) {
            ModifierRole role = row.column(1) == null ? null : ModifierRole.parse(row.column(1));
            if (role == null) {
                throw new InvalidLexiconException(source, row.line(),
                        "role must be negator, halter, irony, booster, booster-either-side or contrast");
            }
            double factor = 1.0;
            if (role.boosts()) {
                try {
                    factor = Double.parseDouble(String.valueOf(row.column(2)));
                } catch (NumberFormatException e) {
                    throw new InvalidLexiconException(source, row.line(),
                            "booster factor must be a number, got \"" + row.column(2) + "\"");
                }
            }
            builder.modifier(row.column(0), role, factor);
        }
    }

    /** Adds {@code term<TAB>score} rows: the weight of the term when negated, below zero. */
    static void addExpectations(Vocabulary.Builder builder, String source,
            List<TabSeparatedResource.Row> rows) {
        for (TabSeparatedResource.Row row : rows) {
            String value = row.column(1);
            if (value == null || row.column(0).isEmpty()) {
                throw new InvalidLexiconException(source, row.line(),
                        "expected term<TAB>score, got \"" + String.join(" ", row.columns()) + "\"");
            }
            double score = parseScore(source, row.line(), value);
            if (score >= 0.0) {
                throw new InvalidLexiconException(source, row.line(),
                        "an unmet expectation scores below 0, got \"" + value + "\"");
            }
            builder.expectation(row.column(0), score);
        }
    }

    private static void addAspects(Vocabulary.Builder builder, String source,
            List<TabSeparatedResource.Row> rows) {
        for (TabSeparatedResource.Row row : rows) {
            String term = row.column(0);
            int aspect = row.column(1) == null ? -1 : Aspects.idOf(row.column(1).toLowerCase());
            if (aspect < 0 && row.column(1) != null) {
                aspect = Aspects.idOf(term.toLowerCase());
                term = row.column(1);
            }
            if (aspect < 0) {
                throw new InvalidLexiconException(source, row.line(),
                        "expected term<TAB>aspect with an aspect of " + Aspects.NAMES);
            }
            builder.aspect(term, aspect);
        }
    }

    private static void addIntents(Vocabulary.Builder builder, String source,
            List<TabSeparatedResource.Row> rows) {
        for (TabSeparatedResource.Row row : rows) {
            String phrase = row.column(0);
            String intent = row.column(1) == null ? null : Aspects.intentOf(row.column(1).toLowerCase());
            if (intent == null && row.column(1) != null) {
                intent = Aspects.intentOf(phrase.toLowerCase());
                phrase = row.column(1);
            }
            if (intent == null) {
                throw new InvalidLexiconException(source, row.line(),
                        "expected phrase<TAB>intent with an intent of " + Aspects.INTENTS);
            }
            builder.intent(phrase, intent);
        }
    }

    private static List<TabSeparatedResource.Row> orEmpty(List<TabSeparatedResource.Row> rows) {
        return rows == null ? List.of() : rows;
    }
}
