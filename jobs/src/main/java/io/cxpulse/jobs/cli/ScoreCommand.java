package io.cxpulse.jobs.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.evaluation.Evaluation;
import io.cxpulse.evaluation.EvaluationReader;
import io.cxpulse.evaluation.EvaluationReport;
import io.cxpulse.evaluation.LabelledText;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code cx-pulse score}: one text per input line, one JSON object per output line, in order.
 * Output is flushed whenever no more input is waiting, so it works interactively and in pipes.
 *
 * <p>With {@code --eval FILE} it reads labelled texts ({@code label<TAB>text}) from the file
 * instead, scores them and prints accuracy, macro-F1, per-class figures and confusion matrices
 * overall and per language.
 */
final class ScoreCommand {
    private ScoreCommand() {}

    static int run(String[] args) throws Exception {
        Options options = Options.parse(args, Set.of(), Set.of("language", "eval", "lexicon"), false);
        String language = options.get("language", Language.AUTO);
        if (!Set.of(Language.AUTO, Language.ENGLISH, Language.HEBREW).contains(language)) {
            throw new UsageException("--language must be auto, en or he, got " + language);
        }
        SentimentScorer scorer = scorer(options);
        if (options.has("eval")) {
            evaluate(Path.of(options.require("eval")), language, scorer, System.out);
        } else {
            score(System.in, System.out, language, scorer);
        }
        return 0;
    }

    /**
     * Scores the labelled texts of {@code file} and writes the evaluation report.
     *
     * @throws UsageException when the file does not exist or cannot be read
     * @throws IllegalArgumentException naming file and line when the file is malformed, or when
     *     it holds no labelled text at all
     */
    static void evaluate(Path file, String language, SentimentScorer scorer, OutputStream output)
            throws IOException, UsageException {
        if (!Files.exists(file)) {
            throw new UsageException("--eval file not found: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("--eval " + file + " is not a readable file");
        }
        List<LabelledText> texts = EvaluationReader.read(file);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(file + ": no labelled texts (label<TAB>text lines)");
        }
        Evaluation evaluation = Evaluation.run(texts, scorer, language);
        Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        out.write(EvaluationReport.format(evaluation, file.toString()));
        out.flush();
    }

    /** The bundled lexicons, extended or overridden by {@code --lexicon FILE} when given. */
    private static SentimentScorer scorer(Options options) throws UsageException {
        if (!options.has("lexicon")) {
            return LexiconSentimentScorer.shared();
        }
        Path file = Path.of(options.require("lexicon"));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--lexicon file not found: " + file);
        }
        return LexiconSentimentScorer.withUserLexicon(file);
    }

    /** Scores each line of {@code input} with the bundled lexicons, one JSON line per line. */
    static void score(InputStream input, OutputStream output, String language) throws IOException {
        score(input, output, language, LexiconSentimentScorer.shared());
    }

    /** Scores each line of {@code input} and writes one JSON line per input line. */
    static void score(InputStream input, OutputStream output, String language,
            SentimentScorer scorer) throws IOException {
        OutputJson json = new OutputJson();
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            out.write(new String(json.bytes(toJson(json, line, scorer.score(line, language))), StandardCharsets.UTF_8));
            out.newLine();
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }

    static ObjectNode toJson(OutputJson json, String text, Sentiment sentiment) {
        ObjectNode node = json.createObject();
        node.put("text", text);
        node.setAll(json.sentiment(sentiment));
        return node;
    }
}
