package ipatlas.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs the Neo4j Community engine in this JVM with Bolt on 127.0.0.1 only.
 *
 * <p>Arguments: {@code --data DIR --port N [--tx-timeout SECONDS] [--pagecache MB] [--tx-memory MB]
 * [--exit-with-stdin]}. Prints {@code IPATLAS_NEO4J_READY bolt://127.0.0.1:N} once Bolt accepts
 * queries, and exits 0 after a clean shutdown on SIGTERM or SIGINT. Exit 3: port busy; exit 4: data
 * folder locked by another process; exit 2: bad arguments; exit 1: anything else.
 */
public final class EmbeddedNeo4j {
  static final String READY = "IPATLAS_NEO4J_READY";

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("embedded-neo4j: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (!portIsFree(options.port)) {
      System.err.println("embedded-neo4j: port " + options.port + " on 127.0.0.1 is already in use"
          + " (another Neo4j? set NEO4J_BOLT_PORT to use another port)");
      System.exit(3);
    }
    DatabaseManagementService service;
    try {
      Files.createDirectories(options.data);
      service = build(options);
      service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (Throwable e) {
      if (isStoreLocked(e)) {
        System.err.println("embedded-neo4j: data folder " + options.data.toAbsolutePath()
            + " is locked by another running Neo4j; stop it first (npm run db:stop) or set NEO4J_DATA");
        System.exit(4);
      }
      System.err.println("embedded-neo4j: failed to start: " + rootMessage(e));
      e.printStackTrace();
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService running = service;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("embedded-neo4j: shutting down");
      running.shutdown();
      System.out.println("embedded-neo4j: stopped");
      System.out.flush();
      stopped.countDown();
    }, "neo4j-shutdown"));
    if (options.exitWithStdin) {
      // The parent (a test run, npm start) holds our stdin; when it dies we must not linger.
      Thread watcher = new Thread(() -> {
        drain(System.in);
        System.exit(0);
      }, "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    System.out.println(READY + " bolt://127.0.0.1:" + options.port);
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException ignored) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService build(Options o) {
    return new DatabaseManagementServiceBuilder(o.data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", o.port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", o.port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        // Reachable from 127.0.0.1 only; the API in front of it does the access control.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        // Neo4j has no transaction timeout by default: a runaway traversal would hold a core forever.
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(o.txTimeoutSeconds))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(o.pagecacheMb))
        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(o.txMemoryMb))
        // Keep transaction logs small: backups are not this launcher's job, re-imports are idempotent.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
        .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
        // Bolt shuts down after the databases have stopped: its two 5 s grace periods only delay
        // the exit, which every import, test run and restart waits for.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
        .build();
  }

  static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isStoreLocked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      String msg = String.valueOf(t.getMessage());
      if (name.endsWith("FileLockException") || msg.contains("Lock file has been locked")
          || msg.contains("locked by another process")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) root = root.getCause();
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void drain(InputStream in) {
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) != -1) {
        // discard: only EOF matters
      }
    } catch (IOException ignored) {
      // a broken pipe means the parent is gone, same as EOF
    }
  }

  record Options(Path data, int port, int txTimeoutSeconds, long pagecacheMb, long txMemoryMb, boolean exitWithStdin) {
    static Options parse(String[] args) {
      Path data = null;
      int port = 7687;
      int timeout = 60;
      long pagecache = 2048;
      long txMemory = 2048;
      boolean exitWithStdin = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--data" -> data = Path.of(value(args, ++i, a));
          case "--port" -> port = intValue(args, ++i, a);
          case "--tx-timeout" -> timeout = intValue(args, ++i, a);
          case "--pagecache" -> pagecache = intValue(args, ++i, a);
          case "--tx-memory" -> txMemory = intValue(args, ++i, a);
          case "--exit-with-stdin" -> exitWithStdin = true;
          default -> throw new IllegalArgumentException("unknown argument " + a);
        }
      }
      if (data == null) throw new IllegalArgumentException("--data DIR is required");
      if (port < 1 || port > 65535) throw new IllegalArgumentException("--port must be 1-65535, got " + port);
      return new Options(data, port, timeout, pagecache, txMemory, exitWithStdin);
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
      return args[i];
    }

    private static int intValue(String[] args, int i, String flag) {
      try {
        return Integer.parseInt(value(args, i, flag));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " needs a whole number, got " + args[i]);
      }
    }
  }
}
