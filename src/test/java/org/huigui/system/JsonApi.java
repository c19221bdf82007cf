package org.huigui.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** JSON over HTTP as one user (HTTP Basic), for tests that talk to an application running as its own process. */
public final class JsonApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String authorization;

	public JsonApi(String baseUrl, String user, String password) {
		this.baseUrl = baseUrl;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** An answer: its status and its body, {@code null} when empty. */
	public record Answer(int status, JsonNode body) {

		public boolean acknowledged() {
			return status >= 200 && status < 300;
		}

	}

	public Answer get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	public Answer post(String path, Object body) throws IOException, InterruptedException {
		return send(request(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Answer put(String path, Object body) throws IOException, InterruptedException {
		return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
			.header("Authorization", authorization).header("Content-Type", "application/json")
			.header("Accept", "application/json");
	}

	private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String body = response.body();
		return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body));
	}

}
