package io.cxpulse.jobs.sample;

/**
 * C0123 uses the service many times a day, buys every other day and answers 9-10, then from
 * 2026-03-08T00:00Z on produces no interactions and no feedback at all.
 */
final class SilentChurnStory {

    static final int LAST_ACTIVE_DAY = 5;
    static final int[] FEEDBACK_DAYS = {0, 2, 4, 5};
    static final int[] FEEDBACK_NPS = {10, 9, 10, 9};
    static final String[] COMMENTS = {
        "אחלה אפליקציה, הכל עובד מהר",
        "הגלישה מהירה והחבילה משתלמת, ממליצה",
        "שירות מעולה, סבבה לגמרי",
        "אין תלונות, הכל עובד חלק",
    };

    private SilentChurnStory() {}

    static void plant(StoryTimeline s) {
        for (int i = 0; i < FEEDBACK_DAYS.length; i++) {
            s.feedback(FEEDBACK_DAYS[i], FEEDBACK_NPS[i], "app", COMMENTS[i], "he");
        }
        for (int day = 0; day <= LAST_ACTIVE_DAY; day++) {
            s.usage(day, 10 + s.rng.nextInt(5));
            if (day % 2 == 0 || day == 3) {
                s.purchase(day, day == 3 ? "store" : "app");
            }
        }
        s.renewal(1);
    }
}
