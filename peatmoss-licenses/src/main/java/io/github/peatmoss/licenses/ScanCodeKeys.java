package io.github.peatmoss.licenses;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ScanCode LicenseDB keys as PeaTMOSS stored repository licenses ({@code scancode -l}), where the key is not
 * simply the SPDX id in lower case. Keys that are (ScanCode's lower-case form of an SPDX id, or such an id with
 * {@code -plus}) are handled by the normaliser's general rules.
 */
final class ScanCodeKeys {
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("bsd-new", "BSD-3-Clause"),
      Map.entry("bsd-simplified", "BSD-2-Clause"),
      Map.entry("bsd-original", "BSD-4-Clause"),
      Map.entry("bsd-original-uc", "BSD-4-Clause-UC"),
      Map.entry("bsd-zero", "0BSD"),
      Map.entry("bsd-plus-patent", "BSD-2-Clause-Patent"),
      Map.entry("boost-1.0", "BSL-1.0"),
      Map.entry("wtfpl-2.0", "WTFPL"),
      Map.entry("python", "Python-2.0"),
      Map.entry("openssl-ssleay", "OpenSSL"),
      Map.entry("gpl-1.0", "GPL-1.0-only"),
      Map.entry("gpl-2.0", "GPL-2.0-only"),
      Map.entry("gpl-3.0", "GPL-3.0-only"),
      Map.entry("lgpl-2.0", "LGPL-2.0-only"),
      Map.entry("lgpl-2.1", "LGPL-2.1-only"),
      Map.entry("lgpl-3.0", "LGPL-3.0-only"),
      Map.entry("agpl-1.0", "AGPL-1.0-only"),
      Map.entry("agpl-3.0", "AGPL-3.0-only"),
      Map.entry("gfdl-1.1", "GFDL-1.1-only"),
      Map.entry("gfdl-1.2", "GFDL-1.2-only"),
      Map.entry("gfdl-1.3", "GFDL-1.3-only"),
      Map.entry("gpl-2.0-classpath", "GPL-2.0-only WITH Classpath-exception-2.0"),
      Map.entry("apache-2.0-llvm-exception", "Apache-2.0 WITH LLVM-exception"),
      Map.entry("mpl-2.0-no-copyleft-exception", "MPL-2.0-no-copyleft-exception"),
      Map.entry("cc-by-sa-4.0", "CC-BY-SA-4.0"),
      Map.entry("public-domain", "LicenseRef-scancode-public-domain"),
      Map.entry("other-permissive", "LicenseRef-scancode-other-permissive"),
      Map.entry("other-copyleft", "LicenseRef-scancode-other-copyleft"),
      Map.entry("proprietary-license", "LicenseRef-scancode-proprietary-license"),
      Map.entry("commercial-license", "LicenseRef-scancode-commercial-license"),
      Map.entry("bigscience-open-rail-m", "LicenseRef-scancode-bigscience-open-rail-m"),
      Map.entry("bigscience-open-rail-m2", "LicenseRef-scancode-bigscience-open-rail-m2"),
      Map.entry("bigscience-rail-1.0", "LicenseRef-scancode-bigscience-rail-1.0"),
      Map.entry("bigcode-open-rail-m-v1", "LicenseRef-scancode-bigcode-open-rail-m-v1"),
      Map.entry("stable-diffusion-2022-08-22", "LicenseRef-scancode-stable-diffusion-2022-08-22"),
      Map.entry("llama-2-license-2023", "LicenseRef-scancode-llama-2-license-2023"),
      Map.entry("llama-3.1-license-2024", "LicenseRef-scancode-llama-3.1-license-2024"),
      Map.entry("llama-3.2-license-2024", "LicenseRef-scancode-llama-3.2-license-2024"),
      Map.entry("llama-3.3-license-2024", "LicenseRef-scancode-llama-3.3-license-2024"),
      Map.entry("llama-4-license-2025", "LicenseRef-scancode-llama-4-license-2025"),
      Map.entry("gemma-tou-2024-04-01", "LicenseRef-scancode-gemma-tou-2024-04-01"));

  /** ScanCode keys that are no license at all, or say only that one exists; kept as unknown with a reason. */
  private static final Map<String, String> NOT_LICENSES = Map.of(
      "unknown", "ScanCode found license text it could not identify",
      "unknown-license-reference", "ScanCode found a reference to a license it could not identify",
      "warranty-disclaimer", "ScanCode found only a warranty disclaimer, which grants nothing",
      "generic-cla", "ScanCode found a contributor license agreement, not a license",
      "free-unknown", "ScanCode found an unidentified free license",
      "other-unknown", "ScanCode found an unidentified license");

  private ScanCodeKeys() {}

  /** Returns the SPDX text for a ScanCode key from the table. */
  static Optional<String> find(String key) {
    return Optional.ofNullable(KEYS.get(key.toLowerCase(Locale.ROOT)));
  }

  /** Returns why a ScanCode key is not a license, if it is one of those keys. */
  static Optional<String> notALicense(String key) {
    return Optional.ofNullable(NOT_LICENSES.get(key.toLowerCase(Locale.ROOT)));
  }
}
