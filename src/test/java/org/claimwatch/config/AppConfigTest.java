package org.claimwatch.config;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppConfigTest {

    @Test
    void defaultsNeedNoConfiguration() {
        JsonObject config = AppConfig.load(Map.of());
        assertThat(config.getInteger(ConfigKeys.HTTP_PORT)).isEqualTo(8080);
        assertThat(config.getString(ConfigKeys.DB_URL)).isEmpty();
        assertThat(config.getString(ConfigKeys.DATA_DIR)).isEqualTo("./data");
    }

    @Test
    void environmentOverridesEveryKeyWithItsType() {
        JsonObject config = AppConfig.load(Map.of(
                "CLAIMWATCH_HTTP_PORT", "9090",
                "CLAIMWATCH_DB_URL", "postgresql://u:p@db:5432/cw",
                "CLAIMWATCH_NET_ALLOW", "127.0.0.0/8, 10.0.0.0/8"));
        assertThat(config.getInteger(ConfigKeys.HTTP_PORT)).isEqualTo(9090);
        assertThat(config.getString(ConfigKeys.DB_URL)).isEqualTo("postgresql://u:p@db:5432/cw");
        assertThat(config.getJsonArray(ConfigKeys.NET_ALLOW).getList()).containsExactly("127.0.0.0/8", "10.0.0.0/8");
    }

    @Test
    void badNumberIsAClearError() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("CLAIMWATCH_HTTP_PORT", "eighty")))
                .hasMessage("CLAIMWATCH_HTTP_PORT must be a number, got 'eighty'");
    }

    @Test
    void missingConfigFileNamedByTheEnvironmentIsAnError() {
        assertThatThrownBy(() -> AppConfig.load(Map.of("CLAIMWATCH_CONFIG", "/nonexistent/claimwatch.json")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void envNamesAreDerivedFromKeys() {
        assertThat(AppConfig.envName("db.embedded.port")).isEqualTo("CLAIMWATCH_DB_EMBEDDED_PORT");
    }
}
