package io.cxpulse.sentiment;

/**
 * A word that changes the weight of nearby sentiment words.
 *
 * @param role what it does
 * @param factor the multiplier for boosters (above 1 intensifies, below 1 damps); 1 otherwise
 */
record Modifier(ModifierRole role, double factor) {}
