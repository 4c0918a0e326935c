package dev.dibs.engine.naming;

/**
 * Java names to SQL names: snake_case at case boundaries, digits staying attached to what they
 * follow ({@code createdAt} → {@code created_at}, {@code line1} → {@code line1},
 * {@code addressLine2} → {@code address_line2}, {@code HTTPServer} → {@code http_server}).
 */
public final class SnakeCase {

    private SnakeCase() {
    }

    public static String of(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0
                        && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean endsAcronym = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if ((afterLowerOrDigit || endsAcronym) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
