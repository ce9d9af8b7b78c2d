package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three ways a Python signature matches a qualified call name, split at its dots. */
class PySignatureTest {
  @Test
  void fromPretrained_needsTheRootAndTheMethod_withAnythingBetween() {
    var p = PySignature.fromPretrained("transformers");
    assertThat(p.test(new String[] {"transformers", "from_pretrained"})).isTrue();
    assertThat(p.test(new String[] {"transformers", "AutoModel", "from_pretrained"}))
        .isTrue();
    assertThat(p.test(new String[] {"transformers"})).isFalse();
    assertThat(p.test(new String[] {"from_pretrained"})).isFalse();
    assertThat(p.test(new String[] {"diffusers", "from_pretrained"})).isFalse();
    assertThat(p.test(new String[] {"transformers", "AutoModel", "save_pretrained"}))
        .isFalse();
  }

  @Test
  void rootAndLast_acceptsAnyOfTheMethods() {
    var p = PySignature.rootAndLast("timm", "create_model", "load");
    assertThat(p.test(new String[] {"timm", "create_model"})).isTrue();
    assertThat(p.test(new String[] {"timm", "models", "load"})).isTrue();
    assertThat(p.test(new String[] {"timm"})).isFalse();
    assertThat(p.test(new String[] {"timm", "list_models"})).isFalse();
    assertThat(p.test(new String[] {"torch", "load"})).isFalse();
  }

  @Test
  void exactly_matchesOnlyTheWholeNames() {
    var p = PySignature.exactly("torch.hub.load", "spacy.load");
    assertThat(p.test(new String[] {"torch", "hub", "load"})).isTrue();
    assertThat(p.test(new String[] {"spacy", "load"})).isTrue();
    assertThat(p.test(new String[] {"torch", "hub"})).isFalse();
    assertThat(p.test(new String[] {"torch", "hub", "load", "x"})).isFalse();
  }
}
