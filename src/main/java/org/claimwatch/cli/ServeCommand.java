package org.claimwatch.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code serve}: starts claimwatch (the default command). */
public final class ServeCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("serve: not wired yet");
        return 1;
    }
}
