package io.cxpulse.sentiment;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Negators, boosters, dampeners and contrast words of one language, loaded from
 * {@code word<TAB>role[<TAB>factor]} rows. Immutable after loading, safe to share.
 */
final class ModifierWords {

    private final CharArrayMap<Modifier> modifiers;

    private ModifierWords(CharArrayMap<Modifier> modifiers) {
        this.modifiers = CharArrayMap.unmodifiableMap(modifiers);
    }

    static ModifierWords load(String resourceName) {
        CharArrayMap<Modifier> modifiers = new CharArrayMap<>(64, false);
        for (String[] row : TabSeparatedResource.read(resourceName)) {
            if (row.length < 2) {
                throw new IllegalStateException("missing role for '" + row[0] + "'");
            }
            ModifierRole role = ModifierRole.parse(row[1]);
            double factor =
                    role.boosts() ? TabSeparatedResource.parseNumber(row, 2, resourceName) : 1.0;
            modifiers.put(row[0], new Modifier(role, factor));
        }
        return new ModifierWords(modifiers);
    }

    /** @return the modifier, or null when the term is not one */
    Modifier get(CharSequence term) {
        return modifiers.get(term);
    }

    void addWordsTo(CharArraySet words) {
        words.addAll(modifiers.keySet());
    }
}
