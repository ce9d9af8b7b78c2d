package io.github.peatmoss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Reads a command's stdout back as JSON lines, for assertions. */
final class JsonLines {
  private JsonLines() {}

  /** Parses every non-blank line written to {@code text} as one JSON document. */
  static List<JsonNode> parse(StringWriter text) throws JsonProcessingException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.toString().split("\\R")) {
      if (!line.isBlank()) {
        nodes.add(Output.JSON.readTree(line));
      }
    }
    return nodes;
  }
}
