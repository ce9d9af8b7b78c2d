package io.github.peatmoss.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns answer text into a JSON object and validates it against the answer schema with a real JSON Schema
 * validator (networknt, draft 2020-12). Accepts the JSON alone, in a Markdown code fence, or after a preamble;
 * drops top-level keys that were not asked (counted) before validating, so an answer cannot add fields.
 */
public final class AnswerParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Pattern FENCE =
      Pattern.compile("```(?:json|JSON)?\\s*\\n?(\\{[\\s\\S]*?})\\s*```");

  /**
   * The outcome of parsing one answer.
   *
   * @param answer the JSON object, when one was found
   * @param errors what is wrong: not JSON, or the validator's messages; empty when valid
   * @param unaskedKeys top-level keys dropped because they were not asked
   */
  public record Parsed(Optional<ObjectNode> answer, List<String> errors, int unaskedKeys) {
    /** Returns whether the answer is a valid object. */
    public boolean isValid() {
      return answer.isPresent() && errors.isEmpty();
    }
  }

  private AnswerParser() {}

  /** Parses {@code text} and validates it against {@code schema}, given as JSON text. */
  public static Parsed parse(String text, String schema) {
    Optional<ObjectNode> node = read(schema);
    if (node.isEmpty()) {
      throw new IllegalArgumentException("the answer schema is not a JSON object");
    }
    return parse(text, node.get());
  }

  /** Parses {@code text} and validates it against {@code schema}. */
  public static Parsed parse(String text, ObjectNode schema) {
    Optional<ObjectNode> object = findObject(text);
    if (object.isEmpty()) {
      return new Parsed(Optional.empty(), List.of("the answer holds no JSON object"), 0);
    }
    ObjectNode answer = object.get();
    int unasked = 0;
    List<String> names = new ArrayList<>();
    answer.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (!schema.path("properties").has(name)) {
        answer.remove(name);
        unasked++;
      }
    }
    Schema validator = REGISTRY.getSchema(schema);
    List<String> errors = new ArrayList<>();
    for (Error e : validator.validate(answer)) {
      errors.add(e.toString());
    }
    return new Parsed(Optional.of(answer), errors, unasked);
  }

  /** Returns the first JSON object in the text: whole, fenced, or from the first brace to its match. */
  static Optional<ObjectNode> findObject(String text) {
    String t = text.strip();
    Optional<ObjectNode> whole = read(t);
    if (whole.isPresent()) {
      return whole;
    }
    Matcher fence = FENCE.matcher(t);
    if (fence.find()) {
      Optional<ObjectNode> fenced = read(fence.group(1));
      if (fenced.isPresent()) {
        return fenced;
      }
    }
    int start = t.indexOf('{');
    while (start >= 0) {
      int end = matchingBrace(t, start);
      if (end > start) {
        Optional<ObjectNode> inner = read(t.substring(start, end + 1));
        if (inner.isPresent()) {
          return inner;
        }
      }
      start = t.indexOf('{', start + 1);
    }
    return Optional.empty();
  }

  private static int matchingBrace(String t, int start) {
    int depth = 0;
    boolean string = false;
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<ObjectNode> read(String s) {
    try {
      JsonNode node = MAPPER.readTree(s);
      return node instanceof ObjectNode ? Optional.of((ObjectNode) node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
