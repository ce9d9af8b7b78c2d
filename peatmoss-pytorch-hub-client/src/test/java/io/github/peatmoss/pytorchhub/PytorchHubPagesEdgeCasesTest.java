package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fences, refs, argument shapes and header fields the fixture pages do not exercise. */
class PytorchHubPagesEdgeCasesTest {
  private static PytorchHubEntry page(String body) {
    return PytorchHubPages.parse("acme_x_y.md", "---\nlayout: hub_detail\n---\n" + body);
  }

  @Test
  void isModelPage_needsAnUnderscoreAfterTheFirstCharacter() {
    assertThat(PytorchHubPages.isModelPage("_hidden.md")).isFalse();
    assertThat(PytorchHubPages.isModelPage("a_b.md")).isTrue();
    assertThat(PytorchHubPages.isModelPage("template.md")).isFalse();
    assertThat(PytorchHubPages.isModelPage("a_b.txt")).isFalse();
  }

  @Test
  void emptyRefAfterColon_isNoRef() {
    HubLoadCall call = page("```python\ntorch.hub.load('acme/vision:', 'net')\n```\n")
        .loadCalls()
        .get(0);
    assertThat(call.ref()).isEmpty();
    assertThat(call.modelId().value()).isEqualTo("acme/vision/net");
  }

  @Test
  void callWithOnlyTheRepository_isSkippedWithAWarning() {
    PytorchHubEntry entry = page("```python\ntorch.hub.load('acme/vision')\n```\n");
    assertThat(entry.loadCalls()).isEmpty();
    assertThat(entry.warnings())
        .singleElement()
        .asString()
        .contains("without repository and model");
  }

  @Test
  void keywordRepository_takesTheFirstPositionalAsModel() {
    PytorchHubEntry entry =
        page("```py\ntorch.hub.load('net', repo_or_dir='acme/vision', source='github')\n```\n");
    assertThat(entry.loadCalls()).singleElement().satisfies(c -> {
      assertThat(c.entrypoint()).isEqualTo("net");
      assertThat(c.keywordArguments()).containsOnlyKeys("source");
    });
  }

  @Test
  void onlyAMatchingFence_closesABlock() {
    String body = "````python\n"
        + "```\n"
        + "~~~~\n"
        + "torch.hub.load('acme/inner', 'net')\n"
        + "````\n"
        + "```text\ntorch.hub.load('acme/text', 'net')\n```\n";
    assertThat(PytorchHubPages.pythonBlocks(body))
        .singleElement()
        .asString()
        .contains("acme/inner");
    assertThat(page(body).loadCalls())
        .extracting(c -> c.repository().fullName())
        .containsExactly("acme/inner");
  }

  @Test
  void fenceWithTextAfterIt_doesNotClose() {
    String body = "```python\nx = 1\n``` not a fence\ntorch.hub.load('acme/a', 'b')\n```\n";
    assertThat(page(body).loadCalls()).hasSize(1);
  }

  @Test
  void commaSeparatedTags_areSplitAndDeduplicated() {
    PytorchHubEntry entry = PytorchHubPages.parse(
        "acme_x_y.md", "---\nlayout: hub_detail\ntags: vision, nlp ,vision,\n---\n");
    assertThat(entry.tags()).containsExactly("vision", "nlp");
    assertThat(entry.warnings()).isEmpty();
  }

  @Test
  void loadCallDefaults_notCommented() {
    HubLoadCall call = HubLoadCall.builder()
        .repository(io.github.peatmoss.core.model.RepoRef.of("a", "b"))
        .entrypoint("c")
        .build();
    assertThat(call.isCommented()).isFalse();
    assertThat(List.of(call.modelId().value())).containsExactly("a/b/c");
  }
}
