package io.cxpulse.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxpulse.alerts.Alert;
import io.cxpulse.alerts.Evidence;
import io.cxpulse.alerts.Subject;
import io.cxpulse.records.DeadLetter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** One alert the storm guard throws on fails neither the job nor the guard. */
class GuardAlertStormFailureTest {

    static Alert alert(String id, String status, long time) {
        Subject s = new Subject(Subject.CUSTOMER, id, id, false);
        return new Alert("escalation:customer:" + id, "escalation", "critical", status, s, "3d",
                time, time + 1, 1, null, null, "m", new Evidence[0], time, time, 1, 1, 0);
    }

    @Test
    void anAlertTheGuardThrowsOnIsDeadLetteredAndTheGuardGoesOnAsIfItHadNotCome()
            throws Exception {
        try (var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new GuardAlertStorm(1, Duration.ofDays(7)), Alert::rule, Types.STRING)) {
            h.processElement(alert("A", Alert.OPEN, 10), 10);
            // an alert without status: the guard cannot tell an open from an update
            h.processElement(alert("B", null, 20), 20);
            h.processElement(alert("A", Alert.UPDATE, 30), 30);
            h.processElement(alert("C", Alert.OPEN, 40), 40);

            // A opened the hour's one allowed alert; C is held back behind a storm summary
            List<String> out = h.extractOutputValues().stream()
                    .map(a -> a.alertId() + " " + a.status()).toList();
            assertEquals(List.of("escalation:customer:A open", "escalation:customer:A update",
                    "escalation:rule:escalation open"), out);
            List<DeadLetter> dead = new ArrayList<>();
            h.getSideOutput(ProcessingErrors.DEAD_LETTERS).forEach(r -> dead.add(r.getValue()));
            assertEquals(1, dead.size());
            assertEquals("alert-storm-guard", dead.get(0).position().source());
            assertEquals(DeadLetter.DERIVED, dead.get(0).input());
            assertTrue(dead.get(0).reason().startsWith("alert-storm-guard: guarding the alert"
                    + " (rule escalation) failed: java.lang.NullPointerException"),
                    dead.get(0).reason());
            assertTrue(dead.get(0).payload().contains("\"alertId\":\"escalation:customer:B\""),
                    dead.get(0).payload());
        }
    }
}
