package io.cxpulse.jobs.sample;

/**
 * A generated text and the language a producer would tag it with: {@code he}, {@code en}, or
 * {@code null} for code-switched Hebrew and English.
 */
record Comment(String text, String language) {}
