package io.cxpulse.jobs.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.evaluation.Evaluation;
import io.cxpulse.evaluation.EvaluationReader;
import io.cxpulse.evaluation.EvaluationReport;
import io.cxpulse.evaluation.LabelledText;
import io.cxpulse.serde.OutputJson;
import io.cxpulse.serde.Utf8;
import io.cxpulse.sentiment.Language;
import io.cxpulse.sentiment.LexiconSentimentScorer;
import io.cxpulse.sentiment.Sentiment;
import io.cxpulse.sentiment.SentimentScorer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * Scores each line of {@code input} and writes one JSON line per input line. Lines end at LF
     * or CRLF only: a carriage return on its own is part of the text. A line that is not valid
     * UTF-8 is scored with its invalid bytes replaced by U+FFFD, and its output says so in
     * {@code input_warning}.
     */
    static void score(InputStream input, OutputStream output, String language,
            SentimentScorer scorer) throws IOException {
        OutputJson json = new OutputJson();
        InputStream in = new BufferedInputStream(input);
        OutputStream out = new BufferedOutputStream(output);
        byte[] line;
        while ((line = readLine(in)) != null) {
            String text = Utf8.decodeOrNull(line);
            boolean replaced = text == null;
            if (replaced) {
                text = new String(line, StandardCharsets.UTF_8);
            }
            ObjectNode node = toJson(json, text, scorer.score(text, language));
            if (replaced) {
                node.put("input_warning", NOT_UTF8_WARNING);
            }
            out.write(json.bytes(node));
            out.write('\n');
            if (in.available() == 0) {
                out.flush();
            }
        }
        out.flush();
    }

    /** The {@code input_warning} of a line whose bytes were not all valid UTF-8. */
    static final String NOT_UTF8_WARNING = "not_utf8: invalid bytes replaced";

    /** The next line without its LF or CRLF, or null at the end of the input. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                        ? bytes.length - 1 : bytes.length;
                return Arrays.copyOf(bytes, length);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    static ObjectNode toJson(OutputJson json, String text, Sentiment sentiment) {
        ObjectNode node = json.createObject();
        node.put("text", text);
        node.setAll(json.sentiment(sentiment));
        return node;
    }
}
