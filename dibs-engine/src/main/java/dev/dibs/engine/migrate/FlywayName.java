package dev.dibs.engine.migrate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flyway's naming of a versioned SQL migration, {@code V<version>__<description>.sql}: the version's
 * parts are digits separated by {@code .} or {@code _} (both written {@code .} in the id, as Flyway
 * records the version), the first {@code __} ends it, and {@code _} in the description reads as a
 * space. Any other {@code .sql} name in a Flyway location is a mistake dibs names, never a file it
 * skips (Flyway skips such names silently unless {@code validateMigrationNaming} is set).
 */
record FlywayName(String version, String description) {

    private static final Pattern VERSION = Pattern.compile("\\d+(?:[._]\\d+)*");

    /** The dibs id: {@code V1.1} for {@code V1_1__x.sql}. */
    String id() {
        return "V" + version;
    }

    /** Whether a file in a Flyway location is a SQL migration candidate that must be named correctly. */
    static boolean isSql(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    /** The parsed name, or a {@link Wrong} saying what is wrong with it and the fix. */
    static FlywayName parse(String fileName) throws Wrong {
        String base = fileName.substring(0, fileName.length() - ".sql".length());
        if (base.startsWith("R__") || base.equals("R")) {
            throw new Wrong("is a repeatable Flyway migration (R__), which dibs does not run: dibs keeps views, functions,"
                    + " procedures and triggers in sync from their desired state instead of re-running a script.",
                    "declare what it creates in a file under src/main/resources/dibs/ (e.g. dibs/views.sql) and delete it here.");
        }
        if (base.matches("U\\d.*")) {
            throw new Wrong("is a Flyway undo migration (U…), which dibs does not run.",
                    "remove it; to undo a change, write a new versioned migration that reverts it.");
        }
        if (base.matches("B\\d.*")) {
            throw new Wrong("is a Flyway baseline migration (B…), which dibs does not run.",
                    "remove it and record a baseline with mvn dibs:baseline, or keep it as an ordinary V migration.");
        }
        if (!base.startsWith("V")) {
            throw new Wrong("is not named like a Flyway versioned migration.",
                    "name it V<version>__<description>.sql (a capital V, two underscores), e.g. V2__add_orders.sql,"
                            + " or move it out of the Flyway location.");
        }
        int separator = base.indexOf("__", 1);
        if (separator < 0) {
            throw new Wrong("has no \"__\" (two underscores) between the version and the description.",
                    "name it V<version>__<description>.sql, e.g. V" + guessVersion(base) + "__description.sql.");
        }
        String version = base.substring(1, separator);
        if (!VERSION.matcher(version).matches()) {
            throw new Wrong("has the version \"" + version + "\": a Flyway version is numbers separated by . or _.",
                    "write e.g. V1__…, V1.1__… or V2_1__….");
        }
        return new FlywayName(version.replace('_', '.'), base.substring(separator + 2).replace('_', ' '));
    }

    private static String guessVersion(String base) {
        int end = 1;
        while (end < base.length() && (Character.isDigit(base.charAt(end)) || base.charAt(end) == '.')) {
            end++;
        }
        return end > 1 ? base.substring(1, end) : "1";
    }

    /** A file name that is not a versioned migration's. */
    static final class Wrong extends Exception {
        private static final long serialVersionUID = 1L;
        private final String fix;

        Wrong(String message, String fix) {
            super(message, null, false, false);
            this.fix = fix;
        }

        String fix() {
            return fix;
        }
    }
}
