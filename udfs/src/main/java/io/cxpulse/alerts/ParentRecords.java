package io.cxpulse.alerts;

/**
 * What an {@link ExposureCounter} knows of one parent, or of one parent in one step not sent
 * yet, as a checkpoint keeps it.
 *
 * @param matched records of the parent that matched
 * @param records records of the parent
 * @param firstStep the step of its first record; for a step not sent yet, that step
 * @param pending whether these are the records of a step not sent yet
 */
public record ParentRecords(String parentKey, long matched, long records, long firstStep,
        boolean pending) {}
