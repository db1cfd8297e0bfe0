package io.cxpulse.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxpulse.records.InputKind;
import io.cxpulse.records.SourcePosition;
import io.cxpulse.serde.EventParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Production-like bench input made from the valid sample records: each record's kind is drawn in
 * the sample's proportions (about 19% survey responses, 7.5% reviews, 73% interactions, 0.7%
 * account updates), its fields (comments, texts, channels, products, ...) from a random sample
 * record of that kind, and its customer uniformly from {@code customers} ids, so a record is
 * keyed by its customer as production producers key them; reviews without a customer stay
 * anonymous and unkeyed. Each record is a sample line with a new event id, event time and
 * customer spliced in, so making millions takes seconds.
 */
public final class BenchInput {
    private static final String ID = "@@ID@@";
    private static final String TIME = "@@TIME@@";
    private static final String CUSTOMER = "@@CUSTOMER@@";

    /** One record for a topic: the kind, the Kafka key (the customer id, or null) and the JSON. */
    public record Line(InputKind kind, byte[] key, byte[] value) {}

    private final Map<InputKind, List<String[]>> templates = new EnumMap<>(InputKind.class);
    private final InputKind[] kinds;
    private final double[] cumulativeShare;
    private final String[] customers;
    private final SplittableRandom random;
    private long sequence;

    /**
     * @param sampleDir the sample data, whose valid lines are the templates
     * @param customers how many customer ids records are spread over
     */
    public BenchInput(Path sampleDir, int customers, long seed) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        EventParser parser = new EventParser();
        for (InputKind kind : InputKind.values()) {
            Path file = sampleDir.resolve("cx." + kind.key() + ".jsonl");
            List<String[]> parts = new ArrayList<>();
            for (byte[] line : lines(Files.readAllBytes(file))) {
                if (parser.parse(kind, SourcePosition.file(file.toString(), 0), line).isValid()) {
                    parts.add(split((ObjectNode) mapper.readTree(line), kind, mapper));
                }
            }
            templates.put(kind, parts);
        }
        kinds = InputKind.values();
        cumulativeShare = new double[kinds.length];
        double total = templates.values().stream().mapToInt(List::size).sum();
        double sum = 0;
        for (int i = 0; i < kinds.length; i++) {
            sum += templates.get(kinds[i]).size() / total;
            cumulativeShare[i] = sum;
        }
        this.customers = new String[customers];
        for (int i = 0; i < customers; i++) {
            this.customers[i] = customerId(i);
        }
        this.random = new SplittableRandom(seed);
    }

    /** The share of each kind in the input, as in the sample data. */
    public Map<InputKind, Double> shares() {
        Map<InputKind, Double> shares = new EnumMap<>(InputKind.class);
        for (int i = 0; i < kinds.length; i++) {
            shares.put(kinds[i], cumulativeShare[i] - (i == 0 ? 0 : cumulativeShare[i - 1]));
        }
        return shares;
    }

    /** The next record, of a kind drawn in the sample's proportions, at {@code eventTime}. */
    public Line next(long eventTime) {
        double draw = random.nextDouble();
        int k = 0;
        while (k < kinds.length - 1 && draw >= cumulativeShare[k]) {
            k++;
        }
        return next(kinds[k], eventTime, customers[random.nextInt(customers.length)]);
    }

    /** A record of the given kind for the given customer (ignored by anonymous review templates). */
    public Line next(InputKind kind, long eventTime, String customer) {
        List<String[]> choices = templates.get(kind);
        String[] parts = choices.get(random.nextInt(choices.size()));
        String time = Instant.ofEpochMilli(eventTime).toString();
        String id = kind.key().substring(0, 2) + "-b" + (sequence++);
        StringBuilder json = new StringBuilder(parts[0].length() + 120);
        boolean keyed = false;
        for (String part : parts) {
            switch (part) {
                case ID -> json.append(id);
                case TIME -> json.append(time);
                case CUSTOMER -> {
                    json.append(customer);
                    keyed = true;
                }
                default -> json.append(part);
            }
        }
        return new Line(kind, keyed ? customer.getBytes(StandardCharsets.UTF_8) : null,
                json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The id of customer {@code n}, in the sample data's style: {@code C000042}. */
    public static String customerId(int n) {
        return String.format("C%06d", n + 1);
    }

    /** The non-empty lines of a file, as bytes: a line that is not UTF-8 stays as it is. */
    private static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                if (i > from) {
                    lines.add(Arrays.copyOfRange(file, from, i));
                }
                from = i + 1;
            }
        }
        return lines;
    }

    /**
     * The template's JSON cut around its event id, timestamps and customer id: the literal
     * pieces, with the marker strings where a value goes.
     */
    private static String[] split(ObjectNode template, InputKind kind, ObjectMapper mapper)
            throws IOException {
        template.put("event_id", ID);
        template.put("timestamp", TIME);
        if (kind == InputKind.ACCOUNTS) {
            template.put("updated_at", TIME);   // each update is the newest one
        }
        if (template.hasNonNull("customer_id")) {
            template.put("customer_id", CUSTOMER);
        }
        String json = mapper.writeValueAsString(template);
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = json.indexOf("@@", from);
            if (at < 0) {
                parts.add(json.substring(from));
                break;
            }
            int end = json.indexOf("@@", at + 2) + 2;
            parts.add(json.substring(from, at));
            parts.add(json.substring(at, end));
            from = end;
        }
        return parts.toArray(String[]::new);
    }
}
