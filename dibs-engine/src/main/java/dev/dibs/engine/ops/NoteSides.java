package dev.dibs.engine.ops;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.inspect.NotManaged.Side;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs the notes of the database with those of the desired state (a reference database, or the
 * scratch database where the Java schema and SQL files were built) by kind, schema and name, so
 * that each says where its object is and whether the two definitions agree. Nothing is dropped: a
 * note of an object both sides define alike stays listed, as identical.
 */
final class NoteSides {

    private NoteSides() {
    }

    /**
     * The database's notes in their order, each with its side, then the notes only the desired state
     * has. Should one side have several notes of one key (never, from the catalog query), equal
     * definitions pair first, then the rest in order.
     */
    static List<NotManaged> paired(List<NotManaged> database, List<NotManaged> desired) {
        Map<String, List<NotManaged>> wanted = new LinkedHashMap<>();
        desired.forEach(n -> wanted.computeIfAbsent(key(n), k -> new ArrayList<>()).add(n));
        List<NotManaged> out = new ArrayList<>();
        List<Integer> unmatched = new ArrayList<>();
        for (NotManaged n : database) {
            List<NotManaged> same = wanted.get(key(n));
            NotManaged equal = same == null ? null : same.stream().filter(d -> Objects.equals(d.detail(), n.detail())).findFirst()
                    .orElse(null);
            if (equal != null) {
                same.remove(equal);
                out.add(n.on(Side.IDENTICAL, null));
            } else {
                unmatched.add(out.size());
                out.add(n); // its side is decided once every identical pair is taken
            }
        }
        for (int i : unmatched) {
            NotManaged n = out.get(i);
            List<NotManaged> same = wanted.get(key(n));
            Iterator<NotManaged> other = same == null ? null : same.iterator();
            NotManaged paired;
            if (other != null && other.hasNext()) {
                NotManaged d = other.next();
                other.remove();
                paired = n.on(Side.DIFFERENT, d.detail());
            } else {
                paired = n.on(Side.ONLY_IN_DATABASE, null);
            }
            out.set(i, paired);
        }
        wanted.values().forEach(rest -> rest.forEach(d -> out.add(d.on(Side.ONLY_IN_DESIRED_STATE, null))));
        return out;
    }

    private static String key(NotManaged n) {
        return n.kind() + '\u0000' + n.schema() + '\u0000' + n.name();
    }
}
