package dev.dibs.engine.postgres;

import java.util.Map;
import java.util.Set;

/**
 * The environment of a PostgreSQL process dibs starts for throwaway work: what the process needs
 * (paths, locale, time zone), nothing of the build's own. A Maven build's environment holds its
 * secrets ({@code DIBS_DATABASE_URL}, {@code PGPASSWORD}, a CI token), and a function the scratch
 * database runs could read the server's environment if it ever got the powers to.
 */
final class ServerEnvironment {

    private static final Set<String> KEPT = Set.of("PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR",
            "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "SYSTEMROOT", "TEMP", "TMP");

    private ServerEnvironment() {
    }

    /** {@code environment} (a process builder's) with only what a server needs left in it. */
    static ProcessBuilder clean(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> !KEPT.contains(name) && !name.startsWith("LC_"));
        return builder;
    }
}
