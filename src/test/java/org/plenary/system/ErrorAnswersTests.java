package org.plenary.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container answers through {@code /error}, on a real server (MockMvc
 * does not dispatch errors): problem details, never Spring Boot's own JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorAnswersTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answersAnAddressNothingMapsWithAProblem() throws Exception {
		var answer = get("/api/no-such-route", "application/json");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":404")
			.contains("There is nothing at this address.")
			.doesNotContain("timestamp");
	}

	@Test
	void answersErrorAskedForDirectlyAsNotFound() throws Exception {
		var json = get("/error", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).doesNotContain("999");
		var page = get("/error", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html").doesNotContain("999");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
