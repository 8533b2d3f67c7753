import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts the official Neo4j 5.26 Community engine in this JVM with only the Bolt connector, on 127.0.0.1.
 *
 * Environment: NEO4J_DATA_DIR (required: the database folder), NEO4J_PORT (Bolt port; unset or 0 picks a free one),
 * NEO4J_PASSWORD (turns authentication on, user neo4j), NEO4J_PAGECACHE (default 256m).
 * Prints "Neo4j ready at bolt://127.0.0.1:PORT" when it accepts connections. With --exit-with-parent it stops when
 * its standard input closes, so it never outlives the process that started it.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    String dataDir = required("NEO4J_DATA_DIR");
    int port = port(System.getenv("NEO4J_PORT"));
    String password = System.getenv("NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    Map<String, String> config = new LinkedHashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + port);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    config.put("server.http.enabled", "false");
    config.put("server.https.enabled", "false");
    config.put("dbms.security.auth_enabled", Boolean.toString(auth));
    config.put("dbms.usage_report.enabled", "false");
    config.put("server.memory.pagecache.size", envOr("NEO4J_PAGECACHE", "256m"));
    // Bolt's two Netty event loop groups each wait a quiet period (5 s by default) for new tasks before they stop,
    // which made every stop take 10 s. Clients are gone by then (the API closes its driver first): stop at once. The
    // database itself still shuts down cleanly (checkpoint, store closed).
    config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");

    Path home = Path.of(dataDir).toAbsolutePath();
    Files.createDirectories(home);
    Path conf = home.resolve("neo4j.conf");
    StringBuilder lines = new StringBuilder("# Written by LocalNeo4j at each start\n");
    config.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
    Files.writeString(conf, lines.toString());

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    if (auth) {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }
    System.out.println("Neo4j ready at bolt://127.0.0.1:" + port);
    System.out.flush();

    for (String arg : args) {
      if (arg.equals("--exit-with-parent")) {
        drain(System.in);
        System.exit(0); // runs the shutdown hook
      }
    }
    Thread.currentThread().join(); // until Ctrl-C or SIGTERM
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent writes nothing; end of input means it is gone.
      }
    } catch (IOException gone) {
      // The pipe broke: the parent is gone as well.
    }
  }

  private static int port(String value) throws IOException {
    if (value != null && !value.isEmpty() && !value.equals("0")) {
      return Integer.parseInt(value);
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      System.err.println(name + " must name the database folder");
      System.exit(2);
    }
    return value;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
