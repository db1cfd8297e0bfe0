package io.cxpulse.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.CustomerInput;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.ParseError;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.records.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dead letters for records whose processing threw inside the job, after the input position was
 * left behind: a {@code processing_error} whose source is the operator, whose reason names the
 * stage and the exception, and whose payload is the record as JSON (its text when it cannot be
 * written as JSON), cut as input payloads are. The input is the record's input kind when it is
 * one input record (a scored response or review, an account record, a customer input read from
 * an input), else {@link DeadLetter#DERIVED}.
 */
public final class FailedRecords {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private FailedRecords() {}

    /**
     * @param operator the operator the record failed in, e.g. {@code track-customers}
     * @param stage what the operator was doing, e.g. {@code applying the input (key C1)}
     */
    public static DeadLetter deadLetter(String operator, String stage, Object record,
            Throwable error, long detectedAt) {
        byte[] payload = text(record).getBytes(StandardCharsets.UTF_8);
        int kept = DeadLetters.keptLength(payload);
        String text = new String(Arrays.copyOf(payload, kept), StandardCharsets.UTF_8);
        return new DeadLetter(
                new SourcePosition(operator, null, null, null, null),
                inputOf(record),
                ParseError.PROCESSING_ERROR,
                DeadLetters.processingError(operator + ": " + stage, error).reason(),
                text,
                text.isEmpty() ? DeadLetters.NONE : DeadLetters.UTF8,
                eventTimeOf(record),
                detectedAt,
                kept < payload.length ? (Long) (long) payload.length : null);
    }

    /** The record as JSON; its {@code toString} when that fails; empty when both fail. */
    static String text(Object record) {
        String text;
        try {
            text = MAPPER.writeValueAsString(record);
        } catch (Exception | StackOverflowError e) {
            try {
                text = String.valueOf(record);
            } catch (RuntimeException | StackOverflowError again) {
                return "";
            }
        }
        // unpaired surrogates cannot be written as UTF-8: replaced
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The input kind's key of a record read from one input, else {@code derived}. */
    static String inputOf(Object record) {
        InputKind kind = null;
        if (record instanceof ScoredFeedback || record instanceof AccountedFeedback) {
            kind = InputKind.FEEDBACK;
        } else if (record instanceof ScoredReview) {
            kind = InputKind.REVIEWS;
        } else if (record instanceof AccountEvent) {
            kind = InputKind.ACCOUNTS;
        } else if (record instanceof InteractionEvent) {
            kind = InputKind.INTERACTIONS;
        } else if (record instanceof CustomerInput c && c.kind() != null) {
            kind = switch (c.kind()) {
                case CustomerInput.FEEDBACK -> InputKind.FEEDBACK;
                case CustomerInput.INTERACTION -> InputKind.INTERACTIONS;
                case CustomerInput.ACCOUNT -> InputKind.ACCOUNTS;
                default -> null;
            };
        }
        return kind == null ? DeadLetter.DERIVED : kind.key();
    }

    /** The event time of a record read from one input, else null. */
    static Long eventTimeOf(Object record) {
        if (record instanceof AccountedFeedback a) {
            record = a.scored();
        }
        if (record instanceof ScoredFeedback f && f.event() != null) {
            return f.event().timestamp();
        } else if (record instanceof ScoredReview r && r.event() != null) {
            return r.event().timestamp();
        } else if (record instanceof AccountEvent a) {
            return a.timestamp();
        } else if (record instanceof InteractionEvent i) {
            return i.timestamp();
        } else if (record instanceof CustomerInput c && !DeadLetter.DERIVED.equals(inputOf(c))) {
            return c.timestamp();
        }
        return null;
    }
}
