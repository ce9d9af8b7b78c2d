package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nesting up to 3000 levels never makes the detector throw (no recursion without a limit). Seconds per run, so
 * left out of mutation runs; {@link DeepInputTest} pins the same limits with small examples.
 */
class ReuseDeepNestingPropertyTest {
  private static final ReuseDetector DETECTOR = ReuseDetector.create();

  @Provide
  Arbitrary<String> deep() {
    Arbitrary<Integer> depth = Arbitraries.integers().between(1, 3000);
    Arbitrary<String> open =
        Arbitraries.of("(", "[", "{", "f(", "AutoModel.from_pretrained(", "if a: ", "'", "\"\"\"");
    return Combinators.combine(depth, open, Arbitraries.of(")", "]", "}", "", "'"))
        .as((n, o, c) -> "from transformers import AutoModel\nx = " + o.repeat(n) + "'gpt2'"
            + c.repeat(n / 2) + "\n");
  }

  @Property(tries = 60)
  void deepNesting_neverThrows(@ForAll("deep") String text) {
    assertThat(DETECTOR.scan("a.py", text).file()).isEqualTo("a.py");
    assertThat(DETECTOR.scan("a.js", text).file()).isEqualTo("a.js");
    assertThat(DETECTOR
            .scan("a.ipynb", "{\"cells\": " + "[".repeat(text.length() % 2000))
            .skipped())
        .isPresent();
  }
}
