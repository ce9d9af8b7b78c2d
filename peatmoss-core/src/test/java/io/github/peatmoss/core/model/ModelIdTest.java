package io.github.peatmoss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelIdTest {

  @Test
  void of_namespacedId_isHuggingFaceForm() {
    ModelId id = ModelId.of("google-bert/bert-base-uncased");
    assertThat(id.form()).isEqualTo(ModelId.Form.HUGGING_FACE);
    assertThat(id.namespace()).contains("google-bert");
    assertThat(id.name()).isEqualTo("bert-base-uncased");
    assertThat(id.pytorchRepository()).isEmpty();
  }

  @Test
  void of_legacyId_hasNoNamespace() {
    ModelId id = ModelId.of("bert-base-uncased");
    assertThat(id.form()).isEqualTo(ModelId.Form.LEGACY);
    assertThat(id.namespace()).isEmpty();
  }

  @Test
  void of_numericLookingLegacyId_staysText() {
    assertThat(ModelId.of("12345").value()).isEqualTo("12345");
  }

  @Test
  void of_pytorchHubId_exposesRepositoryAndEntrypoint() {
    ModelId id = ModelId.of("pytorch/vision/resnet18");
    assertThat(id.form()).isEqualTo(ModelId.Form.PYTORCH_HUB);
    assertThat(id.pytorchRepository()).contains(RepoRef.of("pytorch", "vision"));
    assertThat(id.name()).isEqualTo("resnet18");
    assertThat(
            ModelId.pytorchHub(RepoRef.parse("ultralytics/yolov5"), "yolov5s").value())
        .isEqualTo("ultralytics/yolov5/yolov5s");
  }

  @Test
  void of_pytorchHubIdWithGitRef_keepsTheRefApartFromTheRepository() {
    ModelId id = ModelId.of("pytorch/vision:v0.10.0/resnet18");
    assertThat(id.form()).isEqualTo(ModelId.Form.PYTORCH_HUB);
    assertThat(id.value()).isEqualTo("pytorch/vision:v0.10.0/resnet18");
    assertThat(id.pytorchRepository()).contains(RepoRef.of("pytorch", "vision"));
    assertThat(id.pytorchRef()).contains("v0.10.0");
    assertThat(id.name()).isEqualTo("resnet18");
    assertThat(ModelId.of("pytorch/vision/resnet18").pytorchRef()).isEmpty();
    assertThat(ModelId.of("acme/tiny").pytorchRef()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                    | name must not be empty",
        "acme/                 | name must not be empty",
        "/tiny                 | namespace must not be empty",
        "acme/a--b             | must not contain '--' or '..'",
        "acme/a..b             | must not contain '--' or '..'",
        "-acme/tiny            | namespace must start and end with a letter, digit or '_'",
        "acme/tiny.            | name must start and end with a letter, digit or '_'",
        "acme/tiny bert        | may hold only letters, digits, '_', '-' and '.'",
        "acme/tiny@2           | may hold only letters, digits, '_', '-' and '.'",
        "a/b/c/d               | expected name, namespace/name (Hugging Face) or owner/repo/entrypoint (PyTorch Hub)",
        "pytorch/vision/1net   | must be a Python identifier",
        "pytorch/vision/res-net | must be a Python identifier",
        "-bad/vision/resnet    | must be a GitHub repository",
        "pytorch/vision:/resnet | git ref '' after ':' must be 1-255 letters",
        "pytorch/vision:v1 x/resnet | git ref 'v1 x' after ':' must be 1-255 letters"
      })
  void of_invalidId_namesTheRuleBroken(String input, String rule) {
    assertThatThrownBy(() -> ModelId.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid model id '" + input + "'")
        .hasMessageContaining(rule);
  }

  @Test
  void of_segmentLongerThan96_isRejected() {
    String longName = "a".repeat(97);
    assertThatThrownBy(() -> ModelId.of("acme/" + longName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must be at most 96 characters, was 97");
    assertThat(ModelId.of("acme/" + "a".repeat(96)).name()).hasSize(96);
  }

  @Test
  void of_null_throwsNullPointerException() {
    assertThatThrownBy(() -> ModelId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }
}
