package io.cxpulse.alerts;

import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.AccountedReview;
import io.cxpulse.records.CustomerSignal;
import io.cxpulse.records.FeedbackEvent;
import io.cxpulse.records.ReviewEvent;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.sentiment.AspectSentiment;
import io.cxpulse.sentiment.Aspects;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Turns scored reviews and survey responses into the inputs of the alert rules. */
public final class AlertInputs {
    /** The segment value of every product together. */
    public static final String ALL = "all";
    /** The segment value of texts that name no product. */
    public static final String UNKNOWN = "unknown";

    private static final int MAX_TERMS = 5;

    private AlertInputs() {}

    /**
     * A review for the reputation-surge rule, for its source with and without product: counted
     * as a record of both in {@code counter}, and a match of both when negative (few stars or
     * negative text).
     */
    public static void negativeReviews(ScoredReview r, int maxRating, ExposureCounter counter,
            Consumer<CountObservation> out) {
        ReviewEvent e = r.event();
        long time = e.timestamp();
        boolean negative = negative(r, maxRating);
        String source = e.source();
        String product = e.product() == null ? UNKNOWN : e.product();
        String sourceKey = source + '|' + ALL;
        String productKey = source + '|' + product;
        counter.see(time, sourceKey, ExposureCounter.EVERYTHING, negative,
                k -> reviewSubject(source, ALL));
        counter.see(time, productKey, sourceKey, negative, k -> reviewSubject(source, product));
        if (negative) {
            Evidence evidence = evidence(e.eventId(), e.text(), r.sentiment());
            out.accept(CountObservation.match(sourceKey, reviewSubject(source, ALL),
                    e.timestamp(), evidence));
            out.accept(CountObservation.match(productKey, reviewSubject(source, product),
                    e.timestamp(), evidence));
        }
    }

    /** A review for the complaint-cluster rule: a record of every aspect, a match of those it criticises. */
    public static void complaints(ScoredReview r, int maxRating, ExposureCounter counter,
            Consumer<CountObservation> out) {
        ReviewEvent e = r.event();
        complaints(r.sentiment(), negative(r, maxRating), e.product(), e.eventId(), e.text(),
                e.timestamp(), counter, out);
    }

    /** A survey comment for the complaint-cluster rule, as a review. */
    public static void complaints(ScoredFeedback f, ExposureCounter counter,
            Consumer<CountObservation> out) {
        FeedbackEvent e = f.event();
        Sentiment s = f.sentiment();
        boolean negative = s != null && (Sentiment.NEGATIVE.equals(s.label()) || e.nps() <= 6);
        complaints(s, negative, e.product(), e.eventId(), e.comment(), e.timestamp(), counter, out);
    }

    private static void complaints(Sentiment s, boolean negativeText, String productOrNull,
            String eventId, String text, long time, ExposureCounter counter,
            Consumer<CountObservation> out) {
        if (s == null) {
            return;   // no text, nothing to complain in
        }
        String product = productOrNull == null ? UNKNOWN : productOrNull;
        for (String aspect : Aspects.NAMES) {
            see(counter, time, aspect, product, complained(s, aspect, negativeText));
        }
        Evidence evidence = null;
        List<String> done = new ArrayList<>(2);
        for (AspectSentiment a : s.aspects()) {
            String aspect = a.aspect();
            if (!complained(s, aspect, negativeText) || done.contains(aspect)) {
                continue;
            }
            done.add(aspect);
            if (Aspects.idOf(aspect) < 0) {
                see(counter, time, aspect, product, true);   // an aspect of a user's lexicon
            }
            if (evidence == null) {
                evidence = evidence(eventId, text, s);
            }
            out.accept(CountObservation.match(aspect + '|' + ALL, aspectSubject(aspect, ALL),
                    time, evidence));
            out.accept(CountObservation.match(aspect + '|' + product,
                    aspectSubject(aspect, product), time, evidence));
        }
    }

    private static void see(ExposureCounter counter, long time, String aspect, String product,
            boolean complained) {
        String aspectKey = aspect + '|' + ALL;
        counter.see(time, aspectKey, ExposureCounter.EVERYTHING, complained,
                k -> aspectSubject(aspect, ALL));
        counter.see(time, aspect + '|' + product, aspectKey, complained,
                k -> aspectSubject(aspect, product));
    }

    private static boolean complained(Sentiment s, String aspect, boolean negativeText) {
        for (AspectSentiment a : s.aspects()) {
            if (a.aspect().equals(aspect) && (a.score() < 0 || (a.score() == 0 && negativeText))) {
                return true;
            }
        }
        return false;
    }

    private static Subject reviewSubject(String source, String product) {
        return segment("source=" + source + "/product=" + product, ALL.equals(product)
                ? source + " reviews (all products)" : source + " reviews of product " + product);
    }

    private static Subject aspectSubject(String aspect, String product) {
        return segment("aspect=" + aspect + "/product=" + product, ALL.equals(product)
                ? aspect + " complaints (all products)"
                : aspect + " complaints about product " + product);
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

    /**
     * A review with a customer id, for the customer rules, before its account is known: the
     * per-customer operator sets {@link CustomerAlertInput#keyAccount} from the account as of
     * the review.
     */
    public static CustomerAlertInput customerReview(ScoredReview r) {
        return customer(new AccountedReview(r, AccountedFeedback.UNKNOWN_TIER, false));
    }

    /**
     * A retention signal, for the key-account rule, or null when the rule does not read it: at
     * risk and silent churn risk when the customer went silent, and reactivated when it is back.
     * Churn words and downgrades are left to the rule's own reading of the customer's answers,
     * which asks for more than one bad signal.
     */
    public static CustomerAlertInput customer(CustomerSignal s) {
        boolean silence = (s.signal().equals(CustomerAlertInput.AT_RISK)
                || s.signal().equals(CustomerAlertInput.SILENT_CHURN_RISK))
                && "inactivity".equals(s.cause());
        if (!silence && !s.signal().equals(CustomerAlertInput.REACTIVATED)) {
            return null;
        }
        return new CustomerAlertInput(s.customerId(), s.timestamp(), s.keyAccount(), s.signal(),
                -1, false, new String[0], s.reason(), null);
    }

    /** Whether a text states an intent to escalate: only then does the escalation rule judge it. */
    public static boolean escalates(Sentiment s) {
        if (s == null || s.intents() == null) {
            return false;
        }
        for (String intent : s.intents()) {
            if (Sentiment.ESCALATION.equals(intent)) {
                return true;
            }
        }
        return false;
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
