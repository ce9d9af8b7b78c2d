package io.github.peatmoss.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for a language-model service in one wire format: answers scripted replies in order (the last
 * one repeats), counts calls, and keeps every request body.
 */
final class FakeProvider extends Dispatcher {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ProviderKind kind;
  private final Deque<MockResponse> script = new ArrayDeque<>();
  private final List<JsonNode> bodies = new ArrayList<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private MockResponse last;

  FakeProvider(ProviderKind kind) {
    this.kind = kind;
  }

  /** Queues an answer whose text is {@code text}, stopped for {@code finish} ("stop" or "length"). */
  FakeProvider answer(String text, String finish) {
    return reply(new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(wrap(text, finish).toString())
        .build());
  }

  /** Queues a complete answer. */
  FakeProvider answer(String text) {
    return answer(text, "stop");
  }

  /** Queues an error answer. */
  FakeProvider error(int code, String body, String... headers) {
    MockResponse.Builder b = new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body);
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return reply(b.build());
  }

  FakeProvider reply(MockResponse response) {
    script.add(response);
    return this;
  }

  /** Returns the calls received. */
  synchronized int calls() {
    return requests.size();
  }

  /** Returns the JSON bodies received, in order. */
  synchronized List<JsonNode> bodies() {
    return new ArrayList<>(bodies);
  }

  synchronized List<RecordedRequest> requests() {
    return new ArrayList<>(requests);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    try {
      bodies.add(JSON.readTree(request.getBody().utf8()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MockResponse next = script.poll();
    if (next != null) {
      last = next;
    }
    return last;
  }

  /** Wraps answer text in this wire format's response. */
  ObjectNode wrap(String text, String finish) {
    ObjectNode o = JSON.createObjectNode();
    switch (kind) {
      case OPENAI: {
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        choice
            .putObject("message")
            .put("role", "assistant")
            .put("content", text)
            .putNull("refusal");
        choice.put("finish_reason", finish);
        o.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 120);
        return o;
      }
      case OLLAMA: {
        o.put("model", "llama3.1:8b");
        o.putObject("message").put("role", "assistant").put("content", text);
        o.put("done", true);
        o.put("done_reason", finish);
        o.put("prompt_eval_count", 900);
        o.put("eval_count", 120);
        return o;
      }
      default: {
        o.put("type", "message");
        JsonNode input = tryJson(text);
        if (input != null && input.isObject()) {
          ObjectNode block = o.putArray("content").addObject();
          block.put("type", "tool_use").put("id", "toolu_1").put("name", "record_metadata");
          block.set("input", input);
        } else {
          o.putArray("content").addObject().put("type", "text").put("text", text);
        }
        o.put("stop_reason", finish.equals("length") ? "max_tokens" : "tool_use");
        o.putObject("usage").put("input_tokens", 900).put("output_tokens", 120);
        return o;
      }
    }
  }

  private static JsonNode tryJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }
}
