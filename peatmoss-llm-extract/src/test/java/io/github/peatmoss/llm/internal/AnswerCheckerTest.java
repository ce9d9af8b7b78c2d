package io.github.peatmoss.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.llm.PeatmossField;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evidence check of LLM answers, field by field: what is kept, and each reason a value is dropped. */
class AnswerCheckerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CARD = String.join(
      "\n",
      "# widget",
      "Released under the **Apache 2.0** license.",
      "The model has 110M parameters; the small one has 60M params.",
      "Training emitted 12.5 kg of CO2.",
      "Fine-tuned from `google-bert/bert-base-uncased` on squad and a private set.",
      "Code: https://github.com/acme/widget-code.git and github.com/acme/other",
      "See the paper Widget Nets (https://arxiv.org/abs/2101.00001).",
      "Trained on 8 A100 GPUs for 10 hours on AWS in us-east-1.",
      "learning_rate: 3e-5, epochs: 2",
      "Accuracy on GLUE: 91.2",
      "Works for English and German text in the medical domain.",
      "It may reproduce biases of its training data.");

  private final AnswerChecker checker =
      new AnswerChecker(LicenseNormalizer.standard(), CardText.of(CARD));
  private final ExtractedMetadata.Builder into =
      ExtractedMetadata.builder().model(io.github.peatmoss.core.model.ModelId.of("acme/widget"));
  private final AnswerChecker.Filled filled = new AnswerChecker.Filled();

  private void check(PeatmossField field, String items) throws Exception {
    check(EnumSet.of(field), "{\"" + field.jsonName() + "\":" + items + "}");
  }

  private void check(Set<PeatmossField> asked, String answer) throws Exception {
    checker.check((ObjectNode) JSON.readTree(answer), asked, into, filled);
  }

  @Test
  void license_isNormalised_keptOnce_andNeedsItsQuote() throws Exception {
    check(
        PeatmossField.LICENSE,
        "[{\"value\":\"Apache 2.0\",\"quote\":\"Released under the **Apache 2.0** license.\"},"
            + "{\"value\":\"Apache 2.0\",\"quote\":\"the **Apache 2.0** license\"},"
            + "{\"value\":\"MIT\",\"quote\":\"Released under the\"},"
            + "{\"value\":\"our own terms\",\"quote\":\"license\"},"
            + "{\"value\":\"Apache 2.0\",\"quote\":\"Released under the GPL\"},"
            + "{\"value\":\"Apache 2.0\",\"quote\":\"\"}]");
    ExtractedMetadata m = into.build();
    assertThat(m.license().orElseThrow().value()).isEqualTo("Apache-2.0");
    assertThat(m.license().orElseThrow().provenance()).isEqualTo(Provenance.LLM);
    assertThat(m.license().orElseThrow().evidence().orElseThrow().offset())
        .hasValue(CARD.indexOf("Released"));
    assertThat(checker.kept()).isEqualTo(1);
    assertThat(checker.dropped())
        .isEqualTo(Map.of(
            "single value already set", 1,
            "value not in quote", 1,
            "license not mappable to SPDX", 1,
            "quote not in card", 1,
            "no quote", 1));
  }

  @Test
  void parameterCount_mustBeANumberTheQuoteStates() throws Exception {
    check(
        PeatmossField.PARAMETER_COUNT,
        "[{\"value\":\"about a hundred million\",\"quote\":\"110M parameters\"},"
            + "{\"value\":\"120M\",\"quote\":\"The model has 110M parameters\"},"
            + "{\"value\":\"110,000,000\",\"quote\":\"The model has 110M parameters\"},"
            + "{\"value\":\"60M\",\"quote\":\"the small one has 60M params\"}]");
    assertThat(into.build().parameterCount().orElseThrow().value()).isEqualTo(110_000_000L);
    assertThat(checker.dropped())
        .isEqualTo(Map.of(
            "parameter count not a number", 1,
            "quote does not state the parameter count", 1,
            "single value already set", 1));
    assertThat(checker.kept()).isEqualTo(1);
  }

  @Test
  void quoteStatesCount_readsEitherOrder() {
    assertThat(AnswerChecker.quoteStatesCount("a 1.3 billion parameter model", 1_300_000_000L))
        .isTrue();
    assertThat(AnswerChecker.quoteStatesCount("#params: ~7B", 7_000_000_000L)).isTrue();
    assertThat(AnswerChecker.quoteStatesCount("Parameters | 124,439,808", 124_439_808L))
        .isTrue();
    assertThat(AnswerChecker.quoteStatesCount("model size = 350 m", 350_000_000L))
        .isTrue();
    assertThat(AnswerChecker.quoteStatesCount("110M parameters, 2 layers", 2L)).isFalse();
    assertThat(AnswerChecker.quoteStatesCount("It has 340000000 parameters", 340_000_000L))
        .isTrue();
    assertThat(AnswerChecker.quoteStatesCount("params: 1200", 1200L)).isTrue();
    assertThat(AnswerChecker.quoteStatesCount("trained for 110M steps", 110_000_000L))
        .isFalse();
  }

  @Test
  void carbon_becomesGrams_whenTheQuoteHoldsTheNumber() throws Exception {
    check(
        PeatmossField.CARBON_EMITTED,
        "[{\"value\":\"a lot\",\"quote\":\"Training emitted 12.5 kg of CO2.\"},"
            + "{\"value\":\"13 kg\",\"quote\":\"Training emitted 12.5 kg of CO2.\"},"
            + "{\"value\":\"12.5 kg\",\"quote\":\"Training emitted 12.5 kg of CO2.\"},"
            + "{\"value\":\"12.5 kg\",\"quote\":\"emitted 12.5 kg\"}]");
    assertThat(into.build().carbonEmittedGrams().orElseThrow().value()).isEqualTo(12_500.0);
    assertThat(checker.dropped())
        .isEqualTo(Map.of("value not in quote", 2, "single value already set", 1));
    assertThat(checker.kept()).isEqualTo(1);
  }

  @Test
  void datasetsAndBaseModels_areNamedInTheQuote_hubNamesGetLinks() throws Exception {
    check(
        EnumSet.of(PeatmossField.DATASETS, PeatmossField.BASE_MODEL),
        "{\"datasets\":[{\"name\":\"squad\",\"quote\":\"on squad and a private set\"},"
            + "{\"name\":\"a private set\",\"quote\":\"on squad and a private set\"},"
            + "{\"name\":\"glue\",\"quote\":\"on squad and a private set\"},"
            + "{\"name\":\" \",\"quote\":\"on squad\"}],"
            + "\"baseModel\":[{\"name\":\"google-bert/bert-base-uncased\",\"quote\":\"Fine-tuned from"
            + " `google-bert/bert-base-uncased`\"},"
            + "{\"name\":\"BERT base (uncased)\",\"quote\":\"Fine-tuned from\"},"
            + "{\"name\":\"a private set\",\"quote\":\"and a private set\"}]}");
    ExtractedMetadata m = into.build();
    assertThat(m.datasets())
        .extracting(d -> d.value().name() + " " + d.value().url().orElse("-"))
        .containsExactly("squad https://huggingface.co/datasets/squad", "a private set -");
    assertThat(m.baseModels())
        .extracting(
            b -> b.value().name() + " " + b.value().id().map(Object::toString).orElse("-") + " "
                + b.value().url().orElse("-"))
        .containsExactly(
            "google-bert/bert-base-uncased google-bert/bert-base-uncased"
                + " https://huggingface.co/google-bert/bert-base-uncased",
            "a private set - -");
    assertThat(checker.dropped()).isEqualTo(Map.of("value not in quote", 3));
    assertThat(checker.kept()).isEqualTo(4);
  }

  @Test
  void githubRepos_fromTheUrl_withoutDotGit_statedInTheQuote() throws Exception {
    check(
        PeatmossField.GITHUB_REPO,
        "[{\"url\":\"https://github.com/acme/widget-code.git\",\"quote\":\"https://github.com/acme/widget-code.git\"},"
            + "{\"url\":\"https://gitlab.com/acme/x\",\"quote\":\"Code:\"},"
            + "{\"url\":\"https://github.com/acme/elsewhere\",\"quote\":\"github.com/acme/other\"},"
            + "{\"url\":\"github.com/acme/other\",\"quote\":\"and github.com/acme/other\"}]");
    assertThat(into.build().githubRepositories())
        .extracting(r -> r.value().toString())
        .containsExactly("acme/widget-code", "acme/other");
    assertThat(checker.dropped())
        .isEqualTo(Map.of("not a GitHub repository", 1, "value not in quote", 1));
    assertThat(checker.kept()).isEqualTo(2);
  }

  @Test
  void githubRepo_whoseNameIsOnlyDotGit_isNotARepository() throws Exception {
    check(
        PeatmossField.GITHUB_REPO,
        "[{\"url\":\"https://github.com/acme/.git\",\"quote\":\"github.com/acme/other\"}]");
    assertThat(into.build().githubRepositories()).isEmpty();
    assertThat(checker.dropped()).isEqualTo(Map.of("not a GitHub repository", 1));
    assertThat(checker.kept()).isZero();
  }

  @Test
  void license_none_isDroppedAsNotMappable() throws Exception {
    check(
        PeatmossField.LICENSE,
        "[{\"value\":\"\",\"quote\":\"license\"},{\"value\":\"NONE\",\"quote\":\"license\"}]");
    assertThat(into.build().license()).isEmpty();
    assertThat(checker.dropped()).isEqualTo(Map.of("license not mappable to SPDX", 2));
    assertThat(checker.kept()).isZero();
  }

  @Test
  void papers_byUrlOrTitle() throws Exception {
    check(
        PeatmossField.PAPER,
        "[{\"title\":\"Widget Nets\",\"url\":\"https://arxiv.org/abs/2101.00001\","
            + "\"quote\":\"See the paper Widget Nets (https://arxiv.org/abs/2101.00001).\"},"
            + "{\"title\":\"\",\"url\":\"https://arxiv.org/abs/2101.00001\",\"quote\":\"(https://arxiv.org/abs/2101.00001)\"},"
            + "{\"title\":\"Widget Nets\",\"url\":null,\"quote\":\"the paper Widget Nets\"},"
            + "{\"title\":\"Other\",\"url\":\"https://x.org\",\"quote\":\"See the paper\"}]");
    assertThat(into.build().papers())
        .extracting(p -> p.value().title() + " " + p.value().url().orElse("-"))
        .containsExactly(
            "Widget Nets https://arxiv.org/abs/2101.00001",
            "https://arxiv.org/abs/2101.00001 https://arxiv.org/abs/2101.00001",
            "Widget Nets -");
    assertThat(checker.dropped()).isEqualTo(Map.of("value not in quote", 1));
    assertThat(checker.kept()).isEqualTo(3);
  }

  @Test
  void hardware_hyperParameters_andEvaluation_needTheirValueInTheQuote() throws Exception {
    check(
        EnumSet.of(
            PeatmossField.HARDWARE, PeatmossField.HYPER_PARAMETERS, PeatmossField.EVALUATION),
        "{\"hardware\":[{\"name\":\"A100\",\"hoursUsed\":10,\"cloudProvider\":\"AWS\",\"computeRegion\":\"us-east-1\","
            + "\"quote\":\"Trained on 8 A100 GPUs for 10 hours on AWS in us-east-1.\"},"
            + "{\"name\":\"A100\",\"hoursUsed\":\"ten\",\"cloudProvider\":null,\"computeRegion\":7,"
            + "\"quote\":\"8 A100 GPUs\"},"
            + "{\"name\":\"TPU\",\"quote\":\"8 A100 GPUs\"},{\"name\":\"\",\"quote\":\"8 A100 GPUs\"}],"
            + "\"hyperParameters\":[{\"name\":\"learning_rate\",\"value\":\"3e-5\",\"quote\":\"learning_rate: 3e-5\"},"
            + "{\"name\":\"epochs\",\"value\":\"3\",\"quote\":\"epochs: 2\"},{\"name\":\"x\",\"value\":\" \",\"quote\":\"epochs: 2\"}],"
            + "\"evaluation\":[{\"metric\":\"accuracy\",\"dataset\":\"GLUE\",\"result\":\"91.2\","
            + "\"quote\":\"Accuracy on GLUE: 91.2\"},"
            + "{\"metric\":\"f1\",\"dataset\":null,\"result\":\"91.2\",\"quote\":\"91.2\"},"
            + "{\"metric\":\"f1\",\"result\":\"88\",\"quote\":\"Accuracy on GLUE: 91.2\"},"
            + "{\"metric\":\"f1\",\"result\":\"\",\"quote\":\"Accuracy on GLUE: 91.2\"}]}");
    ExtractedMetadata m = into.build();
    assertThat(m.hardware())
        .extracting(h -> h.value().name() + " " + h.value().hoursUsed() + " "
            + h.value().cloudProvider() + " " + h.value().computeRegion())
        .containsExactly(
            "A100 OptionalDouble[10.0] Optional[AWS] Optional[us-east-1]",
            "A100 OptionalDouble.empty Optional.empty Optional.empty");
    assertThat(m.hyperParameters())
        .extracting(h -> h.value().name().orElse("-") + "=" + h.value().value())
        .containsExactly("learning_rate=3e-5");
    assertThat(m.evaluationMetrics())
        .extracting(e -> e.value().test() + " " + e.value().dataset().orElse("-") + " "
            + e.value().result())
        .containsExactly("accuracy GLUE 91.2", "f1 - 91.2");
    assertThat(checker.dropped()).isEqualTo(Map.of("value not in quote", 6));
    assertThat(checker.kept()).isEqualTo(5);
  }

  @Test
  void domainsAndTasks_mustBePeatmossOnes_otherListsAreKeptWithTheirQuote() throws Exception {
    check(
        EnumSet.of(
            PeatmossField.DOMAIN,
            PeatmossField.TASK,
            PeatmossField.LANGUAGE,
            PeatmossField.LIMITATION_AND_BIAS,
            PeatmossField.DEMO,
            PeatmossField.GRANT,
            PeatmossField.INPUT_FORMAT,
            PeatmossField.OUTPUT_FORMAT),
        "{\"domain\":[{\"value\":\" Natural-Language-Processing \",\"quote\":\"English and German text\"},"
            + "{\"value\":\"medicine\",\"quote\":\"in the medical domain\"}],"
            + "\"task\":[{\"value\":\"Fill-Mask\",\"quote\":\"# widget\"},{\"value\":\"chat\",\"quote\":\"# widget\"}],"
            + "\"language\":[{\"value\":\"en\",\"quote\":\"Works for English\"}],"
            + "\"limitationAndBias\":[{\"value\":\"biased\",\"quote\":\"It may reproduce biases\"}],"
            + "\"demo\":{\"value\":\"see code\",\"quote\":\"Code:\"},"
            + "\"grant\":[{\"value\":\"g\",\"quote\":\"# widget\"}],"
            + "\"inputFormat\":[{\"value\":\"text\",\"quote\":\"English and German text\"}],"
            + "\"outputFormat\":[{\"value\":\"labels\",\"quote\":\"nowhere in the card\"}]}");
    ExtractedMetadata m = into.build();
    assertThat(m.domains())
        .extracting(d -> d.value())
        .containsExactly("natural-language-processing");
    assertThat(m.tasks()).extracting(d -> d.value()).containsExactly("fill-mask");
    assertThat(m.languages()).extracting(d -> d.value()).containsExactly("en");
    assertThat(m.limitations()).extracting(d -> d.value()).containsExactly("biased");
    assertThat(m.demos()).extracting(d -> d.value()).containsExactly("see code");
    assertThat(m.grants()).extracting(d -> d.value()).containsExactly("g");
    assertThat(m.inputFormats()).extracting(d -> d.value()).containsExactly("text");
    assertThat(m.outputFormats()).isEmpty();
    assertThat(checker.dropped())
        .isEqualTo(
            Map.of("not a PeaTMOSS domain", 1, "not a PeaTMOSS task", 1, "quote not in card", 1));
    assertThat(checker.kept()).isEqualTo(7);
  }

  @Test
  void fieldsNotAsked_andFieldsWithoutAnswer_addNothing() throws Exception {
    check(
        EnumSet.of(PeatmossField.FRAMEWORKS, PeatmossField.DEMO),
        "{\"frameworks\":[{\"value\":\"pytorch\",\"quote\":\"# widget\"}],\"demo\":null,"
            + "\"grant\":[{\"value\":\"g\",\"quote\":\"# widget\"}]}");
    assertThat(into.build().frameworks()).isEmpty();
    assertThat(into.build().grants()).isEmpty();
    assertThat(checker.dropped()).isEqualTo(Map.of("field not asked", 1));
    checker.drop("field not asked", 0);
    checker.drop("field not asked", 2);
    assertThat(checker.dropped()).isEqualTo(Map.of("field not asked", 3));
    checker.drop("never happened", 0);
    assertThat(checker.dropped()).isEqualTo(Map.of("field not asked", 3));
    assertThat(checker.kept()).isZero();
  }

  @Test
  void states_ignoresCaseWhitespaceAndEmphasis() {
    assertThat(AnswerChecker.states("Trained on **SQuAD   v2**", "squad v2")).isTrue();
    assertThat(AnswerChecker.states("Trained on SQuAD", "glue")).isFalse();
    assertThat(AnswerChecker.key("MiXeD")).isEqualTo("mixed");
  }
}
