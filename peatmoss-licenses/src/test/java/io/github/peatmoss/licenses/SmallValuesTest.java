package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.LicenseUse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Additions, categories, obligations and matrix files: each value and each refusal. */
class SmallValuesTest {
  private static CompatibilityMatrix matrix(String json) {
    return CompatibilityMatrix.readOsadlJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline");
  }

  @Test
  void additions_listedAndRefs_equalByCanonicalText() {
    Addition classpath = Addition.exception("classpath-exception-2.0");
    assertThat(classpath.exception().map(SpdxExceptionEntry::id))
        .contains("Classpath-exception-2.0");
    assertThat(classpath.isRef()).isFalse();
    assertThat(classpath).isEqualTo(Addition.exception("Classpath-exception-2.0"));
    assertThat(classpath).isNotEqualTo(Addition.exception("LLVM-exception"));
    assertThat(classpath).isNotEqualTo("Classpath-exception-2.0");
    Addition ref = Addition.additionRef("X");
    assertThat(ref.exception()).isEmpty();
    assertThat(ref.isRef()).isTrue();
    assertThat(ref).isEqualTo(Addition.additionRef("x")).isNotEqualTo(Addition.additionRef("y"));
    assertThat(Addition.ref(Optional.of("d"), "x")).hasToString("DocumentRef-d:AdditionRef-x");
    assertThat(Addition.ref(Optional.of("d"), "x")).isNotEqualTo(ref);
    assertThatThrownBy(() -> Addition.exception("MIT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'MIT' is not a license exception on the SPDX License List 3.")
        .hasMessageEndingWith("; use Addition.additionRef(..) for other additions");
  }

  @ParameterizedTest
  @CsvSource({
    "PUBLIC_DOMAIN, PUBLIC_DOMAIN",
    "PERMISSIVE, PERMISSIVE",
    "WEAK_COPYLEFT, COPYLEFT_LIMITED",
    "SHARE_ALIKE, COPYLEFT_LIMITED",
    "STRONG_COPYLEFT, COPYLEFT",
    "NETWORK_COPYLEFT, COPYLEFT",
    "USE_RESTRICTED, PROPRIETARY_FREE",
    "PROPRIETARY, PROPRIETARY_FREE",
    "NO_DERIVATIVES, SOURCE_AVAILABLE",
    "NON_COMMERCIAL, SOURCE_AVAILABLE",
    "NO_LICENSE, UNKNOWN",
    "UNKNOWN, UNKNOWN",
  })
  void scanCodeCategory_ofEachCategory(LicenseCategory category, ScanCodeCategory scanCode) {
    assertThat(ScanCodeCategory.of(category)).isEqualTo(scanCode);
  }

  @Test
  void aResultBuiltWithoutAUse_isForRedistribution() {
    CompatibilityResult r = CompatibilityResult.builder()
        .inbound("MIT")
        .outbound("ISC")
        .verdict(Verdict.COMPATIBLE)
        .build();
    assertThat(r.use()).isEqualTo(LicenseUse.REDISTRIBUTE);
  }

  @ParameterizedTest
  @EnumSource(Obligation.class)
  void everyObligation_saysWhatToDo(Obligation o) {
    assertThat(o.description()).hasSizeGreaterThan(10);
  }

  @Test
  void matrixFiles_refusedWithTheProblemNamed() {
    assertThatThrownBy(() -> matrix("{\n\"MIT\": {\"ISC\": \"Yes\"},\n oops}"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("compatibility matrix inline is not valid JSON (line 3)");
    assertThatThrownBy(() -> matrix("{}"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("compatibility matrix inline has no cells");
    assertThatThrownBy(() -> matrix("{\"licenses\": [{\"name\": 5, \"compatibilities\": []}]}"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("has an entry without 'name': {\"name\":5");
    assertThatThrownBy(() -> matrix("{\"licenses\": [{\"compatibilities\": []}]}"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("has an entry without 'name'");
    CompatibilityMatrix flat = matrix("{\"timestamp\": \"t\", \"MIT\": {\"ISC\": \" yes \"}}");
    assertThat(flat.licenses()).containsExactly("MIT");
    assertThat(flat.size()).isEqualTo(1);
    assertThat(flat.lookup("mit", "isc").get().verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(flat.lookup("mit", "isc").get().value()).isEqualTo("yes");
  }
}
