package io.github.peatmoss.licenses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads license names written as free text ("Apache License, Version 2.0", "GPLv3+", "BSD 3-Clause", "CC BY-NC
 * 4.0"). Conservative: a name without a version or variant becomes a {@code LicenseRef-<family>-unversioned}
 * whose reason says what is missing, never a guessed version.
 */
final class FreeText {
  /** A match: the SPDX text and why. */
  record Match(String spdx, String reason) {}

  private static final Set<String> STOPWORDS = Set.of(
      "the",
      "license",
      "licensed",
      "licenses",
      "version",
      "ver",
      "v",
      "public",
      "software",
      "agreement",
      "terms",
      "of",
      "use",
      "under",
      "a",
      "an",
      "community",
      "international");
  private static final Map<String, String> SYNONYMS = new java.util.LinkedHashMap<>();

  static {
    SYNONYMS.put("eclipse", "epl");
    SYNONYMS.put("mozilla", "mpl");
    SYNONYMS.put("european union", "eupl");
    SYNONYMS.put("boost", "bsl");
    SYNONYMS.put("academic free", "afl");
    SYNONYMS.put("educational community", "ecl");
    SYNONYMS.put("open software", "osl");
    SYNONYMS.put("sil open font", "ofl");
    SYNONYMS.put("meta", "");
  }

  private static final String VERSION = "(?<v>\\d+(?:\\.\\d+)?)";
  private static final String MODIFIER = "(?<mod> \\+| only)?";
  private static final Pattern GPL = Pattern.compile(
      "(?:gnu )?(?<fam>agpl|affero general|affero gpl|affero|lgpl|lesser general|library general|lesser gpl"
          + "|library gpl|gpl|general|gfdl|fdl|free documentation)(?: " + VERSION + ")?"
          + MODIFIER);
  private static final Pattern CC = Pattern.compile(
      "(?:creative commons|cc)(?<attrs>(?: (?:by|attribution|sa|sharealike|share alike|nc|noncommercial"
          + "|non commercial|nd|noderivatives|noderivs|no derivatives|no derivs))*)(?: " + VERSION
          + ")?"
          + "(?: international| generic| unported)?");
  private static final Pattern BSD =
      Pattern.compile("(?:(?<pre>new|modified|revised|simplified|original|freebsd"
          + "|netbsd) )?bsd(?<rest>(?: [a-z0-9.]+)*)");

  private final SpdxLicenseList list;
  private final Map<String, String> squashedSpdx = new HashMap<>();

  private static final class Standard {
    static final FreeText INSTANCE = new FreeText(SpdxLicenseList.standard());
  }

  /** Returns the reader over the standard SPDX list, built once. */
  static FreeText standard() {
    return Standard.INSTANCE;
  }

  FreeText(SpdxLicenseList list) {
    this.list = list;
    Set<String> ambiguous = new HashSet<>();
    for (SpdxLicenseEntry e : list.licenses()) {
      String key = squash(e.id());
      if (squashedSpdx.put(key, e.id()) != null) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(squashedSpdx::remove);
  }

  Optional<Match> match(String input) {
    String k = canonical(input);
    if (k.equals("publicdomain") || k.equals("pd")) {
      return found("LicenseRef-scancode-public-domain", input, "stated to be in the public domain");
    }
    if (k.equals("proprietary") || k.equals("commercial") || k.equals("all rights reserved")) {
      return found("LicenseRef-scancode-proprietary-license", input, "proprietary terms");
    }
    if (k.equals("mit") || k.equals("expat") || k.equals("mit x11") || k.equals("mit style")) {
      return found("MIT", input, null);
    }
    if (k.equals("mit 0") || k.equals("mit no attribution")) {
      return found("MIT-0", input, null);
    }
    if (k.equals("apache") || k.equals("apache style") || k.equals("asl")) {
      return found(
          "LicenseRef-apache-unversioned", input, "the Apache license version is not stated");
    }
    // "the" is a stop word, so "Do What The F*ck You Want To" reads "do what f..."; "WTFPL" is an
    // SPDX id.
    if (k.startsWith("do what f")) {
      return found("WTFPL", input, null);
    }
    Matcher m = GPL.matcher(k);
    if (m.matches()) {
      return gplFamily(input, m);
    }
    m = CC.matcher(k);
    if (m.matches()) {
      return creativeCommons(input, m);
    }
    m = Pattern.compile(
            "attribution(?<attrs>(?: (?:sa|sharealike|share alike|nc|noncommercial|non commercial|nd"
                + "|noderivatives|noderivs|no derivatives|no derivs))*)(?: " + VERSION
                + ")?(?: international)?")
        .matcher(k);
    if (m.matches()) {
      Matcher cc =
          CC.matcher("cc by" + m.group("attrs") + (m.group("v") == null ? "" : " " + m.group("v")));
      return cc.matches() ? creativeCommons(input, cc) : Optional.empty();
    }
    m = BSD.matcher(k);
    if (m.matches()) {
      return bsd(input, m.group("pre") == null ? "" : m.group("pre"), m.group("rest"));
    }
    return squashedLookup(input, k);
  }

  private Optional<Match> gplFamily(String input, Matcher m) {
    String fam = m.group("fam");
    String prefix;
    if (fam.startsWith("a")) {
      prefix = "AGPL";
    } else if (fam.startsWith("l")) {
      prefix = "LGPL";
    } else if (fam.contains("f")) {
      prefix = "GFDL";
    } else {
      prefix = "GPL";
    }
    String v = m.group("v");
    if (v == null) {
      return found(
          "LicenseRef-" + prefix.toLowerCase(Locale.ROOT) + "-unversioned",
          input,
          "the " + prefix + " version is not stated");
    }
    String version = v.contains(".") ? v : v + ".0";
    String mod = m.group("mod");
    boolean later = mod != null && mod.trim().equals("+");
    String id = prefix + "-" + version + (later ? "-or-later" : "-only");
    if (list.findLicense(id).isEmpty()) {
      return Optional.empty();
    }
    return found(
        id, input, later || mod != null ? null : "'only' or 'or later' not stated; read as " + id);
  }

  private Optional<Match> creativeCommons(String input, Matcher m) {
    String attrs = " " + m.group("attrs") + " ";
    boolean by = true;
    boolean nc = attrs.contains(" nc ")
        || attrs.contains("noncommercial")
        || attrs.contains("non commercial");
    boolean nd = attrs.contains(" nd ") || attrs.contains("noderiv") || attrs.contains("no deriv");
    boolean sa = attrs.contains(" sa ") || attrs.contains("share");
    boolean any = attrs.contains(" by ") || attrs.contains("attribution") || nc || nd || sa;
    String v = m.group("v");
    if (!any) {
      if ("0".equals(v)) {
        return found("CC0-1.0", input, null);
      }
      return found(
          "LicenseRef-cc-unversioned", input, "which Creative Commons license is not stated");
    }
    if (nd && sa) {
      return Optional.empty();
    }
    String base =
        "CC-" + (by ? "BY" : "") + (nc ? "-NC" : "") + (nd ? "-ND" : "") + (sa ? "-SA" : "");
    if (v == null) {
      return found(
          "LicenseRef-" + base.toLowerCase(Locale.ROOT) + "-unversioned",
          input,
          "the Creative Commons version is not stated");
    }
    String id = base + "-" + (v.contains(".") ? v : v + ".0");
    return list.findLicense(id).isPresent() ? found(id, input, null) : Optional.empty();
  }

  private Optional<Match> bsd(String input, String pre, String rest) {
    String all = " " + pre + rest + " ";
    if (all.contains(" 0 clause") || all.contains("zero clause")) {
      return found("0BSD", input, null);
    }
    if (all.contains(" 2 clause")
        || all.contains("simplified")
        || all.contains("freebsd")
        || all.contains("netbsd")) {
      return found("BSD-2-Clause", input, null);
    }
    if (all.contains(" 3 clause")
        || all.contains(" new ")
        || all.contains("revised")
        || all.contains("modified")) {
      return found(all.contains("clear") ? "BSD-3-Clause-Clear" : "BSD-3-Clause", input, null);
    }
    if (all.contains(" 4 clause") || all.contains("original")) {
      return found("BSD-4-Clause", input, null);
    }
    if (all.isBlank() || all.trim().equals("style") || all.trim().equals("like")) {
      return found("LicenseRef-bsd-unversioned", input, "the BSD clause count is not stated");
    }
    return Optional.empty();
  }

  private Optional<Match> squashedLookup(String input, String k) {
    String squashed = squash(k);
    List<String> candidates = new ArrayList<>(List.of(squashed));
    Matcher trailing = Pattern.compile("(.*\\D)(\\d+)").matcher(squashed);
    if (trailing.matches()) {
      candidates.add(squashed + ".0");
    }
    for (String c : candidates) {
      Optional<HuggingFaceLicenses.Mapping> hf = HuggingFaceLicenses.all().values().stream()
          .filter(h -> squash(h.id()).equals(c))
          .findFirst();
      if (hf.isPresent()) {
        return found(
            hf.get().spdx(),
            input,
            hf.get().reason().isEmpty() ? null : hf.get().reason());
      }
      String id = squashedSpdx.get(c);
      if (id != null) {
        return found(id, input, null);
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> found(String spdx, String input, String why) {
    String reason =
        "free text '" + input.trim() + "' read as " + spdx + (why == null ? "" : ": " + why);
    return Optional.of(new Match(spdx, reason));
  }

  /** Lower case, punctuation and stop words removed, letters split from digits ("GPLv3+" is "gpl 3 +"). */
  static String canonical(String input) {
    String s = input.toLowerCase(Locale.ROOT).replace("licence", "license");
    s = s.replaceAll("https?://\\S*", " ");
    s = s.replaceAll("[\"'(),;:\\[\\]{}_\\-/]", " ").replaceAll("public\\s+domain", "publicdomain");
    s = s.replaceAll(
        "\\bor (?:any )?later(?: version)?\\b|\\band later\\b|\\bor newer\\b|\\+", " + ");
    s = s.replaceAll("([a-z])v(\\d)", "$1 $2")
        .replaceAll("\\bv(\\d)", "$1")
        .replaceAll("([a-z])(\\d)", "$1 $2");
    for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
      s = s.replaceAll("\\b" + synonym.getKey() + "\\b", synonym.getValue());
    }
    List<String> words = new ArrayList<>();
    for (String raw : s.trim().split("\\s+")) {
      String w = raw.replaceAll("\\.+$", "");
      if (!w.isEmpty()
          && !STOPWORDS.contains(w)
          && (words.isEmpty() || !words.get(words.size() - 1).equals(w))) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+]", "");
  }
}
