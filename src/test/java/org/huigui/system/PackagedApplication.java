package org.huigui.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The packaged application ({@code target/huigui-*.jar}) run as a process of its own, as in production, on
 * 127.0.0.1 and a free port; its output goes to {@code target/<dir>/<name>.log}. It can be killed without
 * warning ({@code SIGKILL}) and started again on the same database.
 */
public final class PackagedApplication implements AutoCloseable {

	private final Path logs;

	private final List<String> arguments;

	private final int port;

	private Process process;

	public PackagedApplication(String logDirectory, Map<String, Object> properties) throws IOException {
		this.logs = Files.createDirectories(Path.of("target", logDirectory));
		this.port = freePort();
		this.arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-jar", jar().toString(),
				"--server.address=127.0.0.1", "--server.port=" + port));
		this.arguments.addAll(List.of(PostgresAvailable.commandLine(properties)));
	}

	/**
	 * Starts the application, with properties for this start only, and waits, at most {@code timeout}, until it
	 * reports itself healthy.
	 */
	public void start(String name, Duration timeout, Map<String, Object> thisStartOnly) throws IOException {
		File log = logs.resolve(name + ".log").toFile();
		List<String> command = new ArrayList<>(arguments);
		command.addAll(List.of(PostgresAvailable.commandLine(thisStartOnly)));
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Awaitility.await(name + " healthy (log: " + log + ")").atMost(timeout).pollInterval(Duration.ofMillis(500))
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(name + " ended with exit code " + process.exitValue() + ", see " + log);
				}
				return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			});
	}

	/** {@code kill -9}: the process ends at once, whatever it is doing. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the application did not end within 30 s of SIGKILL");
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			kill();
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("huigui-.*\\.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/huigui-*.jar: run ./mvnw package first"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
