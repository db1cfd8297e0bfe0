package io.cxpulse.jobs.scenarios;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges the alerts a run raised against what its histories planted: per kind of incident, in
 * how many histories its alert opened (or, already open, was updated) within its window; over
 * the quiet histories, how many
 * alerts opened on their segments per 1,000 segment-days, and on their customers per 1,000
 * key-account-days.
 */
public final class Detection {
    /** The rules whose subjects are segments. */
    static final Set<String> SEGMENT_RULES = Set.of("reputation-surge", "complaint-cluster", "nps-drop");

    public final Map<IncidentKind, Integer> planted = new EnumMap<>(IncidentKind.class);
    public final Map<IncidentKind, Integer> caught = new EnumMap<>(IncidentKind.class);
    public final List<String> misses = new ArrayList<>();
    public int quietSegmentAlerts;
    public long quietSegmentDays;
    public int quietCustomerAlerts;
    public long quietKeyAccountDays;
    public final List<String> quietAlerts = new ArrayList<>();
    /** Alerts of incident histories that no planted incident explains, for information. */
    public int otherAlerts;
    /** Alerts on subjects no history owns (overall NPS, an aspect across products). */
    public int sharedAlerts;

    public static Detection judge(List<History> histories, List<OpenedAlert> opened) {
        Detection d = new Detection();
        for (IncidentKind k : IncidentKind.values()) {
            d.planted.put(k, 0);
            d.caught.put(k, 0);
        }
        for (OpenedAlert a : opened) {
            if (a.opens() && histories.stream().noneMatch(h -> h.owns(a))) {
                d.sharedAlerts++;
            }
        }
        for (History h : histories) {
            List<OpenedAlert> own = opened.stream()
                    .filter(a -> h.owns(a) && a.time() <= h.end()).toList();
            if (h.quiet()) {
                d.quietSegmentDays += (long) h.segments() * h.days();
                d.quietKeyAccountDays += (long) h.keyAccounts() * h.days();
                for (OpenedAlert a : own.stream().filter(OpenedAlert::opens).toList()) {
                    if (SEGMENT_RULES.contains(a.rule())) {
                        d.quietSegmentAlerts++;
                    } else {
                        d.quietCustomerAlerts++;
                    }
                    d.quietAlerts.add("quiet seed " + h.seed() + ": " + a);
                }
                continue;
            }
            for (PlantedIncident i : h.incidents()) {
                d.planted.merge(i.kind(), 1, Integer::sum);
                if (own.stream().anyMatch(i::openedBy)) {
                    d.caught.merge(i.kind(), 1, Integer::sum);
                } else {
                    d.misses.add("missed " + i + "; alerts of that id: "
                            + own.stream().filter(a -> a.alertId().equals(i.alertId())).toList()
                            + "; history: " + h.shape());
                }
            }
            d.otherAlerts += (int) own.stream().filter(OpenedAlert::opens)
                    .filter(a -> h.incidents().stream().noneMatch(i -> i.alertId().equals(a.alertId())))
                    .count();
        }
        return d;
    }

    public double rate(IncidentKind k) {
        return planted.get(k) == 0 ? Double.NaN : caught.get(k) / (double) planted.get(k);
    }

    public double quietSegmentAlertsPerThousand() {
        return 1000.0 * quietSegmentAlerts / quietSegmentDays;
    }

    public String report() {
        StringBuilder b = new StringBuilder();
        for (IncidentKind k : IncidentKind.values()) {
            b.append(String.format(Locale.ROOT, "  %-20s alerted within its window in %3d of %3d"
                    + " histories (%.1f%%)%n", k, caught.get(k), planted.get(k), 100 * rate(k)));
        }
        b.append(String.format(Locale.ROOT, "  quiet histories: %d segment alerts in %,d"
                + " segment-days (%.2f per 1,000); %d customer alerts in %,d key-account-days"
                + " (%.2f per 1,000)%n", quietSegmentAlerts, quietSegmentDays,
                quietSegmentAlertsPerThousand(), quietCustomerAlerts, quietKeyAccountDays,
                1000.0 * quietCustomerAlerts / Math.max(1, quietKeyAccountDays)));
        b.append(String.format(Locale.ROOT, "  incident histories: %d further alerts on their"
                + " subjects; %d alerts on subjects all histories share%n", otherAlerts,
                sharedAlerts));
        misses.forEach(m -> b.append("  ").append(m).append('\n'));
        quietAlerts.forEach(m -> b.append("  ").append(m).append('\n'));
        return b.toString();
    }
}
