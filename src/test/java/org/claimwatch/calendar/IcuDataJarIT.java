package org.claimwatch.calendar;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product jar leaves most of ICU4J's data out (pom.xml's shade filter); the relative-time phrases and the compact
 * number scales of every language must still be there. Loads the shaded jar on its own (no test classpath) and
 * compares its tables with the ones built from the full ICU4J artifact.
 */
class IcuDataJarIT {

    @Test
    void theShadedJarKnowsEveryLanguagesStamps() throws Exception {
        Path jar = Path.of("target/claimwatch.jar");
        assertThat(Files.exists(jar)).as("mvn package ran before the ITs").isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> shaded = loader.loadClass(RelativeTimes.class.getName());
            assertThat(shaded.getClassLoader()).isSameAs(loader);
            assertThat((int) shaded.getMethod("phrases").invoke(null)).isEqualTo(RelativeTimes.phrases())
                    .isGreaterThan(2_000);
            java.lang.reflect.Method scales = loader.loadClass("org.claimwatch.diff.NumberLexicon")
                    .getDeclaredMethod("compactScales");
            scales.setAccessible(true);
            java.lang.reflect.Method here = Class.forName("org.claimwatch.diff.NumberLexicon")
                    .getDeclaredMethod("compactScales");
            here.setAccessible(true);
            assertThat(scales.invoke(null)).isEqualTo(here.invoke(null));
            assertThat(((java.util.Map<?, ?>) here.invoke(null)).size()).isGreaterThan(500);
            for (String stamp : new String[] {"Обновлено 12 минут назад", "Actualitzat fa 8 minuts", "更新 12分前",
                "განახლდა 7 წუთის წინ"}) {
                assertThat((boolean) shaded.getMethod("isStamp", String.class).invoke(null, stamp)).as(stamp).isTrue();
            }
        }
    }
}
