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
 * OpenAI Chat Completions, {@code POST {base}/chat/completions} with {@code response_format: json_schema}
 * (strict). Also serves vLLM, llama.cpp's server and Ollama's {@code /v1}, which read the same nested form.
 */
public final class OpenAiChatProvider extends WireProvider {
  /** Creates the provider. */
  public OpenAiChatProvider(ProviderConfig config) {
    super(config, true);
  }

  @Override
  public ChatResponse complete(ChatRequest request) {
    return read(post(url("chat/completions"), body(request), Map.of()));
  }

  /** Returns the request body; also the {@code body} of an OpenAI Batch API line. */
  @Override
  public ObjectNode body(ChatRequest request) {
    ObjectNode body = mapper().createObjectNode();
    body.put("model", config.model());
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", request.system());
    for (ChatMessage m : request.messages()) {
      messages.addObject().put("role", m.role()).put("content", m.content());
    }
    body.put("temperature", request.temperature());
    body.put("max_tokens", request.maxOutputTokens());
    ObjectNode format = body.putObject("response_format");
    format.put("type", "json_schema");
    ObjectNode schema = format.putObject("json_schema");
    schema.put("name", request.schemaName());
    schema.put("strict", true);
    schema.set("schema", schema(request));
    return body;
  }

  @Override
  public ChatResponse read(JsonNode answer) {
    JsonNode choice = answer.path("choices").path(0);
    String finish = choice.path("finish_reason").asText("");
    JsonNode message = choice.path("message");
    ChatResponse.FinishReason reason;
    if (message.path("refusal").isTextual() && !message.path("refusal").asText().isEmpty()) {
      reason = ChatResponse.FinishReason.REFUSAL;
    } else if (finish.equals("length")) {
      reason = ChatResponse.FinishReason.LENGTH;
    } else if (finish.equals("stop") || finish.equals("tool_calls") || finish.isEmpty()) {
      reason = ChatResponse.FinishReason.STOP;
    } else {
      reason = ChatResponse.FinishReason.OTHER;
    }
    String content = message.path("content").isTextual()
        ? message.path("content").asText()
        : message.path("refusal").asText("");
    if (reason == ChatResponse.FinishReason.STOP && !message.path("content").isTextual()) {
      text(null, "choices[0].message.content");
    }
    return ChatResponse.builder()
        .text(content)
        .finishReason(reason)
        .rawFinishReason(finish)
        .inputTokens(answer.path("usage").path("prompt_tokens").asLong(0))
        .outputTokens(answer.path("usage").path("completion_tokens").asLong(0))
        .build();
  }
}
