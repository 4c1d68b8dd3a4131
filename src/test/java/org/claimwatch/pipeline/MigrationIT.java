package org.claimwatch.pipeline;

import org.claimwatch.support.RunningApp;
import org.claimwatch.support.SqlAdmin;
import org.claimwatch.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migrations apply once, and a database written by a newer claimwatch is refused with a clear message. */
class MigrationIT {

    @Test
    void migratingTwiceIsHarmless() throws Exception {
        String db = TestDatabase.create();
        RunningApp.start(RunningApp.testConfig(db)).close();
        RunningApp.start(RunningApp.testConfig(db)).close();
        assertThat(SqlAdmin.count(db, "SELECT count(*) FROM schema_version"))
                .isEqualTo(org.claimwatch.db.Migrator.bundled().count());
    }

    @Test
    void refusesADatabaseNewerThanTheCode() throws Exception {
        String db = TestDatabase.create();
        RunningApp.start(RunningApp.testConfig(db)).close();
        SqlAdmin.execute(db, "INSERT INTO schema_version (version) VALUES (999)");
        assertThatThrownBy(() -> RunningApp.start(RunningApp.testConfig(db)))
                .hasMessageContaining("the database schema has migration V999")
                .hasMessageContaining("newer claimwatch");
    }
}
