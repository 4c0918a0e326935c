package dev.dibs.processing;

import java.util.List;

/**
 * Everything recorded about one annotated type: the content of its
 * {@code META-INF/dibs/<binary name>.json} resource.
 *
 * @param kind what the type is to dibs
 * @param binaryName the binary name, as bytecode and ClassGraph spell it ({@code a.b.Outer$Inner})
 * @param file the source file relative to its source root ({@code a/b/Outer.java}), or {@code null}
 * @param position where the type's declaration starts, or {@code null} when unknown
 * @param doc the main description of the type's Javadoc, or {@code null}
 * @param checksum SHA-256 of the source text (migrations only), or {@code null}
 * @param members components, fields or constants in declaration order; never {@code null}
 */
record TypeRecord(
        RecordKind kind,
        String binaryName,
        String file,
        SourcePosition position,
        String doc,
        String checksum,
        List<MemberRecord> members) {

    TypeRecord {
        members = List.copyOf(members);
    }
}
