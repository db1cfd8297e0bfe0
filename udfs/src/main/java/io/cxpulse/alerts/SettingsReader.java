package io.cxpulse.alerts;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code alerts.*} settings with defaults, remembering which keys it read. */
final class SettingsReader {
    private final Map<String, String> values;
    final Set<String> read = new HashSet<>();

    SettingsReader(Map<String, String> values) {
        this.values = values;
    }

    String text(String key, String fallback) {
        read.add(key);
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    boolean bool(String key, boolean fallback) {
        String v = text(key, String.valueOf(fallback)).toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + ": must be true or false, got " + v);
        }
        return Boolean.parseBoolean(v);
    }

    long whole(String key, long fallback, long min) {
        String v = text(key, String.valueOf(fallback));
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: " + v, e);
        }
        if (n < min) {
            throw new IllegalArgumentException(key + ": must be at least " + min + ", got " + n);
        }
        return n;
    }

    double number(String key, double fallback, double min, double max) {
        String v = text(key, String.valueOf(fallback));
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + v, e);
        }
        if (!(x >= min && x <= max)) {
            throw new IllegalArgumentException(key + ": must be within " + min + ".." + max + ", got " + v);
        }
        return x;
    }

    String severity(String key, String fallback) {
        String v = text(key, fallback).toLowerCase(Locale.ROOT);
        if (!Set.of(Alert.CRITICAL, Alert.WARNING, Alert.INFO).contains(v)) {
            throw new IllegalArgumentException(key + ": must be critical, warning or info, got " + v);
        }
        return v;
    }

    /** A duration such as {@code 90s}, {@code 15m}, {@code 6h}, {@code 7d}. */
    Duration duration(String key, String fallback) {
        String v = text(key, fallback).toLowerCase(Locale.ROOT);
        try {
            int split = 0;
            while (split < v.length() && Character.isDigit(v.charAt(split))) {
                split++;
            }
            long n = Long.parseLong(v.substring(0, split));
            Duration d = switch (v.substring(split).trim()) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("unknown unit");
            };
            if (d.isZero()) {
                throw new IllegalArgumentException("zero");
            }
            return d;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": not a positive duration such as 15m, 6h or 7d: " + v, e);
        }
    }
}
