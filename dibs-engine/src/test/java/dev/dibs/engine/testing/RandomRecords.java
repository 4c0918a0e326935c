package dev.dibs.engine.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Records of any shape with every component drawn at random (strings, flags, enum constants,
 * lists, nested records; sometimes null), through their canonical constructors: for tests that
 * hold hand-written code over records to a walk over their components. A component added later
 * is drawn too, so such a test fails until the hand-written code knows it. A draw the constructor
 * refuses (a required name left null, an index key with both a column and an expression) is drawn
 * again, every other time without nulls.
 */
public final class RandomRecords {

    /** Draws of one record before giving up on its constructor. */
    private static final int DRAWS = 200;

    private final Random random;

    public RandomRecords(long seed) {
        this.random = new Random(seed);
    }

    /** A {@code type} with random components. */
    public <T extends Record> T of(Class<T> type) {
        return type.cast(record(type, 2));
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            InvocationTargetException last = null;
            for (int attempt = 0; attempt < DRAWS; attempt++) {
                Object[] args = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    args[i] = value(components[i].getGenericType(), attempt % 2 == 0, depth);
                }
                try {
                    return canonical.newInstance(args);
                } catch (InvocationTargetException refused) {
                    last = refused;
                }
            }
            throw new IllegalStateException("cannot draw a " + type.getSimpleName() + " its constructor takes", last.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot draw a " + type.getSimpleName(), e);
        }
    }

    private Object value(Type type, boolean nulls, int depth) {
        if (type == boolean.class) {
            return random.nextBoolean();
        }
        if (type == int.class) {
            return random.nextInt(100);
        }
        if (type == long.class) {
            return random.nextLong();
        }
        if (nulls && random.nextInt(5) == 0) {
            return null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> list = new ArrayList<>();
            for (int n = depth > 0 ? random.nextInt(4) : 0; n > 0; n--) {
                list.add(value(p.getActualTypeArguments()[0], false, depth - 1));
            }
            return list;
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no draw for " + type + ": add one to RandomRecords");
        }
        if (c == String.class) {
            return RandomStrings.of("abc_ \"\\é'0", 1, 6, random.nextLong()).get(0);
        }
        if (c == Integer.class) {
            return random.nextInt(100);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (c.isRecord()) {
            return record(c, depth);
        }
        throw new IllegalArgumentException("no draw for " + type + ": add one to RandomRecords");
    }
}
