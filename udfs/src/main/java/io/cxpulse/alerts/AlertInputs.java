package io.cxpulse.alerts;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Turns scored reviews and survey responses into the inputs of the alert rules. */
public final class AlertInputs {
    /** The segment value of every product together. */
    public static final String ALL = "all";
    /** The segment value of texts that name no product. */
    public static final String UNKNOWN = "unknown";

    private static final int MAX_TERMS = 5;

    private AlertInputs() {}

    /** A negative review (few stars or negative text), for its source with and without product. */
    public static List<CountObservation> negativeReviews(ScoredReview r, int maxRating) {
        if (!negative(r, maxRating)) {
            return List.of();
        }
        ReviewEvent e = r.event();
        Evidence evidence = evidence(e.eventId(), e.text(), r.sentiment());
        String product = e.product() == null ? UNKNOWN : e.product();
        List<CountObservation> out = new ArrayList<>(2);
        out.add(new CountObservation(e.source() + '|' + ALL, segment("source=" + e.source()
                + "/product=" + ALL, e.source() + " reviews (all products)"), e.timestamp(), evidence));
        out.add(new CountObservation(e.source() + '|' + product, segment("source=" + e.source()
                + "/product=" + product, e.source() + " reviews of product " + product),
                e.timestamp(), evidence));
        return out;
    }

    /** Negative mentions of aspects in a review. */
    public static List<CountObservation> complaints(ScoredReview r, int maxRating) {
        ReviewEvent e = r.event();
        return complaints(r.sentiment(), negative(r, maxRating), e.product(), e.eventId(),
                e.text(), e.timestamp());
    }

    /** Negative mentions of aspects in a survey comment. */
    public static List<CountObservation> complaints(ScoredFeedback f) {
        FeedbackEvent e = f.event();
        Sentiment s = f.sentiment();
        boolean negative = s != null && (Sentiment.NEGATIVE.equals(s.label()) || e.nps() <= 6);
        return complaints(s, negative, e.product(), e.eventId(), e.comment(), e.timestamp());
    }

    private static List<CountObservation> complaints(Sentiment s, boolean negativeText,
            String productOrNull, String eventId, String text, long time) {
        if (s == null) {
            return List.of();
        }
        List<CountObservation> out = new ArrayList<>();
        String product = productOrNull == null ? UNKNOWN : productOrNull;
        Evidence evidence = null;
        for (AspectSentiment a : s.aspects()) {
            if (a.score() < 0 || (a.score() == 0 && negativeText)) {
                if (evidence == null) {
                    evidence = evidence(eventId, text, s);
                }
                out.add(new CountObservation(a.aspect() + '|' + ALL, segment("aspect=" + a.aspect()
                        + "/product=" + ALL, a.aspect() + " complaints (all products)"), time, evidence));
                out.add(new CountObservation(a.aspect() + '|' + product, segment("aspect="
                        + a.aspect() + "/product=" + product, a.aspect() + " complaints about product "
                        + product), time, evidence));
            }
        }
        return out;
    }

    /**
     * A survey response, for the customer rules: a key account by its account as of the response,
     * tier and Pareto membership alike ({@link AccountedFeedback#keyAccount()}).
     */
    public static CustomerAlertInput customer(AccountedFeedback f) {
        FeedbackEvent e = f.scored().event();
        Sentiment s = f.scored().sentiment();
        return new CustomerAlertInput(e.customerId(), e.timestamp(), f.keyAccount(),
                CustomerAlertInput.RESPONSE, e.nps(),
                s != null && Sentiment.NEGATIVE.equals(s.label()),
                s == null ? new String[0] : s.intents(), null,
                s == null ? null : evidence(e.eventId(), e.comment(), s));
    }

    /**
     * A review, for the customer rules: a key account by its account as of the review
     * ({@link AccountedReview#keyAccount()}); its customer may be unknown, and then no key
     * account.
     */
    public static CustomerAlertInput customer(AccountedReview a) {
        ScoredReview r = a.scored();
        ReviewEvent e = r.event();
        Sentiment s = r.sentiment();
        return new CustomerAlertInput(e.customerId(), e.timestamp(), a.keyAccount(),
                CustomerAlertInput.REVIEW, -1, negative(r, 2),
                s == null ? new String[0] : s.intents(), null, evidence(e.eventId(), e.text(), s));
    }

    /** A text with the words that drove its sentiment, most negative first. */
    public static Evidence evidence(String eventId, String text, Sentiment s) {
        if (s == null) {
            return new Evidence(eventId, Evidence.cut(text), new String[0], 0);
        }
        String[] terms = Arrays.stream(s.terms())
                .sorted(Comparator.comparingDouble(SentimentTerm::weight))
                .limit(MAX_TERMS)
                .map(SentimentTerm::term)
                .toArray(String[]::new);
        return new Evidence(eventId, Evidence.cut(text), terms, s.score());
    }

    static boolean negative(ScoredReview r, int maxRating) {
        return r.event().rating() <= maxRating
                || (r.sentiment() != null && Sentiment.NEGATIVE.equals(r.sentiment().label()));
    }

    private static Subject segment(String id, String name) {
        return new Subject(Subject.SEGMENT, id, name, false);
    }
}
