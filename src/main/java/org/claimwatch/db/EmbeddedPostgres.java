package org.claimwatch.db;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server run from the binaries jar on the classpath, with its data under a directory of ours.
 * When the JVM runs as root, the database processes run as {@code nobody} (PostgreSQL refuses root); the server is
 * started from a dedicated thread with a parent-death signal, so it stops even when the JVM is killed.
 * Blocking: call from a plain thread, never an event loop.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String RUN_AS = "nobody";
    private static final String RUN_AS_GROUP = "nogroup";

    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final Process process;

    private EmbeddedPostgres(Path binDir, Path dataDir, int port, Process process) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
    }

    /** Starts a server with its files under {@code baseDir}, on {@code preferredPort} or a free one. */
    public static EmbeddedPostgres start(Path baseDir, int preferredPort) throws IOException, InterruptedException {
        return start(baseDir, preferredPort, false);
    }

    /**
     * Starts the server again on exactly {@code port} after it died (the connection pool knows that port). PostgreSQL
     * binds with SO_REUSEADDR, so the old server's connections in TIME_WAIT do not hold it up.
     */
    public static EmbeddedPostgres restart(Path baseDir, int port) throws IOException, InterruptedException {
        return start(baseDir, port, true);
    }

    private static EmbeddedPostgres start(Path baseDir, int preferredPort, boolean exactPort)
            throws IOException, InterruptedException {
        Path base = baseDir.toAbsolutePath().normalize();
        Files.createDirectories(base);
        boolean root = isRoot();
        Path binDir = extract(base.resolve("pg-bin"));
        Path dataDir = base.resolve("pg");
        if (root) {
            makeTraversable(base);
        }
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb(binDir, dataDir, root);
        }
        removeStalePid(dataDir);
        int port = exactPort || isFree(preferredPort) ? preferredPort : freePort();
        Process process = launch(binDir, dataDir, port, root);
        waitUntilReady(process, port, dataDir);
        LOG.info(() -> "embedded PostgreSQL ready on 127.0.0.1:" + port + " (data " + dataDir + ")");
        return new EmbeddedPostgres(binDir, dataDir, port, process);
    }

    public int port() {
        return port;
    }

    /** Whether the server process still runs (false after it was killed or crashed). */
    public boolean alive() {
        return process.isAlive();
    }

    /** A connection URL for the {@code postgres} superuser database. */
    public String url(String database) {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
    }

    /** Fast shutdown (SIGINT): active transactions are rolled back, committed data is on disk. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            if (!interrupt()) {
                // no kill(1) here (a slim container image): SIGTERM is PostgreSQL's smart shutdown, which ends as soon
                // as the sessions do, and the app's pool is closed before the database
                process.destroy();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** SIGINT, PostgreSQL's fast shutdown, through kill(1); false when that could not be sent. */
    private boolean interrupt() throws InterruptedException {
        try {
            return new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path extract(Path binRoot) throws IOException {
        Path target = binRoot.resolve(archiveId());
        if (Files.exists(target.resolve("bin/postgres"))) {
            return target;
        }
        Path tmp = Files.createDirectories(binRoot).resolve("extract-" + ProcessHandle.current().pid());
        try (InputStream raw = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = tmp.resolve(entry.getName()).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new IOException("archive entry escapes the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(out, (entry.getMode() & 0100) != 0
                                ? PosixFilePermissions.fromString("rwxr-xr-x")
                                : PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(target.resolve("bin/postgres"))) {
                throw e;
            }
        }
        return target;
    }

    private static String archiveId() throws IOException {
        try (InputStream in = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (in == null) {
                throw new IOException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
            }
            // the archive's size identifies the binaries version well enough to re-extract after an upgrade
            long size = in.transferTo(java.io.OutputStream.nullOutputStream());
            return "pg-" + Long.toHexString(size);
        }
    }

    private static void initdb(Path binDir, Path dataDir, boolean root) throws IOException, InterruptedException {
        Path tmp = dataDir.resolveSibling("pg-init-" + ProcessHandle.current().pid());
        deleteTree(tmp);
        Files.createDirectories(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (root) {
            chownTree(tmp);
        }
        List<String> cmd = asDbUser(root, List.of(binDir.resolve("bin/initdb").toString(), "-D", tmp.toString(),
                "-A", "trust", "-U", "postgres", "-E", "UTF-8", "--locale=C", "--no-sync"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("initdb failed: " + output.strip());
        }
        Files.move(tmp, dataDir, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Process launch(Path binDir, Path dataDir, int port, boolean root) throws IOException {
        List<String> cmd = asDbUser(root, List.of(binDir.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200", "-c", "fsync=on"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("postgres.log").toFile()));
        // Parent-death signal is bound to the thread that forks: fork from a thread that lives as long as the server.
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread keeper = new Thread(() -> {
            try {
                Process p = pb.start();
                started.complete(p);
                p.waitFor();
            } catch (IOException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "embedded-postgres");
        keeper.setDaemon(true);
        keeper.start();
        try {
            return started.join();
        } catch (RuntimeException e) {
            throw new IOException("cannot start postgres: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void waitUntilReady(Process process, int port, Path dataDir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("postgres exited with status " + process.exitValue() + "; see "
                        + dataDir.resolveSibling("postgres.log"));
            }
            if (pidFileSaysReady(dataDir) && accepts(port)) {
                return;
            }
            Thread.sleep(25);
        }
        process.destroyForcibly();
        throw new IOException("postgres did not accept connections within 60 s; see " + dataDir.resolveSibling("postgres.log"));
    }

    /** PostgreSQL writes "ready" as the status line of postmaster.pid once it accepts connections. */
    private static boolean pidFileSaysReady(Path dataDir) {
        try {
            return Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().anyMatch(l -> l.strip().equals("ready"));
        } catch (IOException e) {
            return false;
        }
    }

    /** After an unclean stop the pid file may name a pid now used by another process: postgres would refuse. */
    private static void removeStalePid(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
        boolean running = pid > 0 && ProcessHandle.of(pid)
                .flatMap(h -> h.info().command())
                .map(c -> c.endsWith("/postgres"))
                .orElse(false);
        if (running) {
            throw new IOException("another PostgreSQL (pid " + pid + ") is running on " + dataDir
                    + "; is another claimwatch using the same data directory?");
        }
        LOG.warning(() -> "removing stale " + pidFile + " left by an unclean stop");
        Files.delete(pidFile);
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> asDbUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=" + RUN_AS, "--regid=" + RUN_AS_GROUP,
                "--clear-groups", "--pdeathsig=INT", "--"));
        cmd.addAll(command);
        return cmd;
    }

    /**
     * Whether this process runs as root, from the effective uid in {@code /proc/self/status}. The owner of
     * {@code /proc/self} is not a safe answer: a process made non-dumpable by a change of user (a container runtime
     * starting the image's user) shows root as the owner of its {@code /proc} entries.
     */
    static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .findFirst()
                    .map(line -> effectiveUid(line) == 0)
                    .orElseGet(() -> "root".equals(System.getProperty("user.name")));
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The effective uid of a {@code Uid:} line of {@code /proc/PID/status}: real, effective, saved, filesystem. */
    static int effectiveUid(String uidLine) {
        String[] ids = uidLine.substring("Uid:".length()).trim().split("\\s+");
        return Integer.parseInt(ids.length > 1 ? ids[1] : ids[0]);
    }

    /** Every directory from / to {@code dir} must be traversable by the database user. */
    private static void makeTraversable(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                if (p.equals(dir)) {
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(p, perms);
                } else {
                    throw new IOException("the database user '" + RUN_AS + "' cannot traverse " + p
                            + "; put the data directory elsewhere (setting data.dir) or chmod o+x " + p);
                }
            }
        }
    }

    private static void chownTree(Path dir) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        var user = lookup.lookupPrincipalByName(RUN_AS);
        var group = lookup.lookupPrincipalByGroupName(RUN_AS_GROUP);
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Files.setOwner(p, user);
                Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).setGroup(group);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static boolean isFree(int port) {
        if (port <= 0) {
            return false;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
