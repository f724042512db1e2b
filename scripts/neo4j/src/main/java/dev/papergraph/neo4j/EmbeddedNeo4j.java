package dev.papergraph.neo4j;

import static org.neo4j.configuration.SettingValueParsers.BYTES;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Embedded Neo4j Community with the Bolt connector, for machines without Docker.
 *
 * <p>Usage: {@code java -Xmx1g -jar launcher.jar <data-dir> [port]}. Prints one line starting
 * with {@code NEO4J READY} once Bolt accepts connections, and shuts the database down cleanly on
 * SIGTERM or SIGINT.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args[0].equals("--help")) {
      System.err.println("usage: java -jar papergraph-neo4j-launcher.jar <data-dir> [bolt-port]");
      System.exit(args.length < 1 ? 2 : 0);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    String pageCache = System.getProperty("neo4j.pagecache", "512m");
    String txMax = System.getProperty("neo4j.txmax", "1g");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, BYTES.parse(pageCache))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, BYTES.parse(txMax))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEO4J STOPPING");
                  dbms.shutdown();
                  System.out.println("NEO4J STOPPED");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    waitForBolt(port);
    System.out.println("NEO4J READY bolt://127.0.0.1:" + port + " data=" + dataDir);
    System.out.flush();
    stopped.await();
  }

  private static void waitForBolt(int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("Bolt did not open on port " + port + " within 120 s");
  }
}
