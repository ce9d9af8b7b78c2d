package io.github.peatmoss.licenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.core.exception.DecodeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SPDX License List (licenses and exceptions), read offline from the SPDX project's own Maven artifact
 * {@code org.spdx:java-spdx-library} (classpath resources {@code resources/stdlicenses/licenses.json} and
 * {@code exceptions.json}); a newer list arrives by bumping that artifact's version. Ids are looked up
 * case-insensitively and returned in canonical case. Immutable and thread-safe; {@link #standard()} is loaded
 * once, at its first use, from the compact index the build makes of those files ({@code SpdxIndex}), and shared.
 */
public final class SpdxLicenseList {
  static final String LICENSES_RESOURCE = "resources/stdlicenses/licenses.json";
  static final String EXCEPTIONS_RESOURCE = "resources/stdlicenses/exceptions.json";

  private final String version;
  private final String releaseDate;
  private final Map<String, SpdxLicenseEntry> licenses;
  private final Map<String, SpdxExceptionEntry> exceptions;

  private SpdxLicenseList(
      String version,
      String releaseDate,
      Map<String, SpdxLicenseEntry> licenses,
      Map<String, SpdxExceptionEntry> exceptions) {
    this.version = version;
    this.releaseDate = releaseDate;
    this.licenses = Collections.unmodifiableMap(licenses);
    this.exceptions = Collections.unmodifiableMap(exceptions);
  }

  private static final class Holder {
    static final SpdxLicenseList STANDARD = SpdxIndex.read(SpdxLicenseList.class.getClassLoader())
        .orElseGet(() -> load(SpdxLicenseList.class.getClassLoader()));
  }

  /**
   * Returns the list shipped in {@code org.spdx:java-spdx-library} on the classpath.
   *
   * @throws DecodeException if the artifact is missing from the classpath or its JSON cannot be read
   */
  public static SpdxLicenseList standard() {
    return Holder.STANDARD;
  }

  static SpdxLicenseList of(
      String version,
      String releaseDate,
      Map<String, SpdxLicenseEntry> licenses,
      Map<String, SpdxExceptionEntry> exceptions) {
    return new SpdxLicenseList(version, releaseDate, licenses, exceptions);
  }

  /** Reads the list from the JSON files of {@code org.spdx:java-spdx-library} on {@code loader}'s classpath. */
  static SpdxLicenseList load(ClassLoader loader) {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode licensesDoc = read(mapper, loader, LICENSES_RESOURCE);
    JsonNode exceptionsDoc = read(mapper, loader, EXCEPTIONS_RESOURCE);
    Map<String, SpdxLicenseEntry> licenses = new LinkedHashMap<>();
    for (JsonNode node : licensesDoc.path("licenses")) {
      SpdxLicenseEntry.Builder b = SpdxLicenseEntry.builder()
          .id(text(node, "licenseId", LICENSES_RESOURCE))
          .name(text(node, "name", LICENSES_RESOURCE))
          .deprecated(node.path("isDeprecatedLicenseId").asBoolean(false))
          .osiApproved(node.path("isOsiApproved").asBoolean(false));
      if (node.has("isFsfLibre")) {
        b.fsfLibre(node.get("isFsfLibre").asBoolean());
      }
      SpdxLicenseEntry entry = b.build();
      licenses.put(key(entry.id()), entry);
    }
    Map<String, SpdxExceptionEntry> exceptions = new LinkedHashMap<>();
    for (JsonNode node : exceptionsDoc.path("exceptions")) {
      SpdxExceptionEntry entry = SpdxExceptionEntry.builder()
          .id(text(node, "licenseExceptionId", EXCEPTIONS_RESOURCE))
          .name(text(node, "name", EXCEPTIONS_RESOURCE))
          .deprecated(node.path("isDeprecatedLicenseId").asBoolean(false))
          .build();
      exceptions.put(key(entry.id()), entry);
    }
    if (licenses.isEmpty() || exceptions.isEmpty()) {
      throw new DecodeException("the SPDX License List on the classpath is empty ("
          + LICENSES_RESOURCE + "); use a released org.spdx:java-spdx-library");
    }
    return new SpdxLicenseList(
        licensesDoc.path("licenseListVersion").asText("unknown"),
        licensesDoc.path("releaseDate").asText(""),
        licenses,
        exceptions);
  }

  private static JsonNode read(ObjectMapper mapper, ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DecodeException(
            "the SPDX License List (" + resource + ") is not on the classpath; add the "
                + "dependency org.spdx:java-spdx-library, which ships it");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new DecodeException(
          "cannot read the SPDX License List " + resource + ": " + e.getMessage()
              + "; the org.spdx:java-spdx-library jar may be damaged, delete it from the local Maven repository",
          e);
    }
  }

  private static String text(JsonNode node, String field, String resource) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new DecodeException("an entry of " + resource + " has no '" + field
          + "'; use a released " + "org.spdx:java-spdx-library");
    }
    return value.asText();
  }

  static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Returns the list version, e.g. {@code 3.28.0}. */
  public String version() {
    return version;
  }

  /** Returns the list's release date as published (ISO date), or an empty string if the list has none. */
  public String releaseDate() {
    return releaseDate;
  }

  /** Returns the license with this id, matched case-insensitively. */
  public Optional<SpdxLicenseEntry> findLicense(String id) {
    Objects.requireNonNull(id, "id == null");
    return Optional.ofNullable(licenses.get(key(id)));
  }

  /** Returns the exception with this id, matched case-insensitively. */
  public Optional<SpdxExceptionEntry> findException(String id) {
    Objects.requireNonNull(id, "id == null");
    return Optional.ofNullable(exceptions.get(key(id)));
  }

  /** Returns every license, in list order. */
  public List<SpdxLicenseEntry> licenses() {
    return Collections.unmodifiableList(new ArrayList<>(licenses.values()));
  }

  /** Returns every exception, in list order. */
  public List<SpdxExceptionEntry> exceptions() {
    return Collections.unmodifiableList(new ArrayList<>(exceptions.values()));
  }

  @Override
  public String toString() {
    return "SpdxLicenseList[" + version + ", " + licenses.size() + " licenses, " + exceptions.size()
        + " exceptions]";
  }
}
