package org.plenary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real OpenSearch 2.19 node for the tests, started once per test JVM as a separate
 * process from the distribution Maven unpacks into {@code target/opensearch} (the
 * integration-test zip, with the {@code analysis-common} module added for ASCII folding
 * and stemming), on free ports, and stopped when the JVM ends. OpenSearch refuses to run
 * as root: as root it runs as {@code nobody}, from a copy under the temporary folder.
 */
final class OpenSearchNode {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchNode.class);

	/** Where Maven unpacked the distribution; set by the build (surefire). */
	static final String HOME_PROPERTY = "plenary.opensearch.home";

	/** The reindex module's jars: delete-by-query, which purging an index uses. */
	static final String REINDEX_PROPERTY = "plenary.opensearch.reindex";

	static final String ANALYSIS_COMMON_PROPERTY = "plenary.opensearch.analysis-common";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static OpenSearchNode started;

	private final Process process;

	private final Path folder;

	private final int httpPort;

	private OpenSearchNode(Process process, Path folder, int httpPort) {
		this.process = process;
		this.folder = folder;
		this.httpPort = httpPort;
	}

	/** Whether the build unpacked a distribution to start. */
	static boolean available() {
		var home = System.getProperty(HOME_PROPERTY);
		return home != null && Files.isDirectory(Path.of(home, "bin"));
	}

	/** The node, started on first use; {@code host:port}. */
	static synchronized String hostAndPort() {
		if (started == null) {
			started = start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "opensearch-stop"));
		}
		return "127.0.0.1:" + started.httpPort;
	}

	private static OpenSearchNode start() {
		try {
			var home = Path.of(System.getProperty(HOME_PROPERTY));
			var folder = Files.createTempDirectory(Path.of("/tmp"), "plenary-opensearch-");
			copy(home, folder);
			var module = Files.createDirectories(folder.resolve("modules/analysis-common"));
			Files.copy(Path.of(System.getProperty(ANALYSIS_COMMON_PROPERTY)), module.resolve("analysis-common.jar"));
			Files.writeString(module.resolve("plugin-descriptor.properties"), """
					description=Adds "built in" analyzers to OpenSearch.
					version=2.19.6
					name=analysis-common
					classname=org.opensearch.analysis.common.CommonAnalysisPlugin
					java.version=11
					opensearch.version=2.19.6
					custom.foldername=
					extended.plugins=
					has.native.controller=false
					""");
			var reindex = Files.createDirectories(folder.resolve("modules/reindex"));
			copy(Path.of(System.getProperty(REINDEX_PROPERTY)), reindex);
			Files.writeString(reindex.resolve("plugin-descriptor.properties"),
					"""
							description=The Reindex module adds APIs to reindex from one index to another or update documents in place.
							version=2.19.6
							name=reindex
							classname=org.opensearch.index.reindex.ReindexPlugin
							java.version=11
							opensearch.version=2.19.6
							custom.foldername=
							extended.plugins=
							has.native.controller=false
							""");
			int httpPort = freePort();
			int transportPort = freePort();
			var command = new ArrayList<String>();
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				run("chown", "-R", "nobody", folder.toString());
				command.addAll(List.of("runuser", "-u", "nobody", "--"));
			}
			command.addAll(List.of("env", "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
					"OPENSEARCH_JAVA_OPTS=-Xms256m -Xmx512m", "OPENSEARCH_TMPDIR=" + folder.resolve("tmp"),
					folder.resolve("bin/opensearch").toString(), "-Ediscovery.type=single-node",
					"-Enetwork.host=127.0.0.1", "-Ehttp.port=" + httpPort, "-Etransport.port=" + transportPort,
					"-Epath.data=" + folder.resolve("data"), "-Epath.logs=" + folder.resolve("logs"),
					// The disk of a shared machine may be fuller than OpenSearch's
					// watermarks.
					"-Ecluster.routing.allocation.disk.threshold_enabled=false"));
			Files.createDirectories(folder.resolve("tmp"));
			if (root) {
				run("chown", "-R", "nobody", folder.resolve("tmp").toString());
			}
			var output = folder.resolve("console.log");
			var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			var node = new OpenSearchNode(process, folder, httpPort);
			node.awaitGreen(output);
			log.info("OpenSearch 2.19.6 is up on 127.0.0.1:{} ({})", httpPort, folder);
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitGreen(Path output) throws IOException {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		var health = HttpRequest
			.newBuilder(URI
				.create("http://127.0.0.1:" + this.httpPort + "/_cluster/health?wait_for_status=green&timeout=5s"))
			.timeout(Duration.ofSeconds(10))
			.build();
		long until = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < until) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("OpenSearch stopped while starting:\n" + tail(output));
			}
			try {
				var response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"status\":\"green\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(500));
		}
		stop();
		throw new IllegalStateException("OpenSearch was not green within " + START_TIMEOUT + ":\n" + tail(output));
	}

	void stop() {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			this.process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
		}
		delete(this.folder);
	}

	private static String tail(Path output) {
		try {
			var lines = Files.readAllLines(output);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (var paths = Files.walk(from)) {
			for (var path : (Iterable<Path>) paths::iterator) {
				var target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void delete(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not delete {}: {}", folder, ex.getMessage());
		}
	}

	private static void run(String... command) throws IOException {
		try {
			int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
			if (exit != 0) {
				throw new IOException(String.join(" ", command) + " exited with " + exit);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
