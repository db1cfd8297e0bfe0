package io.cxpulse.jobs.scenarios;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The English and Hebrew texts of the generated histories, by what the scorer makes of them:
 * {@code ScenarioTextsTest} checks each against the bundled lexicons, so a history's planted
 * complaints are complaints to the job and its quiet texts carry no intent.
 */
public final class ScenarioTexts {
    private ScenarioTexts() {}

    /** Positive, no intent: promoters and 4-5-star reviews. */
    public static final List<String> POSITIVE = List.of(
            "Great service, very helpful staff",
            "Fast installation and the internet works perfectly",
            "Happy with the service, thank you",
            "Good value for money",
            "The technician was friendly and on time",
            "Reliable connection, no complaints",
            "Very happy, excellent service",
            "Love the new plan, great value",
            "השירות מעולה, תודה רבה",
            "שירות אדיב ומהיר",
            "מרוצה מאוד מהשירות",
            "אחלה שירות",
            "הכל עובד טוב");

    /** Mildly positive or neutral, no intent: passives and 3-star reviews. */
    public static final List<String> MILD = List.of(
            "It is ok", "Everything works fine", "Works as expected", "Not bad", "בסדר");

    /** Negative, about no aspect: detractors and 1-2-star reviews. */
    public static final List<String> NEGATIVE = List.of(
            "Terrible service, nothing works",
            "Worst provider ever, avoid");

    /** Negative about one aspect each, the key of the map. */
    public static final Map<String, List<String>> COMPLAINTS = Map.of(
            "billing", List.of(
                    "You charged me twice this month, unacceptable",
                    "Double charge on my bill again",
                    "The invoice is wrong and nobody fixes it",
                    "Wrong amount on my bill, very frustrating",
                    "Overcharged on my bill, fix it",
                    "חויבתי פעמיים החודש",
                    "חיוב כפול בחשבונית, לא מקובל",
                    "החשבונית שגויה שוב"),
            "support", List.of(
                    "Support never answers, I waited two hours",
                    "Support was rude and useless",
                    "התמיכה לא עונה, חיכיתי שעה"),
            "reliability", List.of(
                    "The internet keeps dropping every evening",
                    "Awful experience, the connection is down all day",
                    "No signal at home for days",
                    "האינטרנט מתנתק כל ערב",
                    "אין קליטה בבית"),
            "app", List.of(
                    "The app keeps crashing",
                    "The app is slow and keeps freezing",
                    "The app crashes every time I log in",
                    "האפליקציה קורסת כל הזמן",
                    "האפליקציה איטית ולא עובדת"),
            "delivery", List.of(
                    "Delivery was late again",
                    "The delivery never arrived",
                    "My order arrived a week late",
                    "המשלוח הגיע באיחור של שבוע"));

    /** The aspects of {@link #COMPLAINTS}, in a fixed order for seeded draws. */
    public static final List<String> ASPECTS =
            List.of("billing", "support", "reliability", "app", "delivery");

    /** Churn intent: a customer leaving. */
    public static final List<String> CHURN = List.of(
            "We are moving to another provider unless this is fixed",
            "We will not renew our contract after this",
            "I am leaving for another company, this is the last straw",
            "אנחנו עוברים לחברה אחרת",
            "אני עובר לחברה אחרת");

    /** Escalation intent: lawyer, regulator, press. */
    public static final List<String> ESCALATION = List.of(
            "I will take legal action and call my lawyer",
            "I am filing a complaint with the regulator",
            "I will go to the press with this",
            "אני פונה לעורך דין",
            "אני אפנה למשרד התקשורת");

    public static String pick(Random r, List<String> texts) {
        return texts.get(r.nextInt(texts.size()));
    }
}
