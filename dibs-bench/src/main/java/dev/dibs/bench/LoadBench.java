package dev.dibs.bench;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Intent loading: ClassGraph scan + model of 1,000 compiled {@code @Table} records, against a bare
 * ClassGraph scan of the same classpath that only lists the annotated classes (the floor).
 */
final class LoadBench {

    static final int CLASSES = 1000;

    private final Report report;

    LoadBench(Report report) {
        this.report = report;
    }

    void run(Path work) throws Exception {
        long t0 = System.nanoTime();
        List<Path> classpath = JavaProject.compile(work.resolve("tables"), JavaProject.tableSources(CLASSES));
        System.err.printf("  compiled %d @Table records in %.1f s%n", CLASSES, (System.nanoTime() - t0) / 1e9);
        double[] first = new double[1];
        Timing once = new Timing();
        once.time(() -> check(load(classpath)));
        first[0] = once.median();
        Timing dibs = new Timing();
        Timing scan = new Timing();
        for (int i = 0; i < 7; i++) {
            scan.time(() -> scan(classpath));
            dibs.time(() -> load(classpath));
        }
        double ratio = dibs.median() / scan.median();
        report.add("3. intent loading", String.format("%,d @Table classes", CLASSES),
                Report.ms(dibs.median()) + " (first in process: " + Report.ms(first[0]) + ")",
                "bare ClassGraph scan " + Report.ms(scan.median()), Report.times(ratio) + " of the scan", "< 1.5 s",
                dibs.median() < 1500 && first[0] < 1500);
    }

    private static LoadedSchema load(List<Path> classpath) {
        return IntentLoader.builder().classpath(classpath).load();
    }

    private static void check(LoadedSchema loaded) {
        if (loaded.schema().tables().size() != CLASSES) {
            throw new IllegalStateException("loaded " + loaded.schema().tables().size() + " tables, expected " + CLASSES);
        }
    }

    private static int scan(List<Path> classpath) {
        try (ScanResult result = new ClassGraph()
                .overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo().enableFieldInfo().enableAnnotationInfo()
                .ignoreFieldVisibility().ignoreClassVisibility()
                .scan()) {
            return result.getClassesWithAnnotation("dev.dibs.Table").size();
        }
    }
}
