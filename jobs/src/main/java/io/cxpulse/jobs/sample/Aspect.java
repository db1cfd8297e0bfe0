package io.cxpulse.jobs.sample;

import java.util.Random;

/** What a comment or review talks about. */
enum Aspect {
    BILLING,
    /** The 2026-03-10 incident: customers charged twice. */
    DOUBLE_CHARGE,
    SUPPORT,
    NETWORK,
    PRICE,
    TECHNICIAN,
    APP,
    STORE;

    /** A typical topic for feedback that arrived through the given channel. */
    static Aspect forChannel(String channel, Random rng) {
        double r = rng.nextDouble();
        if (channel == null) {
            return general(rng);
        }
        switch (channel) {
            case "phone":
                return r < 0.45 ? SUPPORT : r < 0.70 ? BILLING : general(rng);
            case "chat":
                return r < 0.50 ? SUPPORT : r < 0.65 ? BILLING : general(rng);
            case "app":
                return r < 0.45 ? APP : r < 0.75 ? NETWORK : general(rng);
            case "store":
                return r < 0.60 ? STORE : general(rng);
            default:
                return r < 0.25 ? BILLING : general(rng);
        }
    }

    /** Any everyday topic, weighted by how often customers bring it up. */
    static Aspect general(Random rng) {
        double r = rng.nextDouble();
        if (r < 0.30) {
            return NETWORK;
        }
        if (r < 0.50) {
            return SUPPORT;
        }
        if (r < 0.65) {
            return PRICE;
        }
        if (r < 0.77) {
            return BILLING;
        }
        if (r < 0.87) {
            return TECHNICIAN;
        }
        return r < 0.95 ? APP : STORE;
    }
}
