package dev.dibs.maven;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads durations as people write them in POMs: {@code 10m} (or {@code 10min}), {@code 30s}, {@code 500ms}, {@code 1h}, or ISO {@code PT10M}. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text, String parameter) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("min")) {
                // PostgreSQL's spelling, as lockTimeout needs it: accepted here too so both read alike.
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 3).trim()));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException | ArithmeticException e) {
            throw new IllegalArgumentException(parameter + " = \"" + text + "\" is not a duration: write e.g. 10m, 30s, 500ms or PT10M.");
        }
    }
}
