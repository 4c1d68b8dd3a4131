package org.claimwatch.config;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void everyKeyReadHasADefaultAndEveryDefaultIsRead() {
        ConfigReader reader = new ConfigReader(AppConfig.defaults());
        Settings.read(reader); // throws naming a key that is read but has no default
        assertThat(new TreeSet<>(reader.keysRead()))
                .as("keys with a default in claimwatch-defaults.json that the typed view never reads")
                .isEqualTo(new TreeSet<>(AppConfig.defaults().fieldNames()));
    }

    @Test
    void everyConfigKeysConstantIsAKeyWithADefault() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : ConfigKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).isEqualTo(new TreeSet<>(AppConfig.defaults().fieldNames()));
    }

    @Test
    void aKeyWithoutAValueFailsAtStartNamingIt() {
        for (String key : AppConfig.defaults().fieldNames()) {
            JsonObject config = AppConfig.defaults();
            config.remove(key);
            assertThatThrownBy(() -> Settings.of(config)).as(key)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(key);
        }
    }

    @Test
    void aMistypedValueIsAReadableError() {
        assertThatThrownBy(() -> Settings.of(AppConfig.defaults().put(ConfigKeys.HTTP_PORT, "eighty")))
                .hasMessage("config key http.port must be a number, got eighty");
        assertThatThrownBy(() -> Settings.of(AppConfig.defaults().put(ConfigKeys.POLL_BATCH, 2.5)))
                .hasMessageContaining("poll.batch must be a whole number");
        assertThatThrownBy(() -> Settings.of(AppConfig.defaults().put(ConfigKeys.ARTICLE_RECHECK_STEPS,
                new io.vertx.core.json.JsonArray().add(1)))).hasMessageContaining("article.recheckSteps");
    }

    @Test
    void valuesComeFromTheConfigurationTyped() {
        Settings s = Settings.of(AppConfig.overlayEnv(AppConfig.defaults(), java.util.Map.of(
                "CLAIMWATCH_HTTP_PORT", "9090", "CLAIMWATCH_NET_ALLOW", "10.0.0.0/8, example.test",
                "CLAIMWATCH_STORIES_THRESHOLD", "0.25")));
        assertThat(s.http().port()).isEqualTo(9090);
        assertThat(s.netAllow()).containsExactly("10.0.0.0/8", "example.test");
        assertThat(s.db().embedded()).isTrue();
        assertThat(s.recheck().steps()).hasSize(4);
        assertThat(s.recheck().steps().get(0)).containsExactly(10800, 900);
        assertThat(s.fetch().userAgent()).isEqualTo(AppConfig.defaults().getString(ConfigKeys.FETCH_USER_AGENT));
    }
}
