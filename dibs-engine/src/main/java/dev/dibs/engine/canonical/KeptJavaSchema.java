package dev.dibs.engine.canonical;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Java schema, kept between goals: read from the classes once, then taken back as long as the
 * class path holds the same content ({@link ClassPathFingerprint}), the loader the same settings and
 * the working directory is the same (a SQL file's origin is named relative to it), for this build of dibs. A scan of a thousand classes costs a cold goal most of a second; taking
 * it back costs hashing the module's files and reading one file. Kept beside the canonical schemas
 * ({@link CanonicalCache}: the same private directory, the same property turns both off).
 *
 * <p>Never kept: a Java schema with problems (it is read, and refused, every time), and one read with
 * the application's own JPA naming strategies, the one place dibs runs project code whose answer could
 * depend on more than its classes. A class path that changed while it was read is not kept either.
 */
public final class KeptJavaSchema {

    private KeptJavaSchema() {
    }

    /** The Java schema {@code loader} reads, taken back when this class path and these settings were read before. */
    public static LoadedSchema load(IntentLoader.Builder loader) {
        return load(loader.build(), CanonicalCache.standard(), IntentLoader::load);
    }

    static LoadedSchema load(IntentLoader loader, CanonicalCache cache, Function<IntentLoader, LoadedSchema> read) {
        if (cache.off() || !keepable(loader.settings())) {
            return read.apply(loader);
        }
        Optional<String> key = key(loader, cache);
        Optional<LoadedSchema> kept = key.flatMap(k -> cache.find(k, LoadedSchema.class));
        if (kept.isPresent()) {
            return kept.get();
        }
        LoadedSchema loaded = read.apply(loader);
        // kept only if the classes did not change while they were read: the key must say what was read
        if (key.isPresent() && key.equals(key(loader, cache))) {
            cache.store(key.get(), loaded);
        }
        return loaded;
    }

    private static boolean keepable(IntentLoader.Settings settings) {
        return settings.jpa().implicitStrategy().isEmpty() && settings.jpa().physicalStrategy().isEmpty();
    }

    private static Optional<String> key(IntentLoader loader, CanonicalCache cache) {
        // the working directory too: a SQL file's origin is named relative to it
        Inputs inputs = new Inputs(loader.settings(), Path.of("").toAbsolutePath().toString());
        return ClassPathFingerprint.of(loader.classpath()).flatMap(f -> cache.javaSchemaKey(f, inputs));
    }

    /** What the read depends on besides the class path's content. */
    private record Inputs(IntentLoader.Settings settings, String workingDirectory) {
    }
}
