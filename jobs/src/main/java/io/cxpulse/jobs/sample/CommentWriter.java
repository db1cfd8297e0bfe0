package io.cxpulse.jobs.sample;

import java.util.Locale;
import java.util.Random;

/** Composes survey comments and review texts from the phrase books, in Hebrew, English or both. */
final class CommentWriter {

    private final Random rng;

    CommentWriter(Random rng) {
        this.rng = rng;
    }

    /** A language for a customer who usually writes in {@code preferred} ({@code he}, {@code en} or {@code mixed}). */
    String language(String preferred) {
        double r = rng.nextDouble();
        if (r < 0.85) {
            return preferred;
        }
        return r < 0.93 ? "he" : r < 0.97 ? "en" : "mixed";
    }

    /** A survey comment: one or two sentences, sometimes with an opener or a sign-off. */
    Comment write(Aspect aspect, Tone tone, String language) {
        if ("mixed".equals(language)) {
            return mixed(aspect, tone);
        }
        boolean he = "he".equals(language);
        PhraseBook book = he ? HebrewPhrases.BOOK : EnglishPhrases.BOOK;
        StringBuilder text = new StringBuilder();
        if (rng.nextDouble() < 0.08) {
            text.append(PhraseBook.pick(he ? CommentExtras.HE_OPENERS : CommentExtras.EN_OPENERS, rng)).append(' ');
        }
        if (tone == Tone.NEUTRAL && aspect != Aspect.DOUBLE_CHARGE && rng.nextDouble() < 0.4) {
            text.append(book.pick(aspect, Tone.POSITIVE, rng))
                    .append(he ? ", אבל " : ", but ")
                    .append(lowerFirst(book.pick(otherAspect(aspect), Tone.NEGATIVE, rng)));
        } else {
            text.append(book.pick(aspect, tone, rng));
        }
        if (aspect != Aspect.DOUBLE_CHARGE && rng.nextDouble() < 0.2) {
            text.append(". ").append(book.pick(otherAspect(aspect), tone, rng));
        }
        if (rng.nextDouble() < 0.25) {
            text.append(". ").append(PhraseBook.pick(CommentExtras.closers(language, tone), rng));
        } else if (tone == Tone.NEGATIVE && rng.nextDouble() < 0.2) {
            text.append("!!");
        } else if (rng.nextDouble() < 0.4) {
            text.append('.');
        }
        String result = text.toString();
        if (!he && rng.nextDouble() < 0.08) {
            result = result.toLowerCase(Locale.ROOT);
        }
        return new Comment(result, language);
    }

    /** A review body: a comment, often followed by a second sentence on another topic. */
    Comment review(Aspect aspect, Tone tone, String language) {
        Comment first = write(aspect, tone, language);
        if ("mixed".equals(language) || rng.nextDouble() < 0.5) {
            return first;
        }
        PhraseBook book = "he".equals(language) ? HebrewPhrases.BOOK : EnglishPhrases.BOOK;
        String extra = book.pick(otherAspect(aspect), tone, rng);
        String text = first.text();
        String sep = text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? " " : ". ";
        return new Comment(text + sep + extra + ".", first.language());
    }

    String title(Aspect aspect, Tone tone, String language) {
        String lang = "en".equals(language) ? "en" : "he";
        return PhraseBook.pick(CommentExtras.titles(lang, tone, aspect), rng);
    }

    private Comment mixed(Aspect aspect, Tone tone) {
        if (aspect == Aspect.DOUBLE_CHARGE && tone == Tone.NEGATIVE && rng.nextDouble() < 0.7) {
            return new Comment(PhraseBook.pick(CommentExtras.MIXED_DOUBLE_CHARGE, rng), null);
        }
        if (tone != Tone.NEUTRAL && aspect != Aspect.DOUBLE_CHARGE && rng.nextDouble() < 0.3) {
            return new Comment(PhraseBook.pick(tone == Tone.POSITIVE
                    ? CommentExtras.MIXED_POSITIVE_FULL : CommentExtras.MIXED_NEGATIVE_FULL, rng), null);
        }
        String hebrew = HebrewPhrases.BOOK.pick(aspect, tone, rng);
        return new Comment(hebrew + ", " + PhraseBook.pick(CommentExtras.mixedTags(tone), rng), null);
    }

    private Aspect otherAspect(Aspect aspect) {
        Aspect other = Aspect.general(rng);
        if (other != aspect) {
            return other;
        }
        return aspect == Aspect.SUPPORT ? Aspect.NETWORK : Aspect.SUPPORT;
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || s.startsWith("I ") || s.startsWith("I'")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
