package io.cxpulse.jobs.sample;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Delays a few background lines: they keep their event time but are written among lines 2-6 hours
 * (or 3 days) later, as events that reach the topic late.
 */
final class LateArrivals {

    static final int FEEDBACK_HOURS_LATE = 10;
    static final int REVIEWS_HOURS_LATE = 5;
    /** One line 3 days late in each of feedback, reviews and interactions. */
    static final int DAYS_LATE_PER_FILE = 1;

    private LateArrivals() {}

    static void delay(JsonlFile file, int hoursLate, int daysLate, Random rng) {
        for (int i = 0; i < hoursLate; i++) {
            Line line = pick(file, 1, 12, rng);
            long seconds = 2 * 3600 + rng.nextInt(4 * 3600);
            line.arrival = line.eventTime.plusSeconds(seconds);
        }
        for (int i = 0; i < daysLate; i++) {
            Line line = pick(file, 2, 9, rng);
            line.arrival = line.eventTime.plus(Duration.ofDays(3)).plusSeconds(rng.nextInt(1800));
        }
    }

    /** A background line that is not yet late, with its event on a day in [fromDay, toDay]. */
    private static Line pick(JsonlFile file, int fromDay, int toDay, Random rng) {
        List<Line> lines = file.lines();
        while (true) {
            Line line = lines.get(rng.nextInt(lines.size()));
            int day = SampleWindow.dayIndex(line.eventTime);
            if (line.background && !line.isLate() && day >= fromDay && day <= toDay
                    && line.eventTime.isAfter(SampleWindow.START.plusSeconds(1))) {
                return line;
            }
        }
    }

}
