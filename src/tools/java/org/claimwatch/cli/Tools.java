package org.claimwatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the developer tools (benchmarks, corpus scorers, training), which are not in the product jar.
 * Run them with {@code ./tools COMMAND [ARGS]} from the repository root.
 */
public final class Tools {

    private Tools() {
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("train-checkworthy", new TrainCheckworthyCommand());
        commands.put("cv-checkworthy", new CvCheckworthyCommand());
        commands.put("train-widgets", new TrainWidgetsCommand());
        commands.put("bench-match", new BenchMatchCommand());
        commands.put("bench-embeddings", new BenchEmbeddingsCommand());
        commands.put("extract", new ExtractCommand());
        commands.put("bench-extract", new BenchExtractCommand());
        commands.put("bench-churn", new BenchChurnCommand());
        commands.put("bench-ab", new BenchAbCommand());
        commands.put("bench-unseen", new BenchUnseenCommand());
        commands.put("bench-claims", new BenchClaimsCommand());
        commands.put("bench-diff", new BenchDiffCommand());
        commands.put("bench-stories", new BenchStoriesCommand());
        commands.put("bench-webhooks", new BenchWebhooksCommand());
        commands.put("bench-poll", new BenchPollCommand());
        commands.put("bench-feed-server", new BenchFeedServerCommand());
        commands.put("bench-live", new BenchLiveCommand());
        commands.put("bench-live-clients", new BenchLiveClientsCommand());
        commands.put("bench-live-e2e", new BenchLiveE2eCommand());
        return commands;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Command> commands = commands();
        Command command = args.length == 0 ? null : commands.get(args[0]);
        if (command == null) {
            System.err.println("usage: ./tools COMMAND [ARGS]\ncommands: " + String.join(", ", commands.keySet()));
            System.exit(args.length == 0 || args[0].equals("help") || args[0].equals("--help") ? 0 : 2);
        }
        System.exit(command.run(List.of(args).subList(1, args.length), System.out, System.err));
    }
}
