package io.cxpulse.records;

/** How many texts of a group mention an aspect. */
public record AspectCount(String aspect, long count) {}
