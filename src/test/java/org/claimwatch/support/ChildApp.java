package org.claimwatch.support;

import io.vertx.core.json.JsonObject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * claimwatch in a child JVM ({@code Main serve} with its configuration in a file), for the tests that kill an
 * instance with SIGKILL, which an instance in the test's own JVM cannot be.
 */
public final class ChildApp implements AutoCloseable {

    private final Process process;
    private final Path configFile;
    private final int port;

    private ChildApp(Process process, Path configFile, int port) {
        this.process = process;
        this.configFile = configFile;
        this.port = port;
    }

    /** Starts it with {@code config}; its output goes to {@code log}, or nowhere when that is null. */
    public static ChildApp start(JsonObject config, Path log) throws IOException {
        Path configFile = Files.createTempFile("claimwatch-child", ".json");
        Files.writeString(configFile, config.encode());
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/classes" + File.pathSeparator + System.getProperty("java.class.path"),
                "org.claimwatch.Main", "serve")
                .redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        child.environment().put("CLAIMWATCH_CONFIG", configFile.toString());
        return new ChildApp(child.start(), configFile, config.getInteger("http.port"));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        kill();
        Files.deleteIfExists(configFile);
    }
}
