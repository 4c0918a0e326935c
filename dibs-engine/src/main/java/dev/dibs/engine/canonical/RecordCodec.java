package dev.dibs.engine.canonical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes dibs's own immutable values — records and enums of {@code dev.dibs.engine}, with strings,
 * numbers (int, long, double), booleans, lists, sets and maps of them — as bytes, and reads them back
 * through their canonical constructors (so every record's own checks and normalisation run again).
 * The same value always gives the same bytes, which also makes them a key. Reading makes nothing but
 * records and enums of the model, the inspection, the Java schema and the canonical form: any other class is refused,
 * so bytes from elsewhere cannot make the reader build anything else; sizes are never believed beyond
 * the bytes left, and nesting stops at {@value #MAX_DEPTH} levels.
 */
final class RecordCodec {
    private static final String PACKAGE = "dev.dibs.engine.";
    /**
     * What reading may make: the model, what inspection reads, the canonical form around them, and the
     * Java schema read from the classes (its own records and theirs, nested, only).
     */
    private static final List<String> READABLE = List.of("dev.dibs.engine.model.", "dev.dibs.engine.inspect.",
            "dev.dibs.engine.canonical.");
    /** Of the loader's types, these and the types nested in them. */
    private static final List<String> READABLE_TYPES = List.of("dev.dibs.engine.load.LoadedSchema", "dev.dibs.engine.load.Origins",
            "dev.dibs.engine.load.RenameHints", "dev.dibs.engine.load.SqlDeclaration", "dev.dibs.engine.load.TypedView");
    /** Deeper than any value of those packages nests (a schema is about ten levels deep). */
    static final int MAX_DEPTH = 64;
    /** Lists and maps start no larger than this, whatever size the bytes claim: they grow as elements are read. */
    private static final int INITIAL_CAPACITY = 1024;
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int ENUM = 6;
    private static final int RECORD = 7;
    private static final int LIST = 8;
    private static final int SET = 9;
    private static final int MAP = 10;
    private static final int DOUBLE = 11;
    /** A class named before in the same stream: its number follows. */
    private static final int SEEN = 0;
    /** A class named for the first time: its name follows. */
    private static final int NEW = 1;
    /** Each record class's canonical constructor and accessors, found once (reflection is the slow part here). */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };
    /** The classes read so far by name, each checked once. */
    private static final Map<String, Class<?>> ALLOWED = new ConcurrentHashMap<>();

    private record Shape(Constructor<?> constructor, java.lang.reflect.Method[] accessors) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Shape(c, accessors);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
        }
    }

    private RecordCodec() {
    }

    /** The bytes of {@code value}; IllegalArgumentException for a value of a kind not listed above. */
    static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        write(value, bytes);
        return bytes.toByteArray();
    }

    static void write(Object value, OutputStream to) {
        try {
            DataOutputStream out = new DataOutputStream(to);
            new Writer(out).value(value);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The value {@code bytes} hold, all of them; IOException for bytes that are not one (a size is never
     * believed beyond the bytes left), or that name a class not allowed.
     */
    static Object decode(byte[] bytes) throws IOException {
        return decode(bytes, 0);
    }

    private static Object decode(byte[] bytes, int depth) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        Object value = new Reader(in, depth).value();
        if (in.available() != 0) {
            throw new IOException("not a value written by dibs (" + in.available() + " bytes after it)");
        }
        return value;
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                string(s);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                type(e.getDeclaringClass());
                string(e.name());
            } else if (v instanceof Record r) {
                out.writeByte(RECORD);
                type(r.getClass());
                for (java.lang.reflect.Method accessor : SHAPES.get(r.getClass()).accessors()) {
                    value(component(accessor, r));
                }
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                items(list);
            } else if (v instanceof Set<?> set) {
                out.writeByte(SET);
                // a set's own order is not part of it: sorted by each element's bytes, so equal sets are equal bytes
                List<byte[]> elements = new ArrayList<>();
                for (Object e : set) {
                    elements.add(encode(e));
                }
                elements.sort(java.util.Arrays::compare);
                out.writeInt(elements.size());
                for (byte[] e : elements) {
                    out.writeInt(e.length);
                    out.write(e);
                }
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                List<Map.Entry<byte[], Object>> entries = new ArrayList<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(encode(e.getKey()), e.getValue()));
                }
                entries.sort((a, b) -> java.util.Arrays.compare(a.getKey(), b.getKey()));
                out.writeInt(entries.size());
                for (Map.Entry<byte[], Object> e : entries) {
                    out.writeInt(e.getKey().length);
                    out.write(e.getKey());
                    value(e.getValue());
                }
            } else {
                throw new IllegalArgumentException("cannot write a " + v.getClass().getName());
            }
        }

        private void items(Collection<?> items) throws IOException {
            out.writeInt(items.size());
            for (Object item : items) {
                value(item);
            }
        }

        private void type(Class<?> type) throws IOException {
            if (!type.getName().startsWith(PACKAGE)) {
                throw new IllegalArgumentException("cannot write a " + type.getName() + ": not one of dibs's own values");
            }
            Integer seen = classes.get(type);
            if (seen != null) {
                out.writeByte(SEEN);
                out.writeInt(seen);
            } else {
                classes.put(type, classes.size());
                out.writeByte(NEW);
                string(type.getName());
            }
        }

        private void string(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        private static Object component(java.lang.reflect.Method accessor, Record r) {
            try {
                return accessor.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + accessor.getName(), e);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<Class<?>> classes = new ArrayList<>();
        private int depth;

        Reader(DataInputStream in, int depth) {
            this.in = in;
            this.depth = depth;
        }

        Object value() throws IOException {
            if (++depth > MAX_DEPTH) {
                throw new IOException("not a value written by dibs (nested deeper than " + MAX_DEPTH + ")");
            }
            try {
                return tagged(in.readUnsignedByte());
            } finally {
                depth--;
            }
        }

        private Object tagged(int tag) throws IOException {
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return string();
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case DOUBLE:
                    return in.readDouble();
                case TRUE:
                    return true;
                case FALSE:
                    return false;
                case ENUM:
                    return enumValue(type(), string());
                case RECORD:
                    return record(type());
                case LIST: {
                    int n = size();
                    List<Object> list = new ArrayList<>(Math.min(n, INITIAL_CAPACITY));
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return Collections.unmodifiableList(list);
                }
                case SET: {
                    int n = size();
                    Set<Object> set = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) {
                        set.add(nested());
                    }
                    return Collections.unmodifiableSet(set);
                }
                case MAP: {
                    int n = size();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(nested(), value());
                    }
                    return Collections.unmodifiableMap(map);
                }
                default:
                    throw new IOException("not a value written by dibs (tag " + tag + ")");
            }
        }

        /** A set element or map key, written as a value of its own (with its own class numbers). */
        private Object nested() throws IOException {
            byte[] bytes = new byte[size()];
            in.readFully(bytes);
            return decode(bytes, depth);
        }

        private Object record(Class<?> type) throws IOException {
            if (!type.isRecord()) {
                throw new IOException(type.getName() + " is not a record");
            }
            Shape shape = SHAPES.get(type);
            Object[] args = new Object[shape.accessors().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value();
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (InstantiationException | IllegalAccessException | IllegalArgumentException | InvocationTargetException e) {
                throw new IOException("cannot make a " + type.getName() + " of what was written: " + e, e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumValue(Class<?> type, String name) throws IOException {
            if (!type.isEnum()) {
                throw new IOException(type.getName() + " is not an enum");
            }
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException e) {
                throw new IOException(type.getName() + " has no " + name, e);
            }
        }

        private Class<?> type() throws IOException {
            int how = in.readUnsignedByte();
            if (how == SEEN) {
                int n = in.readInt();
                if (n < 0 || n >= classes.size()) {
                    throw new IOException("not a value written by dibs (class " + n + ")");
                }
                return classes.get(n);
            }
            String name = string();
            Class<?> type = ALLOWED.get(name);
            if (type == null) {
                type = allowed(name);
                ALLOWED.put(name, type);
            }
            classes.add(type);
            return type;
        }

        private static Class<?> allowed(String name) throws IOException {
            if (READABLE.stream().noneMatch(name::startsWith)
                    && READABLE_TYPES.stream().noneMatch(t -> name.equals(t) || name.startsWith(t + "$"))) {
                throw new IOException("refused to make a " + name + ": not one of dibs's own values");
            }
            try {
                Class<?> type = Class.forName(name, false, RecordCodec.class.getClassLoader());
                if (!type.isRecord() && !type.isEnum()) {
                    throw new IOException("refused to make a " + name + ": neither a record nor an enum");
                }
                return type;
            } catch (ClassNotFoundException e) {
                throw new IOException("no class " + name, e);
            }
        }

        private int size() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("not a value written by dibs (size " + n + ")");
            }
            return n;
        }

        private String string() throws IOException {
            byte[] utf8 = new byte[size()];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }
    }
}
