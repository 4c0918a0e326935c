package dev.dibs.engine.diff;

/**
 * A drop plus an add that look like a rename. dibs never renames on a guess: it says what to
 * write ({@code @RenamedFrom("nickname")} on the new member) to keep the data.
 *
 * @param kind  {@code table} or {@code column}
 * @param from  the object that would be dropped, e.g. {@code public.users.nickname}
 * @param to    the object that would be added, e.g. {@code public.users.display_name}
 * @param hint  what to write to rename instead
 */
public record RenameSuggestion(String kind, String from, String to, String hint) {

    @Override
    public String toString() {
        return kind + " " + to + " looks like a rename of " + from + ": " + hint;
    }
}
