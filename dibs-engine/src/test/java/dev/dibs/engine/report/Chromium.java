package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, as the report tests drive it: nothing but {@code /usr/bin/chromium}
 * (what .ci/run installs), no driver. A page's scripts run before {@code --dump-dom} prints the DOM,
 * so a test page can leave what it observed in the DOM for the test to read.
 */
public final class Chromium {

    private final List<String> base;

    public Chromium(Path profile) {
        base = List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile);
    }

    private static Path executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("This test renders report.html in headless Chromium, and none is installed:"
                + " apt-get install chromium (.ci/run does it).");
    }

    /** The DOM of the page once loaded (its scripts run). */
    public String dumpDom(Path page) throws Exception {
        return run("--dump-dom", page.toUri().toString());
    }

    /** A screenshot of the page's first screen. */
    public void screenshot(Path page, Path png) throws Exception {
        run("--window-size=1200,900", "--screenshot=" + png, page.toUri().toString());
    }

    private String run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
