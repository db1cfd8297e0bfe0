package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.SentimentScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The escalation rule over randomized customer histories, scored by the bundled analyzer as the
 * job scores them. Each seed has 40 customers over 60 days, a tenth of them key accounts; each
 * writes survey comments (answers 0-10) and reviews (1-5 stars, a fifth without customer id) at
 * its own rate, from one every day to one a month, in English or Hebrew: complaints, praise,
 * talk of leaving, refund requests, and everyday words near the escalation vocabulary (a manager,
 * a complaint, a report, a post). One customer of each seed, at a random time, writes a comment or
 * review that threatens to escalate (a lawyer, a regulator, a court, going public, a manager),
 * in one of many phrasings. Expected outcomes come from what was planted.
 */
class EscalationScenarioTest {
    static final int SEEDS = 50;
    static final int CUSTOMERS = 40;
    static final int DAYS = 60;
    static final long DAY = 86_400_000L;

    static final String[][] QUIET = {
        // English: complaints, praise, leaving, refunds, and words near escalation
        {"The bill was higher than last month.", "Support kept me on hold for an hour.",
            "The app crashes when I open the invoice.", "Internet drops every evening.",
            "The price went up without notice.", "The technician never showed up.",
            "Nobody answered my emails for a week.", "Charged twice this month, please fix it."},
        {"The technician was on time and friendly.", "Great service, thanks.",
            "Fast internet, no complaints.", "The agent explained every line of the bill.",
            "Easy to set up and works well.", "Happy with the new plan."},
        {"I am thinking of switching to another provider.", "If this goes on I will cancel.",
            "Considering leaving for a cheaper plan."},
        {"I want a refund for the double charge.", "Please credit my account for the outage.",
            "I asked for my money back."},
        {"The store manager helped me choose a plan.", "I have no complaints this time.",
            "The monthly usage report is clear.", "My colleague recommended you.",
            "The agent called me back as promised.", "I read the new terms on your site."},
        // Hebrew
        {"החשבון היה גבוה מהחודש שעבר.", "חיכיתי שעה לנציג.", "האינטרנט מתנתק כל ערב.",
            "חייבו אותי פעמיים החודש.", "הטכנאי לא הגיע.", "האפליקציה קורסת כל הזמן."},
        {"הטכנאי הגיע בזמן והיה אדיב.", "שירות מעולה, תודה.", "אחלה חברה, הכל עובד.",
            "הנציגה הסבירה לי כל שורה בחשבונית."},
        {"אני שוקל לעבור לחברה אחרת.", "אם זה ימשיך אני מתנתק.", "אני רוצה החזר על החיוב הכפול."},
        {"מנהל הסניף עזר לי לבחור מסלול.", "אין לי תלונות הפעם.", "חבר המליץ לי עליכם."},
    };

    static final String[] ESCALATION = {
        "I am calling my lawyer tomorrow.", "My attorney will be in touch.",
        "I will report you to consumer protection.", "See you in small claims court.",
        "I'm filing a formal complaint with the regulator.", "I want to speak to a manager, now.",
        "I will take legal action if this is not refunded.", "I'm going public with this.",
        "I will post this on social media so everyone knows.", "Expect a lawsuit.",
        "אני פונה לעורך דין.", "אגיש תביעה קטנה נגדכם.", "אני מגיש תלונה לרשות הגנת הצרכן.",
        "אפרסם את זה ברשתות החברתיות.", "אני דורש לדבר עם מנהל.", "נתראה בבית משפט.",
    };

    private final SentimentScorer scorer = LexiconSentimentScorer.shared();

    @Test
    void aThreatToEscalateAlertsAndQuietHistoriesStayQuiet() {
        EscalationRule rule = new EscalationRule(AlertSettings.defaults().escalation());
        int detected = 0;
        long quietOpens = 0;
        long subjectDays = 0;
        long texts = 0;
        Map<String, Integer> falseBy = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            Random r = new Random(seed);
            List<CustomerAlertInput> inputs = new ArrayList<>();
            int planted = r.nextInt(CUSTOMERS);
            long plantedAt = (long) ((7 + r.nextDouble() * (DAYS - 7)) * DAY);
            String plantedId = null;
            for (int c = 0; c < CUSTOMERS; c++) {
                String id = "C" + c;
                boolean key = c % 10 == 0;
                boolean hebrew = r.nextBoolean();
                double gap = Math.exp(r.nextDouble() * Math.log(30));
                for (double t = r.nextDouble() * gap; t < DAYS; t += -Math.log(1 - r.nextDouble()) * gap) {
                    inputs.add(text(r, id, key, (long) (t * DAY), quiet(r, hebrew), "q" + seed + "-" + texts++));
                }
                if (c == planted) {
                    String threat = ESCALATION[r.nextInt(ESCALATION.length)];
                    String complaint = quiet(r, threat.codePointAt(0) > 0x590 ? 5 : 0);
                    plantedId = "planted-" + seed;
                    inputs.add(text(r, id, key, plantedAt, complaint + " " + threat, plantedId));
                }
            }
            subjectDays += (long) CUSTOMERS * DAYS;
            inputs.sort(Comparator.comparingLong(CustomerAlertInput::time));
            AlertLifecycle lifecycle = new AlertLifecycle(rule.name(), 3_600_000L,
                    rule.clearAfterMillis());
            Map<String, MatchCount> states = new HashMap<>();
            Map<String, Episode> episodes = new HashMap<>();
            boolean hit = false;
            for (CustomerAlertInput in : inputs) {
                if (!rule.judges(in)) {
                    continue;
                }
                String k = rule.keyOf(in);
                Verdict v = rule.observe(states.computeIfAbsent(k, x -> rule.newState()), in);
                Episode e = episodes.computeIfAbsent(k, x -> new Episode());
                lifecycle.onTime(e, v.time());
                Alert a = lifecycle.onVerdict(e, v);
                boolean isPlanted = in.evidence().eventId().equals(plantedId);
                if (isPlanted && v.firing()) {
                    hit = true;
                }
                if (!isPlanted && a != null && a.status().equals(Alert.OPEN)) {
                    quietOpens++;
                    falseBy.merge(in.evidence().text(), 1, Integer::sum);
                }
            }
            if (hit) {
                detected++;
            } else {
                missed.add(plantedId);
            }
        }
        double detection = detected / (double) SEEDS;
        double quietRate = quietOpens * 1000.0 / subjectDays;
        System.out.printf(Locale.ROOT, "escalation over %d seeds x %d customers x %d days (%d"
                + " quiet texts): planted threat alerted in %d seeds = %.3f (missed: %s); quiet:"
                + " %d alerts in %d customer-days = %.3f per 1,000%s%n", SEEDS, CUSTOMERS, DAYS,
                texts, detected, detection, missed, quietOpens, subjectDays, quietRate,
                falseBy.isEmpty() ? "" : ", from " + falseBy);
        assertTrue(detection >= 0.95, "planted escalations alerted: " + detection);
        assertTrue(quietRate <= 1.0, "quiet alerts per 1,000 customer-days: " + quietRate);
    }

    /** A quiet text of one to three sentences, in the customer's language. */
    private static String quiet(Random r, boolean hebrew) {
        return quiet(r, hebrew ? 5 : 0) + (r.nextBoolean() ? "" : " " + quiet(r, hebrew ? 5 : 0));
    }

    private static String quiet(Random r, int from) {
        String[] pool = QUIET[from + r.nextInt(from == 0 ? 5 : QUIET.length - 5)];
        return pool[r.nextInt(pool.length)];
    }

    /** A survey comment (three in five) or a review, scored, as the customer rules see it. */
    private CustomerAlertInput text(Random r, String customer, boolean key, long time, String text,
            String eventId) {
        String tier = key ? "key" : "standard";
        if (r.nextInt(5) < 3) {
            int nps = r.nextInt(11);
            FeedbackEvent e = new FeedbackEvent(eventId, time, customer, nps, text, "web", "fiber",
                    null, null, null, null, null);
            String cls = nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
            return AlertInputs.customer(new AccountedFeedback(
                    new ScoredFeedback(e, cls, scorer.score(text)), tier, 1.0));
        }
        ReviewEvent e = new ReviewEvent(eventId, time, 1 + r.nextInt(5), text, "google", null,
                "fiber", null, null, r.nextInt(5) == 0 ? null : customer, null, null);
        return AlertInputs.customer(new AccountedReview(new ScoredReview(e, scorer.score(text)),
                tier, false));
    }
}
