package io.cxpulse.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats an {@link Evaluation} as plain text: a block for all texts, then one per language,
 * each with a header line (n, accuracy, macro-F1), a precision/recall/F1 table per class and the
 * confusion matrix with gold labels as rows and predicted labels as columns. Figures that are
 * undefined, and those of a class that occurs neither as gold nor as prediction (left out of
 * macro-F1), show as {@code -}.
 */
public final class EvaluationReport {

    private static final List<String> LABELS = LabelledText.LABELS;
    private static final String LABEL_COLUMN = "%-10s";

    private EvaluationReport() {}

    /** @param source what was evaluated, usually the file name */
    public static String format(Evaluation evaluation, String source) {
        StringBuilder out = new StringBuilder();
        out.append("Sentiment evaluation of ").append(source)
                .append(" (language ").append(evaluation.languageHint()).append(")\n");
        appendBlock(out, "all", evaluation.overall());
        for (Map.Entry<String, ConfusionMatrix> language : evaluation.byLanguage().entrySet()) {
            appendBlock(out, language.getKey(), language.getValue());
        }
        return out.toString();
    }

    private static void appendBlock(StringBuilder out, String name, ConfusionMatrix matrix) {
        out.append('\n').append(String.format(Locale.ROOT, "%s: n=%d  accuracy=%s  macro-F1=%s\n",
                name, matrix.total(), decimal(matrix.accuracy()), decimal(matrix.macroF1())));
        out.append(String.format(Locale.ROOT, "  " + LABEL_COLUMN + " %9s %7s %7s %7s %9s\n",
                "class", "precision", "recall", "F1", "gold", "predicted"));
        for (String label : LABELS) {
            boolean occurs = matrix.occurs(label);
            out.append(String.format(Locale.ROOT, "  " + LABEL_COLUMN + " %9s %7s %7s %7d %9d\n",
                    label, classFigure(occurs, matrix.precision(label)),
                    classFigure(occurs, matrix.recall(label)),
                    classFigure(occurs, matrix.f1(label)),
                    matrix.goldCount(label), matrix.predictedCount(label)));
        }
        out.append("  confusion (rows gold, columns predicted)\n");
        out.append(String.format(Locale.ROOT, "  " + LABEL_COLUMN, ""));
        for (String predicted : LABELS) {
            out.append(String.format(Locale.ROOT, " %9s", predicted));
        }
        out.append('\n');
        for (String gold : LABELS) {
            out.append(String.format(Locale.ROOT, "  " + LABEL_COLUMN, gold));
            for (String predicted : LABELS) {
                out.append(String.format(Locale.ROOT, " %9d", matrix.count(gold, predicted)));
            }
            out.append('\n');
        }
    }

    private static String classFigure(boolean classOccurs, double value) {
        return classOccurs ? decimal(value) : "-";
    }

    /** Three decimals, or {@code -} when undefined. */
    static String decimal(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
