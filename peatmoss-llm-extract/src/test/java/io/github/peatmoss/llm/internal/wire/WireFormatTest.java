package io.github.peatmoss.llm.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.llm.ChatMessage;
import io.github.peatmoss.llm.ChatRequest;
import io.github.peatmoss.llm.ChatResponse;
import io.github.peatmoss.llm.ChatResponse.FinishReason;
import io.github.peatmoss.llm.ContextLengthExceededException;
import io.github.peatmoss.llm.LlmApiKey;
import io.github.peatmoss.llm.ProviderConfig;
import io.github.peatmoss.llm.ProviderKind;
import io.github.peatmoss.llm.QuotaExceededException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * Each wire format's shape, read and written without the pipeline: request bodies, every finish reason, token
 * counts, missing or odd content, and how error answers become typed exceptions.
 */
class WireFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ChatRequest REQUEST = ChatRequest.builder()
      .system("rules")
      .addMessages(
          ChatMessage.user("card"), ChatMessage.assistant("bad"), ChatMessage.user("again"))
      .schemaName("answer")
      .schema("{\"type\":\"object\",\"properties\":{}}")
      .maxOutputTokens(321)
      .temperature(0.25)
      .build();

  @StartStop
  final MockWebServer server = new MockWebServer();

  final List<Duration> sleeps = new ArrayList<>();

  private ProviderConfig config(ProviderKind kind, String path, boolean key) {
    ProviderConfig.Builder b = ProviderConfig.builder()
        .kind(kind)
        .model("m1")
        .baseUrl(URI.create(server.url(path).toString()))
        .contextTokens(4096)
        .settings(ClientSettings.builder()
            .retryOptions(RetryOptions.builder()
                .maxRetries(1)
                .baseDelay(Duration.ofMillis(10))
                .pacing(false)
                .build())
            .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC))
            .sleeper(sleeps::add)
            .jitter(() -> 0.5)
            .build());
    if (key) {
      b.apiKey(LlmApiKey.of("sk-secret"));
    }
    return b.build();
  }

  private static JsonNode json(String s) throws IOException {
    return JSON.readTree(s);
  }

  @Test
  void openAi_body_isSystemThenConversation_withAStrictJsonSchema() throws IOException {
    OpenAiChatProvider p = new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true));
    assertThat(p.body(REQUEST))
        .isEqualTo(
            json("{\"model\":\"m1\",\"messages\":[{\"role\":\"system\",\"content\":\"rules\"},"
                + "{\"role\":\"user\",\"content\":\"card\"},{\"role\":\"assistant\",\"content\":\"bad\"},"
                + "{\"role\":\"user\",\"content\":\"again\"}],\"temperature\":0.25,\"max_tokens\":321,"
                + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"answer\","
                + "\"strict\":true,\"schema\":{\"type\":\"object\",\"properties\":{}}}}}"));
    assertThat(p.name()).isEqualTo("openai:m1");
  }

  @Test
  void anthropic_body_forcesTheTool_andKeepsTheSystemApart() throws IOException {
    AnthropicMessagesProvider p =
        new AnthropicMessagesProvider(config(ProviderKind.ANTHROPIC, "/", true));
    assertThat(p.body(REQUEST))
        .isEqualTo(
            json("{\"model\":\"m1\",\"max_tokens\":321,\"temperature\":0.25,\"system\":\"rules\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"card\"},{\"role\":\"assistant\",\"content\":\"bad\"},"
                + "{\"role\":\"user\",\"content\":\"again\"}],\"tools\":[{\"name\":\"record_metadata\","
                + "\"description\":\"Record the metadata found in the model card, each value with its verbatim"
                + " quote.\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}],"
                + "\"tool_choice\":{\"type\":\"tool\",\"name\":\"record_metadata\"}}"));
    assertThat(p.name()).isEqualTo("anthropic:m1");
  }

  @Test
  void ollama_body_neverStreams_andAlwaysSendsTheContextSize() throws IOException {
    OllamaChatProvider p = new OllamaChatProvider(config(ProviderKind.OLLAMA, "/", false));
    assertThat(p.body(REQUEST))
        .isEqualTo(
            json("{\"model\":\"m1\",\"messages\":[{\"role\":\"system\",\"content\":\"rules\"},"
                + "{\"role\":\"user\",\"content\":\"card\"},{\"role\":\"assistant\",\"content\":\"bad\"},"
                + "{\"role\":\"user\",\"content\":\"again\"}],\"stream\":false,"
                + "\"format\":{\"type\":\"object\",\"properties\":{}},"
                + "\"options\":{\"temperature\":0.25,\"num_ctx\":4096,\"num_predict\":321}}"));
  }

  @Test
  void aSchemaThatIsNotAnObject_isAProgrammerError() {
    OllamaChatProvider p = new OllamaChatProvider(config(ProviderKind.OLLAMA, "/", false));
    for (String schema : List.of("[1]", "{broken")) {
      ChatRequest bad = ChatRequest.builder().from(REQUEST).schema(schema).build();
      assertThatThrownBy(() -> p.body(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ChatRequest.schema must be a JSON object");
    }
  }

  @Test
  void openAi_read_eachFinishReason() throws IOException {
    OpenAiChatProvider p = new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true));
    assertResponse(
        p.read(json(
            "{\"choices\":[{\"message\":{\"content\":\"{}\",\"refusal\":null},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":7}}")),
        "{}",
        FinishReason.STOP,
        "stop",
        11,
        7);
    assertResponse(
        p.read(
            json(
                "{\"choices\":[{\"message\":{\"content\":\"{\\\"a\\\"\"},\"finish_reason\":\"length\"}]}")),
        "{\"a\"",
        FinishReason.LENGTH,
        "length",
        0,
        0);
    assertResponse(
        p.read(json("{\"choices\":[{\"message\":{\"content\":null,\"refusal\":\"I can't\"},"
            + "\"finish_reason\":\"stop\"}]}")),
        "I can't",
        FinishReason.REFUSAL,
        "stop",
        0,
        0);
    assertResponse(
        p.read(
            json(
                "{\"choices\":[{\"message\":{\"content\":\"x\",\"refusal\":\"\"},\"finish_reason\":\"tool_calls\"}]}")),
        "x",
        FinishReason.STOP,
        "tool_calls",
        0,
        0);
    assertResponse(
        p.read(json("{\"choices\":[{\"message\":{\"content\":\"x\"}}]}")),
        "x",
        FinishReason.STOP,
        "",
        0,
        0);
    assertResponse(
        p.read(
            json(
                "{\"choices\":[{\"message\":{\"content\":\"x\"},\"finish_reason\":\"content_filter\"}]}")),
        "x",
        FinishReason.OTHER,
        "content_filter",
        0,
        0);
    assertResponse(
        p.read(json("{\"choices\":[{\"message\":{},\"finish_reason\":\"length\"}]}")),
        "",
        FinishReason.LENGTH,
        "length",
        0,
        0);
  }

  @Test
  void openAi_read_aCompleteAnswerWithoutContent_isADecodeException() {
    OpenAiChatProvider p = new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true));
    assertThatThrownBy(() -> p.read(json(
            "{\"choices\":[{\"message\":{\"role\":\"assistant\"},\"finish_reason\":\"stop\"}]}")))
        .isInstanceOf(DecodeException.class)
        .hasMessage(
            "the answer has no choices[0].message.content; check that the endpoint speaks this wire format");
    assertThatThrownBy(() -> p.read(json("{}"))).isInstanceOf(DecodeException.class);
  }

  @Test
  void anthropic_read_theToolInput_elseTheText_andEachStopReason() throws IOException {
    AnthropicMessagesProvider p =
        new AnthropicMessagesProvider(config(ProviderKind.ANTHROPIC, "/", true));
    assertResponse(
        p.read(json("{\"content\":[{\"type\":\"text\",\"text\":\"Here:\"},"
            + "{\"type\":\"tool_use\",\"input\":{\"a\":1}},{\"type\":\"tool_use\",\"input\":{\"b\":2}}],"
            + "\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":5,\"output_tokens\":3}}")),
        "{\"a\":1}",
        FinishReason.STOP,
        "tool_use",
        5,
        3);
    assertResponse(
        p.read(json("{\"content\":[{\"type\":\"text\",\"text\":\"one \"},{\"type\":\"image\"},"
            + "{\"type\":\"text\",\"text\":\"two\"}],\"stop_reason\":\"end_turn\"}")),
        "one two",
        FinishReason.STOP,
        "end_turn",
        0,
        0);
    assertThat(
            p.read(json("{\"content\":[],\"stop_reason\":\"stop_sequence\"}")).finishReason())
        .isEqualTo(FinishReason.STOP);
    assertThat(p.read(json("{\"content\":[],\"stop_reason\":\"max_tokens\"}")).finishReason())
        .isEqualTo(FinishReason.LENGTH);
    assertThat(p.read(json("{\"content\":[],\"stop_reason\":\"refusal\"}")).finishReason())
        .isEqualTo(FinishReason.REFUSAL);
    assertThat(p.read(json("{\"content\":[],\"stop_reason\":\"pause_turn\"}")).finishReason())
        .isEqualTo(FinishReason.OTHER);
    assertResponse(p.read(json("{}")), "", FinishReason.OTHER, "", 0, 0);
  }

  @Test
  void ollama_read_doneReasons_tokens_andContent() throws IOException {
    OllamaChatProvider p = new OllamaChatProvider(config(ProviderKind.OLLAMA, "/", false));
    assertResponse(
        p.read(json("{\"message\":{\"content\":\"{}\"},\"prompt_eval_count\":9,\"eval_count\":4}")),
        "{}",
        FinishReason.STOP,
        "stop",
        9,
        4);
    assertResponse(
        p.read(json("{\"message\":{\"content\":\"{\"},\"done_reason\":\"length\"}")),
        "{",
        FinishReason.LENGTH,
        "length",
        0,
        0);
    assertResponse(
        p.read(json("{\"message\":{\"content\":{\"a\":1}},\"done_reason\":\"load\"}")),
        "{\"a\":1}",
        FinishReason.OTHER,
        "load",
        0,
        0);
    for (String missing : List.of("{}", "{\"message\":{}}", "{\"message\":{\"content\":null}}")) {
      assertThatThrownBy(() -> p.read(json(missing)))
          .as(missing)
          .isInstanceOf(DecodeException.class)
          .hasMessage(
              "the answer has no message.content; check that the endpoint speaks this wire format");
    }
  }

  @Test
  void urls_joinTheEndpointPath_withOrWithoutItsSlash() throws Exception {
    server.enqueue(
        ok("{\"choices\":[{\"message\":{\"content\":\"{}\"},\"finish_reason\":\"stop\"}]}"));
    server.enqueue(
        ok("{\"choices\":[{\"message\":{\"content\":\"{}\"},\"finish_reason\":\"stop\"}]}"));
    server.enqueue(ok("{\"content\":[],\"stop_reason\":\"end_turn\"}"));
    server.enqueue(ok("{\"message\":{\"content\":\"{}\"}}"));
    new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST);
    new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1/", true)).complete(REQUEST);
    new AnthropicMessagesProvider(config(ProviderKind.ANTHROPIC, "/", true)).complete(REQUEST);
    new OllamaChatProvider(config(ProviderKind.OLLAMA, "/base", false)).complete(REQUEST);

    RecordedRequest openAi = server.takeRequest();
    assertThat(openAi.getTarget()).isEqualTo("/v1/chat/completions");
    assertThat(openAi.getMethod()).isEqualTo("POST");
    assertThat(openAi.getHeaders().get("Authorization")).isEqualTo("Bearer sk-secret");
    assertThat(openAi.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/chat/completions");
    RecordedRequest anthropic = server.takeRequest();
    assertThat(anthropic.getTarget()).isEqualTo("/v1/messages");
    assertThat(anthropic.getHeaders().get("x-api-key")).isEqualTo("sk-secret");
    assertThat(anthropic.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(anthropic.getHeaders().get("Authorization")).isNull();
    RecordedRequest ollama = server.takeRequest();
    assertThat(ollama.getTarget()).isEqualTo("/base/api/chat");
    assertThat(ollama.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void anthropic_withoutAKey_sendsNoKeyHeader() throws Exception {
    server.enqueue(ok("{\"content\":[],\"stop_reason\":\"end_turn\"}"));
    new AnthropicMessagesProvider(config(ProviderKind.ANTHROPIC, "/", false)).complete(REQUEST);
    RecordedRequest r = server.takeRequest();
    assertThat(r.getHeaders().get("x-api-key")).isNull();
    assertThat(r.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
  }

  @Test
  void retryable_statuses() {
    for (int code : new int[] {408, 409, 500, 502, 503, 529}) {
      assertThat(WireProvider.retryable(response(code, "{}"))).as("%d", code).isTrue();
    }
    for (int code : new int[] {400, 401, 403, 404, 413, 422, 499}) {
      assertThat(WireProvider.retryable(response(code, "{}"))).as("%d", code).isFalse();
    }
    assertThat(WireProvider.retryable(response(429, "{\"error\":\"slow down\"}")))
        .isTrue();
    assertThat(
            WireProvider.retryable(response(429, "{\"error\":{\"code\":\"insufficient_quota\"}}")))
        .isFalse();
  }

  @Test
  void quotaAndContextMarkers_eachOne_inAnyCase() {
    for (String quota : List.of(
        "INSUFFICIENT_QUOTA",
        "enforced_spend_limit_reached",
        "billing_error",
        "Your credit balance is too low",
        "You exceeded your current quota")) {
      assertThat(WireProvider.isQuota(quota)).as(quota).isTrue();
      assertThat(WireProvider.isContextLength(quota)).as(quota).isFalse();
    }
    for (String context : List.of(
        "context_length_exceeded",
        "exceed_context_size_error",
        "the input exceeds the Context Length",
        "prompt is too long: 2 > 1",
        "does not fit the context window",
        "This model's maximum context length")) {
      assertThat(WireProvider.isContextLength(context)).as(context).isTrue();
      assertThat(WireProvider.isQuota(context)).as(context).isFalse();
    }
    assertThat(WireProvider.isQuota("rate limit")).isFalse();
    assertThat(WireProvider.isContextLength("bad request")).isFalse();
  }

  @Test
  void errors_authentication_namesTheKeyVariable_orThatNoneIsTaken() {
    server.enqueue(error(
        401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}", "x-request-id", "req-1"));
    assertThatThrownBy(() ->
            new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.requestId()).hasValue("req-1");
        })
        .hasMessage(
            "POST /v1/chat/completions -> 401: Incorrect API key provided (request id req-1). Check the"
                + " API key (set OPENAI_API_KEY)")
        .hasMessageNotContaining("sk-secret");
    server.enqueue(error(403, "{\"error\":\"forbidden\"}"));
    assertThatThrownBy(
            () -> new OllamaChatProvider(config(ProviderKind.OLLAMA, "/", false)).complete(REQUEST))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "POST /api/chat -> 403: forbidden. Check the API key (this endpoint takes none)");
  }

  @Test
  void errors_quota_contextLength_andOthers_areTyped() {
    server.enqueue(error(
        429,
        "{\"type\":\"error\",\"error\":{\"type\":\"billing_error\",\"message\":\"Your"
            + " credit balance is too low\"}}",
        "request-id",
        "req-2"));
    assertThatThrownBy(
            () -> new AnthropicMessagesProvider(config(ProviderKind.ANTHROPIC, "/", true))
                .complete(REQUEST))
        .isInstanceOfSatisfying(
            QuotaExceededException.class, e -> assertThat(e.requestId()).hasValue("req-2"))
        .hasMessage(
            "POST /v1/messages -> 429: Your credit balance is too low (request id req-2). The anthropic"
                + " account has no quota or credit left; add credit or use another key (not retried)");

    server.enqueue(error(413, "{\"error\":\"the prompt is too long\"}"));
    assertThatThrownBy(
            () -> new OllamaChatProvider(config(ProviderKind.OLLAMA, "/", false)).complete(REQUEST))
        .isInstanceOf(ContextLengthExceededException.class)
        .hasMessage(
            "POST /api/chat -> 413: the prompt is too long. The prompt exceeds the model's context window;"
                + " lower the token budget (--token-budget) or use a model with a larger context");

    server.enqueue(error(422, "{\"error\":\"prompt is too long\"}"));
    assertThatThrownBy(
            () -> new OllamaChatProvider(config(ProviderKind.OLLAMA, "/", false)).complete(REQUEST))
        .isInstanceOf(PeatmossServiceException.class)
        .isNotInstanceOf(ContextLengthExceededException.class);

    server.enqueue(error(400, "{\"error\":{\"message\":\"bad value\"}}"));
    assertThatThrownBy(() ->
            new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST))
        .isInstanceOf(PeatmossServiceException.class)
        .isNotInstanceOf(ContextLengthExceededException.class);

    server.enqueue(error(401, "{\"error\":{\"message\":\"" + "word\\n ".repeat(80) + "\"}}"));
    String words = "word ".repeat(80).strip();
    assertThatThrownBy(() ->
            new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("POST /v1/chat/completions -> 401: " + words.substring(0, 300)
            + ".... Check the API key (set OPENAI_API_KEY)");
    server.enqueue(error(401, "{\"error\":{\"message\":\"" + "x".repeat(300) + "\"}}"));
    assertThatThrownBy(() ->
            new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST))
        .hasMessage("POST /v1/chat/completions -> 401: " + "x".repeat(300)
            + ". Check the API key (set OPENAI_API_KEY)");
  }

  @Test
  void errors_withoutAJsonMessage_fallBackToTheServiceMessage_andServerErrorsAreRetriedOnce() {
    server.enqueue(error(500, "<html>oops</html>"));
    server.enqueue(error(500, "{\"error\":{\"code\":1}}"));
    assertThatThrownBy(() ->
            new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST))
        .isInstanceOf(PeatmossServiceException.class)
        .hasMessageContaining("500");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void errors_withAnEmptyBody_sayOnlyTheStatusAndWhatToDo() {
    server.enqueue(error(401, ""));
    assertThatThrownBy(() ->
            new OpenAiChatProvider(config(ProviderKind.OPENAI, "/v1", true)).complete(REQUEST))
        .hasMessage("POST /v1/chat/completions -> 401. Check the API key (set OPENAI_API_KEY)");
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse error(int code, String body, String... headers) {
    MockResponse.Builder b = new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body);
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  private static Response response(int code, String body) {
    return new Response.Builder()
        .request(new Request.Builder().url("http://127.0.0.1/x").build())
        .protocol(Protocol.HTTP_1_1)
        .code(code)
        .message("status")
        .body(ResponseBody.create(body, MediaType.get("application/json")))
        .build();
  }

  private static void assertResponse(
      ChatResponse r, String text, FinishReason reason, String raw, long in, long out) {
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.finishReason()).isEqualTo(reason);
    assertThat(r.rawFinishReason()).isEqualTo(raw);
    assertThat(r.inputTokens()).isEqualTo(in);
    assertThat(r.outputTokens()).isEqualTo(out);
  }
}
