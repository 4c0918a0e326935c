package dev.dibs.processing;

/**
 * Source information of one member: a record component, a field or an enum constant.
 *
 * @param name the Java name of the member
 * @param position where its declaration starts, or {@code null} when unknown
 * @param doc its tidied Javadoc, or {@code null} when it has none
 */
record MemberRecord(String name, SourcePosition position, String doc) {
}
