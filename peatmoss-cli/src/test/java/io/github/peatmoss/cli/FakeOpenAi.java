package io.github.peatmoss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A local OpenAI-compatible Chat Completions server that answers every request with a schema-valid answer:
 * "hardware" from the card's "one V100" when asked, every other asked field empty. Counts the calls.
 */
final class FakeOpenAi extends Dispatcher {
  final AtomicInteger calls = new AtomicInteger();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    calls.incrementAndGet();
    try {
      JsonNode body = Output.JSON.readTree(request.getBody().utf8());
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json")
          .body(completion(body).toString())
          .build();
    } catch (IOException e) {
      return new MockResponse.Builder()
          .code(400)
          .body("{\"error\":{\"message\":\"bad json\"}}")
          .build();
    }
  }

  /** Returns a chat.completion answering {@code body}'s schema. */
  static ObjectNode completion(JsonNode body) {
    JsonNode schema = body.path("response_format").path("json_schema").path("schema");
    String user = body.path("messages").path(1).path("content").asText();
    ObjectNode answer = Output.JSON.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it =
            schema.path("properties").properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals("hardware") && user.contains("on one V100")) {
        answer
            .putArray("hardware")
            .addObject()
            .put("name", "V100")
            .put("hoursUsed", 3)
            .putNull("cloudProvider")
            .putNull("computeRegion")
            .put("quote", "on one V100");
      } else {
        answer.putArray(field.getKey()); // every field is a list of {value, quote} items
      }
    }
    ObjectNode completion = Output.JSON.createObjectNode();
    ObjectNode choice = completion.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", answer.toString());
    choice.put("finish_reason", "stop");
    completion.putObject("usage").put("prompt_tokens", 500).put("completion_tokens", 60);
    return completion;
  }
}
