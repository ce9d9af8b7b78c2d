package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.http.internal.Json;
import org.junit.jupiter.api.Test;

class PeatmossMappingTest {
  private static HfModelInfo info(String fixture) throws Exception {
    JsonNode node = Json.mapper().readTree(Fixtures.read(fixture));
    return ModelJson.model(node, "fixture");
  }

  @Test
  void toModel_mapsAsPeatmossDid() throws Exception {
    Model model = info("model-info-full.json").toModel();

    assertThat(model.id().value()).isEqualTo("acme-labs/tiny-bert-sentiment");
    assertThat(model.hub()).isEqualTo(ModelHub.HUGGING_FACE);
    assertThat(model.repoUrl()).hasValue("https://huggingface.co/acme-labs/tiny-bert-sentiment");
    assertThat(model.sha()).hasValue("3f9a1c27d8e04b5a96c1f2e7d0b8a4c3e5f61728");
    assertThat(model.downloads()).hasValue(48211);
    assertThat(model.likes()).hasValue(37);
    assertThat(model.authors()).containsExactly("acme-labs");
    assertThat(model.licenses()).containsExactly("apache-2.0");
    assertThat(model.datasets())
        .extracting(Dataset::name)
        .containsExactly("imdb", "acme-labs/reviews");
    assertThat(model.papers())
        .extracting(Paper::title)
        .containsExactly("https://arxiv.org/abs/1810.04805");
    assertThat(model.languages()).extracting(Language::name).containsExactly("en", "de");
    assertThat(model.architectures()).containsExactly("BertForSequenceClassification");
    assertThat(model.frameworks()).containsExactly("bert");
    assertThat(model.libraries()).containsExactly("transformers", "pytorch", "safetensors");
    assertThat(model.tags())
        .containsExactly(
            "bert",
            "text-classification",
            "autotrain_compatible",
            "endpoints_compatible",
            "sentiment");
  }

  @Test
  void toModel_withoutCardData_usesTagsAndConfigOnly() throws Exception {
    Model model = info("model-info-no-card.json").toModel();
    assertThat(model.licenses()).isEmpty();
    assertThat(model.languages()).isEmpty();
    assertThat(model.libraries()).containsExactly("transformers", "pytorch", "tf", "jax");
    assertThat(model.frameworks()).containsExactly("bert");
  }

  @Test
  void toModel_gatedModel_mergesCardLicenseWithLicenseTag() throws Exception {
    HfModelInfo info = info("model-info-gated.json");
    assertThat(info.gating()).isEqualTo(HfGating.MANUAL);
    assertThat(info.toModel().licenses()).containsExactly("llama3");
  }
}
