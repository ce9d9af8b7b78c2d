package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the PyTorch Hub page parser on arbitrary, often broken, pages. */
class PytorchHubPagesPropertyTest {
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of(
            "---",
            "\n",
            "layout: hub_detail",
            "github-id: a/b",
            "tags: [vision",
            "```python",
            "```",
            "torch.hub.load(",
            ")",
            "'a/b'",
            "\"a/b:v1\"",
            "'m1'",
            ", ",
            "model=",
            "repo_or_dir=",
            "source='local'",
            "#",
            "# model = ",
            "'''",
            "\"\"\"",
            "\\",
            "(",
            "[",
            "{",
            "}",
            "]",
            "pretrained=True",
            " "),
        Arbitraries.strings().ofMaxLength(8));
    return fragment.list().ofMaxSize(50).map(parts -> String.join("", parts));
  }

  @Property(tries = 500)
  void parse_neverThrows_andEveryCallNamesALoadableModel(@ForAll("pages") String page) {
    PytorchHubEntry entry = PytorchHubPages.parse("x_y_z.md", page);
    for (HubLoadCall call : entry.loadCalls()) {
      assertThat(call.modelId().value())
          .startsWith(call.repository().fullName())
          .endsWith("/" + call.entrypoint());
      assertThat(call.modelId().pytorchRepository()).hasValue(call.repository());
    }
    assertThat(entry.toModels()).hasSizeLessThanOrEqualTo(entry.loadCalls().size());
  }

  @Property(tries = 300)
  void knownCall_isFoundWhateverSurroundsIt(@ForAll("pages") String noise) {
    String page =
        "---\nlayout: hub_detail\n---\n```python\nm = torch.hub.load('acme/vision:v1', 'wide_net', x=1)\n```\n"
            + noise.replace("```", "");
    PytorchHubEntry entry = PytorchHubPages.parse("x_y_z.md", page);
    assertThat(entry.loadCalls()).first().satisfies(c -> {
      assertThat(c.entrypoint()).isEqualTo("wide_net");
      assertThat(c.ref()).hasValue("v1");
    });
  }
}
