package io.cxpulse.jobs.sample;

/**
 * C0007, a key account, answers 9-10 through week 1 (2026-03-02..08) and 0-4 with churn intent
 * through week 2 (2026-03-09..15), while its support tickets pile up.
 */
final class KeyAccountStory {

    static final int[] WEEK1_DAYS = {0, 1, 3, 4, 6};
    static final int[] WEEK1_NPS = {10, 9, 10, 9, 10};
    static final String[] WEEK1_CHANNELS = {"web", "phone", "chat", "web", "phone"};
    static final String[][] WEEK1_COMMENTS = {
        {"Account manager is responsive and the fiber links in all our clinics are stable.", "en"},
        {"השירות לעסקים מצוין, מנהל התיק זמין תמיד", "he"},
        {"Smooth onboarding of our new Haifa branch, thanks to the business team.", "en"},
        {"קו הסיבים בכל המרפאות יציב, אין תלונות", "he"},
        {"Great support, the technician came the same day. Highly recommend.", "en"},
    };

    static final int[] WEEK2_DAYS = {7, 8, 9, 10, 12, 13};
    static final int[] WEEK2_NPS = {4, 2, 3, 1, 0, 2};
    static final String[] WEEK2_CHANNELS = {"phone", "phone", "web", "chat", "phone", "web"};
    static final String[][] WEEK2_COMMENTS = {
        {"Third outage in our Haifa clinic this week and still no root cause from your side.", "en"},
        {"We were charged twice on the corporate invoice and the account manager does not answer.", "en"},
        {"הקו בסניף נצרת נפל שוב ואף אחד לא חוזר אלינו. שוקלים לעבור לספק אחר.", "he"},
        {"Patients could not book appointments for four hours because the line was down. "
                + "We are considering switching provider.", "en"},
        {"אין מענה מהמוקד העסקי כבר שלושה ימים. אם זה לא מסתדר השבוע אנחנו עוברים לספק אחר.", "he"},
        {"We have started evaluating other providers for our clinics. Very disappointed.", "en"},
    };

    private KeyAccountStory() {}

    static void plant(StoryTimeline s) {
        for (int i = 0; i < WEEK1_DAYS.length; i++) {
            s.feedback(WEEK1_DAYS[i], WEEK1_NPS[i], WEEK1_CHANNELS[i], WEEK1_COMMENTS[i][0], WEEK1_COMMENTS[i][1]);
        }
        for (int i = 0; i < WEEK2_DAYS.length; i++) {
            s.feedback(WEEK2_DAYS[i], WEEK2_NPS[i], WEEK2_CHANNELS[i], WEEK2_COMMENTS[i][0], WEEK2_COMMENTS[i][1]);
        }
        for (int day = 0; day < SampleWindow.DAYS; day++) {
            s.usage(day, (int) Math.round((6 + s.rng.nextInt(5)) * SampleWindow.dayWeight(day)));
            if (day >= 7) {
                for (int i = 2 + s.rng.nextInt(3); i > 0; i--) {
                    s.interaction(day, "support_ticket", null, s.rng.nextBoolean() ? "phone" : "chat");
                }
            }
        }
        s.purchase(1, "phone");
        s.renewal(2);
        s.purchase(4, "web");
        s.interaction(5, "support_ticket", null, "chat");
    }
}
