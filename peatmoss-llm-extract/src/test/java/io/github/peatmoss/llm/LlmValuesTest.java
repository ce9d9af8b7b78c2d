package io.github.peatmoss.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Provenance;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The small public values of the extraction API keep their contracts. */
class LlmValuesTest {
  private static final ModelId ID = ModelId.of("acme/values");

  @Test
  void chatMessage_takesOnlyTheUserAndAssistantRoles() {
    assertThat(ChatMessage.user("hi")).isEqualTo(new ChatMessage("user", "hi"));
    assertThat(ChatMessage.assistant("ok").role()).isEqualTo("assistant");
    assertThatThrownBy(() -> new ChatMessage("system", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must be user or assistant: system");
    assertThatThrownBy(() -> new ChatMessage(null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void providerKind_defaultBaseUrls_areThePublicEndpoints() {
    assertThat(ProviderKind.OPENAI.defaultBaseUrl())
        .isEqualTo(URI.create("https://api.openai.com/v1"));
    assertThat(ProviderKind.OLLAMA.defaultBaseUrl())
        .isEqualTo(URI.create("http://localhost:11434"));
    assertThat(ProviderKind.ANTHROPIC.defaultBaseUrl())
        .isEqualTo(URI.create("https://api.anthropic.com"));
    assertThat(ProviderKind.OLLAMA.keyVariable()).isNull();
    assertThat(ProviderKind.ANTHROPIC.keyVariable()).isEqualTo("ANTHROPIC_API_KEY");
  }

  @Test
  void contextLengthExceeded_isNotRetryable() {
    assertThat(
            new ContextLengthExceededException("too long", 400, "req-1", "context_length_exceeded")
                .isRetryable())
        .isFalse();
  }

  private static CardExtraction withDomains(String... domains) {
    ExtractedMetadata.Builder m = ExtractedMetadata.builder().model(ID);
    for (String d : domains) {
      m.addDomains(Extracted.of(d, Provenance.TAGS));
    }
    return CardExtraction.builder().metadata(m.build()).build();
  }

  @Test
  void openFields_askLanguageOnlyOfLanguageModelsOrUnknownDomains() {
    assertThat(withDomains().openFields()).contains(PeatmossField.LANGUAGE);
    assertThat(withDomains("natural-language-processing").openFields())
        .contains(PeatmossField.LANGUAGE);
    assertThat(withDomains("computer-vision", "natural-language-processing").openFields())
        .contains(PeatmossField.LANGUAGE);
    assertThat(withDomains("computer-vision").openFields())
        .doesNotContain(PeatmossField.LANGUAGE)
        .contains(PeatmossField.LICENSE, PeatmossField.DATASETS);
  }

  @Test
  void openFields_areTheAskableFieldsWithoutAValue() {
    CardExtraction e = CardExtraction.builder()
        .metadata(ExtractedMetadata.builder()
            .model(ID)
            .license(Extracted.of("mit", Provenance.CARD_YAML))
            .addDomains(Extracted.of("natural-language-processing", Provenance.TAGS))
            .build())
        .build();
    assertThat(e.openFields())
        .doesNotContain(
            PeatmossField.LICENSE,
            PeatmossField.DOMAIN,
            PeatmossField.FRAMEWORKS,
            PeatmossField.LIBRARIES)
        .contains(PeatmossField.TASK, PeatmossField.PARAMETER_COUNT);
    assertThat(e.openFields()).hasSize(PeatmossField.values().length - 4);
  }
}
