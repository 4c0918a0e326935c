package dev.dibs.engine.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    static final String RESOURCE_DIRECTORY = "META-INF/dibs/";
    static final int FORMAT = 1;

    public Member member(String name) {
        return members.get(name);
    }

    /** Reads the recorded files from a classpath, one type at a time; never initialises classes. */
    public static final class Reader implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();
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
                JsonNode root = JSON.readTree(in);
                // A file from another processor version is treated like a missing one: the loader
                // then warns that source information is missing, which is true.
                return root.path("format").asInt() == FORMAT ? parse(root) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + " (written by the dibs annotation processor)", e);
            }
        }

        private static SourceInfo parse(JsonNode root) {
            String file = text(root, "file");
            Map<String, Member> members = new HashMap<>();
            for (JsonNode m : root.path("members")) {
                members.put(m.path("name").asText(), new Member(m.path("name").asText(), location(file, m), text(m, "doc")));
            }
            return new SourceInfo(text(root, "type"), location(file, root), text(root, "doc"), text(root, "checksum"), members);
        }

        private static SourceLocation location(String file, JsonNode node) {
            if (file == null) {
                return null;
            }
            return new SourceLocation(file, node.path("line").asInt(0), node.path("column").asInt(0));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        @Override
        public void close() throws IOException {
            resources.close();
        }
    }
}
