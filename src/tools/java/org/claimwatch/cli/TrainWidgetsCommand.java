package org.claimwatch.cli;

import org.claimwatch.claims.WidgetTraining;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code train-widgets [--write]}: trains the widget-line model ({@code claims/WidgetLines}) on the TUNE corpora and
 * the TUNE half of the extraction benchmark, prints what it silences in the TUNE and CHECK sets per threshold (counts
 * only), and with {@code --write} replaces the shipped model.
 */
final class TrainWidgetsCommand implements Command {

    static final String MODEL = "src/main/resources/org/claimwatch/claims/widget-lines.bin.gz";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        WidgetTraining.run(Path.of("src/test/resources/unseen"), Path.of("src/test/resources/unseen-check"),
                Path.of("../shared/bench/extraction/wcxb-dev-articles"),
                args.contains("--write") ? new File(MODEL) : null, out);
        return 0;
    }
}
