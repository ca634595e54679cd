package dev.unknot.api.testing;

/** Request bodies the tests share. */
public final class Bodies {

    /**
     * A habit from a technique, every day: due whatever day the tests run on (the store's fixed
     * test clock in a reactor build, the real clock from the packaged test jar).
     */
    public static final String CHILDS_POSE =
            "{\"from\":\"technique\",\"id\":\"stretching/childs-pose\"," + "\"schedule\":{\"kind\":\"daily\"}}";

    /** A measured habit in the person's own words. */
    public static final String WATER = "{\"from\":\"custom\",\"name\":\"Drink water\","
            + "\"metric\":{\"kind\":\"measured\",\"unit\":\"glasses\",\"dailyTarget\":8}}";

    private Bodies() {}
}
