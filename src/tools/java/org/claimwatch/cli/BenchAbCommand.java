package org.claimwatch.cli;

import org.claimwatch.clean.bench.BenchPage;
import org.claimwatch.clean.bench.BenchSet;

import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench-ab DIR BASE_CLASSES NEW_CLASSES [--rounds N]}: the cleaner's cost of one build against another's, in
 * one JVM. Each build's classes (a copy of {@code target/classes}) load in their own class loader over the same
 * libraries; every page is cleaned by both, in turn and in alternating order, and each call's thread CPU time goes to
 * its build. Prints the median, least and greatest NEW/BASE ratio over the rounds after two warm-up rounds: machine
 * load falls on both builds alike, so a change of 1 % shows, where the ratio to jsoup's parse that
 * {@code bench-extract} prints varies by several per cent between runs.
 */
public final class BenchAbCommand implements Command {

    private static final int WARM_UP = 2;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() < 3) {
            err.println("usage: bench-ab DIR BASE_CLASSES NEW_CLASSES [--rounds N]");
            return 2;
        }
        int r = args.indexOf("--rounds");
        int rounds = WARM_UP + (r >= 0 && r + 1 < args.size() ? Integer.parseInt(args.get(r + 1)) : 5);
        List<BenchPage> pages = BenchSet.load(Path.of(args.get(0)));
        Method[] clean = {cleaner(args.get(1)), cleaner(args.get(2))};
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long[] cpu = new long[2];
            for (BenchPage p : pages) {
                for (int turn = 0; turn < 2; turn++) {
                    int build = (turn + round) % 2;
                    long t0 = bean.getCurrentThreadCpuTime();
                    clean[build].invoke(null, p.html(), p.truth().url(), "UTF-8");
                    cpu[build] += bean.getCurrentThreadCpuTime() - t0;
                }
            }
            if (round >= WARM_UP) {
                ratios.add((double) cpu[1] / cpu[0]);
            }
        }
        Collections.sort(ratios);
        out.printf(Locale.ROOT, "cleaning thread CPU, NEW/BASE over %d pages: median %.3f (least %.3f, greatest %.3f; "
                + "%d rounds after %d warm-up rounds)%n", pages.size(), ratios.get(ratios.size() / 2), ratios.get(0),
                ratios.get(ratios.size() - 1), ratios.size(), WARM_UP);
        return 0;
    }

    /** {@code Cleaner.clean(byte[], String, String)} of the build whose classes are in {@code dir}. */
    private static Method cleaner(String dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(dir).toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith("target/classes") && !entry.endsWith("target/classes/")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        return loader.loadClass("org.claimwatch.clean.Cleaner").getMethod("clean", byte[].class, String.class,
                String.class);
    }
}
