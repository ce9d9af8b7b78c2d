package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.ModelId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution against a set of known ids: exact, case, legacy names, PyTorch Hub refs. */
class KnownModelsTest {
  @Test
  void aLegacyName_resolvesToTheOneOrganisationThatHasIt_notWhenTwoDo() {
    KnownModels one = KnownModels.of(List.of(ModelId.of("facebook/Widget-Base")));
    assertThat(one.resolve(ModelId.of("widget-base"))).hasValue(ModelId.of("facebook/Widget-Base"));

    KnownModels same = KnownModels.of(
        List.of(ModelId.of("facebook/widget-base"), ModelId.of("facebook/widget-base")));
    assertThat(same.resolve(ModelId.of("widget-base")))
        .hasValue(ModelId.of("facebook/widget-base"));

    KnownModels two = KnownModels.of(
        List.of(ModelId.of("facebook/widget-base"), ModelId.of("google/widget-base")));
    assertThat(two.resolve(ModelId.of("widget-base"))).isEmpty();

    KnownModels otherOrg = KnownModels.of(List.of(ModelId.of("acme/widget-base")));
    assertThat(otherOrg.resolve(ModelId.of("widget-base"))).isEmpty();
  }

  @Test
  void aLegacyIdInTheTable_resolvesThroughTheTable_evenWhenTwoOrganisationsHaveTheName() {
    KnownModels two =
        KnownModels.of(List.of(ModelId.of("distilbert/gpt2"), ModelId.of("openai-community/gpt2")));
    assertThat(two.resolve(ModelId.of("gpt2"))).hasValue(ModelId.of("openai-community/gpt2"));
  }

  @Test
  void aLegacyIdInTheTable_resolvesToItsCurrentNameOnlyWhenKnown() {
    KnownModels known = KnownModels.of(List.of(ModelId.of("distilbert/distilbert-base-uncased")));
    assertThat(known.resolve(ModelId.of("DistilBERT-base-uncased")))
        .hasValue(ModelId.of("distilbert/distilbert-base-uncased"));
    assertThat(KnownModels.of(List.of()).resolve(ModelId.of("distilbert-base-uncased")))
        .isEmpty();
    assertThat(KnownModels.currentNameOf(ModelId.of("gpt2")))
        .hasValue(ModelId.of("openai-community/gpt2"));
    assertThat(KnownModels.currentNameOf(ModelId.of("openai-community/gpt2"))).isEmpty();
    assertThat(KnownModels.currentNameOf(ModelId.of("no-such-legacy-model"))).isEmpty();
  }

  @Test
  void aPytorchHubId_keepsTheRefItsCallNamed_whenTheEntrypointIsKnown() {
    KnownModels known = KnownModels.of(List.of(
        ModelId.of("pytorch/vision:v0.9.0/resnet18"), ModelId.of("ultralytics/yolov5/yolov5s")));

    assertThat(known.resolve(ModelId.of("pytorch/vision:v0.10.0/resnet18")))
        .hasValue(ModelId.of("pytorch/vision:v0.10.0/resnet18"));
    assertThat(known.resolve(ModelId.of("pytorch/vision/ResNet18")))
        .hasValue(ModelId.of("pytorch/vision/ResNet18"));
    assertThat(known.resolve(ModelId.of("ultralytics/yolov5:master/yolov5s")))
        .hasValue(ModelId.of("ultralytics/yolov5:master/yolov5s"));
    assertThat(known.resolve(ModelId.of("pytorch/vision:v0.10.0/resnet50"))).isEmpty();
    assertThat(known.resolve(ModelId.of("pytorch/vision"))).isEmpty();
  }
}
