package org.claimwatch;

import org.claimwatch.cli.ClaimsCommand;
import org.claimwatch.cli.Command;
import org.claimwatch.cli.ExtractCommand;
import org.claimwatch.cli.ServeCommand;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of the jar: {@code serve} (the default) or an offline subcommand. */
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

    public static void main(String[] args) throws Exception {
        if (System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL %4$s %3$s %5$s%6$s%n");
        }
        Map<String, Command> commands = commands();
        String name = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
        List<String> rest = args.length == 0 || args[0].startsWith("-")
                ? Arrays.asList(args) : Arrays.asList(args).subList(1, args.length);
        Command command = commands.get(name);
        if (command == null) {
            System.err.println("unknown command: " + name + " (known: " + String.join(", ", commands.keySet()) + ")");
            System.exit(2);
        }
        int status = command.run(rest, System.out, System.err);
        if (status != 0 || !"serve".equals(name)) {
            System.exit(status);
        }
    }
}
