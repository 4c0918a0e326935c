package dev.dibs.processing;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Collects the {@link TypeRecord} of one annotated type from the compiler's model. */
final class TypeRecordReader {
    private final Elements elements;
    private final SourceLocator locator;

    TypeRecordReader(Elements elements, SourceLocator locator) {
        this.elements = elements;
        this.locator = locator;
    }

    TypeRecord read(RecordKind kind, TypeElement type) {
        String rawDoc = elements.getDocComment(type);
        return new TypeRecord(
                kind,
                elements.getBinaryName(type).toString(),
                locator.relativePath(type),
                locator.positionOf(type),
                DocComments.mainDescription(rawDoc),
                kind.carriesChecksum() ? SourceChecksum.of(locator.sourceText(type)) : null,
                members(kind, type, rawDoc));
    }

    private List<MemberRecord> members(RecordKind kind, TypeElement type, String rawDoc) {
        switch (kind) {
            case MIGRATION:
                // A migration's body is code, not schema: nothing of it is described.
                return List.of();
            case ENUM:
                return enumConstants(type);
            default:
                return type.getKind() == ElementKind.RECORD ? recordComponents(type, rawDoc) : fields(type);
        }
    }

    /** A component has no Javadoc of its own; its doc is the record's {@code @param} text. */
    private List<MemberRecord> recordComponents(TypeElement record, String rawDoc) {
        List<MemberRecord> members = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            members.add(new MemberRecord(
                    name, locator.positionOf(component), DocComments.paramDescription(rawDoc, name)));
        }
        return members;
    }

    /**
     * Every instance field in declaration order, transient ones included: which fields become
     * columns is the loader's decision, and it can only make it well with all of them at hand.
     */
    private List<MemberRecord> fields(TypeElement type) {
        List<MemberRecord> members = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.STATIC)) {
                members.add(describe(member));
            }
        }
        return members;
    }

    private List<MemberRecord> enumConstants(TypeElement type) {
        List<MemberRecord> members = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                members.add(describe(member));
            }
        }
        return members;
    }

    private MemberRecord describe(Element member) {
        return new MemberRecord(
                member.getSimpleName().toString(),
                locator.positionOf(member),
                DocComments.mainDescription(elements.getDocComment(member)));
    }
}
