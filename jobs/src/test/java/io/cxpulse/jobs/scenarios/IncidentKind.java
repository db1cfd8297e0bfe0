package io.cxpulse.jobs.scenarios;

/** The incidents a generated history can hide, each with the rule that must alert on it. */
public enum IncidentKind {
    /** 20-40 one- and two-star reviews of one source and product in one morning. */
    REVIEW_SURGE("reputation-surge"),
    /** Negative texts about one aspect of one product within a few hours. */
    COMPLAINT_CLUSTER("complaint-cluster"),
    /** A channel of about 15 answers a day falls to an NPS of -80 or lower for a day. */
    NPS_DROP_SMALL("nps-drop"),
    /** A channel of 80-120 answers a day falls 50-70 points for a day. */
    NPS_DROP_LARGE("nps-drop"),
    /** A key account answers 0-6 with a comment that it is leaving. */
    KEY_ACCOUNT_CHURN("key-account"),
    /** A customer threatens a lawyer, the regulator or the press. */
    ESCALATION("escalation"),
    /** A key account active about daily, regularly, stops all activity for its last week. */
    KEY_ACCOUNT_SILENT("key-account");

    private final String rule;

    IncidentKind(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
