package org.huigui.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/** The database's limit: small one-row transactions, as fast as a number of connections can commit them. */
final class JdbcCommits {

	private final BenchSettings settings;

	JdbcCommits(BenchSettings settings) throws SQLException {
		this.settings = settings;
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists bench_commit (id bigserial primary key, worker int not null,"
					+ " n bigint not null, at timestamp with time zone not null default now())");
			connection.commit();
		}
	}

	/** @return commits per second over the given seconds */
	double commitsPerSecond(int connections, double seconds) {
		AtomicLong commits = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		double elapsed = Workers.run(connections, connections, worker -> {
			try (Connection connection = connect();
					PreparedStatement insert = connection.prepareStatement("insert into bench_commit (worker, n) values (?, ?)")) {
				for (long n = 0; System.nanoTime() < end; n++) {
					insert.setInt(1, worker);
					insert.setLong(2, n);
					insert.executeUpdate();
					connection.commit();
					commits.incrementAndGet();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return commits.get() / elapsed;
	}

	private Connection connect() throws SQLException {
		String url = settings.url() + (settings.url().contains("?") ? "&" : "?") + "currentSchema=" + settings.schema();
		Connection connection = DriverManager.getConnection(url, settings.user(), settings.password());
		connection.setAutoCommit(false);
		return connection;
	}

}
