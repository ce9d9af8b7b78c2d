package io.github.peatmoss.llm.internal;

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
import io.github.peatmoss.hf.ModelCards;
import io.github.peatmoss.licenses.LicenseNormalizer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the deterministic stage reads from small hand-written cards, with which evidence, and what it refuses. */
class DeterministicTest {
  private static final Deterministic STAGE = new Deterministic(LicenseNormalizer.standard());
  private static final ModelId MODEL = ModelId.of("acme/model");
  /** Front matter that states nothing the stage reads, so body offsets start after it. */
  private static final String FRONT = "---\nthumbnail: cover.png\n---\n";

  private static ExtractedMetadata extract(String markdown) {
    return extract(markdown, List.of());
  }

  private static ExtractedMetadata extract(String markdown, Collection<String> hubTags) {
    return STAGE.extract(MODEL, ModelCards.parse(markdown), CardText.of(markdown), hubTags);
  }

  private static <T> List<T> values(List<Extracted<T>> list) {
    return list.stream().map(Extracted::value).collect(Collectors.toList());
  }

  /** The evidence of an extracted value: it quotes {@code line} whole, at the line's offset in the card. */
  private static void assertQuotes(Extracted<?> value, String markdown, String line) {
    Evidence e = value.evidence().orElseThrow();
    assertThat(e.quote()).contains(line);
    assertThat(e.offset().getAsInt()).isEqualTo(markdown.indexOf(line));
  }

  @Nested
  class HubTemplateLines {
    @Test
    void hardwareWithHoursCloudAndRegion_quotesTheHardwareLine() {
      String card = FRONT
          + "# Model\n\n## Environmental Impact\n\n"
          + "- **Hardware Type:** 8x A100\n"
          + "- **Hours used:** about 12.5 hours\n"
          + "- **Cloud Provider:** AWS\n"
          + "- **Compute Region:** us-east-1\n"
          + "- **Carbon Emitted:** 1.5 kg\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.hardware()))
          .containsExactly(Hardware.builder()
              .name("8x A100")
              .hoursUsed(12.5)
              .cloudProvider("AWS")
              .computeRegion("us-east-1")
              .build());
      assertQuotes(m.hardware().get(0), card, "- **Hardware Type:** 8x A100");
      Extracted<Double> carbon = m.carbonEmittedGrams().orElseThrow();
      assertThat(carbon.value()).isEqualTo(1500.0);
      assertThat(carbon.provenance()).isEqualTo(Provenance.CARD_TEXT);
      assertQuotes(carbon, card, "- **Carbon Emitted:** 1.5 kg");
    }

    @Test
    void hardwareAlone_hasNoHoursCloudOrRegion() {
      ExtractedMetadata m = extract("- **Hardware Type:** TPU v3\n- **Hours used:** unknown\n");
      assertThat(values(m.hardware()))
          .containsExactly(Hardware.builder().name("TPU v3").build());
    }

    @Test
    void hoursWithoutANumber_areLeftOut() {
      ExtractedMetadata m = extract("- **Hardware Type:** T4\n- **Hours used:** a few\n");
      assertThat(values(m.hardware()))
          .containsExactly(Hardware.builder().name("T4").build());
    }

    @Test
    void placeholdersAndMoreInformationNeeded_areRefused() {
      ExtractedMetadata m = extract("- **Hardware Type:** More information needed, ask us\n"
          + "- **Cloud Provider:** [More Information Needed]\n"
          + "- **Carbon Emitted:** TBD\n"
          + "- **Funded by [optional]:** [More Information Needed]\n");
      assertThat(m.hardware()).isEmpty();
      assertThat(m.carbonEmittedGrams()).isEmpty();
      assertThat(m.grants()).isEmpty();
    }

    @Test
    void carbonWithoutAQuantity_isNotTaken() {
      assertThat(extract("- **Carbon Emitted:** lots\n").carbonEmittedGrams()).isEmpty();
    }

    @Test
    void repositoryLine_isTheModelsCodeEvenWhenItsNameSoundsLikeData() {
      String card =
          FRONT + "### Model Sources\n\n- **Repository:** https://github.com/acme/corpus-cleaner\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.githubRepositories()))
          .containsExactly(RepoRef.of("acme", "corpus-cleaner"));
      assertThat(m.githubRepositories().get(0).provenance()).isEqualTo(Provenance.CARD_TEXT);
      assertQuotes(
          m.githubRepositories().get(0),
          card,
          "- **Repository:** https://github.com/acme/corpus-cleaner");
    }

    @Test
    void repositoryLineWithoutGithub_namesNoRepository() {
      ExtractedMetadata m = extract("- **Repository:** https://gitlab.com/acme/widget\n");
      assertThat(m.githubRepositories()).isEmpty();
    }

    @Test
    void licenseLine_isNormalised() {
      String card =
          FRONT + "- **License:** [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)\n";
      Extracted<String> license = extract(card).license().orElseThrow();
      assertThat(license.value()).isEqualTo("Apache-2.0");
      assertThat(license.provenance()).isEqualTo(Provenance.CARD_TEXT);
      assertQuotes(
          license,
          card,
          "- **License:** [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)");
    }

    @Test
    void licenseLine_yieldsToTheFrontMatter() {
      String card = "---\nlicense: mit\n---\n- **License:** Apache 2.0\n";
      Extracted<String> license = extract(card).license().orElseThrow();
      assertThat(license.value()).isEqualTo("mit");
      assertThat(license.provenance()).isEqualTo(Provenance.CARD_YAML);
    }

    @Test
    void unrecognisedLicenseLine_isNotALicense() {
      assertThat(
              extract("- **License:** our own research-only terms, ask first\n").license())
          .isEmpty();
    }

    @Test
    void fundedBy_linkTextOrPlainText() {
      ExtractedMetadata m =
          extract("- **Funded by [optional]:** [Acme Foundation](https://acme.example)\n");
      assertThat(values(m.grants())).containsExactly("Acme Foundation");
      ExtractedMetadata plain = extract("- **Funded by:** `Beta Trust`\n");
      assertThat(values(plain.grants())).containsExactly("Beta Trust");
    }

    @Test
    void finetunedFrom_hubLinkGivesTheModelId() {
      String card = FRONT
          + "- **Finetuned from model [optional]:** [the base](https://huggingface.co/org/base-model)\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.baseModels()))
          .containsExactly(BaseModel.builder()
              .name("org/base-model")
              .id(ModelId.of("org/base-model"))
              .url("https://huggingface.co/org/base-model")
              .build());
      assertQuotes(
          m.baseModels().get(0),
          card,
          "- **Finetuned from model [optional]:** [the base](https://huggingface.co/org/base-model)");
    }

    @Test
    void finetunedFrom_datasetOrSpaceLinkFallsBackToAnIdLikeLabel() {
      ExtractedMetadata ds =
          extract("- **Finetuned from model:** [org/one](https://huggingface.co/datasets/x/y)\n");
      assertThat(values(ds.baseModels())).extracting(BaseModel::name).containsExactly("org/one");
      ExtractedMetadata space =
          extract("- **Finetuned from model:** [org/two](https://huggingface.co/spaces/x/y)\n");
      assertThat(values(space.baseModels())).extracting(BaseModel::name).containsExactly("org/two");
      ExtractedMetadata elsewhere =
          extract("- **Finetuned from model:** [`org/three`](https://example.com/m)\n");
      assertThat(values(elsewhere.baseModels()))
          .extracting(BaseModel::name)
          .containsExactly("org/three");
    }

    @Test
    void finetunedFrom_linkWithNeitherHubUrlNorIdLabel_namesNothing() {
      ExtractedMetadata m =
          extract("- **Finetuned from model:** [our earlier model](https://example.com/m)\n");
      assertThat(m.baseModels()).isEmpty();
    }

    @Test
    void finetunedFrom_plainId() {
      ExtractedMetadata m = extract("- **Finetuned from model:** `org/plain`\n");
      assertThat(values(m.baseModels())).extracting(BaseModel::name).containsExactly("org/plain");
    }
  }

  @Nested
  class AutoTrainAndLicenseSentences {
    @Test
    void autoTrainCo2_isGramsQuotedFromItsLine() {
      String card = FRONT + "# Model Trained Using AutoTrain\n\n- CO2 Emissions (in grams): 12.5\n";
      Extracted<Double> carbon = extract(card).carbonEmittedGrams().orElseThrow();
      assertThat(carbon.value()).isEqualTo(12.5);
      assertQuotes(carbon, card, "- CO2 Emissions (in grams): 12.5");
    }

    @Test
    void zeroEmissions_areAValue() {
      Extracted<Double> carbon =
          extract("- CO2 Emissions (in grams): 0\n").carbonEmittedGrams().orElseThrow();
      assertThat(carbon.value()).isEqualTo(0.0);
    }

    @Test
    void licenseSentence_plainName() {
      String card = FRONT + "# Model\n\nThe weights are released under the Apache 2.0 license.\n";
      Extracted<String> license = extract(card).license().orElseThrow();
      assertThat(license.value()).isEqualTo("Apache-2.0");
      assertThat(license.provenance()).isEqualTo(Provenance.CARD_TEXT);
      assertQuotes(license, card, "The weights are released under the Apache 2.0 license.");
    }

    @Test
    void licenseSentence_linkText() {
      String card =
          "This model is licensed under the [MIT License](https://opensource.org/licenses/MIT).\n";
      assertThat(extract(card).license().orElseThrow().value()).isEqualTo("MIT");
    }

    @Test
    void licenseSentence_unrecognisedThenRecognised_takesTheRecognised() {
      String card =
          "Code is released under our own terms.\nWeights are released under the MIT license.\n";
      assertThat(extract(card).license().orElseThrow().value()).isEqualTo("MIT");
    }
  }

  @Nested
  class TrainerCard {
    private static final String HEAD = "# distilbert-imdb\n\n";

    @Test
    void fineTunedSentence_givesBaseAndDataset() {
      String card = FRONT + HEAD
          + "This model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert-base-uncased)"
          + " on the imdb dataset.\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.baseModels()))
          .extracting(BaseModel::name)
          .containsExactly("distilbert-base-uncased");
      assertThat(values(m.datasets()))
          .containsExactly(Dataset.builder()
              .name("imdb")
              .url("https://huggingface.co/datasets/imdb")
              .build());
      assertThat(m.datasets().get(0).provenance()).isEqualTo(Provenance.CARD_TEXT);
      String line = card.substring(card.indexOf("This model"), card.length() - 1);
      assertQuotes(m.datasets().get(0), card, line);
      assertQuotes(m.baseModels().get(0), card, line);
    }

    @Test
    void fineTunedSentence_linkedDatasetName() {
      ExtractedMetadata m =
          extract(HEAD + "This model is a fine-tuned version of bert-base-cased on the "
              + "[conll2003](https://huggingface.co/datasets/conll2003) dataset.\n");
      assertThat(values(m.datasets())).extracting(Dataset::name).containsExactly("conll2003");
    }

    @Test
    void fineTunedSentence_datasetYieldsToTheFrontMatter() {
      ExtractedMetadata m = extract(
          "---\ndatasets:\n- imdb\n---\n" + HEAD
              + "This model is a fine-tuned version of bert-base-cased on the yelp_review_full dataset.\n");
      assertThat(values(m.datasets())).extracting(Dataset::name).containsExactly("imdb");
    }

    @Test
    void fineTunedSentence_vagueDatasetsAreRefused() {
      for (String vague : List.of(
          "an unknown", "None", "a custom", "an internal", "TODO", "reviews on disk", "**N/A**")) {
        ExtractedMetadata m =
            extract(HEAD + "This model is a fine-tuned version of bert-base-cased on the " + vague
                + " dataset.\n");
        assertThat(m.datasets()).as(vague).isEmpty();
        assertThat(values(m.baseModels()))
            .as(vague)
            .extracting(BaseModel::name)
            .containsExactly("bert-base-cased");
      }
    }

    @Test
    void fineTunedSentence_linkWithNoIdNamesNoBase() {
      ExtractedMetadata m = extract(HEAD
          + "This model is a fine-tuned version of [our previous release](https://example.com/release)"
          + " on the imdb dataset.\n");
      assertThat(m.baseModels()).isEmpty();
      assertThat(values(m.datasets())).extracting(Dataset::name).containsExactly("imdb");
    }

    @Test
    void fineTunedSentence_placeholderBaseIsRefused() {
      ExtractedMetadata m =
          extract(HEAD + "This model is a fine-tuned version of TODO on the imdb dataset.\n");
      assertThat(m.baseModels()).isEmpty();
    }

    @Test
    void hyperParameters_bulletsAfterTheHeaderUntilTheFirstGap() {
      String card = FRONT + HEAD
          + "The following hyperparameters were used during training:\n\n"
          + "  - learning_rate: 2e-05\n"
          + "  - seed: 42\n\n"
          + "- not_a_hyper_parameter: 1\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.hyperParameters()))
          .containsExactly(
              HyperParameter.builder().name("learning_rate").value("2e-05").build(),
              HyperParameter.builder().name("seed").value("42").build());
      assertQuotes(m.hyperParameters().get(0), card, "- learning_rate: 2e-05");
      assertThat(m.hyperParameters().get(0).provenance()).isEqualTo(Provenance.CARD_TEXT);
    }

    @Test
    void hyperParameters_proseRightAfterTheHeaderEndsTheList() {
      ExtractedMetadata m = extract(HEAD
          + "The following hyperparameters were used during training:\n"
          + "we kept the defaults.\n"
          + "- learning_rate: 2e-05\n");
      assertThat(m.hyperParameters()).isEmpty();
    }

    @Test
    void hyperParameters_lastLineWithoutNewline() {
      ExtractedMetadata m =
          extract(HEAD + "The following hyperparameters were used during training:\n- seed: 7");
      assertThat(values(m.hyperParameters()))
          .containsExactly(HyperParameter.builder().name("seed").value("7").build());
    }

    @Test
    void evaluationResults_bullets() {
      ExtractedMetadata m = extract(
          HEAD
              + "It achieves the following results on the evaluation set:\n- Loss: 0.2\n- Accuracy: 0.93\n");
      assertThat(values(m.evaluationMetrics()))
          .containsExactly(
              EvaluationMetric.builder().test("Loss").result("0.2").build(),
              EvaluationMetric.builder().test("Accuracy").result("0.93").build());
    }

    @Test
    void frameworkVersions_mapToFrameworksAndLibraries() {
      String card = FRONT + HEAD
          + "### Framework versions\n\n"
          + "- Transformers 4.35.2\n"
          + "- Pytorch 2.1.0+cu118\n"
          + "- TensorFlow 2.15.0\n"
          + "- Flax 0.7.5\n"
          + "- Datasets 2.14.5\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.frameworks())).containsExactly("pytorch", "tf", "jax");
      assertThat(values(m.libraries())).containsExactly("transformers");
      assertQuotes(m.frameworks().get(0), card, "- Pytorch 2.1.0+cu118");
      assertQuotes(m.libraries().get(0), card, "- Transformers 4.35.2");
    }

    @Test
    void jaxLine_isJax() {
      ExtractedMetadata m = extract("### Framework versions\n\n- JAX 0.4.20\n");
      assertThat(values(m.frameworks())).containsExactly("jax");
    }

    @Test
    void versionBulletsInOtherSections_areNotFrameworks() {
      ExtractedMetadata m = extract("### Requirements\n\n- Pytorch 2.1.0\n- Transformers 4.35.2\n");
      assertThat(m.frameworks()).isEmpty();
      assertThat(m.libraries()).isEmpty();
    }
  }

  @Nested
  class ParameterCounts {
    @Test
    void oneStatedCount_quotesItsLine() {
      String card = FRONT + "# Model\n\nA small model.\nIt has 350M parameters.\n";
      Extracted<Long> count = extract(card).parameterCount().orElseThrow();
      assertThat(count.value()).isEqualTo(350_000_000L);
      assertThat(count.provenance()).isEqualTo(Provenance.CARD_TEXT);
      assertQuotes(count, card, "It has 350M parameters.");
    }

    @Test
    void labelledCount() {
      String card = FRONT + "| Model size | 7B |\n\nParameters: 7B\n";
      Extracted<Long> count = extract(card).parameterCount().orElseThrow();
      assertThat(count.value()).isEqualTo(7_000_000_000L);
    }

    @Test
    void aSentenceListingSeveralSizes_hasNoSingleAnswer() {
      assertThat(
              extract("The family comes in 350M, 1.3B and 6.7B parameters.\n").parameterCount())
          .isEmpty();
    }

    @Test
    void sizesInThePreviousSentenceOrLine_doNotCount() {
      assertThat(extract("The larger sibling has 7B. This one has 350M parameters.\n")
              .parameterCount()
              .orElseThrow()
              .value())
          .isEqualTo(350_000_000L);
      assertThat(extract("The larger sibling has 7B\nThis one has 350M parameters.\n")
              .parameterCount()
              .orElseThrow()
              .value())
          .isEqualTo(350_000_000L);
    }

    @Test
    void twoDifferentCounts_haveNoSingleAnswer() {
      assertThat(extract("The encoder has 100M parameters.\n\nThe decoder has 200M parameters.\n")
              .parameterCount())
          .isEmpty();
    }
  }

  @Nested
  class Papers {
    private static final String URL = "https://arxiv.org/abs/2301.00001";

    private List<Paper> papers(String card) {
      return values(extract(card).papers());
    }

    @Test
    void linkTitle_namesThePaper() {
      String card =
          FRONT + "# Model\n\nSee [Scaling Widgets Further](" + URL + "v2) for details.\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.papers()))
          .containsExactly(
              Paper.builder().title("Scaling Widgets Further").url(URL).build());
      assertThat(m.papers().get(0).provenance()).isEqualTo(Provenance.CARD_TEXT);
      assertQuotes(
          m.papers().get(0), card, "See [Scaling Widgets Further](" + URL + "v2) for details.");
    }

    @Test
    void eightCharacterTitle_isATitle() {
      assertThat(papers("[Deep Net](" + URL + ")\n"))
          .extracting(Paper::title)
          .containsExactly("Deep Net");
    }

    @Test
    void linkTextsThatAreNotTitles_giveTheUrlAsTitle() {
      for (String label : List.of(
          "arXiv 2301.00001",
          "Our paper on widgets",
          "https://arxiv.org/abs/2301.00001",
          "DeepNet",
          "here",
          "Follow this link please",
          "![Widget overview figure")) {
        assertThat(papers("Read [" + label + "](" + URL + ").\n"))
            .as(label)
            .containsExactly(Paper.builder().title(URL).url(URL).build());
      }
    }

    @Test
    void bareArxivIds_andNonArxivLinks() {
      assertThat(papers(
              "See arXiv:2301.00001 and [A Different Thing](https://example.com/2301.00002).\n"))
          .containsExactly(Paper.builder().title(URL).url(URL).build());
    }
  }

  @Nested
  class GithubLinks {
    private List<RepoRef> repos(String card) {
      return values(extract(card).githubRepositories());
    }

    @Test
    void codeLink_quotesItsLine() {
      String card = FRONT + "# Model\n\nCode: https://github.com/acme/widget\n";
      ExtractedMetadata m = extract(card);
      assertThat(values(m.githubRepositories())).containsExactly(RepoRef.of("acme", "widget"));
      assertQuotes(m.githubRepositories().get(0), card, "Code: https://github.com/acme/widget");
    }

    @Test
    void linkOnTheFirstLineOfACardWithoutFrontMatter() {
      assertThat(repos("Code at https://github.com/acme/widget\n"))
          .containsExactly(RepoRef.of("acme", "widget"));
    }

    @Test
    void linkAtTheVeryEndOfTheCard() {
      assertThat(repos("# Model\n\nCode: https://github.com/acme/widget"))
          .containsExactly(RepoRef.of("acme", "widget"));
    }

    @Test
    void gitSuffixIsNotPartOfTheName() {
      assertThat(repos("Clone https://github.com/acme/widget.git\n"))
          .containsExactly(RepoRef.of("acme", "widget"));
    }

    @Test
    void githubPagesThatAreNotRepositories_areSkipped() {
      assertThat(repos("Sponsor us: https://github.com/sponsors/acme\n")).isEmpty();
    }

    @Test
    void linksToData_areSkipped() {
      assertThat(repos("Trained on [emotion](https://github.com/acme/emo/tree/main) dataset.\n"))
          .isEmpty();
      assertThat(repos("Trained on [emotion](https://github.com/acme/emo) data.\n"))
          .isEmpty();
      assertThat(repos("Code: [emotion](https://github.com/acme/emo/tree/main) here.\n"))
          .containsExactly(RepoRef.of("acme", "emo"));
    }

    @Test
    void linksInSeeAlsoSections_areOtherWork() {
      assertThat(repos("## See also\n\nhttps://github.com/other/thing\n")).isEmpty();
    }

    @Test
    void bibtexFields_areOtherWork() {
      assertThat(repos("# Model\n\nhowpublished = {https://github.com/other/thing},\n"))
          .isEmpty();
      assertThat(repos("# Model\n\nurl = {https://github.com/other/thing},\n")).isEmpty();
    }
  }

  @Nested
  class Tags {
    @Test
    void hubTagsAreTagEvidence_cardTagsAreFrontMatter() {
      ExtractedMetadata m = extract(
          "---\ntags:\n- text-classification\n---\n# Model\n", List.of("summarization", "pytorch"));
      assertThat(values(m.tasks())).containsExactly("text-classification", "summarization");
      assertThat(m.tasks().get(0).provenance()).isEqualTo(Provenance.CARD_YAML);
      assertThat(m.tasks().get(1).provenance()).isEqualTo(Provenance.TAGS);
      assertThat(m.frameworks().get(0).provenance()).isEqualTo(Provenance.TAGS);
      assertThat(m.tasks().get(1).evidence().orElseThrow())
          .isEqualTo(Evidence.builder()
              .source(Deterministic.TAGS_SOURCE)
              .quote("summarization")
              .build());
    }

    @Test
    void emptyKindValues_areSkipped() {
      ExtractedMetadata m = extract("# Model\n", List.of("license:", "dataset: ", "license:mit"));
      Extracted<String> license = m.license().orElseThrow();
      assertThat(license.value()).isEqualTo("mit");
      assertThat(license.provenance()).isEqualTo(Provenance.TAGS);
      assertThat(m.datasets()).isEmpty();
    }

    @Test
    void baseModelTags_dropTheRelation() {
      ExtractedMetadata m = extract(
          "# Model\n",
          List.of("base_model:finetune:org/base", "base_model:org/other", "arxiv:2301.00001"));
      assertThat(values(m.baseModels()))
          .extracting(BaseModel::name)
          .containsExactly("org/base", "org/other");
      assertThat(values(m.papers()))
          .containsExactly(Paper.builder()
              .title("https://arxiv.org/abs/2301.00001")
              .url("https://arxiv.org/abs/2301.00001")
              .build());
    }
  }

  @Nested
  class FrontMatterCarbon {
    @Test
    void integralEmissions_quoteTheirLine() {
      String card =
          "---\nco2_eq_emissions:\n  emissions: 1.5e+3\n  hardware_used: 1 x A100\n---\n# Model\n";
      ExtractedMetadata m = extract(card);
      Extracted<Double> carbon = m.carbonEmittedGrams().orElseThrow();
      assertThat(carbon.value()).isEqualTo(1500.0);
      assertThat(carbon.provenance()).isEqualTo(Provenance.CARD_YAML);
      // 1.5e+3 is not written as 1500 anywhere, so the evidence falls back to key and value.
      assertThat(carbon.evidence().orElseThrow().quote()).contains("emissions: 1500");
      assertThat(values(m.hardware()))
          .containsExactly(Hardware.builder().name("1 x A100").build());
    }

    @Test
    void zeroEmissions_areAValue() {
      Extracted<Double> carbon =
          extract("---\nco2_eq_emissions: 0\n---\n").carbonEmittedGrams().orElseThrow();
      assertThat(carbon.value()).isEqualTo(0.0);
    }
  }
}
