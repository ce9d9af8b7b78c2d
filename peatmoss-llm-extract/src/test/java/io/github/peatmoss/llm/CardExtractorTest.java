package io.github.peatmoss.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardExtractorTest {
  private static final ModelId ID = ModelId.of("org/model");
  private final CardExtractor extractor = CardExtractor.create();

  private ExtractedMetadata extract(String card) {
    return extractor.extract(ID, card).metadata();
  }

  @Test
  void yamlValues_carryTheirLineAsEvidence_withTheOffsetIntoTheCard() {
    String card = "---\nlicense: mit\ndatasets:\n- imdb\n---\n# x\n";
    ExtractedMetadata m = extract(card);
    Extracted<String> license = m.license().orElseThrow();
    assertThat(license.provenance()).isEqualTo(Provenance.CARD_YAML);
    assertThat(license.evidence().orElseThrow().quote()).contains("license: mit");
    int offset = license.evidence().orElseThrow().offset().getAsInt();
    assertThat(card.substring(offset)).startsWith("license: mit");
    assertThat(m.datasets().get(0).value().url()).contains("https://huggingface.co/datasets/imdb");
  }

  @Test
  void hubTags_giveTaskDomainFrameworkLibrary_andPrefixedValues() {
    ExtractedMetadata m = extractor
        .extract(
            ID,
            "# x\n",
            List.of(
                "text-generation",
                "pytorch",
                "transformers",
                "dataset:wikitext",
                "arxiv:2005.14165",
                "base_model:finetune:gpt2",
                "license:mit",
                "en"))
        .metadata();
    assertThat(m.tasks()).extracting(Extracted::value).containsExactly("text-generation");
    assertThat(m.domains())
        .extracting(Extracted::value)
        .containsExactly("natural-language-processing");
    assertThat(m.frameworks()).extracting(Extracted::value).containsExactly("pytorch");
    assertThat(m.libraries()).extracting(Extracted::value).containsExactly("transformers");
    assertThat(m.datasets()).extracting(d -> d.value().name()).containsExactly("wikitext");
    assertThat(m.papers())
        .extracting(p -> p.value().url().orElseThrow())
        .containsExactly("https://arxiv.org/abs/2005.14165");
    assertThat(m.baseModels()).extracting(b -> b.value().name()).containsExactly("gpt2");
    assertThat(m.license().orElseThrow().provenance()).isEqualTo(Provenance.TAGS);
    assertThat(m.tasks().get(0).evidence().orElseThrow().source()).isEqualTo("tags");
  }

  @Test
  void parameterCounts_oneStatedSize_isTaken_severalAreLeftOpen() {
    assertThat(extract("# x\nA 1.3 billion parameter model.\n")
            .parameterCount()
            .orElseThrow()
            .value())
        .isEqualTo(1_300_000_000L);
    assertThat(extract("# x\n| #params | 7B |\n").parameterCount().orElseThrow().value())
        .isEqualTo(7_000_000_000L);
    assertThat(extract("# x\nIt has 124,439,808 parameters.\n")
            .parameterCount()
            .orElseThrow()
            .value())
        .isEqualTo(124_439_808L);
    assertThat(extract("# x\nSizes: 350M, 1.3B and 6.7B parameters.\n").parameterCount())
        .isEmpty();
    assertThat(extract("# x\nThe 7B model has 7B parameters; the 13B one 13B parameters.\n")
            .parameterCount())
        .isEmpty();
    assertThat(extractor
            .extract(ID, "# x\nSizes: 350M, 1.3B and 6.7B parameters.\n")
            .openFields())
        .contains(PeatmossField.PARAMETER_COUNT);
  }

  @Test
  void githubLinks_skipLibrariesToolsAndCitations() {
    ExtractedMetadata m = extract("# x\nCode: https://github.com/me/model.\nBuilt with "
        + "[axolotl](https://github.com/someone/axolotl-fork).\nUses https://github.com/huggingface/transformers\n"
        + "## Citation\n```\nurl={https://github.com/other/paper}\n```\n");
    assertThat(m.githubRepositories())
        .extracting(r -> r.value().owner() + "/" + r.value().name())
        .containsExactly("me/model");
  }

  @Test
  void githubLinks_toData_areNotTheModelsCode() {
    ExtractedMetadata m =
        extract("# x\nFine-tuned on the [emotion](https://github.com/acme/emotions) dataset"
            + " and https://github.com/acme/news_corpus.\nCode: https://github.com/me/model\n");
    assertThat(m.githubRepositories())
        .extracting(e -> e.value().owner() + "/" + e.value().name())
        .containsExactly("me/model");
  }

  @Test
  void carbon_fromYamlGrams_templateKilograms_andAutoTrainLine() {
    assertThat(extract("---\nco2_eq_emissions: 12.5\n---\n")
            .carbonEmittedGrams()
            .orElseThrow()
            .value())
        .isEqualTo(12.5);
    assertThat(extract("# x\n- **Carbon Emitted:** 1.5 kg eq. CO2\n")
            .carbonEmittedGrams()
            .orElseThrow()
            .value())
        .isEqualTo(1500.0);
    assertThat(extract("# x\n- CO2 Emissions (in grams): 0.25\n")
            .carbonEmittedGrams()
            .orElseThrow()
            .value())
        .isEqualTo(0.25);
    assertThat(
            extract("# x\n- **Carbon Emitted:** [More Information Needed]\n").carbonEmittedGrams())
        .isEmpty();
  }

  @Test
  void licenseInProse_isNormalisedToSpdx() {
    ExtractedMetadata m = extract("# x\nThe weights are released under the Apache License 2.0.\n");
    assertThat(m.license().orElseThrow().value()).isEqualTo("Apache-2.0");
    assertThat(m.license().orElseThrow().provenance()).isEqualTo(Provenance.CARD_TEXT);
    assertThat(extract("# x\nReleased under the moon.\n").license()).isEmpty();
  }

  @Test
  void openFields_neverIncludeFrameworksOrFilledFields_andLanguageOnlyForNlpOrUnknown() {
    CardExtraction vision =
        extractor.extract(ID, "---\nlicense: mit\npipeline_tag: image-classification\n---\n");
    assertThat(vision.openFields())
        .doesNotContain(
            PeatmossField.LICENSE,
            PeatmossField.FRAMEWORKS,
            PeatmossField.LIBRARIES,
            PeatmossField.LANGUAGE,
            PeatmossField.TASK);
    assertThat(extractor.extract(ID, "# x\n").openFields())
        .contains(PeatmossField.LANGUAGE, PeatmossField.TASK);
  }

  @Test
  void json_hasEveryFieldOnce_singleValuedAsObjectOrNull_listsAsArrays() {
    var json = ExtractionJson.toMap(extract("---\nlicense: mit\n---\n"));
    assertThat(json.keySet()).hasSize(PeatmossField.values().length);
    assertThat(json.get("license")).isInstanceOf(java.util.Map.class);
    assertThat(json.get("parameterCount")).isNull();
    assertThat(json.get("datasets")).isEqualTo(List.of());
  }
}
