package org.claimwatch.cli;

import org.claimwatch.app.App;
import org.claimwatch.config.AppConfig;

import java.io.PrintStream;
import java.util.List;

/** {@code serve} (the default): starts claimwatch and runs until the process is stopped. */
public final class ServeCommand implements Command {

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        App app;
        try {
            app = App.start(AppConfig.load(System.getenv()));
        } catch (Exception e) {
            err.println("claimwatch could not start: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                err.println("claimwatch did not stop cleanly: " + e.getMessage());
            }
        }, "claimwatch-shutdown"));
        return 0;
    }
}
