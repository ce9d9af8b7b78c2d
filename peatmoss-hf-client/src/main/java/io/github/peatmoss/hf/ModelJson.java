package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.ModelId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads the Hub's model, dataset and tree JSON. Tolerant by design: unknown fields are ignored, missing ones
 * stay empty, and fields whose type drifted over the years ({@code gated} false or "manual", {@code
 * inferenceProviderMapping} object or array) are read in every shape seen.
 */
final class ModelJson {
  /** Before the Hub stored creation dates it filled in this day for every repository. */
  private static final String CREATED_AT_PLACEHOLDER_PREFIX = "2022-03-02T23:29:";

  private ModelJson() {}

  static HfModelInfo model(JsonNode node, String source) {
    if (!node.isObject()) {
      throw new DecodeException(source + ": expected a model object, got " + node.getNodeType());
    }
    String rawId = text(node, "id")
        .or(() -> text(node, "modelId"))
        .orElseThrow(() -> new DecodeException(
            source + ": a model without 'id'; the endpoint does not answer like the Hub"));
    ModelId id;
    try {
      id = ModelId.of(rawId);
    } catch (IllegalArgumentException e) {
      throw new DecodeException(
          source + ": the Hub returned an unusable model id: " + e.getMessage(), e);
    }
    List<String> warnings = new ArrayList<>();
    Map<String, Object> cardData = Values.map(Values.fromJson(node.get("cardData")));
    Object modelIndex = cardData.containsKey("model-index")
        ? cardData.get("model-index")
        : Values.fromJson(node.get("model-index"));
    HfModelInfo.Builder b = HfModelInfo.builder()
        .id(id)
        .internalId(text(node, "_id"))
        .author(text(node, "author"))
        .sha(text(node, "sha"))
        .lastModified(instant(node, "lastModified"))
        .createdAt(instant(node, "createdAt")
            .filter(t -> !t.toString().startsWith(CREATED_AT_PLACEHOLDER_PREFIX)))
        .privateRepository(bool(node, "private"))
        .gating(gating(node.get("gated")))
        .disabled(bool(node, "disabled"))
        .downloads(number(node, "downloads"))
        .downloadsAllTime(number(node, "downloadsAllTime"))
        .likes(number(node, "likes"))
        .trendingScore(decimal(node, "trendingScore"))
        .libraryName(text(node, "library_name"))
        .pipelineTag(text(node, "pipeline_tag"))
        .tags(strings(node.get("tags")))
        .cardData(cardData)
        .config(Values.map(Values.fromJson(node.get("config"))))
        .parameterCount(
            node.has("safetensors")
                ? number(node.get("safetensors"), "total")
                : OptionalLong.empty())
        .usedStorage(number(node, "usedStorage"))
        .spaces(strings(node.get("spaces")))
        .evalResults(ModelIndex.flatten(modelIndex, warnings));
    JsonNode siblings = node.get("siblings");
    if (siblings != null && siblings.isArray()) {
      for (JsonNode s : siblings) {
        Optional<String> path = text(s, "rfilename");
        if (path.isEmpty()) {
          continue;
        }
        JsonNode lfs = s.get("lfs");
        b.addSibling(HfSibling.builder()
            .path(path.get())
            .size(number(s, "size"))
            .blobId(text(s, "blobId"))
            .lfsSha256(
                lfs == null ? Optional.empty() : text(lfs, "sha256").or(() -> text(lfs, "oid")))
            .build());
      }
    }
    return b.build();
  }

  static HfDatasetInfo dataset(JsonNode node, String source) {
    String id = text(node, "id")
        .orElseThrow(() -> new DecodeException(
            source + ": a dataset without 'id'; the endpoint does not answer like the Hub"));
    return HfDatasetInfo.builder()
        .id(id)
        .author(text(node, "author"))
        .sha(text(node, "sha"))
        .lastModified(instant(node, "lastModified"))
        .downloads(number(node, "downloads"))
        .likes(number(node, "likes"))
        .tags(strings(node.get("tags")))
        .privateRepository(bool(node, "private"))
        .gating(gating(node.get("gated")))
        .cardData(Values.map(Values.fromJson(node.get("cardData"))))
        .build();
  }

  static HfTreeEntry treeEntry(JsonNode node, String source) {
    Optional<String> path = text(node, "path");
    Optional<String> type = text(node, "type");
    if (path.isEmpty() || type.isEmpty()) {
      throw new DecodeException(source + ": a tree entry without 'path' or 'type'");
    }
    JsonNode lfs = node.get("lfs");
    JsonNode lastCommit = node.get("lastCommit");
    return HfTreeEntry.builder()
        .type(type.get().equals("directory") ? HfTreeEntry.Type.DIRECTORY : HfTreeEntry.Type.FILE)
        .path(path.get())
        .oid(text(node, "oid"))
        .size(number(node, "size"))
        .lfsSha256(lfs == null ? Optional.empty() : text(lfs, "oid").or(() -> text(lfs, "sha256")))
        .lastCommitId(lastCommit == null ? Optional.empty() : text(lastCommit, "id"))
        .lastCommitDate(lastCommit == null ? Optional.empty() : instant(lastCommit, "date"))
        .build();
  }

  static HfGating gating(JsonNode gated) {
    if (gated == null || gated.isNull() || (gated.isBoolean() && !gated.booleanValue())) {
      return HfGating.NONE;
    }
    if (gated.isTextual()) {
      String mode = gated.asText();
      return mode.equals("auto")
          ? HfGating.AUTO
          : mode.equals("false") || mode.isEmpty() ? HfGating.NONE : HfGating.MANUAL;
    }
    return HfGating.AUTO;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null
            && value.isValueNode()
            && !value.isNull()
            && !value.asText().isEmpty()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.asBoolean(false);
  }

  private static OptionalLong number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber()
        ? OptionalLong.of(value.asLong())
        : OptionalLong.empty();
  }

  private static OptionalDouble decimal(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber()
        ? OptionalDouble.of(value.asDouble())
        : OptionalDouble.empty();
  }

  /** Returns the instant in {@code field}, or empty when it is missing, not text or not ISO-8601. */
  static Optional<Instant> instant(JsonNode node, String field) {
    return text(node, field).flatMap(t -> {
      try {
        return Optional.of(Instant.parse(t));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  private static List<String> strings(JsonNode node) {
    return Values.strings(Values.fromJson(node));
  }
}
