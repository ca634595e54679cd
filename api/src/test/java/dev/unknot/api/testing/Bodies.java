package dev.unknot.api.testing;

/** Request bodies the tests share. */
public final class Bodies {

    /** A habit from a technique, on Mondays and Thursdays. */
    public static final String CHILDS_POSE = "{\"from\":\"technique\",\"id\":\"stretching/childs-pose\","
            + "\"schedule\":{\"kind\":\"weekdays\",\"days\":[\"monday\",\"thursday\"]}}";

    /** A measured habit in the person's own words. */
    public static final String WATER = "{\"from\":\"custom\",\"name\":\"Drink water\","
            + "\"metric\":{\"kind\":\"measured\",\"unit\":\"glasses\",\"dailyTarget\":8}}";

    private Bodies() {}
}
