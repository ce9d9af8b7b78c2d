package io.github.peatmoss.licenses;

/**
 * The coarse license category that ScanCode LicenseDB (and the mining tools built on ScanCode) report, so results
 * join with theirs; {@link LicenseCategory} keeps the finer distinctions. {@link #label()} is ScanCode's spelling.
 */
public enum ScanCodeCategory {
  /** No conditions (ScanCode "Public Domain"). */
  PUBLIC_DOMAIN("Public Domain"),
  /** Permissive (ScanCode "Permissive"). */
  PERMISSIVE("Permissive"),
  /** Weak copyleft and most share-alike licenses (ScanCode "Copyleft Limited"). */
  COPYLEFT_LIMITED("Copyleft Limited"),
  /** Strong and network copyleft (ScanCode "Copyleft"). */
  COPYLEFT("Copyleft"),
  /** Free to use with restrictions, e.g. C-UDA (ScanCode "Free Restricted"). */
  FREE_RESTRICTED("Free Restricted"),
  /** Proprietary terms that grant free use, including RAIL, Llama and Gemma (ScanCode "Proprietary Free"). */
  PROPRIETARY_FREE("Proprietary Free"),
  /** Source available without the freedoms, including CC NC and ND (ScanCode "Source-available"). */
  SOURCE_AVAILABLE("Source-available"),
  /** Commercial terms (ScanCode "Commercial"). */
  COMMERCIAL("Commercial"),
  /** A license is referred to but not stated (ScanCode "Unstated License"). */
  UNSTATED_LICENSE("Unstated License"),
  /** Not known. */
  UNKNOWN("Unknown");

  private final String label;

  ScanCodeCategory(String label) {
    this.label = label;
  }

  /** Returns ScanCode's name of the category, e.g. {@code "Copyleft Limited"}. */
  public String label() {
    return label;
  }

  /** Returns the coarse category a fine category usually falls in; the knowledge data refines it per license. */
  static ScanCodeCategory of(LicenseCategory category) {
    switch (category) {
      case PUBLIC_DOMAIN:
        return PUBLIC_DOMAIN;
      case PERMISSIVE:
        return PERMISSIVE;
      case WEAK_COPYLEFT:
      case SHARE_ALIKE:
        return COPYLEFT_LIMITED;
      case STRONG_COPYLEFT:
      case NETWORK_COPYLEFT:
        return COPYLEFT;
      case USE_RESTRICTED:
      case PROPRIETARY:
        return PROPRIETARY_FREE;
      case NO_DERIVATIVES:
      case NON_COMMERCIAL:
        return SOURCE_AVAILABLE;
      case NO_LICENSE:
      case UNKNOWN:
      default:
        return UNKNOWN;
    }
  }
}
