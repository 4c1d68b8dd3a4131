package org.claimwatch.support;

import org.claimwatch.db.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A fresh, empty database for each caller on a real PostgreSQL: the machine's at 127.0.0.1:5432 when one
 * answers, otherwise an embedded server started once per test JVM under {@code target/test-pg}.
 */
public final class TestDatabase {

    private static String adminBase;

    private TestDatabase() {
    }

    /** The URL of a new, empty database. */
    public static synchronized String create() throws Exception {
        if (adminBase == null) {
            adminBase = machinePostgresAnswers() ? "postgresql://postgres@127.0.0.1:5432/" : startEmbedded();
        }
        String name = "cw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SqlAdmin.execute(adminBase + "postgres", "CREATE DATABASE " + name);
        return adminBase + name;
    }

    private static boolean machinePostgresAnswers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 300);
        } catch (IOException e) {
            return false;
        }
        try {
            SqlAdmin.execute("postgresql://postgres@127.0.0.1:5432/postgres", "SELECT 1");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String startEmbedded() throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.start(Path.of("target/test-pg"), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::close));
        return "postgresql://postgres@127.0.0.1:" + pg.port() + "/";
    }
}
