package io.github.peatmoss.licenses;

import io.github.peatmoss.core.exception.DecodeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX License List as a compact index the build writes ({@code process-classes}, from the JSON files of
 * {@code org.spdx:java-spdx-library}) into the jar, so that {@link SpdxLicenseList#standard()} reads about 40 KB of
 * lines instead of parsing 370 KB of JSON with Jackson at the first license a program looks up.
 *
 * <p>Format, UTF-8, one record per line, fields separated by TAB: {@code version VERSION RELEASE_DATE}, then
 * {@code L ID NAME FLAGS} per license and {@code E ID NAME FLAGS} per exception, in list order. FLAGS holds
 * {@code d} (deprecated), {@code o} (OSI approved), {@code f} or {@code n} (FSF libre, or not; neither when the
 * list does not say). Lines starting with {@code #} are comments.
 */
final class SpdxIndex {
  /** The classpath resource holding the index. */
  static final String RESOURCE = "io/github/peatmoss/licenses/spdx-list.tsv";

  private SpdxIndex() {}

  /** Writes the index of the list on the classpath to the file {@code args[0]}; the build runs it. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(SpdxLicenseList.load(SpdxIndex.class.getClassLoader()), writer);
    }
  }

  /** Writes {@code list} in the index format. */
  static void write(SpdxLicenseList list, Writer out) throws IOException {
    out.write("# The SPDX License List " + list.version()
        + ", written by the build from org.spdx:java-spdx-library (SpdxIndex); do not edit\n");
    out.write("version\t" + field(list.version()) + "\t" + field(list.releaseDate()) + "\n");
    for (SpdxLicenseEntry e : list.licenses()) {
      String flags = (e.isDeprecated() ? "d" : "")
          + (e.isOsiApproved() ? "o" : "")
          + e.fsfLibre().map(libre -> libre ? "f" : "n").orElse("");
      out.write("L\t" + field(e.id()) + "\t" + field(e.name()) + "\t" + flags + "\n");
    }
    for (SpdxExceptionEntry e : list.exceptions()) {
      out.write("E\t" + field(e.id()) + "\t" + field(e.name()) + "\t"
          + (e.isDeprecated() ? "d" : "") + "\n");
    }
  }

  private static String field(String value) {
    if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "an SPDX list field holds a TAB or line break, which the index cannot hold: " + value);
    }
    return value;
  }

  /** Reads the index from the classpath of {@code loader}; empty if it is not there (a build that skipped it). */
  static Optional<SpdxLicenseList> read(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new DecodeException(
          "cannot read the SPDX License List index " + RESOURCE + ": " + e.getMessage()
              + "; the peatmoss-licenses jar may be damaged, rebuild or download it again",
          e);
    }
  }

  /** Reads an index written by {@link #write}. */
  static SpdxLicenseList read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String version = null;
    String releaseDate = "";
    Map<String, SpdxLicenseEntry> licenses = new LinkedHashMap<>();
    Map<String, SpdxExceptionEntry> exceptions = new LinkedHashMap<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("version") && f.length == 3) {
        version = f[1];
        releaseDate = f[2];
      } else if (f[0].equals("L") && f.length == 4) {
        SpdxLicenseEntry.Builder b = SpdxLicenseEntry.builder()
            .id(f[1])
            .name(f[2])
            .deprecated(f[3].indexOf('d') >= 0)
            .osiApproved(f[3].indexOf('o') >= 0);
        if (f[3].indexOf('f') >= 0 || f[3].indexOf('n') >= 0) {
          b.fsfLibre(f[3].indexOf('f') >= 0);
        }
        SpdxLicenseEntry entry = b.build();
        licenses.put(SpdxLicenseList.key(entry.id()), entry);
      } else if (f[0].equals("E") && f.length == 4) {
        SpdxExceptionEntry entry = SpdxExceptionEntry.builder()
            .id(f[1])
            .name(f[2])
            .deprecated(f[3].indexOf('d') >= 0)
            .build();
        exceptions.put(SpdxLicenseList.key(entry.id()), entry);
      } else {
        throw new DecodeException("line " + number + " of the SPDX License List index " + RESOURCE
            + " is not an index record; rebuild peatmoss-licenses");
      }
    }
    if (version == null || licenses.isEmpty() || exceptions.isEmpty()) {
      throw new DecodeException(
          "the SPDX License List index " + RESOURCE + " is incomplete; rebuild peatmoss-licenses");
    }
    return SpdxLicenseList.of(version, releaseDate, licenses, exceptions);
  }
}
