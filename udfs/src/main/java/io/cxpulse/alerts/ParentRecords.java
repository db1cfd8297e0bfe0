package io.cxpulse.alerts;

/**
 * What an {@link ExposureCounter} knows of one parent, as a checkpoint keeps it.
 *
 * @param matched records of the parent that matched
 * @param records records of the parent
 * @param firstStep the step of its first record
 */
public record ParentRecords(String parentKey, long matched, long records, long firstStep) {}
