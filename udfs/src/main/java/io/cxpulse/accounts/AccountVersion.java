package io.cxpulse.accounts;

/** One version of an account: what it was from a time on. A public-field POJO for state. */
public class AccountVersion {
    public long time;
    public String tier;
    public double annualValue;

    public AccountVersion() {}

    public AccountVersion(long time, String tier, double annualValue) {
        this.time = time;
        this.tier = tier;
        this.annualValue = annualValue;
    }
}
