package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.RepoRef;
import org.junit.jupiter.api.Test;

class HubConfsTest {
  @Test
  void parse_hubconf_listsPublicTopLevelCallables() {
    HubConf conf = HubConfs.parse(
        RepoRef.of("acme", "vision"), "master", FakePytorchHub.fixture("hubconf.py"));

    assertThat(conf.dependencies()).containsExactly("torch", "pillow", "requests");
    assertThat(conf.entrypoints())
        .extracting(HubEntrypoint::name)
        .containsExactly(
            "widenet18",
            "widenet34",
            "widenet50",
            "widenet101",
            "partial",
            "widenet152",
            "widenet_tiny");
    assertThat(conf.entrypoints())
        .filteredOn(e -> e.name().equals("widenet152"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.kind()).isEqualTo(HubEntrypoint.Kind.FUNCTION);
          assertThat(e.summary()).hasValue("WideNet-152 trained on the small corpus.");
          assertThat(e.line()).isEqualTo(14);
        });
    assertThat(conf.entrypoints())
        .filteredOn(e -> e.name().equals("widenet_tiny"))
        .singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(HubEntrypoint.Kind.ASSIGNED));
    assertThat(conf.warnings()).singleElement().asString().contains("import *");
    assertThat(conf.modelIds()).first().hasToString("acme/vision/widenet18");
  }
}
