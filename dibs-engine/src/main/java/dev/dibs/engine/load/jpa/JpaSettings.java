package dev.dibs.engine.load.jpa;

/**
 * How the application names its tables, as the plugin's {@code jpaNaming}, {@code jpaImplicitNaming}
 * and {@code jpaPhysicalNaming} parameters give it: {@code naming} is {@code spring} or
 * {@code hibernate} (empty: not said, which is an error once an {@code @Entity} is found, since a
 * wrong guess would rename every table); the two class names, when not empty, replace that setup's
 * implicit or physical strategy with the application's own (the one place dibs instantiates project
 * code, in an isolated class loader).
 */
public record JpaSettings(String naming, String implicitStrategy, String physicalStrategy) {

    /** Nothing said. */
    public static final JpaSettings NONE = new JpaSettings("", "", "");

    public JpaSettings {
        naming = naming == null ? "" : naming.trim();
        implicitStrategy = implicitStrategy == null ? "" : implicitStrategy.trim();
        physicalStrategy = physicalStrategy == null ? "" : physicalStrategy.trim();
    }

    public static JpaSettings of(String naming) {
        return new JpaSettings(naming, "", "");
    }
}
