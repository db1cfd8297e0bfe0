package io.cxpulse.jobs.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Sentences customers write, by topic and tone, for one language. */
final class PhraseBook {

    private final Map<Aspect, Map<Tone, List<String>>> phrases = new EnumMap<>(Aspect.class);

    PhraseBook add(Aspect aspect, Tone tone, String... sentences) {
        phrases.computeIfAbsent(aspect, a -> new EnumMap<>(Tone.class))
                .computeIfAbsent(tone, t -> new ArrayList<>())
                .addAll(List.of(sentences));
        return this;
    }

    String pick(Aspect aspect, Tone tone, Random rng) {
        List<String> options = phrases.getOrDefault(aspect, Map.of()).get(tone);
        if (options == null || options.isEmpty()) {
            throw new IllegalStateException("no phrases for " + aspect + "/" + tone);
        }
        return options.get(rng.nextInt(options.size()));
    }

    static String pick(List<String> options, Random rng) {
        return options.get(rng.nextInt(options.size()));
    }
}
