package io.cxpulse.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts, where records enter the job, how many records each subject of a counting rule had per
 * step and what share of its parent's records matched; sends one exposure per subject and step
 * ({@link CountObservation#exposure}) once the watermark has passed the step, instead of one per
 * record. Each record counts in its own step, however far out of order it comes; one that comes
 * after its step was sent is sent with the next watermark. The parent's share is what this input
 * saw: partitions are samples of the same records, so a share is the same wherever it is counted.
 * A step's records join their parents' counts only when the step is sent, in step order, so the
 * share lent with a step's exposures covers the steps up to it, whatever was read ahead of the
 * watermark: a streaming run, a restarted one and a backfill lend the same shares.
 * A parent lends its share once it has at least {@link #MIN_PARENT_RECORDS} records, with the
 * event time of its first record, so that the rule can tell a new product of a known source from
 * the first hours of a run. What it holds is taken out and put back as {@link PendingExposure}s
 * and {@link ParentRecords} when a checkpoint is written and restored.
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
    /** Subject-steps waiting at most; past it the earliest step is sent before its watermark. */
    static final int MAX_PENDING = 100_000;

    private final long stepMillis;
    private final TreeMap<Long, Step> pending = new TreeMap<>();
    private final Map<String, long[]> parents = new HashMap<>();
    private int pendingCount;

    /** @param stepMillis one exposure per subject and step */
    public ExposureCounter(long stepMillis) {
        this.stepMillis = stepMillis;
    }

    /** The records of one step not sent yet: per subject, and per parent (matched, all). */
    private static final class Step {
        final Map<String, Pending> subjects = new LinkedHashMap<>();
        final Map<String, long[]> parents = new LinkedHashMap<>();
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
     * Counts one record of a subject at its event time, matching or not, and of its parent.
     *
     * @param subjectOf builds the subject from its key, called once per key and step
     */
    public void see(long time, String key, String parentKey, boolean matched,
            Function<String, Subject> subjectOf) {
        long step = Math.floorDiv(time, stepMillis);
        Step ofStep = pending.computeIfAbsent(step, s -> new Step());
        Pending p = ofStep.subjects.get(key);
        if (p == null) {
            p = new Pending(subjectOf.apply(key), parentKey);
            ofStep.subjects.put(key, p);
            pendingCount++;
        }
        p.records++;
        long[] counts = ofStep.parents.computeIfAbsent(parentKey, k -> new long[2]);
        counts[0] += matched ? 1 : 0;
        counts[1]++;
    }

    /** Adds a step's records of a parent to what is known of it. */
    private void addToParent(String parentKey, long matched, long records, long step) {
        long[] counts = parents.get(parentKey);
        if (counts == null) {
            if (parents.size() >= MAX_PARENTS) {
                parents.clear();
            }
            counts = new long[] {0, 0, step};
            parents.put(parentKey, counts);
        }
        counts[0] += matched;
        counts[1] += records;
        counts[2] = Math.min(counts[2], step);
        while (counts[1] > MAX_PARENT_RECORDS) {
            counts[0] /= 2;
            counts[1] /= 2;
        }
    }

    /**
     * The exposures of every step that ends at or before the watermark, each dated at its step's
     * last millisecond; also those of the earliest steps when too many wait.
     */
    public List<CountObservation> flushThrough(long watermark) {
        long complete = watermark == Long.MAX_VALUE ? Long.MAX_VALUE
                : Math.floorDiv(watermark + 1, stepMillis) - 1;   // the last step it has passed
        List<CountObservation> due = new ArrayList<>();
        while (!pending.isEmpty() && (pending.firstKey() <= complete
                || pendingCount > MAX_PENDING)) {
            Map.Entry<Long, Step> step = pending.pollFirstEntry();
            long at = (step.getKey() + 1) * stepMillis - 1;
            step.getValue().parents.forEach((parentKey, c) ->
                    addToParent(parentKey, c[0], c[1], step.getKey()));
            for (Map.Entry<String, Pending> e : step.getValue().subjects.entrySet()) {
                Pending p = e.getValue();
                long[] parent = lender(p.parentKey);
                due.add(CountObservation.exposure(e.getKey(), p.subject, at, p.records,
                        parent == null ? Double.NaN : (double) parent[0] / parent[1],
                        parent == null ? Long.MAX_VALUE : parent[2] * stepMillis));
            }
            pendingCount -= step.getValue().subjects.size();
        }
        return due;
    }

    /** The records of every subject and step not sent yet. */
    public List<PendingExposure> pendingExposures() {
        List<PendingExposure> all = new ArrayList<>(pendingCount);
        pending.forEach((step, ofStep) -> ofStep.subjects.forEach((key, p) ->
                all.add(new PendingExposure(step, key, p.subject, p.parentKey, p.records))));
        return all;
    }

    /**
     * What is known of every parent, and the records of steps not sent yet per parent (those
     * with {@code pending} true, their step as {@link ParentRecords#firstStep}).
     */
    public List<ParentRecords> parentRecords() {
        List<ParentRecords> all = new ArrayList<>(parents.size());
        parents.forEach((key, c) -> all.add(new ParentRecords(key, c[0], c[1], c[2], false)));
        pending.forEach((step, ofStep) -> ofStep.parents.forEach((key, c) ->
                all.add(new ParentRecords(key, c[0], c[1], step, true))));
        return all;
    }

    /**
     * Adds what {@link #pendingExposures} and {@link #parentRecords} gave, of this counter or of
     * several (when a job is restored at another parallelism, counts of the same subject, step or
     * parent add up).
     */
    public void restore(Iterable<PendingExposure> exposures, Iterable<ParentRecords> parentsSeen) {
        for (PendingExposure e : exposures) {
            Step ofStep = pending.computeIfAbsent(e.step(), s -> new Step());
            Pending p = ofStep.subjects.get(e.key());
            if (p == null) {
                p = new Pending(e.subject(), e.parentKey());
                ofStep.subjects.put(e.key(), p);
                pendingCount++;
            }
            p.records += e.records();
        }
        for (ParentRecords r : parentsSeen) {
            if (r.pending()) {
                long[] counts = pending.computeIfAbsent(r.firstStep(), s -> new Step())
                        .parents.computeIfAbsent(r.parentKey(), k -> new long[2]);
                counts[0] += r.matched();
                counts[1] += r.records();
            } else {
                addToParent(r.parentKey(), r.matched(), r.records(), r.firstStep());
            }
        }
    }

    /** The share of matching records of a parent, of everything when it has too few; or NaN. */
    double share(String parentKey) {
        long[] counts = lender(parentKey);
        return counts == null ? Double.NaN : (double) counts[0] / counts[1];
    }

    /** The counts of the parent, or of everything when the parent has too few records; or null. */
    private long[] lender(String parentKey) {
        long[] counts = parents.get(parentKey);
        if (counts == null || counts[1] < MIN_PARENT_RECORDS) {
            counts = parents.get(EVERYTHING);
        }
        return counts == null || counts[1] < MIN_PARENT_RECORDS ? null : counts;
    }
}
