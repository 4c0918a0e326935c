package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A collation made by {@code CREATE COLLATION} in a managed schema, in {@code pg_collation}'s words.
 *
 * @param name          its schema and name
 * @param provider      {@code libc}, {@code icu} or (PostgreSQL 17 on) {@code builtin}
 * @param locale        the ICU or builtin locale ({@code en-u-kn-true}); null for libc
 * @param lcCollate     libc's {@code LC_COLLATE}; null for the other providers
 * @param lcCtype       libc's {@code LC_CTYPE}; null for the other providers
 * @param deterministic false for a collation that may call strings of different bytes equal
 *                      ({@code DETERMINISTIC = false}, ICU only)
 * @param rules         ICU tailoring rules (PostgreSQL 16 on); null when none
 * @param comment       null when absent
 */
public record Collation(QualifiedName name, String provider, String locale, String lcCollate, String lcCtype,
                        boolean deterministic, String rules, String comment) {

    public Collation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        if (!java.util.Set.of("libc", "icu", "builtin").contains(provider)) { // CREATE COLLATION writes it bare: never any other text
            throw new IllegalArgumentException("no collation provider: " + provider);
        }
        rules = rules == null || rules.isEmpty() ? null : rules;
    }

    /** The same collation with another comment (null: none). */
    public Collation withComment(String newComment) {
        return new Collation(name, provider, locale, lcCollate, lcCtype, deterministic, rules, newComment);
    }

    /** The same collation under another name. */
    public Collation withName(QualifiedName newName) {
        return new Collation(newName, provider, locale, lcCollate, lcCtype, deterministic, rules, comment);
    }

    /** Whether the two are the same collation but for name and comment: what {@code CREATE COLLATION} says. */
    public boolean sameDefinition(Collation other) {
        return provider.equals(other.provider) && Objects.equals(locale, other.locale) && Objects.equals(lcCollate, other.lcCollate)
                && Objects.equals(lcCtype, other.lcCtype) && deterministic == other.deterministic && Objects.equals(rules, other.rules);
    }
}
