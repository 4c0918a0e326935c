package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.jpa.JpaSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code jpaNaming}, {@code jpaImplicitNaming} and {@code jpaPhysicalNaming} reach the loader of
 * every goal that reads the Java schema, as they are given (the engine checks them, naming the
 * parameter), and each is the user property its documentation names. Without them a project of
 * {@code @Entity} classes could not say how its application names tables.
 */
class JpaParametersTest {

    /** The goals that load the Java schema (through {@code AbstractDibsMojo.readIntent}). */
    private static final List<String> LOADING_GOALS = List.of("check", "diff", "generate", "migrate", "baseline", "sql");

    @Test
    void everyGoalThatLoadsTheJavaSchemaPassesTheThreeValuesAsGiven() {
        List<AbstractDibsMojo> goals = List.of(new CheckMojo(null), new DiffMojo(null), new GenerateMojo(null),
                new MigrateMojo(null), new BaselineMojo(null), new SqlMojo(null));
        for (AbstractDibsMojo goal : goals) {
            goal.jpaNaming = "spring";
            goal.jpaImplicitNaming = "com.acme.naming.LegacyImplicitNaming";
            goal.jpaPhysicalNaming = " com.acme.naming.PrefixedPhysicalNaming ";

            assertThat(goal.jpaSettings()).as(goal.getClass().getSimpleName()).isEqualTo(new JpaSettings("spring",
                    "com.acme.naming.LegacyImplicitNaming", "com.acme.naming.PrefixedPhysicalNaming"));
        }
    }

    @Test
    void unsetParametersAreNothingSaidNotAGuess() {
        assertThat(new MigrateMojo(null).jpaSettings()).isEqualTo(JpaSettings.NONE);
    }

    @Test
    void theDescriptorGivesEachLoadingGoalTheThreeUserPropertiesWithoutADefault() throws Exception {
        Path classes = Path.of(AbstractDibsMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path descriptor = classes.resolve("META-INF/maven/plugin.xml");
        assertThat(descriptor).as("the plugin descriptor, written before the tests run").exists();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(descriptor));

        List<String> checked = new ArrayList<>();
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            if (!LOADING_GOALS.contains(goal)) {
                continue;
            }
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (String parameter : List.of("jpaNaming", "jpaImplicitNaming", "jpaPhysicalNaming")) {
                NodeList found = configuration.getElementsByTagName(parameter);
                assertThat(found.getLength()).as(goal + " has " + parameter).isEqualTo(1);
                Element value = (Element) found.item(0);
                assertThat(value.getTextContent()).as(goal + " " + parameter).isEqualTo("${dibs." + parameter + "}");
                assertThat(value.hasAttribute("default-value")).as(goal + " " + parameter + " has no default").isFalse();
            }
            checked.add(goal);
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(LOADING_GOALS);
    }
}
