package io.cxpulse.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts, where records enter the job, how many records each subject of a counting rule had per
 * step and what share of its parent's records matched; sends one exposure per subject and step
 * ({@link CountObservation#exposure}) when the input moves to a later step, instead of one per
 * record. The parent's share is what this input saw: partitions are samples of the same records,
 * so a share is the same wherever it is counted. A parent lends its share once it has at least
 * {@link #MIN_PARENT_RECORDS} records and a history as long as the rule's prior weight, so that
 * subjects are not judged against a share learned in the first minutes of a run. Memory only:
 * after a restart the count of the step in progress is lost and shares are learned again; both
 * only feed a subject's prior.
 */
public final class ExposureCounter {
    /** The parent of the top subjects: every record of the rule. */
    public static final String EVERYTHING = "*";
    /** Records a parent needs before its share is given. */
    static final long MIN_PARENT_RECORDS = 20;
    /** Counts are halved past this many records, so that a share follows change. */
    static final long MAX_PARENT_RECORDS = 100_000;
    /** Parents remembered at most; past it the shares are learned again. */
    static final int MAX_PARENTS = 10_000;

    private final long stepMillis;
    private final long minParentSteps;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, long[]> parents = new HashMap<>();
    private long currentStep = Long.MIN_VALUE;

    /**
     * @param stepMillis one exposure per subject and step
     * @param minParentAgeMillis how long a parent is seen before it lends its share
     */
    public ExposureCounter(long stepMillis, long minParentAgeMillis) {
        this.stepMillis = stepMillis;
        this.minParentSteps = Math.max(0, minParentAgeMillis / stepMillis);
    }

    private static final class Pending {
        final Subject subject;
        final String parentKey;
        int records;

        Pending(Subject subject, String parentKey) {
            this.subject = subject;
            this.parentKey = parentKey;
        }
    }

    /**
     * Moves to the step of {@code time}: when it is later than the current one, returns the
     * exposures of the current step, dated at its last millisecond. Call before {@link #see}.
     */
    public List<CountObservation> advanceTo(long time) {
        long step = Math.floorDiv(time, stepMillis);
        if (currentStep == Long.MIN_VALUE) {
            currentStep = step;
        }
        if (step <= currentStep) {
            return List.of();
        }
        List<CountObservation> due = new ArrayList<>(pending.size());
        long at = (currentStep + 1) * stepMillis - 1;
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            due.add(CountObservation.exposure(e.getKey(), p.subject, at, p.records,
                    share(p.parentKey)));
        }
        pending.clear();
        currentStep = step;
        return due;
    }

    /**
     * Counts one record of a subject, matching or not, and of its parent.
     *
     * @param subjectOf builds the subject from its key, called once per key and step
     */
    public void see(String key, String parentKey, boolean matched,
            Function<String, Subject> subjectOf) {
        Pending p = pending.get(key);
        if (p == null) {
            p = new Pending(subjectOf.apply(key), parentKey);
            pending.put(key, p);
        }
        p.records++;
        long[] counts = parents.get(parentKey);
        if (counts == null) {
            if (parents.size() >= MAX_PARENTS) {
                parents.clear();
            }
            counts = new long[] {0, 0, currentStep};
            parents.put(parentKey, counts);
        }
        counts[0] += matched ? 1 : 0;
        counts[1]++;
        if (counts[1] > MAX_PARENT_RECORDS) {
            counts[0] /= 2;
            counts[1] /= 2;
        }
    }

    /** The share of matching records of a parent, of everything when it is too new; or NaN. */
    double share(String parentKey) {
        long[] counts = parents.get(parentKey);
        if (!lends(counts)) {
            counts = parents.get(EVERYTHING);
        }
        return lends(counts) ? (double) counts[0] / counts[1] : Double.NaN;
    }

    private boolean lends(long[] counts) {
        return counts != null && counts[1] >= MIN_PARENT_RECORDS
                && currentStep - counts[2] >= minParentSteps;
    }
}
