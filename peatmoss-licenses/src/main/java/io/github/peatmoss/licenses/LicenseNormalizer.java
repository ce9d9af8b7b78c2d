package io.github.peatmoss.licenses;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps license strings found in real data to SPDX: the 83 Hugging Face Hub ids, GitHub's {@code license.spdx_id}
 * (deprecated ids, {@code NOASSERTION}, {@code null}), ScanCode LicenseDB keys as PeaTMOSS stored them, SPDX
 * expressions (strict, then lenient) and license names in free text. It never guesses silently: every mapping
 * that is not a plain SPDX match carries a reason, and what cannot be mapped becomes {@code
 * LicenseRef-unmapped-<slug>} with the reason kept. Immutable and thread-safe: create once and share.
 */
public final class LicenseNormalizer {
  private static final Pattern SCANCODE_KEY = Pattern.compile("[a-z0-9][a-z0-9.+-]*");
  private static final Pattern OR_SEPARATOR =
      Pattern.compile("\\s+(?:or|and/or)\\s+|\\s*/\\s*|\\s*\\|\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND_SEPARATOR =
      Pattern.compile("\\s+(?:and|&)\\s+|\\s*[,;]\\s*", Pattern.CASE_INSENSITIVE);

  private final SpdxLicenseList list;
  private final KnowledgeBase knowledge;
  private final FreeText freeText;

  private LicenseNormalizer(SpdxLicenseList list, KnowledgeBase knowledge) {
    this.list = list;
    this.knowledge = knowledge;
    this.freeText = list == SpdxLicenseList.standard() ? FreeText.standard() : new FreeText(list);
  }

  private static final class Holder {
    static final LicenseNormalizer STANDARD =
        new LicenseNormalizer(SpdxLicenseList.standard(), KnowledgeBase.DEFAULT);
  }

  /** Returns the normaliser over the standard SPDX list and the project's knowledge base. */
  public static LicenseNormalizer standard() {
    return Holder.STANDARD;
  }

  /** Returns GitHub's "no license" ({@code "license": null}) as {@code NONE}. */
  public NormalizedLicense none() {
    return special("", Optional.of("no license recorded"), NormalizedLicense.Method.NONE);
  }

  /**
   * Normalises one license string. Never throws for any non-null input: empty text is {@code NONE}, unknown
   * text is a {@code LicenseRef-unmapped-...} with a reason.
   */
  public NormalizedLicense normalize(String raw) {
    Objects.requireNonNull(raw, "raw == null (use none() for a missing license)");
    String stripped = raw.strip();
    String text = Normalizer.normalize(stripped, Normalizer.Form.NFKC);
    if (!text.equals(stripped)) {
      NormalizedLicense folded = normalize(text);
      String note = "Unicode NFKC folded '" + stripped + "' to '" + text + "'";
      return NormalizedLicense.builder()
          .from(folded)
          .input(raw)
          .method(
              folded.method() == NormalizedLicense.Method.SPDX
                  ? NormalizedLicense.Method.SPDX_REPAIRED
                  : folded.method())
          .reason(folded.reason().map(r -> note + "; " + r).orElse(note))
          .build();
    }
    if (text.isEmpty()
        || text.equalsIgnoreCase("none")
        || text.equalsIgnoreCase("null")
        || text.equalsIgnoreCase("no license")) {
      return special(
          raw,
          Optional.of(
              text.isEmpty() || text.equalsIgnoreCase("null")
                  ? "no license recorded"
                  : "'" + text + "' means no license"),
          NormalizedLicense.Method.NONE);
    }
    if (text.equalsIgnoreCase("NOASSERTION")) {
      return special(
          raw,
          Optional.of("a license exists but was not identified (NOASSERTION)"),
          NormalizedLicense.Method.NOASSERTION);
    }
    // Hub ids are lower case; "MIT" or "GPL-2.0" in canonical case are read as SPDX ids below.
    Optional<HuggingFaceLicenses.Mapping> hf =
        text.equals(text.toLowerCase(Locale.ROOT)) || text.regionMatches(true, 0, "license:", 0, 8)
            ? HuggingFaceLicenses.find(text)
            : Optional.empty();
    if (hf.isPresent()) {
      return result(
          raw,
          hf.get().spdx(),
          NormalizedLicense.Method.HUGGING_FACE_ID,
          hf.get().reason().isEmpty()
              ? List.of()
              : List.of("Hugging Face id '" + hf.get().id() + "': " + hf.get().reason()));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Optional<String> notLicense = ScanCodeKeys.notALicense(lower);
    if (notLicense.isPresent()) {
      return NormalizedLicense.builder()
          .input(raw)
          .spdx("LicenseRef-scancode-" + lower)
          .expression(LicenseRef.of("scancode-" + lower))
          .category(LicenseCategory.UNKNOWN)
          .method(NormalizedLicense.Method.SCANCODE_KEY)
          .reason(notLicense.get())
          .build();
    }
    Optional<String> scancode = text.equals(lower) ? ScanCodeKeys.find(lower) : Optional.empty();
    if (scancode.isPresent()) {
      return result(
          raw,
          scancode.get(),
          NormalizedLicense.Method.SCANCODE_KEY,
          List.of("ScanCode key '" + lower + "' is " + scancode.get()));
    }
    try {
      ExpressionParser.Result strict = ExpressionParser.parse(text, false, list);
      return fromExpression(raw, strict.expression(), List.of(), NormalizedLicense.Method.SPDX);
    } catch (LicenseExpressionException strictFailure) {
      // Not strict SPDX: try the other readings below.
    }
    if (SCANCODE_KEY.matcher(lower).matches() && lower.endsWith("-plus")) {
      String base = lower.substring(0, lower.length() - "-plus".length());
      Optional<SpdxLicenseEntry> entry = list.findLicense(base)
          .or(() -> ScanCodeKeys.find(base).flatMap(s -> list.findLicense(s.replace("-only", ""))));
      if (entry.isPresent()) {
        List<String> reasons = new ArrayList<>(
            List.of("ScanCode key '" + lower + "' is " + entry.get().id() + " or later"));
        LicenseExpression e =
            knowledge.canonicalize(ListedLicense.of(entry.get().id()).orLater(), reasons);
        return fromExpression(raw, e, reasons, NormalizedLicense.Method.SCANCODE_KEY);
      }
    }
    try {
      ExpressionParser.Result lenient = ExpressionParser.parse(text, true, list);
      List<String> reasons = new ArrayList<>();
      lenient.repairs().forEach(r -> reasons.add("lenient SPDX: " + r));
      return fromExpression(
          raw, lenient.expression(), reasons, NormalizedLicense.Method.SPDX_REPAIRED);
    } catch (LicenseExpressionException lenientFailure) {
      // Not SPDX at all: free text.
    }
    Optional<FreeText.Match> match = freeText.match(text);
    if (match.isPresent()) {
      return result(
          raw,
          match.get().spdx(),
          NormalizedLicense.Method.FREE_TEXT,
          List.of(match.get().reason()));
    }
    Optional<NormalizedLicense> compound = compound(raw, text);
    return compound.orElseGet(() -> unmapped(raw, text));
  }

  /**
   * Normalises the licenses recorded for one thing (a model, a repository): none is {@code NONE}, one is
   * {@link #normalize(String)}, several are combined with {@code AND} (all apply), with a reason saying so.
   */
  public NormalizedLicense normalizeAll(Collection<String> raws) {
    Objects.requireNonNull(raws, "raws == null");
    List<NormalizedLicense> parts = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : raws) {
      NormalizedLicense n = normalize(Objects.requireNonNull(raw, "raws contains null"));
      if (n.method() != NormalizedLicense.Method.NONE && seen.add(n.spdx())) {
        parts.add(n);
      }
    }
    if (parts.isEmpty()) {
      return raws.isEmpty()
          ? none()
          : special(
              String.join(", ", raws),
              Optional.of("no license recorded"),
              NormalizedLicense.Method.NONE);
    }
    if (parts.size() == 1) {
      NormalizedLicense only = parts.get(0);
      return raws.size() == 1
          ? only
          : NormalizedLicense.builder()
              .from(only)
              .input(String.join(", ", raws))
              .build();
    }
    List<LicenseExpression> expressions = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    reasons.add(parts.size() + " licenses recorded; all apply (AND)");
    NormalizedLicense.Method method = NormalizedLicense.Method.SPDX;
    for (NormalizedLicense part : parts) {
      expressions.add(part.expression().orElseGet(() -> LicenseRef.of("noassertion")));
      part.reason().ifPresent(r -> reasons.add(part.input().strip() + ": " + r));
      if (part.method() == NormalizedLicense.Method.UNMAPPED
          || part.method() == NormalizedLicense.Method.NOASSERTION) {
        method = NormalizedLicense.Method.UNMAPPED;
      } else if (method != NormalizedLicense.Method.UNMAPPED
          && part.method() != NormalizedLicense.Method.SPDX) {
        method = NormalizedLicense.Method.SPDX_REPAIRED;
      }
    }
    LicenseExpression and = CompoundExpression.of(CompoundExpression.Operator.AND, expressions);
    return NormalizedLicense.builder()
        .input(String.join(", ", raws))
        .expression(and)
        .spdx(and.toString())
        .category(knowledge.category(and))
        .scanCodeCategory(knowledge.scanCodeCategory(and))
        .method(method)
        .reason(String.join("; ", reasons))
        .build();
  }

  private Optional<NormalizedLicense> compound(String raw, String text) {
    for (Pattern separator : List.of(OR_SEPARATOR, AND_SEPARATOR)) {
      String[] parts = separator.split(text);
      if (parts.length < 2) {
        continue;
      }
      List<LicenseExpression> expressions = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      for (String part : parts) {
        NormalizedLicense n = normalize(part);
        if (!n.isMapped() || n.expression().isEmpty()) {
          return Optional.empty();
        }
        expressions.add(n.expression().get());
        n.reason().ifPresent(reasons::add);
      }
      CompoundExpression.Operator op = separator == OR_SEPARATOR
          ? CompoundExpression.Operator.OR
          : CompoundExpression.Operator.AND;
      reasons.add(
          0, "free text '" + text + "' split into " + parts.length + " licenses joined by " + op);
      return Optional.of(fromExpression(
          raw,
          CompoundExpression.of(op, expressions),
          reasons,
          NormalizedLicense.Method.FREE_TEXT));
    }
    return Optional.empty();
  }

  private NormalizedLicense unmapped(String raw, String text) {
    LicenseRef ref = LicenseRef.of(unmappedName(text));
    String shown = text.length() > 120 ? text.substring(0, 120) + "..." : text;
    return NormalizedLicense.builder()
        .input(raw)
        .expression(ref)
        .spdx(ref.toString())
        .category(LicenseCategory.UNKNOWN)
        .method(NormalizedLicense.Method.UNMAPPED)
        .reason("'" + shown
            + "' is not an SPDX expression, Hugging Face id, ScanCode key or known license name;"
            + " kept as " + ref + " rather than guessed")
        .build();
  }

  /**
   * Returns {@code unmapped-<slug>} for unmappable text: the slug is the text in lower case with every run of other
   * characters than ASCII letters, digits and '.' written as '-'. When the slug drops something (characters outside
   * ASCII, such as other scripts or emoji, or text beyond 60 characters) or is empty, the first 8 hex digits of
   * the SHA-256 of the text are appended, so distinct strings get distinct, stable ids. Strings that differ only in
   * case, spacing or ASCII punctuation share an id.
   */
  static String unmappedName(String text) {
    String slug = text.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9.]+", "-")
        .replaceAll("^[-.]+|[-.]+$", "");
    boolean lossy = slug.isEmpty() || !text.chars().allMatch(c -> c < 0x80);
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("[-.]+$", "");
      lossy = true;
    }
    if (!lossy) {
      return "unmapped-" + slug;
    }
    return "unmapped-" + (slug.isEmpty() ? "" : slug + "-") + shortHash(text);
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  private NormalizedLicense result(
      String raw, String spdx, NormalizedLicense.Method method, List<String> reasons) {
    return fromExpression(raw, LicenseExpression.parse(spdx), reasons, method);
  }

  private NormalizedLicense fromExpression(
      String raw, LicenseExpression parsed, List<String> reasons, NormalizedLicense.Method method) {
    List<String> all = new ArrayList<>(reasons);
    LicenseExpression canonical = knowledge.canonicalize(parsed, all);
    NormalizedLicense.Method m =
        method == NormalizedLicense.Method.SPDX && all.size() > reasons.size()
            ? NormalizedLicense.Method.SPDX_REPAIRED
            : method;
    NormalizedLicense.Builder b = NormalizedLicense.builder()
        .input(raw)
        .expression(canonical)
        .spdx(canonical.toString())
        .category(knowledge.category(canonical))
        .scanCodeCategory(knowledge.scanCodeCategory(canonical))
        .method(m);
    if (!all.isEmpty()) {
      b.reason(String.join("; ", all));
    }
    return b.build();
  }

  private static NormalizedLicense special(
      String raw, Optional<String> reason, NormalizedLicense.Method method) {
    boolean none = method == NormalizedLicense.Method.NONE;
    return NormalizedLicense.builder()
        .input(raw)
        .spdx(none ? "NONE" : "NOASSERTION")
        .category(none ? LicenseCategory.NO_LICENSE : LicenseCategory.UNKNOWN)
        .method(method)
        .reason(reason)
        .build();
  }
}
