package io.cxpulse.alerts;

/**
 * Records of one subject in one step that an {@link ExposureCounter} has not sent yet, as a
 * checkpoint keeps them.
 *
 * @param step the step, in steps since the epoch
 * @param key the subject key
 * @param parentKey the key of the subject's parent
 * @param records records of the subject seen in the step, matching or not
 */
public record PendingExposure(long step, String key, Subject subject, String parentKey,
        int records) {}
