package io.cxpulse.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StormGuardTest {
    final Set<String> heldIds = new HashSet<>();
    final StormGuard.Held held = new StormGuard.Held() {
        @Override
        public boolean contains(String id) {
            return heldIds.contains(id);
        }

        @Override
        public void add(String id) {
            heldIds.add(id);
        }

        @Override
        public void remove(String id) {
            heldIds.remove(id);
        }
    };

    static Alert alert(String id, String status, long time) {
        Subject s = new Subject(Subject.CUSTOMER, id, id, false);
        return new Alert("escalation:customer:" + id, "escalation", "critical", status, s, "3d",
                time, time + 1, 1, null, null, "m", new Evidence[0], time, time, 1, 1, 0);
    }

    @Test
    void shouldPassNOpensPerHourThenOneSummary() throws Exception {
        StormGuard guard = new StormGuard("escalation", 2);
        StormState s = new StormState();
        assertEquals(1, guard.accept(s, alert("a", Alert.OPEN, 1000), held).size());
        assertEquals(1, guard.accept(s, alert("b", Alert.OPEN, 2000), held).size());
        List<Alert> third = guard.accept(s, alert("c", Alert.OPEN, 3000), held);
        assertEquals(1, third.size());
        assertEquals("escalation:rule:escalation", third.get(0).alertId());
        assertEquals(Alert.OPEN, third.get(0).status());
        assertEquals(0, guard.accept(s, alert("d", Alert.OPEN, 4000), held).size(), "one summary");
        assertEquals(0, guard.accept(s, alert("c", Alert.RESOLVED, 5000), held).size(), "held back");
        assertEquals(1, guard.accept(s, alert("a", Alert.RESOLVED, 5000), held).size());
        Alert end = guard.endOfHour(s);
        assertEquals(Alert.RESOLVED, end.status());
        assertEquals(2, end.count(), "c and d were held back");
        List<Alert> nextHour = guard.accept(s, alert("e", Alert.OPEN, StormGuard.HOUR + 1), held);
        assertEquals(List.of("escalation:customer:e"), nextHour.stream().map(Alert::alertId).toList());
    }
}
