package io.cxpulse.jobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks records against the topic contracts in {@code docs/schemas} (JSON Schema draft 2020-12).
 * A topic is named as in its schema's file name, e.g. {@code cx.feedback} for
 * {@code docs/schemas/cx.feedback.schema.json}. Paths resolve against the jobs module, the working
 * directory of its tests.
 */
public final class SchemaAssertions {

    /** The folder of the topic schemas, seen from the jobs module. */
    public static final Path SCHEMAS = Path.of("..", "docs", "schemas");

    private static final JsonSchemaFactory FACTORY =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private SchemaAssertions() {}

    /** The schema file of a topic. */
    public static Path schemaFile(String topic) {
        return SCHEMAS.resolve(topic + ".schema.json");
    }

    /** The topic's schema, loaded once. */
    public static JsonSchema schema(String topic) {
        return CACHE.computeIfAbsent(topic, SchemaAssertions::load);
    }

    /** The validation messages for a record, sorted; empty when the record is valid. */
    public static List<String> errors(String topic, JsonNode record) {
        return schema(topic).validate(record).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** Fails with the validation messages when the record does not match the topic's schema. */
    public static void assertValid(String topic, JsonNode record) {
        List<String> errors = errors(topic, record);
        if (!errors.isEmpty()) {
            throw new AssertionError(topic + " record does not match " + schemaFile(topic) + ":\n  "
                    + String.join("\n  ", errors) + "\nrecord: " + record);
        }
    }

    /** Fails when the record matches the topic's schema. */
    public static void assertInvalid(String topic, JsonNode record) {
        if (errors(topic, record).isEmpty()) {
            throw new AssertionError(topic + " record should not match " + schemaFile(topic)
                    + "\nrecord: " + record);
        }
    }

    private static JsonSchema load(String topic) {
        Path file = schemaFile(topic);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no schema for topic " + topic + ": "
                    + file.toAbsolutePath().normalize() + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
