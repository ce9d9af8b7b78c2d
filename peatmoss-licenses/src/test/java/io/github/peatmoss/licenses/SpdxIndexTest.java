package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpdxIndexTest {
  // Read in each test, not once per class: mutation testing changes the reading code between tests.
  private final SpdxLicenseList fromJson =
      SpdxLicenseList.load(SpdxIndexTest.class.getClassLoader());

  private static SpdxLicenseList roundTrip(SpdxLicenseList list) throws IOException {
    StringWriter out = new StringWriter();
    SpdxIndex.write(list, out);
    return SpdxIndex.read(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertSameList(SpdxLicenseList actual, SpdxLicenseList expected) {
    assertThat(actual.version()).isEqualTo(expected.version());
    assertThat(actual.releaseDate()).isEqualTo(expected.releaseDate());
    assertThat(actual.licenses()).containsExactlyElementsOf(expected.licenses());
    assertThat(actual.exceptions()).containsExactlyElementsOf(expected.exceptions());
  }

  @Test
  void theBuild_putsTheIndexOnTheClasspath_andStandardIsTheListOfTheJsonFiles() {
    assertThat(SpdxIndexTest.class.getClassLoader().getResource(SpdxIndex.RESOURCE))
        .isNotNull();
    assertThat(SpdxIndex.read(SpdxIndexTest.class.getClassLoader())).isPresent();
    assertSameList(SpdxLicenseList.standard(), fromJson);
  }

  @Test
  void writeThenRead_keepsEveryEntryAndFlag() throws IOException {
    assertSameList(roundTrip(fromJson), fromJson);
    assertThat(fromJson.licenses()).anyMatch(e -> e.fsfLibre().isEmpty());
    assertThat(fromJson.licenses()).anyMatch(e -> e.fsfLibre().orElse(false));
    assertThat(fromJson.licenses()).anyMatch(SpdxLicenseEntry::isDeprecated);
  }

  @Test
  void aDamagedIndex_isADecodeExceptionNamingTheLine() {
    byte[] damaged = "version\t3.0\t\nL\tMIT\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SpdxIndex.read(new ByteArrayInputStream(damaged)))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void anIndexWithoutLicenses_isADecodeException() {
    byte[] empty = "version\t3.0\t\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SpdxIndex.read(new ByteArrayInputStream(empty)))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("incomplete");
  }
}
