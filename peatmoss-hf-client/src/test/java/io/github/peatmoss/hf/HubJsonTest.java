package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.Provenance;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tolerant readers of the Hub's model, tree and history JSON, shape by shape. */
class HubJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ModelId MODEL = ModelId.of("acme/m");

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void model_notAnObject_isDecodeException() {
    assertThatThrownBy(() -> ModelJson.model(json("\"acme/m\""), "GET /api/models"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /api/models: expected a model object, got STRING");
  }

  @Test
  void model_oldModelIdField_isRead() {
    assertThat(ModelJson.model(json("{\"modelId\":\"acme/old\"}"), "s").id().value())
        .isEqualTo("acme/old");
  }

  @Test
  void model_flagsAndScores_readOnlyWhenPresentAndTyped() {
    HfModelInfo set = ModelJson.model(
        json("{\"id\":\"acme/m\",\"private\":true,\"disabled\":true,\"trendingScore\":1.5}"), "s");
    HfModelInfo unset = ModelJson.model(
        json("{\"id\":\"acme/m\",\"private\":false,\"trendingScore\":\"high\"}"), "s");
    assertThat(set.isPrivateRepository()).isTrue();
    assertThat(set.isDisabled()).isTrue();
    assertThat(set.trendingScore()).hasValue(1.5);
    assertThat(unset.isPrivateRepository()).isFalse();
    assertThat(unset.isDisabled()).isFalse();
    assertThat(unset.trendingScore()).isEmpty();
  }

  @Test
  void model_placeholderCreationDate_isDropped_realOneKept() {
    assertThat(ModelJson.model(
                json("{\"id\":\"acme/m\",\"createdAt\":\"2022-03-02T23:29:04.000Z\"}"), "s")
            .createdAt())
        .isEmpty();
    assertThat(
            ModelJson.model(json("{\"id\":\"acme/m\",\"createdAt\":\"2022-03-03T10:00:00Z\"}"), "s")
                .createdAt())
        .hasValue(Instant.parse("2022-03-03T10:00:00Z"));
  }

  @Test
  void model_siblings_readLfsOidWhenNoSha256_andIgnoreANonArray() {
    HfModelInfo info = ModelJson.model(
        json("{\"id\":\"acme/m\",\"siblings\":[{\"rfilename\":\"w.bin\",\"lfs\":{\"oid\":\"abc\"}},"
            + "{\"size\":3}]}"),
        "s");
    assertThat(info.siblings()).singleElement().satisfies(s -> {
      assertThat(s.path()).isEqualTo("w.bin");
      assertThat(s.lfsSha256()).hasValue("abc");
    });
    assertThat(ModelJson.model(
                json("{\"id\":\"acme/m\",\"siblings\":{\"x\":{\"rfilename\":\"a\"}}}"), "s")
            .siblings())
        .isEmpty();
  }

  @Test
  void gating_readsEveryShapeTheHubSent() {
    assertThat(ModelJson.gating(null)).isEqualTo(HfGating.NONE);
    assertThat(ModelJson.gating(json("null"))).isEqualTo(HfGating.NONE);
    assertThat(ModelJson.gating(json("false"))).isEqualTo(HfGating.NONE);
    assertThat(ModelJson.gating(json("true"))).isEqualTo(HfGating.AUTO);
    assertThat(ModelJson.gating(json("\"auto\""))).isEqualTo(HfGating.AUTO);
    assertThat(ModelJson.gating(json("\"manual\""))).isEqualTo(HfGating.MANUAL);
    assertThat(ModelJson.gating(json("\"false\""))).isEqualTo(HfGating.NONE);
    assertThat(ModelJson.gating(json("\"\""))).isEqualTo(HfGating.NONE);
  }

  @Test
  void treeEntry_lfsSha256FallsBackToSha256Field_andPathIsRequired() {
    HfTreeEntry entry = ModelJson.treeEntry(
        json("{\"type\":\"file\",\"path\":\"w.bin\",\"lfs\":{\"sha256\":\"def\"}}"), "s");
    assertThat(entry.lfsSha256()).hasValue("def");
    assertThatThrownBy(() -> ModelJson.treeEntry(json("{\"type\":\"file\"}"), "s"))
        .isInstanceOf(DecodeException.class);
  }

  @Test
  void fromJson_missingNodeIsNothing() {
    assertThat(Values.fromJson(MissingNode.getInstance())).isNull();
  }

  @Test
  void refs_bodyNotAnObject_isDecodeException() {
    assertThatThrownBy(() -> HistoryJson.refs(MODEL, json("[]"), "GET /refs"))
        .isInstanceOf(DecodeException.class)
        .hasMessage(
            "GET /refs: expected a JSON object with 'branches' and 'tags'; check the endpoint");
  }

  @Test
  void refs_nullListsAreEmpty_nonArraysAndNamelessRefsAreDecodeExceptions() {
    assertThat(
            HistoryJson.refs(MODEL, json("{\"branches\":null,\"tags\":[{\"name\":\"v1\"}]}"), "s"))
        .singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(GitRef.Kind.TAG));
    assertThatThrownBy(() -> HistoryJson.refs(MODEL, json("{\"branches\":{}}"), "s"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("s: 'branches' is not an array");
    assertThatThrownBy(() -> HistoryJson.refs(MODEL, json("{\"tags\":\"v1\"}"), "s"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("s: 'tags' is not an array");
    assertThatThrownBy(() -> HistoryJson.refs(MODEL, json("{\"branches\":[{\"ref\":\"x\"}]}"), "s"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("s: a ref without a 'name'");
  }

  @Test
  void commit_withoutId_isDecodeException() {
    assertThatThrownBy(() -> HistoryJson.commit(MODEL, json("{\"title\":\"t\"}"), "s"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("s: a commit without an 'id'");
  }

  @Test
  void summary_withoutNumber_isDecodeException_andAnAuthorNotAnObjectIsDeleted() {
    assertThatThrownBy(() -> HistoryJson.summary(MODEL, json("{\"title\":\"t\"}"), "s"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("s: a discussion without a number ('num')");
    assertThat(HistoryJson.summary(MODEL, json("{\"num\":3,\"author\":\"someone\"}"), "s")
            .author())
        .isEqualTo(HistoryJson.DELETED_AUTHOR);
  }

  @Test
  void toModel_tagsByKind_skipEmptyValues_andKeepTagsStartingWithAColon() {
    Model model = ModelJson.model(
            json("{\"id\":\"acme/m\",\"tags\":[\"license:mit\",\"dataset:squad\","
                + "\"arxiv:1234.5678\",\"license:\",\":odd\",\"pytorch\",\"plain\"],"
                + "\"config\":{\"model_type\":\"bert\"}}"),
            "s")
        .toModel();
    assertThat(model.licenses()).containsExactly("mit");
    assertThat(model.datasets()).extracting(Dataset::name).containsExactly("squad");
    assertThat(model.papers())
        .extracting(Paper::title)
        .containsExactly("https://arxiv.org/abs/1234.5678");
    assertThat(model.tags()).containsExactly(":odd", "plain");
    assertThat(model.libraries()).containsExactly("pytorch");
    assertThat(model.frameworks()).containsExactly("bert");
    assertThat(model.authors()).containsExactly("acme");
  }

  @Test
  void toModel_authorFieldWinsOverTheNamespace() {
    Model model =
        ModelJson.model(json("{\"id\":\"acme/m\",\"author\":\"someone\"}"), "s").toModel();
    assertThat(model.authors()).containsExactly("someone");
  }

  @Test
  void toExtractedMetadata_readsBaseModelsAndParameterCount_orNothing() {
    HfModelInfo info = ModelJson.model(
        json("{\"id\":\"acme/m\",\"safetensors\":{\"total\":1000},"
            + "\"cardData\":{\"base_model\":[\"acme/base\",\"not a hub id\"]}}"),
        "s");
    ExtractedMetadata metadata = info.toExtractedMetadata(Optional.empty()).orElseThrow();
    assertThat(metadata.model()).isEqualTo(MODEL);
    assertThat(metadata.parameterCount()).hasValueSatisfying(p -> {
      assertThat(p.value()).isEqualTo(1000L);
      assertThat(p.provenance()).isEqualTo(Provenance.HUB_API);
    });
    assertThat(metadata.baseModels()).hasSize(2);
    BaseModel hub = metadata.baseModels().get(0).value();
    assertThat(hub.id()).hasValue(ModelId.of("acme/base"));
    assertThat(hub.url()).hasValue("https://huggingface.co/acme/base");
    BaseModel free = metadata.baseModels().get(1).value();
    assertThat(free.name()).isEqualTo("not a hub id");
    assertThat(free.id()).isEmpty();

    assertThat(
            ModelJson.model(json("{\"id\":\"acme/m\"}"), "s").toExtractedMetadata(Optional.empty()))
        .isEmpty();
    ModelCard card = ModelCards.parse("---\nbase_model: acme/other\n---\n");
    assertThat(info.toExtractedMetadata(Optional.of(card)).orElseThrow().baseModels())
        .extracting(b -> b.value().name())
        .containsExactly("acme/other");
  }
}
