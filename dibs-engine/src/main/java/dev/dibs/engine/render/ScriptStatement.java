package dev.dibs.engine.render;

/**
 * One statement of a script that creates a schema from nothing, with the Java element it comes
 * from ({@code com.acme.User.createdAt @Default("now()")}) so a failure can name it.
 */
public record ScriptStatement(String sql, String origin) {
}
