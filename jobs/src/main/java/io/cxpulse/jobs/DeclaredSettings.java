package io.cxpulse.jobs;

import java.util.List;
import java.util.Map;
import org.apache.flink.util.ParameterTool;

/**
 * The job's settings as {@link JobConfig#from} reads them: a read of a key missing from
 * {@link JobConfig#KEYS} fails at once, so the list of accepted keys (which the configuration
 * docs are checked against, and which unknown keys are rejected by) cannot fall behind the
 * parsing.
 */
final class DeclaredSettings {
    private final ParameterTool values;
    private final List<String> declared;

    DeclaredSettings(ParameterTool values, List<String> declared) {
        this.values = values;
        this.declared = declared;
    }

    String get(String key) {
        return values.get(declared(key));
    }

    String get(String key, String fallback) {
        return values.get(declared(key), fallback);
    }

    long getLong(String key, long fallback) {
        return values.getLong(declared(key), fallback);
    }

    /** Every setting as given, for the readers that check their own keys. */
    Map<String, String> toMap() {
        return values.toMap();
    }

    private String declared(String key) {
        if (!declared.contains(key)) {
            throw new IllegalStateException("the job reads \"" + key
                    + "\", which JobConfig.KEYS does not declare: add it there and to"
                    + " docs/configuration.md and conf/cx-pulse.properties");
        }
        return key;
    }
}
