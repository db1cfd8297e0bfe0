package io.cxpulse.evaluation;

import java.util.List;

/**
 * Counts of gold label against predicted label over {@link LabelledText#LABELS}, with the
 * metrics derived from them.
 *
 * <p>Precision of a class that was never predicted and recall of a class that never occurs in
 * the gold labels are 0, and so is F1 when precision and recall are both 0. Macro-F1 is the mean
 * F1 over the classes that occur at all, as gold or as prediction: a class absent from both has
 * no meaningful F1, and counting it as 0 would punish a file that simply has, say, no neutral
 * texts. Figures over an empty matrix are {@code NaN}.
 */
public final class ConfusionMatrix {

    private static final List<String> LABELS = LabelledText.LABELS;

    private final long[][] counts = new long[LABELS.size()][LABELS.size()];

    /** Counts one text with gold label {@code gold} that was predicted as {@code predicted}. */
    public void add(String gold, String predicted) {
        counts[indexOf(gold)][indexOf(predicted)]++;
    }

    /** Adds all counts of {@code other} to this matrix. */
    public void addAll(ConfusionMatrix other) {
        for (int g = 0; g < LABELS.size(); g++) {
            for (int p = 0; p < LABELS.size(); p++) {
                counts[g][p] += other.counts[g][p];
            }
        }
    }

    public long count(String gold, String predicted) {
        return counts[indexOf(gold)][indexOf(predicted)];
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    public long correct() {
        long correct = 0;
        for (int i = 0; i < LABELS.size(); i++) {
            correct += counts[i][i];
        }
        return correct;
    }

    /** Texts whose gold label is {@code label}: the row sum. */
    public long goldCount(String label) {
        long sum = 0;
        for (long count : counts[indexOf(label)]) {
            sum += count;
        }
        return sum;
    }

    /** Texts predicted as {@code label}: the column sum. */
    public long predictedCount(String label) {
        int p = indexOf(label);
        long sum = 0;
        for (long[] row : counts) {
            sum += row[p];
        }
        return sum;
    }

    public double accuracy() {
        long total = total();
        return total == 0 ? Double.NaN : (double) correct() / total;
    }

    public double precision(String label) {
        long predicted = predictedCount(label);
        return predicted == 0 ? 0.0 : (double) truePositives(label) / predicted;
    }

    public double recall(String label) {
        long gold = goldCount(label);
        return gold == 0 ? 0.0 : (double) truePositives(label) / gold;
    }

    public double f1(String label) {
        double precision = precision(label);
        double recall = recall(label);
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    /** True when {@code label} occurs as gold or as prediction, so it counts in macro-F1. */
    public boolean occurs(String label) {
        return goldCount(label) > 0 || predictedCount(label) > 0;
    }

    /** Mean F1 over the classes that {@link #occurs occur}; {@code NaN} when none does. */
    public double macroF1() {
        double sum = 0.0;
        int classes = 0;
        for (String label : LABELS) {
            if (occurs(label)) {
                sum += f1(label);
                classes++;
            }
        }
        return classes == 0 ? Double.NaN : sum / classes;
    }

    private long truePositives(String label) {
        int i = indexOf(label);
        return counts[i][i];
    }

    private static int indexOf(String label) {
        int index = LABELS.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("not a sentiment label: \"" + label + "\"");
        }
        return index;
    }
}
