package io.cxpulse.sentiment;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link SentimentCueAttribute}. */
public final class SentimentCueAttributeImpl extends AttributeImpl
        implements SentimentCueAttribute {

    private int flags;
    private int negationDistance;
    private float boost;
    private LexiconEntry entry;

    public SentimentCueAttributeImpl() {}

    @Override
    public int flags() {
        return flags;
    }

    @Override
    public void setFlags(int flags) {
        this.flags = flags;
    }

    @Override
    public int negationDistance() {
        return negationDistance;
    }

    @Override
    public void setNegationDistance(int distance) {
        this.negationDistance = distance;
    }

    @Override
    public float boost() {
        return boost;
    }

    @Override
    public void setBoost(float boost) {
        this.boost = boost;
    }

    @Override
    public LexiconEntry entry() {
        return entry;
    }

    @Override
    public void setEntry(LexiconEntry entry) {
        this.entry = entry;
    }

    @Override
    public void clear() {
        flags = 0;
        negationDistance = 0;
        boost = 0f;
        entry = null;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        SentimentCueAttribute other = (SentimentCueAttribute) target;
        other.setFlags(flags);
        other.setNegationDistance(negationDistance);
        other.setBoost(boost);
        other.setEntry(entry);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(SentimentCueAttribute.class, "flags", flags);
        reflector.reflect(SentimentCueAttribute.class, "negationDistance", negationDistance);
        reflector.reflect(SentimentCueAttribute.class, "boost", boost);
        reflector.reflect(SentimentCueAttribute.class, "entry", entry);
    }
}
