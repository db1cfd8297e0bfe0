package io.cxpulse.alerts;

/**
 * The open alert of one rule and subject, as the engine keeps it in state. A public-field POJO.
 */
public class Episode {
    public boolean open;
    public long firstSeen;
    public long lastSeen;
    public long lastEmitted;
    public long count;
    public int sequence;
    public long timer;
    public Subject subject;
    public String severity;
    public String window;
    public long windowStart;
    public long windowEnd;
    public double observed;
    public Double baseline;
    public Double threshold;
    public String message;
    public Evidence[] evidence = new Evidence[0];

    public Episode() {}
}
