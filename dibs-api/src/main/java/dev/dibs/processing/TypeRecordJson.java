package dev.dibs.processing;

/**
 * Renders a {@link TypeRecord} in the documented shape, keys in a fixed order:
 *
 * <pre>{@code
 * {"format":1,"kind":"table","type":"com.acme.User","file":"com/acme/User.java","line":12,
 *  "column":1,"doc":"A person who can sign in.",
 *  "members":[{"name":"email","line":14,"column":5,"doc":"Where we send mail."}]}
 * }</pre>
 *
 * Migrations carry a {@code "checksum"} key after {@code "doc"}. Absent values are {@code null},
 * never left out, so a reader can tell "unknown" from "from an older format".
 */
final class TypeRecordJson {
    /** Bumped whenever the shape changes incompatibly; readers check it before anything else. */
    static final long FORMAT = 1;

    private TypeRecordJson() {
    }

    /** The JSON text, on one line and ending with a newline. */
    static String render(TypeRecord record) {
        JsonWriter json = new JsonWriter().beginObject()
                .name("format").value(FORMAT)
                .name("kind").value(record.kind().jsonName())
                .name("type").value(record.binaryName())
                .name("file").value(record.file());
        position(json, record.position());
        json.name("doc").value(record.doc());
        if (record.kind().carriesChecksum()) {
            json.name("checksum").value(record.checksum());
        }
        json.name("members").beginArray();
        for (MemberRecord member : record.members()) {
            json.beginObject().name("name").value(member.name());
            position(json, member.position());
            json.name("doc").value(member.doc()).endObject();
        }
        return json.endArray().endObject() + "\n";
    }

    private static void position(JsonWriter json, SourcePosition position) {
        json.name("line").value(position == null ? null : position.line())
                .name("column").value(position == null ? null : position.column());
    }
}
