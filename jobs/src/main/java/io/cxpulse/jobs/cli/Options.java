package io.cxpulse.jobs.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value} and {@code --flag} options, rejecting anything a command does not
 * know, so that a typo is an error rather than a silently ignored setting.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {}

    /**
     * @param flags options without a value
     * @param named options with a value
     * @param openEnded accept any other {@code --key value} (job settings)
     */
    static Options parse(String[] args, Set<String> flags, Set<String> named, boolean openEnded)
            throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument \"" + arg + "\"");
            }
            String name = arg.substring(2);
            if (flags.contains(name)) {
                options.values.put(name, "true");
            } else if (named.contains(name) || openEnded) {
                if (i + 1 >= args.length) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                options.values.put(name, args[++i]);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return options;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return value;
    }

    /** The options other than {@code flags} and {@code named}: job settings by key. */
    Map<String, String> settings(Set<String> flags, Set<String> named) {
        Map<String, String> settings = new LinkedHashMap<>(values);
        settings.keySet().removeAll(flags);
        settings.keySet().removeAll(named);
        return settings;
    }

    /** All options except the named ones, as {@code --key value} arguments. */
    String[] without(Set<String> names) {
        return values.entrySet().stream()
                .filter(e -> !names.contains(e.getKey()))
                .flatMap(e -> java.util.stream.Stream.of("--" + e.getKey(), e.getValue()))
                .toArray(String[]::new);
    }
}
