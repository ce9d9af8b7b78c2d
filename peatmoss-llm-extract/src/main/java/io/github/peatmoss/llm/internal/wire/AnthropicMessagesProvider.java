package io.github.peatmoss.llm.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.llm.ChatMessage;
import io.github.peatmoss.llm.ChatRequest;
import io.github.peatmoss.llm.ChatResponse;
import io.github.peatmoss.llm.ProviderConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Anthropic Messages, {@code POST {base}/v1/messages}, structured output by a forced tool whose
 * {@code input_schema} is the answer schema; {@code x-api-key} and {@code anthropic-version} headers.
 */
public final class AnthropicMessagesProvider extends WireProvider {
  static final String TOOL = "record_metadata";

  /** Creates the provider. */
  public AnthropicMessagesProvider(ProviderConfig config) {
    super(config, false);
  }

  @Override
  public ChatResponse complete(ChatRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("anthropic-version", "2023-06-01");
    config.apiKey().ifPresent(k -> headers.put("x-api-key", k.value()));
    return read(post(url("v1/messages"), body(request), headers));
  }

  @Override
  ObjectNode body(ChatRequest request) {
    ObjectNode body = mapper().createObjectNode();
    body.put("model", config.model());
    body.put("max_tokens", request.maxOutputTokens());
    body.put("temperature", request.temperature());
    body.put("system", request.system());
    ArrayNode messages = body.putArray("messages");
    for (ChatMessage m : request.messages()) {
      messages.addObject().put("role", m.role()).put("content", m.content());
    }
    ObjectNode tool = body.putArray("tools").addObject();
    tool.put("name", TOOL);
    tool.put(
        "description",
        "Record the metadata found in the model card, each value with its verbatim quote.");
    tool.set("input_schema", schema(request));
    body.putObject("tool_choice").put("type", "tool").put("name", TOOL);
    return body;
  }

  @Override
  ChatResponse read(JsonNode answer) {
    String stop = answer.path("stop_reason").asText("");
    String text = null;
    StringBuilder plain = new StringBuilder();
    for (JsonNode block : answer.path("content")) {
      if (block.path("type").asText().equals("tool_use") && text == null) {
        text = block.path("input").toString();
      } else if (block.path("type").asText().equals("text")) {
        plain.append(block.path("text").asText());
      }
    }
    ChatResponse.FinishReason reason = stop.equals("max_tokens")
        ? ChatResponse.FinishReason.LENGTH
        : stop.equals("refusal")
            ? ChatResponse.FinishReason.REFUSAL
            : stop.equals("end_turn") || stop.equals("tool_use") || stop.equals("stop_sequence")
                ? ChatResponse.FinishReason.STOP
                : ChatResponse.FinishReason.OTHER;
    return ChatResponse.builder()
        .text(text != null ? text : plain.toString())
        .finishReason(reason)
        .rawFinishReason(stop)
        .inputTokens(answer.path("usage").path("input_tokens").asLong(0))
        .outputTokens(answer.path("usage").path("output_tokens").asLong(0))
        .build();
  }
}
