package dev.dibs.engine.inspect;

/**
 * How two definitions of one object differ, briefly: what they share at the start and at the end is
 * cut down to a few characters of context, so that a long view body that differs by one condition
 * reads as that condition, on each side.
 */
final class NoteDifference {

    /** Characters of shared text kept around the differing part. */
    static final int CONTEXT = 12;

    /** Definitions this short are shown whole: cut down, they would say less. */
    static final int WHOLE = 40;

    /** Characters of each side's differing part shown at most. */
    static final int SHOWN = 120;

    private NoteDifference() {
    }

    /** e.g. {@code the database has "…USING ((a > 1))", the reference "…USING ((a > 2))"}. */
    static String briefly(String database, String desired, String desiredName) {
        String a = database == null ? "" : database;
        String b = desired == null ? "" : desired;
        if (a.length() <= WHOLE && b.length() <= WHOLE) {
            return "the database has " + part(a, database == null, 0, a.length()) + ", " + desiredName + " "
                    + part(b, desired == null, 0, b.length());
        }
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        int endA = Math.min(a.length(), a.length() - suffix + CONTEXT);
        int endB = Math.min(b.length(), b.length() - suffix + CONTEXT);
        return "the database has " + part(a, database == null, from, endA) + ", " + desiredName + " "
                + part(b, desired == null, from, endB);
    }

    private static String part(String text, boolean absent, int from, int to) {
        if (absent) {
            return "nothing";
        }
        String middle = text.substring(from, to);
        if (middle.length() > SHOWN) {
            middle = middle.substring(0, SHOWN) + "…";
        }
        return "\"" + (from > 0 ? "…" : "") + middle + (to < text.length() && !middle.endsWith("…") ? "…" : "") + "\"";
    }
}
