package io.github.peatmoss.llm;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Evidence;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.RepoRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders extracted metadata in the CLI's JSON vocabulary: one key per {@link PeatmossField} in camelCase,
 * always present. A single-valued field ({@code license}, {@code parameterCount}, {@code carbonEmitted}) is an
 * object or {@code null}; a multi-valued one is an array of objects, empty when absent. Each object has the shape
 * core's {@code Extracted} has everywhere in the CLI: {@code {"value": ..., "provenance": "CARD_YAML",
 * "evidence": {"source": "README.md", "quote": "license: mit", "offset": 4} | null}}; {@code provenance} is the
 * {@link io.github.peatmoss.core.model.Provenance} name, {@code evidence.source} where the quote was read
 * ({@code README.md}, {@code tags}) and {@code offset} its character offset in the card. Values: license text,
 * parameter count as an integer, carbon in grams, datasets {@code {name, url}}, base models {@code {name, url}},
 * hardware {@code {name, hoursUsed, cloudProvider, computeRegion}}, hyper-parameters {@code {name, value}},
 * evaluation {@code {metric, dataset, result}} or {@code {link}}, papers {@code {title, url}}, GitHub
 * repositories {@code owner/name}, everything else text.
 */
public final class ExtractionJson {
  private ExtractionJson() {}

  /** Returns the JSON object as ordered maps, lists and scalars, ready for any JSON writer. */
  public static Map<String, Object> toMap(ExtractedMetadata m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (PeatmossField f : PeatmossField.values()) {
      out.put(f.jsonName(), field(m, f));
    }
    return out;
  }

  private static Object field(ExtractedMetadata m, PeatmossField f) {
    switch (f) {
      case LICENSE:
        return one(m.license(), v -> v);
      case PARAMETER_COUNT:
        return one(m.parameterCount(), v -> v);
      case CARBON_EMITTED:
        return one(m.carbonEmittedGrams(), v -> v);
      case DATASETS:
        return many(m.datasets(), ExtractionJson::dataset);
      case BASE_MODEL:
        return many(m.baseModels(), ExtractionJson::baseModel);
      case HARDWARE:
        return many(m.hardware(), ExtractionJson::hardware);
      case HYPER_PARAMETERS:
        return many(m.hyperParameters(), ExtractionJson::hyper);
      case EVALUATION: {
        List<Object> out = new ArrayList<>(many(m.evaluationMetrics(), ExtractionJson::metric));
        out.addAll(many(m.evaluationLinks(), link -> ordered("link", link)));
        return out;
      }
      case LIMITATION_AND_BIAS:
        return many(m.limitations(), v -> v);
      case DEMO:
        return many(m.demos(), v -> v);
      case GRANT:
        return many(m.grants(), v -> v);
      case INPUT_FORMAT:
        return many(m.inputFormats(), v -> v);
      case OUTPUT_FORMAT:
        return many(m.outputFormats(), v -> v);
      case LANGUAGE:
        return many(m.languages(), v -> v);
      case GITHUB_REPO:
        return many(m.githubRepositories(), (RepoRef r) -> r.owner() + "/" + r.name());
      case PAPER:
        return many(m.papers(), ExtractionJson::paper);
      case DOMAIN:
        return many(m.domains(), v -> v);
      case TASK:
        return many(m.tasks(), v -> v);
      case FRAMEWORKS:
        return many(m.frameworks(), v -> v);
      case LIBRARIES:
        return many(m.libraries(), v -> v);
      default:
        throw new AssertionError(f);
    }
  }

  private static <T> Object one(Optional<Extracted<T>> e, Function<T, Object> value) {
    return e.map(x -> entry(x, value)).orElse(null);
  }

  private static <T> List<Object> many(List<Extracted<T>> list, Function<T, Object> value) {
    List<Object> out = new ArrayList<>();
    for (Extracted<T> e : list) {
      out.add(entry(e, value));
    }
    return out;
  }

  private static <T> Map<String, Object> entry(Extracted<T> e, Function<T, Object> value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("value", value.apply(e.value()));
    out.put("provenance", e.provenance().name());
    out.put("evidence", e.evidence().map(ExtractionJson::evidence).orElse(null));
    return out;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", e.source());
    out.put("quote", e.quote().orElse(null));
    out.put("offset", e.offset().isPresent() ? e.offset().getAsInt() : null);
    return out;
  }

  private static Object dataset(Dataset d) {
    return ordered("name", d.name(), "url", d.url().orElse(null));
  }

  private static Object baseModel(BaseModel b) {
    return ordered("name", b.name(), "url", b.url().orElse(null));
  }

  private static Object hardware(Hardware h) {
    return ordered(
        "name",
        h.name(),
        "hoursUsed",
        h.hoursUsed().isPresent() ? h.hoursUsed().getAsDouble() : null,
        "cloudProvider",
        h.cloudProvider().orElse(null),
        "computeRegion",
        h.computeRegion().orElse(null));
  }

  private static Object hyper(HyperParameter h) {
    return ordered("name", h.name().orElse(null), "value", h.value());
  }

  private static Object metric(EvaluationMetric m) {
    return ordered("metric", m.test(), "dataset", m.dataset().orElse(null), "result", m.result());
  }

  private static Object paper(Paper p) {
    return ordered("title", p.title(), "url", p.url().orElse(null));
  }

  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put((String) keyValues[i], keyValues[i + 1]);
    }
    return out;
  }
}
