package org.claimwatch;

import org.claimwatch.cli.ClaimsCommand;
import org.claimwatch.cli.Command;
import org.claimwatch.cli.ExtractCommand;
import org.claimwatch.cli.ServeCommand;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the jar: {@code serve} (the default) or an offline subcommand; {@code help}, {@code --help} and
 * {@code -h} print the usage, an unknown command prints it and exits 2.
 */
public final class Main {

    private Main() {
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("serve", new ServeCommand());
        commands.put("extract", new ExtractCommand());
        commands.put("claims", new ClaimsCommand());
        commands.put("diff", new org.claimwatch.cli.DiffCommand());
        commands.put("story", new org.claimwatch.cli.StoryCommand());
        commands.put("feed-parse", new org.claimwatch.cli.FeedParseCommand());
        return commands;
    }

    /** One line per subcommand for the usage text; a command missing here is listed without one. */
    static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("serve", "start claimwatch: web page, REST API, polling (the default without arguments)"),
            Map.entry("extract", "clean an HTML file or URL to its main text"),
            Map.entry("claims", "split text into sentences and typed claims (JSON)"),
            Map.entry("diff", "compare two versions of a text claim by claim"),
            Map.entry("story", "line up the claims of several articles about one story"),
            Map.entry("feed-parse", "parse a feed file or URL and print its items"),
            Map.entry("train-checkworthy", "train the check-worthiness model from a labelled corpus"),
            Map.entry("help", "print this help (also --help, -h)"));

    /** The usage text: every subcommand, one line each. */
    static String usage() {
        StringBuilder sb = new StringBuilder("usage: java -jar claimwatch.jar [COMMAND [ARGS...]]\n\n"
                + "Without a command claimwatch starts the server (serve). Commands:\n");
        Map<String, Command> commands = commands();
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(8) + 2;
        for (String name : commands.keySet()) {
            sb.append("  ").append(String.format("%-" + width + "s", name))
                    .append(SUMMARIES.getOrDefault(name, name.startsWith("bench") ? "benchmark (prints figures)" : ""))
                    .append('\n');
        }
        sb.append("  ").append(String.format("%-" + width + "s", "help")).append(SUMMARIES.get("help")).append('\n');
        sb.append("\nConfiguration: claimwatch.json or CLAIMWATCH_* environment variables (see README.md).\n");
        return sb.toString();
    }

    /**
     * Runs the command named by {@code args} and returns the exit status; -1 means the server was started and the
     * process must keep running. Nothing but {@code serve} (or no argument) starts the server.
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            return serve(commands().get("serve"), List.of(), out, err);
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.print(usage());
            return 0;
        }
        Command command = commands().get(name);
        if (command == null) {
            err.println("unknown command: " + name);
            err.print(usage());
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return "serve".equals(name) ? serve(command, rest, out, err) : command.run(rest, out, err);
    }

    private static int serve(Command serve, List<String> args, PrintStream out, PrintStream err) throws Exception {
        int status = serve.run(args, out, err);
        return status == 0 ? -1 : status;
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL %4$s %3$s %5$s%6$s%n");
        }
        int status = run(args, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }
}
