package io.cxpulse.jobs.sample;

/**
 * C0058 answers detractor (2-5) every two or three days with critical comments, yet buys steadily
 * all through the window and renews.
 */
final class LoyalCriticStory {

    static final int[] FEEDBACK_DAYS = {0, 2, 5, 7, 9, 12};
    static final int[] FEEDBACK_NPS = {3, 4, 2, 5, 3, 4};
    static final String[] CHANNELS = {"phone", "web", "store", "phone", "chat", "phone"};
    static final String[] COMMENTS = {
        "המחיר שוב עלה ואף אחד לא הודיע",
        "חיכיתי חצי שעה על הקו בשביל שאלה פשוטה",
        "הקליטה בבית הקלייה גרועה, הלקוחות מתלוננים",
        "לא מרוצה, לעסקים קטנים אתם פשוט לא מתייחסים",
        "האפליקציה לא מראה את החשבוניות של כל הקווים",
        "שוב אותה בעיה עם הראוטר, מעפן",
    };
    static final int[] PURCHASE_DAYS = {0, 2, 3, 5, 7, 8, 10, 12, 13};

    private LoyalCriticStory() {}

    static void plant(StoryTimeline s) {
        for (int i = 0; i < FEEDBACK_DAYS.length; i++) {
            s.feedback(FEEDBACK_DAYS[i], FEEDBACK_NPS[i], CHANNELS[i], COMMENTS[i], "he");
        }
        for (int day : PURCHASE_DAYS) {
            s.purchase(day, day % 3 == 0 ? "store" : "app");
        }
        s.renewal(4);
        for (int day = 0; day < SampleWindow.DAYS; day++) {
            s.usage(day, 2 + s.rng.nextInt(3));
        }
        s.interaction(2, "support_ticket", null, "phone");
        s.interaction(9, "support_ticket", null, "chat");
    }
}
