package org.claimwatch.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the jar. Returns the process exit status. */
public interface Command {
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
