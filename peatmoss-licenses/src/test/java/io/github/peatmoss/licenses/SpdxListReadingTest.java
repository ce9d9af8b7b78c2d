package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the SPDX list from the JSON of org.spdx:java-spdx-library and from the build's index. */
class SpdxListReadingTest {
  private static final String EXCEPTIONS =
      "{\"exceptions\": [{\"licenseExceptionId\": \"E-1\", \"name\": \"E one\","
          + " \"isDeprecatedLicenseId\": true}]}";

  @TempDir
  Path dir;

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  private SpdxLicenseList load(String licenses, String exceptions) throws IOException {
    Path stdlicenses = dir.resolve("resources/stdlicenses");
    Files.createDirectories(stdlicenses);
    Files.writeString(stdlicenses.resolve("licenses.json"), licenses, StandardCharsets.UTF_8);
    Files.writeString(stdlicenses.resolve("exceptions.json"), exceptions, StandardCharsets.UTF_8);
    try (URLClassLoader loader = loader()) {
      return SpdxLicenseList.load(loader);
    }
  }

  private void assertBroken(String licenses, String exceptions, String message) {
    assertThatThrownBy(() -> load(licenses, exceptions))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aSmallList_isReadFieldByField() throws IOException {
    SpdxLicenseList list = load(
        "{\"licenseListVersion\": \"9.9\", \"releaseDate\": \"2026-01-02\", \"licenses\": ["
            + "{\"licenseId\": \"A-1\", \"name\": \"A one\", \"isOsiApproved\": true, \"isFsfLibre\": false},"
            + "{\"licenseId\": \"B-2\", \"name\": \"B two\", \"isDeprecatedLicenseId\": true}]}",
        EXCEPTIONS);
    assertThat(list.version()).isEqualTo("9.9");
    assertThat(list.releaseDate()).isEqualTo("2026-01-02");
    assertThat(list.toString()).isEqualTo("SpdxLicenseList[9.9, 2 licenses, 1 exceptions]");
    SpdxLicenseEntry a = list.findLicense("a-1").get();
    assertThat(a.id()).isEqualTo("A-1");
    assertThat(a.name()).isEqualTo("A one");
    assertThat(a.isOsiApproved()).isTrue();
    assertThat(a.isDeprecated()).isFalse();
    assertThat(a.fsfLibre()).contains(false);
    SpdxLicenseEntry b = list.findLicense("B-2").get();
    assertThat(b.isDeprecated()).isTrue();
    assertThat(b.isOsiApproved()).isFalse();
    assertThat(b.fsfLibre()).isEmpty();
    assertThat(list.findException("e-1").get().isDeprecated()).isTrue();
    assertThat(list.findException("e-1").get().name()).isEqualTo("E one");
  }

  @Test
  void aListWithoutVersionOrDate_saysUnknownAndEmpty() throws IOException {
    SpdxLicenseList list =
        load("{\"licenses\": [{\"licenseId\": \"A-1\", \"name\": \"A\"}]}", EXCEPTIONS);
    assertThat(list.version()).isEqualTo("unknown");
    assertThat(list.releaseDate()).isEmpty();
  }

  @Test
  void brokenLists_areDecodeExceptionsSayingWhatToDo() {
    assertBroken(
        "{\"licenses\": [{\"name\": \"A\"}]}",
        EXCEPTIONS,
        "an entry of resources/stdlicenses/licenses.json has no 'licenseId'; use a released"
            + " org.spdx:java-spdx-library");
    assertBroken(
        "{\"licenses\": [{\"licenseId\": 7, \"name\": \"A\"}]}", EXCEPTIONS, "has no 'licenseId'");
    assertBroken(
        "{\"licenses\": [{\"licenseId\": \"\", \"name\": \"A\"}]}",
        EXCEPTIONS,
        "has no 'licenseId'");
    assertBroken(
        "{\"licenses\": []}", EXCEPTIONS, "the SPDX License List on the classpath is empty");
    assertBroken(
        "{\"licenses\": [{\"licenseId\": \"A-1\", \"name\": \"A\"}]}",
        "{\"exceptions\": []}",
        "the SPDX License List on the classpath is empty");
    assertBroken(
        "{\"licenses\": [",
        EXCEPTIONS,
        "cannot read the SPDX License List resources/stdlicenses/licenses.json");
  }

  @Test
  void aClasspathWithoutTheArtifact_saysWhichDependencyToAdd() throws IOException {
    try (URLClassLoader empty = loader()) {
      assertThatThrownBy(() -> SpdxLicenseList.load(empty))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining(
              "(resources/stdlicenses/licenses.json) is not on the classpath; add the"
                  + " dependency org.spdx:java-spdx-library");
      assertThat(SpdxIndex.read(empty)).isEmpty();
    }
  }

  @Test
  void theStandardList_hasItsReleaseDateAndCounts() {
    SpdxLicenseList list = SpdxLicenseList.standard();
    assertThat(list.releaseDate()).matches("\\d{4}-\\d{2}-\\d{2}.*");
    assertThat(list.toString())
        .isEqualTo("SpdxLicenseList[" + list.version() + ", " + list.licenses().size()
            + " licenses, " + list.exceptions().size() + " exceptions]");
  }

  @Test
  void theIndex_refusesFieldsWithTabsOrLineBreaks_anywhereInThem() {
    for (String bad : new String[] {"\tA", "\nA", "\rA", "A\tB", "A\n", "A\r"}) {
      SpdxLicenseList list = SpdxLicenseList.of(
          "1.0",
          "",
          Map.of(
              "a",
              SpdxLicenseEntry.builder()
                  .id("A")
                  .name(bad)
                  .deprecated(false)
                  .osiApproved(false)
                  .build()),
          Map.of());
      assertThatThrownBy(() -> SpdxIndex.write(list, new StringWriter()))
          .as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("holds a TAB or line break");
    }
  }

  @Test
  void theIndex_startsWithAComment_andNeedsVersionLicensesAndExceptions() throws IOException {
    StringWriter out = new StringWriter();
    SpdxIndex.write(SpdxLicenseList.standard(), out);
    assertThat(out.toString())
        .startsWith("# The SPDX License List " + SpdxLicenseList.standard().version()
            + ", written by the build from org.spdx:java-spdx-library (SpdxIndex); do not edit\n"
            + "version\t");
    for (String incomplete : new String[] {
      "version\t1\t\nL\tA\tA\t\n", "L\tA\tA\t\nE\tE\tE\t\n", "version\t1\t\nE\tE\tE\t\n"
    }) {
      assertThatThrownBy(() ->
              SpdxIndex.read(new ByteArrayInputStream(incomplete.getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("is incomplete; rebuild peatmoss-licenses");
    }
    SpdxLicenseList small = SpdxIndex.read(new ByteArrayInputStream(
        "# c\n\nversion\t1\t2026\nL\tA\tA one\tdof\nL\tB\tB\tn\nE\tE\tE one\td\n"
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(small.findLicense("A").get().isDeprecated()).isTrue();
    assertThat(small.findLicense("A").get().isOsiApproved()).isTrue();
    assertThat(small.findLicense("A").get().fsfLibre()).contains(true);
    assertThat(small.findLicense("B").get().fsfLibre()).contains(false);
    assertThat(small.findException("E").get().isDeprecated()).isTrue();
  }

  @Test
  void main_writesTheIndexFile() throws IOException {
    Path file = dir.resolve("out/spdx-list.tsv");
    SpdxIndex.main(new String[] {file.toString()});
    try (var in = Files.newInputStream(file)) {
      SpdxLicenseList read = SpdxIndex.read(in);
      assertThat(read.version()).isEqualTo(SpdxLicenseList.standard().version());
      assertThat(read.licenses()).isEqualTo(SpdxLicenseList.standard().licenses());
    }
  }
}
