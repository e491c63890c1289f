package org.dateline.opensearch;

import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real single-node OpenSearch cluster in the test JVM: the server's {@link Node} with the Netty4 transport loaded
 * from the classpath, HTTP bound to 127.0.0.1 only, home and data under the given folder, no security plugin.
 */
final class LocalNode implements AutoCloseable {

    static {
        // several nodes may start in one JVM (one per test class): Netty's processor count can be set only once
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
    }

    private final Node node;
    private final URI uri;

    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment env) {
            super(env, List.of(new PluginInfo(Netty4ModulePlugin.class.getName(), "classpath plugin", "NA", Version.CURRENT, "21",
                    Netty4ModulePlugin.class.getName(), null, List.of(), false)), true);
        }
    }

    private LocalNode(Path home) throws Exception {
        int http = freePort();
        int transport = freePort();
        Settings settings = Settings.builder()
                .put("cluster.name", "dateline-test")
                .put("node.name", "dateline-test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", http)
                .put("transport.port", transport)
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        node = new ClasspathNode(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "dateline-test-node"));
        node.start();
        uri = URI.create("http://127.0.0.1:" + http);
        awaitHealth(Duration.ofSeconds(60));
    }

    /** Starts a node under {@code home} and waits (bounded) until the cluster is yellow or green. */
    static LocalNode start(Path home) throws Exception {
        return new LocalNode(home);
    }

    URI uri() {
        return uri;
    }

    private void awaitHealth(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (true) {
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && !r.body().contains("\"red\"")) return;
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) throw new IllegalStateException("OpenSearch node at " + uri + " not healthy within " + limit);
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        node.close();
        try {
            node.awaitClose(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
