package io.cxpulse.rollups;

import io.cxpulse.records.AccountedFeedback;

/**
 * A rollup of survey responses with their accounts: segments from the response's own fields and
 * its account's tier, counted at the response's event time.
 */
public interface OfSurveyResponses<T, R> extends RollupDescriptor<AccountedFeedback, T, R> {

    @Override
    default String rawValue(AccountedFeedback record, String dimension) {
        return record.dimension(dimension);
    }

    @Override
    default long time(AccountedFeedback record) {
        return record.scored().event().timestamp();
    }
}
