package io.github.peatmoss.licenses;

/**
 * What kind of license something is, as far as reuse is concerned. The constants are ordered from least to most
 * restrictive; {@code AND} of licenses takes the most restrictive category, {@code OR} the least. The
 * categories are the project's own (documented in the module README), informed by ScanCode LicenseDB's.
 */
public enum LicenseCategory {
  /** No conditions at all (CC0-1.0, Unlicense, PDDL-1.0, 0BSD-like waivers). */
  PUBLIC_DOMAIN("public domain"),
  /** Reuse under any terms, keeping notices (MIT, Apache-2.0, BSD, CC-BY). */
  PERMISSIVE("permissive"),
  /** Copyleft limited to the component or its files (LGPL, MPL, EPL, CDDL). */
  WEAK_COPYLEFT("weak copyleft"),
  /** Adapted material must carry the same or a compatible license (CC-BY-SA, CDLA-Sharing, ODbL, GFDL). */
  SHARE_ALIKE("share-alike"),
  /** The whole derived work must carry the same or a compatible license (GPL, EUPL, OSL). */
  STRONG_COPYLEFT("strong copyleft"),
  /** Strong copyleft that also reaches users over a network (AGPL). */
  NETWORK_COPYLEFT("network copyleft"),
  /** Open use with use-based restrictions that must be passed on (RAIL/OpenRAIL, Llama, Gemma, Grok, C-UDA). */
  USE_RESTRICTED("use-restricted"),
  /** Adapted material may not be shared (CC-BY-ND). */
  NO_DERIVATIVES("no derivatives"),
  /** No commercial use; includes research-only licenses (CC-BY-NC-*, FAIR, DeepFloyd IF, Apple AMLR). */
  NON_COMMERCIAL("non-commercial"),
  /** Proprietary or commercial terms granting no general reuse. */
  PROPRIETARY("proprietary"),
  /** Nothing was licensed (no license recorded or found): all rights reserved. */
  NO_LICENSE("no license"),
  /** The license is not known or not recognised. */
  UNKNOWN("unknown");

  private final String label;

  LicenseCategory(String label) {
    this.label = label;
  }

  /** Returns the human-readable label, e.g. {@code "weak copyleft"}. */
  public String label() {
    return label;
  }
}
