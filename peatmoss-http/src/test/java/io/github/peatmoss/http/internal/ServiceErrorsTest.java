package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.BadRequestException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each status's exception and advice, and what an error response's message is read from. */
class ServiceErrorsTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static ServiceError error(int status, Optional<Duration> retryAfter) {
    return new ServiceError(
        "GET",
        "/api/x",
        status,
        ServiceErrors.standardReason(status),
        Optional.of("req-1"),
        Optional.of("nope"),
        Headers.of(),
        retryAfter,
        retryAfter.map(NOW::plus));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, BadRequestException, Check the request parameters",
    "422, BadRequestException, Check the request parameters",
    "401, AuthenticationException, Check that the token is set and valid",
    "403, AuthenticationException, The token lacks permission for this resource",
    "404, ResourceNotFoundException, Check the name; private resources need a token",
    "410, ResourceNotFoundException, Check the name; private resources need a token",
    "500, PeatmossServiceException, The service failed; try again later",
    "503, PeatmossServiceException, The service failed; try again later",
    "418, PeatmossServiceException, Unexpected answer",
    "499, PeatmossServiceException, Unexpected answer"
  })
  void byStatus_mapsEachStatusToItsExceptionAndAdvice(int status, String type, String advice) {
    PeatmossServiceException e = ServiceErrors.byStatus(error(status, Optional.empty()));
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e).hasMessageEndingWith(". " + advice);
    assertThat(e.getMessage()).startsWith("GET /api/x -> " + status);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).contains("req-1");
    assertThat(e.serviceMessage()).contains("nope");
  }

  @Test
  void byStatus_429_andA403WithRetryAfter_areRateLimits() {
    assertThat(ServiceErrors.byStatus(error(429, Optional.empty())))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).isEmpty();
          assertThat(e.resetAt()).isEmpty();
        })
        .hasMessageEndingWith(
            "Rate limited; slow down, use a token with a higher limit, or raise RetryOptions.maxWait");
    assertThat(ServiceErrors.byStatus(error(403, Optional.of(Duration.ofSeconds(30)))))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
          assertThat(e.resetAt()).contains(NOW.plusSeconds(30));
          assertThat(e.requestId()).contains("req-1");
          assertThat(e.serviceMessage()).contains("nope");
        })
        .hasMessageContaining("Rate limited until " + NOW.plusSeconds(30) + "; resume after it");
    assertThat(ServiceErrors.byStatus(error(403, Optional.empty())))
        .isExactlyInstanceOf(AuthenticationException.class);
    assertThat(ServiceErrors.byStatus(error(404, Optional.of(Duration.ofSeconds(30)))))
        .isExactlyInstanceOf(ResourceNotFoundException.class);
    assertThat(ServiceErrors.byStatus(error(400, Optional.empty())))
        .isExactlyInstanceOf(BadRequestException.class);
  }

  private static Response response(int code, String message, Headers headers, String body) {
    return new Response.Builder()
        .request(new Request.Builder().url("https://hub.example/api/models/a").build())
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message(message)
        .headers(headers)
        .body(ResponseBody.create(body, MediaType.get("text/plain")))
        .build();
  }

  private static Optional<String> messageOf(String body) {
    return ServiceErrors.read(response(500, "", Headers.of(), body), List.of(), NOW)
        .serviceMessage();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"error\":\"bad repo\"}                              | bad repo",
        "{\"message\":\"not here\"}                            | not here",
        "{\"error_description\":\"expired\"}                   | expired",
        "{\"error\":[\"first\",\"second\"]}                    | first",
        "{\"error\":[{\"code\":1}]}                            | {\"code\":1}",
        "{\"errors\":[{\"message\":\"Validation Failed\"}]}    | Validation Failed",
        "{\"error\":5,\"message\":\"the text one\"}            | the text one",
        "plain words                                           | plain words",
        "{not json                                             | {not json"
      })
  void read_takesTheServiceMessageFromTheBody(String body, String expected) {
    assertThat(messageOf(body)).contains(expected);
  }

  @Test
  void read_emptyAndHtmlBodies_giveNoMessage() {
    assertThat(messageOf("")).isEmpty();
    assertThat(messageOf("   ")).isEmpty();
    assertThat(messageOf("<html><body>Bad gateway</body></html>")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"error\":[]}",
        "{\"errors\":[]}",
        "{\"errors\":[{\"code\":\"x\"}]}",
        "{\"errors\":{\"message\":\"not a list\"}}",
        "{\"other\":1}"
      })
  void read_jsonWithoutAKnownMessageField_givesTheBodyItself(String body) {
    assertThat(messageOf(body)).contains(body);
  }

  @Test
  void read_headerMessageWins_andMessagesAreOneLineOfAtMost300Characters() {
    Response withHeader = response(
        400, "", Headers.of("X-Error-Message", "from  the \t header"), "{\"error\":\"body\"}");
    assertThat(ServiceErrors.read(withHeader, List.of(), NOW).serviceMessage())
        .contains("from the header");

    assertThat(messageOf("x".repeat(300))).contains("x".repeat(300));
    assertThat(messageOf("x".repeat(301))).contains("x".repeat(300) + "...");
    assertThat(messageOf("y".repeat(298) + "\n\tz")).contains("y".repeat(298) + " z");
  }

  @Test
  void read_takesTheFirstRequestIdHeaderPresent_inTheGivenOrder() {
    Headers headers = Headers.of("X-Request-Id", "second", "X-Amz-Cf-Id", "third");
    List<String> names = List.of("X-GitHub-Request-Id", "X-Request-Id", "X-Amz-Cf-Id");
    assertThat(ServiceErrors.read(response(404, "", headers, ""), names, NOW).requestId())
        .contains("second");
    assertThat(
            ServiceErrors.read(response(404, "", Headers.of(), ""), names, NOW).requestId())
        .isEmpty();
  }

  @Test
  void read_describesMethodPathStatusAndReason() {
    ServiceError standard =
        ServiceErrors.read(response(404, "whatever", Headers.of(), "gone away"), List.of(), NOW);
    assertThat(standard.describe()).isEqualTo("GET /api/models/a -> 404 Not Found: gone away");
    ServiceError custom =
        ServiceErrors.read(response(599, "Site Frozen", Headers.of(), ""), List.of(), NOW);
    assertThat(custom.describe()).isEqualTo("GET /api/models/a -> 599 Site Frozen");
    ServiceError none = ServiceErrors.read(response(599, "", Headers.of(), ""), List.of(), NOW);
    assertThat(none.describe()).isEqualTo("GET /api/models/a -> 599");
  }

  @Test
  void read_retryAfter_givesTheWaitAndTheResetInstant() {
    ServiceError e =
        ServiceErrors.read(response(429, "", Headers.of("Retry-After", "12"), ""), List.of(), NOW);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
    assertThat(e.resetAt()).contains(NOW.plusSeconds(12));
    assertThat(e.header("Retry-After")).contains("12");
    assertThat(e.header("X-Missing")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "400, Bad Request",
    "401, Unauthorized",
    "403, Forbidden",
    "404, Not Found",
    "408, Request Timeout",
    "410, Gone",
    "422, Unprocessable Entity",
    "429, Too Many Requests",
    "500, Internal Server Error",
    "502, Bad Gateway",
    "503, Service Unavailable",
    "504, Gateway Timeout"
  })
  void standardReason_namesEachCommonStatus(int code, String reason) {
    assertThat(ServiceErrors.standardReason(code)).isEqualTo(reason);
  }

  @Test
  void read_aBodyThatCannotBeRead_givesNoMessage() {
    Response response = new Response.Builder()
        .request(new Request.Builder().url("https://hub.example/api/models/a").build())
        .protocol(Protocol.HTTP_1_1)
        .code(502)
        .message("")
        .body(RetryDecisionsTest.unreadable())
        .build();
    assertThat(ServiceErrors.read(response, List.of(), NOW).serviceMessage()).isEmpty();
  }
}
