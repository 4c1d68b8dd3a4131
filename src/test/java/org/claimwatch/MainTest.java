package org.claimwatch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command line: help prints every subcommand and exits 0; anything unknown exits 2; neither serves. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpInEachSpellingPrintsEverySubcommandAndExitsZero() throws Exception {
        boolean dataBefore = Files.exists(Path.of("data"));
        for (String spelling : new String[] {"help", "--help", "-h"}) {
            assertThat(run(spelling)).as(spelling).isZero();
            String usage = out.toString(StandardCharsets.UTF_8);
            assertThat(usage).startsWith("usage: java -jar claimwatch.jar");
            for (String command : Main.commands().keySet()) {
                assertThat(usage).as(spelling + " lists " + command).containsPattern("(?m)^  " + command + " ");
            }
            assertThat(usage).containsPattern("(?m)^  help ");
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        }
        assertThat(Files.exists(Path.of("data"))).as("help started no server (no ./data created)").isEqualTo(dataBefore);
    }

    @Test
    void anUnknownCommandOrFlagPrintsTheUsageAndExitsTwo() throws Exception {
        for (String unknown : new String[] {"frobnicate", "--port", "-x"}) {
            assertThat(run(unknown, "more")).as(unknown).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown command: " + unknown)
                    .contains("usage: java -jar claimwatch.jar");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
