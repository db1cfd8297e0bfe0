package io.cxpulse.jobs.sample;

import java.util.List;

/** Short pieces around the main sentence: sign-offs, code-switched tags, review titles, churn intent. */
final class CommentExtras {

    static final List<String> HE_OPENERS = List.of(
            "לקוח כבר שש שנים.", "פעם ראשונה שאני עונה לסקר.", "בקיצור,", "אז ככה,");
    static final List<String> EN_OPENERS = List.of(
            "Customer for 5 years.", "First time answering one of these.", "Honestly,");

    static final List<String> HE_POSITIVE_CLOSERS = List.of("תודה!", "ממליץ בחום", "המשיכו ככה", "👍");
    static final List<String> HE_NEUTRAL_CLOSERS = List.of("יש מה לשפר", "סה\"כ בסדר", "נראה איך יהיה");
    static final List<String> HE_NEGATIVE_CLOSERS = List.of("תשפרו!", "לא ממליץ", "די כבר", "מאוכזב");
    static final List<String> EN_POSITIVE_CLOSERS = List.of("Thanks!", "Highly recommend", "Keep it up");
    static final List<String> EN_NEUTRAL_CLOSERS = List.of("Room for improvement", "Overall ok");
    static final List<String> EN_NEGATIVE_CLOSERS = List.of("Please fix this", "Would not recommend", "Disappointed");

    /** English tags dropped into Hebrew sentences. */
    static final List<String> MIXED_POSITIVE = List.of("great job", "top service", "thanks guys", "well done");
    static final List<String> MIXED_NEUTRAL = List.of("so-so", "not bad", "whatever", "could be better");
    static final List<String> MIXED_NEGATIVE = List.of("seriously?", "not cool", "really annoying", "wtf");

    /** Whole code-switched comments. */
    static final List<String> MIXED_POSITIVE_FULL = List.of(
            "השירות היה super fast, תודה", "הטכנאי היה really nice והכל עובד", "אחלה customer service");
    static final List<String> MIXED_NEGATIVE_FULL = List.of(
            "ה-support שלכם פשוט לא עונה", "האינטרנט נופל all the time", "ה-app קורסת, fix it");
    static final List<String> MIXED_DOUBLE_CHARGE = List.of(
            "חויבתי פעמיים, seriously?", "double charge בכרטיס אשראי ואין עם מי לדבר",
            "ה-billing שלכם is a mess, חיוב כפול", "got charged twice וחיכיתי שעה בטלפון");

    static final List<String> HE_POSITIVE_TITLES = List.of("שירות מעולה", "ממליץ", "מרוצה מאוד", "אחלה חברה");
    static final List<String> HE_NEUTRAL_TITLES = List.of("בסדר גמור", "סביר", "יש מה לשפר");
    static final List<String> HE_NEGATIVE_TITLES = List.of("מאכזב", "לא ממליץ בכלל", "שירות גרוע", "בושה");
    static final List<String> HE_DOUBLE_CHARGE_TITLES = List.of("חיוב כפול!!", "חויבתי פעמיים", "גניבה");
    static final List<String> EN_POSITIVE_TITLES = List.of("Great service", "Solid fiber", "Recommended");
    static final List<String> EN_NEUTRAL_TITLES = List.of("It's ok", "Average");
    static final List<String> EN_NEGATIVE_TITLES = List.of("Disappointed", "Avoid", "Terrible support");
    static final List<String> EN_DOUBLE_CHARGE_TITLES = List.of("Charged twice", "Double billing!", "Refund my money");

    private CommentExtras() {}

    static List<String> closers(String language, Tone tone) {
        boolean he = "he".equals(language);
        switch (tone) {
            case POSITIVE:
                return he ? HE_POSITIVE_CLOSERS : EN_POSITIVE_CLOSERS;
            case NEUTRAL:
                return he ? HE_NEUTRAL_CLOSERS : EN_NEUTRAL_CLOSERS;
            default:
                return he ? HE_NEGATIVE_CLOSERS : EN_NEGATIVE_CLOSERS;
        }
    }

    static List<String> titles(String language, Tone tone, Aspect aspect) {
        boolean he = "he".equals(language);
        if (aspect == Aspect.DOUBLE_CHARGE && tone == Tone.NEGATIVE) {
            return he ? HE_DOUBLE_CHARGE_TITLES : EN_DOUBLE_CHARGE_TITLES;
        }
        switch (tone) {
            case POSITIVE:
                return he ? HE_POSITIVE_TITLES : EN_POSITIVE_TITLES;
            case NEUTRAL:
                return he ? HE_NEUTRAL_TITLES : EN_NEUTRAL_TITLES;
            default:
                return he ? HE_NEGATIVE_TITLES : EN_NEGATIVE_TITLES;
        }
    }

    static List<String> mixedTags(Tone tone) {
        return tone == Tone.POSITIVE ? MIXED_POSITIVE : tone == Tone.NEUTRAL ? MIXED_NEUTRAL : MIXED_NEGATIVE;
    }
}
