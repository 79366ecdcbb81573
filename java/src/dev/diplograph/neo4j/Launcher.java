package dev.diplograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

/**
 * Runs Neo4j Community for Diplograph: the real server bootstrap (Bolt, the HTTP connector
 * and Neo4j Browser), configured by the neo4j.conf that `diplograph neo4j start` writes into
 * the instance folder, then sets the configured password on first start.
 *
 * Usage: java -cp lib/*:classes dev.diplograph.neo4j.Launcher INSTANCE_DIR
 * The user and password come from the environment (DIPLOGRAPH_NEO4J_USER,
 * DIPLOGRAPH_NEO4J_PASSWORD), not from the command line, where `ps` would show them.
 *
 * When everything is up it writes INSTANCE_DIR/run/ready (its pid); the Node side waits for
 * that file and for Bolt to answer. SIGTERM and SIGINT are handled by Neo4j's bootstrapper,
 * which shuts the DBMS down cleanly (checkpoint, store lock released) before the JVM exits.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Launcher INSTANCE_DIR");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        Path ready = home.resolve("run").resolve("ready");
        Files.createDirectories(ready.getParent());
        Files.deleteIfExists(ready);

        // Where BrowserFiles (the /diplograph extension) finds the Browser style and guide.
        System.setProperty("diplograph.browser.dir", home.resolve("browser").toString());
        CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
        int code = bootstrapper.start(home, conf, Map.of(), false, false);
        if (code != 0) {
            System.err.println("diplograph: Neo4j did not start (bootstrapper exit code " + code + "); see the messages above");
            System.exit(code);
        }

        String user = envOr("DIPLOGRAPH_NEO4J_USER", "neo4j");
        String password = System.getenv("DIPLOGRAPH_NEO4J_PASSWORD");
        if (password != null && !password.isEmpty()) {
            setInitialPassword(bootstrapper.getDatabaseManagementService(), user, password);
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
            } catch (Exception ignored) {
                // The Node side checks that the pid is alive, so a leftover file does no harm.
            }
        }));
        Files.writeString(ready, ProcessHandle.current().pid() + "\n");
        System.out.println("diplograph: Neo4j is ready");
        new CountDownLatch(1).await();
    }

    /**
     * A fresh DBMS has the user neo4j with password "neo4j" that must be changed before any
     * query runs. Like `neo4j-admin dbms set-initial-password`, this sets the configured
     * password only while the user still needs one (or does not exist yet): a password set
     * later (from Browser, say) is kept, and a wrong NEO4J_PASSWORD then fails clearly.
     * Embedded transactions run without authentication, so they may administer users.
     */
    private static void setInitialPassword(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database("system");
        Map<String, Object> params = Map.of("user", user, "password", password);
        // null: no such user; otherwise whether its password must still be set.
        Boolean changeRequired = system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
            params,
            result -> result.hasNext() ? (Boolean) result.next().get("passwordChangeRequired") : null);
        if (changeRequired == null) {
            system.executeTransactionally("CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            System.out.println("diplograph: created the user " + user);
        } else if (changeRequired) {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
            System.out.println("diplograph: set the initial password of " + user);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
