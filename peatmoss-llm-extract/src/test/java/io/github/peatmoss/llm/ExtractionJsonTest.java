package io.github.peatmoss.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Evidence;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.core.model.RepoRef;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ExtractionJson} renders every field in the documented shape, and {@link PeatmossField} says which field a
 * metadata value fills and finds fields by either spelling.
 */
class ExtractionJsonTest {
  private static final ModelId ID = ModelId.of("acme/json-shape");

  private static <T> Extracted<T> card(T value) {
    return Extracted.of(value, Provenance.CARD_TEXT);
  }

  /** Metadata with exactly one field filled, each field with a value of its own. */
  private static ExtractedMetadata only(PeatmossField f) {
    ExtractedMetadata.Builder b = ExtractedMetadata.builder().model(ID);
    switch (f) {
      case LICENSE:
        return b.license(card("apache-2.0")).build();
      case DATASETS:
        return b.addDatasets(card(Dataset.builder().name("squad").build())).build();
      case BASE_MODEL:
        return b.addBaseModels(
                card(BaseModel.builder().name("bert-base-uncased").build()))
            .build();
      case PARAMETER_COUNT:
        return b.parameterCount(card(110_000_000L)).build();
      case HARDWARE:
        return b.addHardware(card(Hardware.builder().name("8x A100").build())).build();
      case CARBON_EMITTED:
        return b.carbonEmittedGrams(card(1500.0)).build();
      case HYPER_PARAMETERS:
        return b.addHyperParameters(card(HyperParameter.builder().value("3e-5").build()))
            .build();
      case EVALUATION:
        return b.addEvaluationLinks(card("https://example.org/leaderboard")).build();
      case LIMITATION_AND_BIAS:
        return b.addLimitations(card("English only")).build();
      case DEMO:
        return b.addDemos(card("pipeline('fill-mask')")).build();
      case GRANT:
        return b.addGrants(card("NSF 123")).build();
      case INPUT_FORMAT:
        return b.addInputFormats(card("text")).build();
      case OUTPUT_FORMAT:
        return b.addOutputFormats(card("labels")).build();
      case LANGUAGE:
        return b.addLanguages(card("en")).build();
      case GITHUB_REPO:
        return b.addGithubRepositories(card(RepoRef.of("acme", "code"))).build();
      case PAPER:
        return b.addPapers(card(Paper.builder().title("BERT").build())).build();
      case DOMAIN:
        return b.addDomains(card("Natural Language Processing")).build();
      case TASK:
        return b.addTasks(card("fill-mask")).build();
      case FRAMEWORKS:
        return b.addFrameworks(card("pytorch")).build();
      case LIBRARIES:
        return b.addLibraries(card("transformers")).build();
      default:
        throw new AssertionError(f);
    }
  }

  @ParameterizedTest
  @EnumSource(PeatmossField.class)
  void isFilled_isTrueForTheOneFieldSetAndFalseForEveryOther(PeatmossField filled) {
    ExtractedMetadata m = only(filled);
    for (PeatmossField f : PeatmossField.values()) {
      assertThat(f.isFilled(m)).as(f + " with only " + filled + " set").isEqualTo(f == filled);
    }
  }

  @Test
  void isFilled_evaluationCountsMetricsAsWellAsLinks() {
    ExtractedMetadata m = ExtractedMetadata.builder()
        .model(ID)
        .addEvaluationMetrics(
            card(EvaluationMetric.builder().test("accuracy").result("0.9").build()))
        .build();
    assertThat(PeatmossField.EVALUATION.isFilled(m)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(PeatmossField.class)
  void toMap_rendersTheOneFieldSetAsItsValueAndEveryOtherAsEmpty(PeatmossField filled) {
    Map<String, Object> json = ExtractionJson.toMap(only(filled));
    assertThat(json.keySet())
        .containsExactly(Arrays.stream(PeatmossField.values())
            .map(PeatmossField::jsonName)
            .toArray(String[]::new));
    for (PeatmossField f : PeatmossField.values()) {
      Object v = json.get(f.jsonName());
      if (f == filled) {
        Object entry = f.isMultiValued() ? single(v) : v;
        assertThat(entry).as(f.jsonName()).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) entry).get("value")).as(f.jsonName()).isNotNull();
        assertThat(((Map<?, ?>) entry).get("provenance")).isEqualTo("CARD_TEXT");
      } else if (f.isMultiValued()) {
        assertThat(v).as(f.jsonName()).isEqualTo(List.of());
      } else {
        assertThat(v).as(f.jsonName()).isNull();
      }
    }
  }

  private static Object single(Object list) {
    assertThat(list).isInstanceOf(List.class);
    assertThat((List<?>) list).hasSize(1);
    return ((List<?>) list).get(0);
  }

  @Test
  void toMap_rendersEachValueShapeWithItsKeysInOrder() {
    Evidence evidence =
        Evidence.builder().source("README.md").quote("license: mit").offset(4).build();
    ExtractedMetadata m = ExtractedMetadata.builder()
        .model(ID)
        .license(Extracted.of("mit", Provenance.CARD_YAML, evidence))
        .parameterCount(card(7L))
        .carbonEmittedGrams(card(2.5))
        .addDatasets(
            card(Dataset.builder().name("imdb").url("https://d.example/imdb").build()))
        .addDatasets(card(Dataset.builder().name("sst2").build()))
        .addBaseModels(
            card(BaseModel.builder().name("gpt2").url("https://b.example/gpt2").build()))
        .addHardware(card(Hardware.builder()
            .name("TPU v3")
            .hoursUsed(12.5)
            .cloudProvider("GCP")
            .computeRegion("us-central1")
            .build()))
        .addHardware(card(Hardware.builder().name("laptop").build()))
        .addHyperParameters(
            card(HyperParameter.builder().name("learning_rate").value("1e-4").build()))
        .addEvaluationMetrics(card(EvaluationMetric.builder()
            .test("f1")
            .dataset("conll2003")
            .result("91.3")
            .build()))
        .addEvaluationMetrics(
            card(EvaluationMetric.builder().test("bleu").result("30").build()))
        .addEvaluationLinks(card("https://e.example/results"))
        .addGithubRepositories(card(RepoRef.of("octo", "model-code")))
        .addPapers(card(Paper.builder()
            .title("Attention")
            .url("https://arxiv.org/abs/1706.03762")
            .build()))
        .addLanguages(card("en"), card("de"))
        .build();

    Map<String, Object> json = ExtractionJson.toMap(m);

    assertThat(json.get("license"))
        .isEqualTo(map(
            "value", "mit",
            "provenance", "CARD_YAML",
            "evidence", map("source", "README.md", "quote", "license: mit", "offset", 4)));
    assertThat(json.get("parameterCount")).isEqualTo(entry(7L));
    assertThat(json.get("carbonEmitted")).isEqualTo(entry(2.5));
    assertThat(json.get("datasets"))
        .isEqualTo(List.of(
            entry(map("name", "imdb", "url", "https://d.example/imdb")),
            entry(map("name", "sst2", "url", null))));
    assertThat(json.get("baseModel"))
        .isEqualTo(List.of(entry(map("name", "gpt2", "url", "https://b.example/gpt2"))));
    assertThat(json.get("hardware"))
        .isEqualTo(List.of(
            entry(map(
                "name", "TPU v3",
                "hoursUsed", 12.5,
                "cloudProvider", "GCP",
                "computeRegion", "us-central1")),
            entry(map(
                "name",
                "laptop",
                "hoursUsed",
                null,
                "cloudProvider",
                null,
                "computeRegion",
                null))));
    assertThat(json.get("hyperParameters"))
        .isEqualTo(List.of(entry(map("name", "learning_rate", "value", "1e-4"))));
    assertThat(json.get("evaluation"))
        .isEqualTo(List.of(
            entry(map("metric", "f1", "dataset", "conll2003", "result", "91.3")),
            entry(map("metric", "bleu", "dataset", null, "result", "30")),
            entry(map("link", "https://e.example/results"))));
    assertThat(json.get("githubRepo")).isEqualTo(List.of(entry("octo/model-code")));
    assertThat(json.get("paper"))
        .isEqualTo(
            List.of(entry(map("title", "Attention", "url", "https://arxiv.org/abs/1706.03762"))));
    assertThat(json.get("language")).isEqualTo(List.of(entry("en"), entry("de")));
    assertThat(List.copyOf(((Map<?, ?>) ((List<?>) json.get("hardware")).get(0)).keySet()))
        .isEqualTo(List.of("value", "provenance", "evidence"));
    @SuppressWarnings("unchecked")
    Map<String, Object> tpu =
        (Map<String, Object>) ((Map<?, ?>) ((List<?>) json.get("hardware")).get(0)).get("value");
    assertThat(tpu.keySet()).containsExactly("name", "hoursUsed", "cloudProvider", "computeRegion");
  }

  @Test
  void toMap_rendersAnEvidenceWithoutQuoteOrOffsetAsNulls() {
    ExtractedMetadata m = ExtractedMetadata.builder()
        .model(ID)
        .addTasks(Extracted.of(
            "fill-mask", Provenance.TAGS, Evidence.builder().source("tags").build()))
        .build();
    assertThat(ExtractionJson.toMap(m).get("task"))
        .isEqualTo(List.of(map(
            "value", "fill-mask",
            "provenance", "TAGS",
            "evidence", map("source", "tags", "quote", null, "offset", null))));
  }

  private static Map<String, Object> entry(Object value) {
    return map("value", value, "provenance", "CARD_TEXT", "evidence", null);
  }

  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put((String) keyValues[i], keyValues[i + 1]);
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(PeatmossField.class)
  void find_acceptsTheJsonNameTheConstantAndItsKebabSpelling(PeatmossField f) {
    assertThat(PeatmossField.find(f.jsonName())).contains(f);
    assertThat(PeatmossField.find(f.name())).contains(f);
    assertThat(PeatmossField.find(f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
        .contains(f);
  }

  @Test
  void find_refusesAnUnknownName() {
    assertThat(PeatmossField.find("licence")).isEmpty();
    assertThat(PeatmossField.find("")).isEmpty();
  }

  @Test
  void isMultiValued_isFalseExactlyForTheThreeSingleValuedFields() {
    assertThat(Arrays.stream(PeatmossField.values()).filter(f -> !f.isMultiValued()))
        .containsExactlyInAnyOrder(
            PeatmossField.LICENSE, PeatmossField.PARAMETER_COUNT, PeatmossField.CARBON_EMITTED);
  }
}
