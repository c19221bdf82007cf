package org.huigui.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server of the test's own, for a test that stops it: {@code initdb} in a temporary folder owned
 * by {@code postgres}, trust authentication, listening on 127.0.0.1 on a free port, run as the {@code postgres}
 * user (through {@code runuser} when the tests run as root). Stopped and deleted after the test class, whatever
 * happened; the shared server other tests use is never touched. Without {@code initdb} under
 * {@code /usr/lib/postgresql/<version>/bin} the class is skipped with one line; under {@code CI=true} it fails.
 */
public class ThrowawayPostgres implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

	private static final long COMMAND_SECONDS = 90;

	private final int port = freePort();

	private Path folder;

	public String url() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (bin().isPresent()) {
			return ConditionEvaluationResult.enabled("initdb in " + bin().get());
		}
		String reason = "initdb not found under /usr/lib/postgresql/*/bin: tests on a throwaway PostgreSQL server skipped";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true: " + reason);
		}
		System.out.println("SKIPPED " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		folder = Files.createTempDirectory("huigui-throwaway-pg");
		Files.setOwner(folder, folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
		run("initdb", "-D", data(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync");
		start();
	}

	public void start() throws IOException, InterruptedException {
		run("pg_ctl", "-D", data(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
	}

	public void stop() throws IOException, InterruptedException {
		run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop");
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (folder == null) {
			return;
		}
		try {
			if (Files.exists(folder.resolve("data/postmaster.pid"))) {
				stop();
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private String data() {
		return folder.resolve("data").toString();
	}

	private void run(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin().orElseThrow().resolve(program).toString());
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile("huigui-pg-command", ".log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in " + COMMAND_SECONDS + " s");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** The newest installed version's programs. */
	private static Optional<Path> bin() {
		try (Stream<Path> versions = Files.list(Paths.get("/usr/lib/postgresql"))) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparingInt(ThrowawayPostgres::version));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static int version(Path bin) {
		String name = bin.getParent().getFileName().toString();
		return name.matches("\\d+") ? Integer.parseInt(name) : 0;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port", ex);
		}
	}

}
