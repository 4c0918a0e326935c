package dev.dibs.engine.importer;

import dev.dibs.engine.naming.SnakeCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java names for SQL names, as a person would choose them: {@code order_lines} → {@code OrderLine}
 * (a table's class is singular), {@code order_id} → {@code orderId}. A name that is a Java keyword,
 * that clashes with a type the generated sources use, or that is no Java identifier at all is
 * changed just enough to compile; whether the loader maps it back to the SQL name is then checked
 * with {@link #mapsBack} (the writer adds {@code @Column(name = …)} or {@code @PgEnum(…)} where not).
 */
final class JavaNames {

    /** Keywords, literals and the contextual words that cannot or should not name a type or member. */
    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char",
            "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits", "non-sealed");

    /**
     * Record component names javac refuses (they would override {@code Object}'s methods), and
     * class names that would shadow a type the generated sources import or take from
     * {@code java.lang} (a class {@code Index} in the package would hide {@code @Index}).
     */
    private static final Set<String> BAD_MEMBERS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");
    static final Set<String> TAKEN_TYPES = Set.of("Action", "Check", "Column", "Default", "Deferrable", "DibsMigration",
            "Exclusion", "ForeignKey", "GeneratedAs", "Identity", "Index", "Migration", "MigrationContext", "Nullable",
            "Partition", "PgEnum", "Pk", "References", "RenamedFrom", "RowLevelSecurity", "Table", "Unique",
            "UniqueConstraint", "View", "List", "Optional", "UUID", "BigDecimal", "Instant", "OffsetDateTime",
            "LocalDateTime", "LocalDate", "LocalTime", "Duration", "String", "Integer", "Long", "Short", "Boolean",
            "Float", "Double", "Byte", "Character", "Object", "Record", "Enum", "Override", "Deprecated", "Class",
            "System", "Math", "Number", "Void", "Iterable", "Comparable", "Runnable", "Thread", "Exception", "Error",
            "Throwable", "RuntimeException", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Module",
            "Package", "Process", "Runtime", "StringBuilder", "CharSequence", "AutoCloseable", "Cloneable");

    private JavaNames() {
    }

    /** A class name: the words of {@code sqlName} capitalised, the last one singular when {@code singular}. */
    static String typeName(String sqlName, boolean singular) {
        List<String> words = words(sqlName);
        if (singular && !words.isEmpty()) {
            words.set(words.size() - 1, singularOf(words.get(words.size() - 1)));
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(capitalised(w));
        }
        String name = out.toString();
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "T" + name;
        }
        return TAKEN_TYPES.contains(name) ? name + (singular ? "Row" : "Type") : name;
    }

    /** A member name: the words of {@code sqlName} in camelCase; never a keyword nor a name javac refuses. */
    static String memberName(String sqlName) {
        List<String> words = words(sqlName);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? words.get(i) : capitalised(words.get(i)));
        }
        String name = out.toString();
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "c" + capitalised(name);
        }
        return KEYWORDS.contains(name) || BAD_MEMBERS.contains(name) ? name + "_" : name;
    }

    /** Whether the loader's default naming gives {@code sqlName} back for this Java name. */
    static boolean mapsBack(String javaName, String sqlName) {
        return SnakeCase.of(javaName).equals(sqlName);
    }

    /** Whether {@code name} can stand in Java source as it is: an identifier, no keyword. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name) || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }

    /** Lower-case words: split at anything not a letter or digit, and where the case changes. */
    private static List<String> words(String sqlName) {
        List<String> words = new ArrayList<>();
        for (String part : sqlName.split("[^\\p{L}\\p{N}]+")) {
            if (part.isEmpty()) {
                continue;
            }
            for (String w : SnakeCase.of(part).split("_")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static String capitalised(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + word.substring(Character.charCount(first));
    }

    /** English plural endings undone; words that only look plural ({@code status}, {@code analysis}) are kept. */
    static String singularOf(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
