package io.github.peatmoss.llm.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.llm.ChatMessage;
import io.github.peatmoss.llm.ChatRequest;
import io.github.peatmoss.llm.ChatResponse;
import io.github.peatmoss.llm.ProviderConfig;
import java.util.Map;

/**
 * Ollama's native {@code POST {base}/api/chat} with {@code format: <schema>}, {@code stream: false}, and
 * {@code options.num_ctx} / {@code num_predict} always sent (Ollama otherwise truncates long prompts silently).
 */
public final class OllamaChatProvider extends WireProvider {
  /** Creates the provider. */
  public OllamaChatProvider(ProviderConfig config) {
    super(config, true);
  }

  @Override
  public ChatResponse complete(ChatRequest request) {
    return read(post(url("api/chat"), body(request), Map.of()));
  }

  @Override
  ObjectNode body(ChatRequest request) {
    ObjectNode body = mapper().createObjectNode();
    body.put("model", config.model());
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", request.system());
    for (ChatMessage m : request.messages()) {
      messages.addObject().put("role", m.role()).put("content", m.content());
    }
    body.put("stream", false);
    body.set("format", schema(request));
    ObjectNode options = body.putObject("options");
    options.put("temperature", request.temperature());
    options.put("num_ctx", config.contextTokens());
    options.put("num_predict", request.maxOutputTokens());
    return body;
  }

  @Override
  ChatResponse read(JsonNode answer) {
    String done = answer.path("done_reason").asText("stop");
    ChatResponse.FinishReason reason = done.equals("length")
        ? ChatResponse.FinishReason.LENGTH
        : done.equals("stop") ? ChatResponse.FinishReason.STOP : ChatResponse.FinishReason.OTHER;
    return ChatResponse.builder()
        .text(text(answer.path("message").path("content"), "message.content"))
        .finishReason(reason)
        .rawFinishReason(done)
        .inputTokens(answer.path("prompt_eval_count").asLong(0))
        .outputTokens(answer.path("eval_count").asLong(0))
        .build();
  }
}
