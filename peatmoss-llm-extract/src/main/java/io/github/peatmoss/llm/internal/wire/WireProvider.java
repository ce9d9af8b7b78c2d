package io.github.peatmoss.llm.internal.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.http.internal.HttpTransport;
import io.github.peatmoss.http.internal.Json;
import io.github.peatmoss.http.internal.RetryRule;
import io.github.peatmoss.http.internal.ServiceError;
import io.github.peatmoss.http.internal.ServiceErrors;
import io.github.peatmoss.llm.ChatRequest;
import io.github.peatmoss.llm.ChatResponse;
import io.github.peatmoss.llm.ContextLengthExceededException;
import io.github.peatmoss.llm.LlmProvider;
import io.github.peatmoss.llm.ProviderConfig;
import io.github.peatmoss.llm.QuotaExceededException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What the three wire formats share: a transport on peatmoss-http whose POSTs are retried on 408, 429 (unless the
 * body says the quota is spent), 5xx and 529, honouring {@code retry-after}; error answers read from their JSON
 * body into typed exceptions; the key sent only to the configured endpoint. Thread-safe.
 */
abstract class WireProvider implements LlmProvider {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "request-id");
  private static final long MAX_ERROR_BODY = 64 * 1024;

  final ProviderConfig config;
  final HttpTransport transport;
  private final Clock clock;

  WireProvider(ProviderConfig config, boolean bearer) {
    this.config = config;
    HttpUrl base = HttpUrl.get(config.endpoint().toString());
    HttpTransport.Builder b = HttpTransport.builder()
        .settings(config.settings())
        .baseUrl(base)
        .requestIdHeaders(REQUEST_ID_HEADERS);
    if (bearer) {
      b.token(config.apiKey());
    }
    this.transport = b.build();
    this.clock = config.settings().clock();
  }

  static ObjectMapper mapper() {
    return Json.mapper();
  }

  /** Returns the request's answer schema as a JSON object, to embed in a body. */
  static ObjectNode schema(ChatRequest request) {
    try {
      return (ObjectNode) mapper().readTree(request.schema());
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("ChatRequest.schema must be a JSON object", e);
    }
  }

  @Override
  public String name() {
    return config.kind().name().toLowerCase(Locale.ROOT) + ":" + config.model();
  }

  /** Returns the URL of {@code path} under the endpoint (which may end in a path such as {@code /v1}). */
  HttpUrl url(String path) {
    HttpUrl base = transport.baseUrl();
    String prefix =
        base.encodedPath().endsWith("/") ? base.encodedPath() : base.encodedPath() + "/";
    return base.newBuilder().encodedPath(prefix + path).build();
  }

  /** POSTs {@code body} and returns the parsed JSON answer, or throws the typed failure. */
  JsonNode post(HttpUrl url, ObjectNode body, Map<String, String> headers) {
    byte[] bytes;
    try {
      bytes = mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request body cannot be written as JSON", e);
    }
    Request.Builder request = transport
        .newRequest(url)
        .post(RequestBody.create(bytes, JSON))
        .tag(RetryRule.class, new RetryRule(WireProvider::retryable));
    headers.forEach(request::header);
    return transport.exchange(request.build(), response -> {
      if (!response.isSuccessful()) {
        throw toException(response);
      }
      return mapper().readTree(response.body().byteStream());
    });
  }

  /** 408, 429 (not a spent quota), 5xx and Anthropic's 529 may succeed when sent again. */
  static boolean retryable(Response response) {
    int code = response.code();
    if (code == 429) {
      return !isQuota(peek(response));
    }
    return code == 408 || code == 409 || code >= 500;
  }

  private static String peek(Response response) {
    try {
      return response.peekBody(MAX_ERROR_BODY).string();
    } catch (IOException e) {
      return "";
    }
  }

  /** What providers' bodies say when the account's quota or spending limit is used up (lower case). */
  private static final List<String> QUOTA_MARKERS = List.of(
      "insufficient_quota",
      "enforced_spend_limit",
      "billing_error",
      "credit balance is too low",
      "exceeded your current quota");

  /** What providers' bodies say when the prompt does not fit the model's context (lower case). */
  private static final List<String> CONTEXT_LENGTH_MARKERS = List.of(
      "context_length_exceeded",
      "exceed_context_size",
      "context length",
      "prompt is too long",
      "context window",
      "maximum context");

  static boolean isQuota(String body) {
    return mentions(body, QUOTA_MARKERS);
  }

  static boolean isContextLength(String body) {
    return mentions(body, CONTEXT_LENGTH_MARKERS);
  }

  private static boolean mentions(String body, List<String> markers) {
    String b = body.toLowerCase(Locale.ROOT);
    return markers.stream().anyMatch(b::contains);
  }

  private PeatmossServiceException toException(Response response) {
    String body = peek(response);
    ServiceError error = ServiceErrors.read(response, REQUEST_ID_HEADERS, clock.instant());
    String requestId = error.requestId().orElse(null);
    String message = errorMessage(body).orElse(error.serviceMessage().orElse(null));
    String described = error.method() + " " + error.path() + " -> " + error.statusCode()
        + (message == null ? "" : ": " + message)
        + (requestId == null ? "" : " (request id " + requestId + ")");
    int status = response.code();
    if (isQuota(body)) {
      return new QuotaExceededException(
          described + ". The " + config.kind().name().toLowerCase(Locale.ROOT)
              + " account has no quota or credit left; add credit or use another key (not retried)",
          status,
          requestId,
          message);
    }
    if ((status == 400 || status == 413) && isContextLength(body)) {
      return new ContextLengthExceededException(
          described + ". The prompt exceeds the model's context window;"
              + " lower the token budget (--token-budget) or use a model with a larger context",
          status,
          requestId,
          message);
    }
    if (status == 401 || status == 403) {
      return new AuthenticationException(
          described + ". Check the API key (" + keyHint() + ")", status, requestId, message);
    }
    if (status == 429) {
      return ServiceErrors.rateLimited(error);
    }
    return ServiceErrors.byStatus(error);
  }

  private String keyHint() {
    String variable = config.kind().keyVariable();
    return variable == null ? "this endpoint takes none" : "set " + variable;
  }

  /** Returns the error text of an OpenAI, Anthropic ({@code error.message}) or Ollama ({@code error}) body. */
  private static java.util.Optional<String> errorMessage(String body) {
    try {
      JsonNode node = mapper().readTree(body);
      if (node == null) {
        return java.util.Optional.empty();
      }
      JsonNode error = node.get("error");
      if (error != null && error.isTextual()) {
        return java.util.Optional.of(oneLine(error.asText()));
      }
      if (error != null && error.path("message").isTextual()) {
        return java.util.Optional.of(oneLine(error.path("message").asText()));
      }
    } catch (IOException notJson) {
      // fall through
    }
    return java.util.Optional.empty();
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }

  /** Returns the text at {@code path}, or fails saying the endpoint answered something else. */
  static String text(JsonNode node, String what) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw new DecodeException(
          "the answer has no " + what + "; check that the endpoint speaks this wire format");
    }
    return node.isTextual() ? node.asText() : node.toString();
  }

  abstract ObjectNode body(ChatRequest request);

  abstract ChatResponse read(JsonNode answer);
}
