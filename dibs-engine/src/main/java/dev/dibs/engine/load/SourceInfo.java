package dev.dibs.engine.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dibs.engine.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the annotation processor recorded about one type at compile time
 * ({@code META-INF/dibs/<binary name>.json}): source positions and Javadoc, which bytecode lacks.
 */
public record SourceInfo(String type, SourceLocation location, String doc, String checksum, Map<String, Member> members) {

    /** A field or record component. */
    public record Member(String name, SourceLocation location, String doc) {
    }

    public static final String RESOURCE_DIRECTORY = "META-INF/dibs/";
    static final int FORMAT = 1;

    public Member member(String name) {
        return members.get(name);
    }

    /**
     * Reads the recorded files from a classpath, one type at a time; never initialises classes. With
     * Jackson's streaming parser: a data-binding ObjectMapper costs about 0.2 s more to start in a
     * fresh JVM, on the path of every goal that reads the Java schema.
     */
    public static final class Reader implements AutoCloseable {
        private static final JsonFactory JSON = new JsonFactory();
        private final URLClassLoader resources;

        public Reader(List<Path> classpath) {
            URL[] urls = classpath.stream().map(Reader::toUrl).toArray(URL[]::new);
            this.resources = new URLClassLoader(urls, null);
        }

        private static URL toUrl(Path path) {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable classpath element: " + path, e);
            }
        }

        /** The info for a binary class name, or null when the processor did not run for it. */
        public SourceInfo read(String binaryName) {
            String path = RESOURCE_DIRECTORY + binaryName + ".json";
            try (InputStream in = resources.getResourceAsStream(path)) {
                if (in == null) {
                    return null;
                }
                try (JsonParser p = JSON.createParser(in)) {
                    // A file from another processor version (or not an object at all) is treated like a
                    // missing one: the loader then warns that source information is missing, which is true.
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        return null;
                    }
                    Fields root = Fields.of(p, true);
                    return root.number("format") == FORMAT ? root.info() : null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + " (written by the dibs annotation processor)", e);
            }
        }

        @Override
        public void close() throws IOException {
            resources.close();
        }
    }

    /** One object of the file: its text and number fields, and, at the top, its members. */
    private record Fields(Map<String, String> texts, Map<String, Integer> numbers, List<Fields> members) {

        /** Reads the object the parser has just started; only the file's own ({@code top}) has members. */
        static Fields of(JsonParser p, boolean top) throws IOException {
            Map<String, String> texts = new HashMap<>();
            Map<String, Integer> numbers = new HashMap<>();
            List<Fields> members = new java.util.ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    texts.put(name, p.getText());
                } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    numbers.put(name, p.getNumberValue().intValue());
                } else if (value == JsonToken.START_ARRAY && top && name.equals("members")) {
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                        if (t == JsonToken.START_OBJECT) {
                            members.add(of(p, false));
                        } else {
                            p.skipChildren(); // not a member: a later processor's, or nothing
                        }
                    }
                } else {
                    p.skipChildren(); // null, or something a later processor added
                }
            }
            return new Fields(texts, numbers, members);
        }

        /** A number, written as one or as text (0 when absent or not a number), as the earlier tree reading took it. */
        int number(String name) {
            Integer n = numbers.get(name);
            if (n != null) {
                return n;
            }
            try {
                return texts.containsKey(name) ? Integer.parseInt(texts.get(name).trim()) : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        SourceInfo info() {
            String file = texts.get("file");
            Map<String, Member> byName = new HashMap<>();
            for (Fields m : members) {
                String name = m.texts().getOrDefault("name", "");
                byName.put(name, new Member(name, m.location(file), m.texts().get("doc")));
            }
            return new SourceInfo(texts.get("type"), location(file), texts.get("doc"), texts.get("checksum"), byName);
        }

        private SourceLocation location(String file) {
            return file == null ? null : new SourceLocation(file, number("line"), number("column"));
        }
    }
}
