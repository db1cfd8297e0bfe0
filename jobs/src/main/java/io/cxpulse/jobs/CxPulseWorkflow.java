package io.cxpulse.jobs;

import io.cxpulse.alerts.Alert;
import io.cxpulse.functions.Deduplicate;
import io.cxpulse.functions.EncodeOutput;
import io.cxpulse.functions.ProcessCustomers;
import io.cxpulse.functions.RouteEvents;
import io.cxpulse.functions.ScoreEvents;
import io.cxpulse.functions.UserLexicon;
import io.cxpulse.records.AccountEvent;
import io.cxpulse.records.AccountedFeedback;
import io.cxpulse.records.DeadLetter;
import io.cxpulse.records.InteractionEvent;
import io.cxpulse.records.Envelope;
import io.cxpulse.records.NpsRollup;
import io.cxpulse.records.OutputRecord;
import io.cxpulse.records.ScoredFeedback;
import io.cxpulse.records.ScoredReview;
import io.cxpulse.rollups.NpsRollupDescriptor;
import io.cxpulse.serde.OutputJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The job's logic, independent of where input comes from and output goes: parsed input in,
 * records for the output topics out. The same workflow runs on Kafka in streaming mode and on
 * files in batch mode.
 */
public final class CxPulseWorkflow {
    private CxPulseWorkflow() {}

    /**
     * Event time from the parsed event; watermarks per source split, idle splits ignored, with
     * {@code out.of.orderness.fast}: windows hold them back to {@code out.of.orderness}.
     */
    public static WatermarkStrategy<Envelope> watermarks(JobConfig config) {
        return WatermarkStrategy.<Envelope>forBoundedOutOfOrderness(config.fastOutOfOrderness())
                .withIdleness(config.idleness())
                .withTimestampAssigner((envelope, recordTimestamp) -> envelope.eventTime());
    }

    /**
     * Defines the job's logic over parsed input.
     *
     * @param inputs parsed input streams by name. Each is routed right where it is read, so that
     *     the lateness check sees every split's records in the order they were read. The
     *     operator of the input named {@code ""} has uid {@code route-events}; of others
     *     {@code route-events-<name>}
     */
    public static DataStream<OutputRecord> define(
            Map<String, DataStream<Envelope>> inputs, JobConfig config) {
        return defineWithAlerts(inputs, config).records();
    }

    /**
     * Every output record, the alerts among them, and the alerts on their own, for a sink or a
     * test that wants them apart.
     *
     * @param alerts null when every alert rule is disabled
     */
    public record Outputs(DataStream<OutputRecord> records, DataStream<Alert> alerts) {}

    /**
     * As {@link #define}, with the alerts also apart. Valid input is deduplicated by input kind
     * and event id within {@code dedup.horizon} (unless zero), then scored and encoded for the
     * scored topic; every record rejected on the way goes to the dead-letter topic, and so does
     * every record an operator after scoring throws on ({@link ProcessingDeadLetters}).
     */
    public static Outputs defineWithAlerts(
            Map<String, DataStream<Envelope>> inputs, JobConfig config) {
        return defineWithAlerts(inputs, config, ProcessCustomers::new);
    }

    /** As above, with the per-customer operator made by {@code operator}. */
    static Outputs defineWithAlerts(Map<String, DataStream<Envelope>> inputs, JobConfig config,
            CustomerSignals.Operator operator) {
        DataStream<Envelope> valid = null;
        DataStream<DeadLetter> deadLetters = null;
        for (Map.Entry<String, DataStream<Envelope>> input : inputs.entrySet()) {
            String suffix = input.getKey().isEmpty() ? "" : "-" + input.getKey();
            SingleOutputStreamOperator<Envelope> routed = input.getValue()
                    .process(new RouteEvents(config.outOfOrderness(), config.allowedLateness(),
                            config.windowWatermarkDelay(), config.dropsLateEvents()))
                    .name("Route and check lateness" + suffix)
                    .uid("route-events" + suffix);
            valid = union(valid, routed);
            deadLetters = union(deadLetters, routed.getSideOutput(RouteEvents.DEAD_LETTERS));
        }
        if (!config.dedupHorizon().isZero()) {
            SingleOutputStreamOperator<Envelope> unique = valid
                    .keyBy(Deduplicate::keyOf)
                    .process(new Deduplicate(config.dedupHorizon()))
                    .name("Deduplicate by event id")
                    .uid("deduplicate");
            deadLetters = deadLetters.union(unique.getSideOutput(Deduplicate.DEAD_LETTERS));
            valid = unique;
        }
        SingleOutputStreamOperator<ScoredFeedback> scored = valid
                .process(new ScoreEvents(userLexicon(config), config.scoredTopic(),
                        maxRequestBytes(config)))
                .name("Score and encode")
                .uid("score-events");
        deadLetters = deadLetters.union(scored.getSideOutput(ScoreEvents.DEAD_LETTERS));
        return define(scored, scored.getSideOutput(ScoreEvents.REVIEWS),
                scored.getSideOutput(ScoreEvents.ACCOUNTS),
                scored.getSideOutput(ScoreEvents.INTERACTIONS),
                scored.getSideOutput(ScoreEvents.SCORED), deadLetters, config, operator);
    }

    private static <T> DataStream<T> union(DataStream<T> all, DataStream<T> more) {
        return all == null ? more : all.union(more);
    }

    private static Outputs define(
            DataStream<ScoredFeedback> scoredFeedback,
            DataStream<ScoredReview> scoredReviews,
            DataStream<AccountEvent> accounts,
            DataStream<InteractionEvent> interactions,
            DataStream<OutputRecord> scoredRecords,
            DataStream<DeadLetter> deadLetters,
            JobConfig config,
            CustomerSignals.Operator operator) {
        // per customer: the account join, customer tracking and the customer alert rules
        ProcessingDeadLetters failed = new ProcessingDeadLetters();
        CustomerSignals.Outputs customers = CustomerSignals.define(scoredFeedback, scoredReviews,
                interactions, accounts, config, operator, failed);
        DataStream<AccountedFeedback> accounted = customers.accounted();

        List<DataStream<OutputRecord>> outputs = new ArrayList<>();
        outputs.add(scoredRecords);
        DataStream<NpsRollup> nps = npsRollups(accounted, config, failed);
        outputs.add(WindowedRollups.encode(nps, npsRollup(config), config));
        outputs.add(ReviewRollups.define(scoredReviews, config, failed));
        outputs.add(DriverRollups.define(accounted, scoredReviews, config, failed));
        outputs.addAll(customers.records());
        DataStream<Alert> alerts = Alerts.alerts(scoredReviews, scoredFeedback, nps,
                customers.alerts(), config.alerts(), config.allowedLateness(),
                config.horizonOrNone(), failed);
        if (alerts != null) {
            outputs.add(Alerts.encode(alerts, config.alerts(), config.deadLetterTopic()));
        }
        outputs.add(failed.unionWith(deadLetters)
                .map(new EncodeOutput<>(config.deadLetterTopic(), OutputJson::deadLetter,
                        d -> d.position().toString(), config.deadLetterTopic()))
                .name("Encode dead letters")
                .uid("encode-dead-letters"));

        DataStream<OutputRecord> all = null;
        for (DataStream<OutputRecord> more : outputs) {
            all = union(all, more);
        }
        return new Outputs(all, alerts);
    }

    /** The Kafka producer's {@code max.request.size}, from {@code kafka.max.request.size}. */
    static long maxRequestBytes(JobConfig config) {
        String size = config.kafkaProperties().getProperty("max.request.size");
        try {
            return size == null ? ScoreEvents.DEFAULT_MAX_REQUEST_BYTES : Long.parseLong(size.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("kafka.max.request.size: not a whole number: " + size, e);
        }
    }

    /**
     * The user's lexicon named by {@code sentiment.lexicon}, read and checked here so that a bad
     * line stops the job at submission with file and line, or null when none is configured.
     */
    static UserLexicon userLexicon(JobConfig config) {
        if (config.sentimentLexicon() == null) {
            return null;
        }
        Path file = Path.of(config.sentimentLexicon());
        try {
            UserLexicon lexicon = new UserLexicon(file.toString(),
                    Files.readAllLines(file, StandardCharsets.UTF_8));
            lexicon.scorer();
            return lexicon;
        } catch (IOException e) {
            throw new IllegalArgumentException("sentiment.lexicon: cannot read " + file + ": " + e, e);
        }
    }

    /**
     * The NPS rollups of survey responses with their accounts, for {@code cx.rollups.nps} and
     * the NPS-drop rule; operator uids as {@link WindowedRollups} names them for
     * {@code nps-rollup}.
     */
    static DataStream<NpsRollup> npsRollups(DataStream<AccountedFeedback> accounted,
            JobConfig config, ProcessingDeadLetters failed) {
        return WindowedRollups.rollups(accounted, npsRollup(config), config, failed);
    }

    static NpsRollupDescriptor npsRollup(JobConfig config) {
        return new NpsRollupDescriptor(config.npsRollupsTopic(), config.windows(),
                config.dimensions(), config.minSample(), config.topN());
    }
}
