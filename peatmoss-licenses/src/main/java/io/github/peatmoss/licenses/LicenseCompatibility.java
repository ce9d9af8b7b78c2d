package io.github.peatmoss.licenses;

import io.github.peatmoss.core.model.LicenseUse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether components under inbound licenses (the pre-trained models a project reuses) may be reused in a
 * project under an outbound license (possibly none). An inbound {@code OR} needs one workable option, an inbound
 * {@code AND} needs all; an outbound {@code OR} needs one. Pairs are decided, in order, by the external {@link
 * CompatibilityMatrix} if one is configured and covers the pair, by "same license", by the knowledge base's
 * pairwise facts, and by rules over the inbound license's category and obligations. Like PeaTMOSS, it assumes
 * the project distributes the model or a derivative with its code; licenses bite only on distribution.
 * Immutable and thread-safe: create once and share.
 */
public final class LicenseCompatibility {
  private final KnowledgeBase knowledge;
  private final LicenseNormalizer normalizer;
  private final Optional<CompatibilityMatrix> matrix;

  private LicenseCompatibility(Builder builder) {
    this.knowledge = KnowledgeBase.DEFAULT;
    this.normalizer = LicenseNormalizer.standard();
    this.matrix = Optional.ofNullable(builder.matrix);
  }

  /** Returns a checker that uses the project's knowledge base only. */
  public static LicenseCompatibility create() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link LicenseCompatibility}; not thread-safe. */
  public static final class Builder {
    private CompatibilityMatrix matrix;

    private Builder() {}

    /** Sets an external matrix whose cells override the knowledge base for the pairs it covers. */
    public Builder matrix(CompatibilityMatrix matrix) {
      this.matrix = Objects.requireNonNull(matrix, "matrix == null");
      return this;
    }

    /** Returns the checker. */
    public LicenseCompatibility build() {
      return new LicenseCompatibility(this);
    }
  }

  /** Returns the normaliser this checker uses for strings. */
  public LicenseNormalizer normalizer() {
    return normalizer;
  }

  /**
   * Normalises both license strings (see {@link LicenseNormalizer}) and checks them for redistribution; empty
   * outbound is none.
   */
  public CompatibilityResult check(String inbound, String outbound) {
    return check(inbound, outbound, LicenseUse.REDISTRIBUTE);
  }

  /** Normalises both license strings and checks them for the given use. */
  public CompatibilityResult check(String inbound, String outbound, LicenseUse use) {
    Objects.requireNonNull(inbound, "inbound == null");
    Objects.requireNonNull(outbound, "outbound == null");
    return check(normalizer.normalize(inbound), normalizer.normalize(outbound), use);
  }

  /** Checks redistributing every inbound license at once (all apply, as with {@code AND}) in the outbound project. */
  public CompatibilityResult check(
      Collection<NormalizedLicense> inbound, NormalizedLicense outbound) {
    return check(inbound, outbound, LicenseUse.REDISTRIBUTE);
  }

  /** Checks reusing every inbound license at once (all apply, as with {@code AND}) for the given use. */
  public CompatibilityResult check(
      Collection<NormalizedLicense> inbound, NormalizedLicense outbound, LicenseUse use) {
    return check(all(inbound), outbound, use);
  }

  /** Returns the inbound licenses joined with AND (none: {@code NONE}; one without expression: itself). */
  private NormalizedLicense all(Collection<NormalizedLicense> inbound) {
    Objects.requireNonNull(inbound, "inbound == null");
    if (inbound.isEmpty()) {
      return normalizer.none();
    }
    List<LicenseExpression> parts = new ArrayList<>();
    for (NormalizedLicense n : inbound) {
      if (n.expression().isEmpty()) {
        return n;
      }
      parts.add(n.expression().get());
    }
    if (parts.size() == 1) {
      return inbound.iterator().next();
    }
    LicenseExpression all = CompoundExpression.of(CompoundExpression.Operator.AND, parts);
    return NormalizedLicense.builder()
        .input(all.toString())
        .expression(all)
        .spdx(all.toString())
        .category(knowledge.category(all))
        .scanCodeCategory(knowledge.scanCodeCategory(all))
        .method(NormalizedLicense.Method.SPDX)
        .build();
  }

  /** Checks redistributing a component under {@code inbound} in a project under {@code outbound}. */
  public CompatibilityResult check(NormalizedLicense inbound, NormalizedLicense outbound) {
    return check(inbound, outbound, LicenseUse.REDISTRIBUTE);
  }

  /**
   * Checks reusing a component under {@code inbound} in a project under {@code outbound}: {@link
   * LicenseUse#REDISTRIBUTE} asks whether the combined work may be distributed under the outbound license, {@link
   * LicenseUse#RUNTIME} whether the project may run the component without distributing it.
   */
  public CompatibilityResult check(
      NormalizedLicense inbound, NormalizedLicense outbound, LicenseUse use) {
    Objects.requireNonNull(inbound, "inbound == null");
    Objects.requireNonNull(outbound, "outbound == null");
    Objects.requireNonNull(use, "use == null");
    Eval eval;
    if (inbound.expression().isEmpty()) {
      eval = new Eval(
          Verdict.UNKNOWN,
          EnumSet.noneOf(Obligation.class),
          List.of(
              inbound.method() == NormalizedLicense.Method.NONE
                  ? "no license is recorded for the reused model: nothing grants reuse rights; check the model's files"
                      + " or ask its authors"
                  : "the reused model's license was not identified (NOASSERTION)"));
    } else {
      eval = inbound(inbound.expression().get(), outbound, use);
    }
    return CompatibilityResult.builder()
        .inbound(inbound.spdx())
        .outbound(outbound.spdx())
        .use(use)
        .verdict(eval.verdict)
        .obligations(
            eval.verdict == Verdict.INCOMPATIBLE
                ? EnumSet.noneOf(Obligation.class)
                : eval.obligations)
        .reasons(new ArrayList<>(new LinkedHashSet<>(eval.reasons)))
        .build();
  }

  /** Suggests outbound licenses for a project that redistributes components under every inbound license string. */
  public OutboundSuggestions suggestOutbound(List<String> inbound) {
    return suggestOutbound(inbound, LicenseUse.REDISTRIBUTE);
  }

  /** Suggests outbound licenses for a project reusing components under every inbound license string. */
  public OutboundSuggestions suggestOutbound(List<String> inbound, LicenseUse use) {
    Objects.requireNonNull(inbound, "inbound == null");
    List<NormalizedLicense> normalized = new ArrayList<>();
    inbound.forEach(s ->
        normalized.add(normalizer.normalize(Objects.requireNonNull(s, "inbound contains null"))));
    return suggestOutbound(normalized, use);
  }

  /**
   * Suggests the outbound licenses a project could take given all the components it reuses: every candidate
   * (the knowledge base's list plus the inbound licenses themselves) that the check accepts for all inbound
   * licenses at once, best first; none, with the conflicting pair named, when two inbound licenses exclude each
   * other.
   */
  public OutboundSuggestions suggestOutbound(
      Collection<NormalizedLicense> inbound, LicenseUse use) {
    Objects.requireNonNull(use, "use == null");
    NormalizedLicense all = all(inbound);
    Set<String> candidates = new LinkedHashSet<>(knowledge.outboundCandidates());
    for (NormalizedLicense n : inbound) {
      n.expression().ifPresent(e -> leaves(e, candidates));
    }
    List<CompatibilityResult> accepted = new ArrayList<>();
    for (String candidate : candidates) {
      CompatibilityResult r = check(all, normalizer.normalize(candidate), use);
      if (r.verdict() == Verdict.COMPATIBLE || r.verdict() == Verdict.CONDITIONAL) {
        accepted.add(r);
      }
    }
    // List.sort is stable: among equals, candidates keep the knowledge base's order.
    accepted.sort(Comparator.comparing(CompatibilityResult::verdict)
        .thenComparingInt(r -> r.obligations().size()));
    OutboundSuggestions.Builder b =
        OutboundSuggestions.builder().inbound(all.spdx()).use(use).candidates(accepted);
    if (accepted.isEmpty()) {
      List<NormalizedLicense> parts = new ArrayList<>(inbound);
      for (int i = 0; i < parts.size(); i++) {
        for (int j = i + 1; j < parts.size(); j++) {
          CompatibilityResult ab = check(parts.get(i), parts.get(j), use);
          if (ab.verdict() == Verdict.INCOMPATIBLE
              && check(parts.get(j), parts.get(i), use).verdict() == Verdict.INCOMPATIBLE) {
            return b.conflict(ab).build();
          }
        }
      }
    }
    return b.build();
  }

  /** Adds the known licenses of an expression's leaves (not LicenseRef-unmapped) to {@code out}. */
  private void leaves(LicenseExpression e, Set<String> out) {
    if (e instanceof CompoundExpression c) {
      c.operands().forEach(o -> leaves(o, out));
    } else if (knowledge.leaf(e).isPresent()) {
      out.add(e.toString());
    }
  }

  /** An intermediate verdict. */
  private record Eval(Verdict verdict, EnumSet<Obligation> obligations, List<String> reasons) {}

  private Eval inbound(LicenseExpression in, NormalizedLicense outbound, LicenseUse use) {
    if (in instanceof CompoundExpression c) {
      List<Eval> evals = new ArrayList<>();
      for (LicenseExpression operand : c.operands()) {
        evals.add(inbound(operand, outbound, use));
      }
      return combine(c, evals, "inbound");
    }
    if (outbound.expression().isEmpty()) {
      return pair(
          in,
          outbound.spdx(),
          outbound.method() == NormalizedLicense.Method.NONE
              ? LicenseCategory.NO_LICENSE
              : LicenseCategory.UNKNOWN,
          null,
          use);
    }
    return outbound(in, outbound.expression().get(), use);
  }

  private Eval outbound(LicenseExpression in, LicenseExpression out, LicenseUse use) {
    if (out instanceof CompoundExpression c) {
      List<Eval> evals = new ArrayList<>();
      for (LicenseExpression operand : c.operands()) {
        evals.add(outbound(in, operand, use));
      }
      return combine(c, evals, "outbound");
    }
    return pair(in, out.toString(), knowledge.category(out), out, use);
  }

  private Eval combine(CompoundExpression c, List<Eval> evals, String side) {
    if (c.operator() == CompoundExpression.Operator.OR) {
      int best = 0;
      for (int i = 1; i < evals.size(); i++) {
        if (evals.get(i).verdict.ordinal() < evals.get(best).verdict.ordinal()) {
          best = i;
        }
      }
      Eval chosen = evals.get(best);
      List<String> reasons = new ArrayList<>();
      reasons.add(
          "of the " + side + " choices in '" + c + "', " + c.operands().get(best) + " works best");
      reasons.addAll(chosen.reasons);
      return new Eval(chosen.verdict, chosen.obligations, reasons);
    }
    Verdict verdict = Verdict.COMPATIBLE;
    EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
    int worst = 0;
    for (int i = 0; i < evals.size(); i++) {
      Eval e = evals.get(i);
      if (e.verdict.ordinal() > verdict.ordinal()) {
        worst = i;
      }
      verdict = Verdict.worst(verdict, e.verdict);
      obligations.addAll(e.obligations);
    }
    List<String> reasons = new ArrayList<>();
    reasons.add(
        "all " + side + " licenses in '" + c + "' apply; " + c.operands().get(worst) + " decides");
    for (Eval e : evals) {
      if (e.verdict == verdict) {
        reasons.addAll(e.reasons);
      }
    }
    for (Eval e : evals) {
      if (e.verdict != verdict) {
        reasons.addAll(e.reasons);
      }
    }
    return new Eval(verdict, obligations, reasons);
  }

  private Eval pair(
      LicenseExpression in,
      String outKey,
      LicenseCategory outCategory,
      LicenseExpression out,
      LicenseUse use) {
    String inKey = in.toString();
    Optional<KnowledgeBase.Entry> entry = knowledge.leaf(in);
    EnumSet<Obligation> obligations = EnumSet.noneOf(Obligation.class);
    entry.ifPresent(e -> obligations.addAll(e.obligations()));
    if (use == LicenseUse.RUNTIME) {
      return entry
          .map(e -> runtime(inKey, e))
          .orElseGet(() -> new Eval(
              Verdict.UNKNOWN,
              obligations,
              List.of("'" + inKey
                  + "' is not in the knowledge base; its terms for running it are not known")));
    }
    if (matrix.isPresent()) {
      Optional<CompatibilityMatrix.Cell> cell = matrix.get().lookup(outKey, inKey);
      if (cell.isPresent()) {
        CompatibilityMatrix.Cell c = cell.get();
        if (c.verdict() == Verdict.CONDITIONAL) {
          obligations.add(Obligation.CHECK_COMBINATION);
        }
        return new Eval(
            c.verdict(),
            obligations,
            List.of("external matrix " + matrix.get().source() + ": "
                + outKey + " <- " + inKey + " is '" + c.value() + "'"
                + (c.explanation().isEmpty() ? "" : " (" + c.explanation() + ")")));
      }
    }
    if (inKey.equalsIgnoreCase(outKey)) {
      return new Eval(
          Verdict.COMPATIBLE, obligations, List.of("same license on both sides: " + inKey));
    }
    if (entry.isEmpty()) {
      return new Eval(
          Verdict.UNKNOWN,
          obligations,
          List.of("'" + inKey + "' is not in the knowledge base;"
              + " plug in a compatibility matrix that covers it"));
    }
    KnowledgeBase.Entry e = entry.get();
    Optional<KnowledgeBase.Fact> fact = knowledge.fact(e.key(), outKey);
    if (fact.isEmpty() && out instanceof WithExpression w) {
      // An exception on the outbound side only adds permissions: what fits the base license fits it
      // too.
      fact = knowledge
          .fact(e.key(), w.license().toString())
          .filter(f -> f.verdict() == Verdict.COMPATIBLE);
    }
    if (fact.isPresent()) {
      KnowledgeBase.Fact f = fact.get();
      return new Eval(f.verdict(), obligations, List.of(f.reason() + " [" + f.clause() + "]"));
    }
    return rules(inKey, e, outKey, outCategory, out, obligations);
  }

  /**
   * The verdict for running a component without distributing it: the outbound license does not matter, copyleft
   * (which binds on distribution) does not reach the project, and terms that restrict use still bind.
   */
  private Eval runtime(String in, KnowledgeBase.Entry e) {
    String noDistribution = "run time use: the project does not distribute " + in;
    switch (e.category()) {
      case PUBLIC_DOMAIN:
      case PERMISSIVE:
        return new Eval(
            Verdict.COMPATIBLE,
            EnumSet.noneOf(Obligation.class),
            List.of(noDistribution + ", which is " + e.category().label()
                + "; its notices need keeping only when it is distributed"));
      case WEAK_COPYLEFT:
      case STRONG_COPYLEFT:
      case SHARE_ALIKE:
      case NO_DERIVATIVES:
        return new Eval(
            Verdict.COMPATIBLE,
            EnumSet.noneOf(Obligation.class),
            List.of(noDistribution + "; its "
                + e.category().label()
                + " terms bind only on distribution of the component or adapted material (for"
                + " example GPL-3.0 section 2: running an unmodified program is not restricted)"));
      case NETWORK_COPYLEFT:
        return new Eval(
            Verdict.CONDITIONAL,
            EnumSet.of(Obligation.NETWORK_SOURCE),
            List.of(noDistribution
                + "; but if the project modifies it and users interact with it over a network, AGPL-3.0 section 13"
                + " requires offering them its source"));
      case NON_COMMERCIAL:
        return new Eval(
            Verdict.CONDITIONAL,
            EnumSet.of(Obligation.NON_COMMERCIAL),
            List.of(
                noDistribution
                    + ", but its no-commercial-use condition restricts use itself: run it only non-commercially"));
      case USE_RESTRICTED: {
        EnumSet<Obligation> bind = EnumSet.copyOf(e.obligations());
        bind.remove(Obligation.ATTRIBUTION);
        return new Eval(
            Verdict.CONDITIONAL,
            bind,
            List.of(noDistribution + ", but its use-based restrictions bind"
                + " at run time: the project, and users of any service built on it, must respect them ("
                + e.note() + ")"));
      }
      case PROPRIETARY:
        return new Eval(
            Verdict.UNKNOWN,
            EnumSet.noneOf(Obligation.class),
            List.of(in + " has " + e.note() + ": running it depends on that agreement"));
      default:
        return new Eval(
            Verdict.UNKNOWN,
            EnumSet.noneOf(Obligation.class),
            List.of(in + ": " + e.note() + "; its terms are not known"));
    }
  }

  private Eval rules(
      String in,
      KnowledgeBase.Entry e,
      String outKey,
      LicenseCategory outCategory,
      LicenseExpression out,
      EnumSet<Obligation> obligations) {
    String outName = outCategory == LicenseCategory.NO_LICENSE
        ? "the project, which has no license,"
        : outKey + " (" + outCategory.label() + ")";
    switch (e.category()) {
      case PUBLIC_DOMAIN:
        return new Eval(
            Verdict.COMPATIBLE,
            obligations,
            List.of(in + " sets no conditions (" + e.note() + ")"));
      case PERMISSIVE:
        return new Eval(
            Verdict.COMPATIBLE,
            obligations,
            List.of(
                in + " is permissive: it fits under any outbound" + " license; keep its notices"));
      case PROPRIETARY:
        return new Eval(
            Verdict.UNKNOWN,
            obligations,
            List.of(in + " has " + e.note() + ": reuse depends on that" + " agreement"));
      case UNKNOWN:
      case NO_LICENSE:
        return new Eval(
            Verdict.UNKNOWN,
            obligations,
            List.of(in + ": " + e.note() + "; its terms are not known"));
      default:
        break;
    }
    Verdict verdict = Verdict.COMPATIBLE;
    List<String> worse = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean satisfied = sameLicense(e, outKey, out);
    boolean outUnknown = outCategory == LicenseCategory.UNKNOWN;
    if (e.obligations().contains(Obligation.DISCLOSE_SOURCE)
        || e.obligations().contains(Obligation.SHARE_ALIKE)) {
      List<String> compatible = knowledge.compatibleOutbounds(e.key());
      String targets = compatible.isEmpty() ? in : in + " or " + String.join(", ", compatible);
      if (satisfied) {
        notes.add(outKey + " satisfies " + in + "'s " + copyleftWord(e));
      } else if (outUnknown) {
        verdict = Verdict.worst(verdict, Verdict.UNKNOWN);
        worse.add("cannot tell whether " + outKey + " satisfies " + in + "'s " + copyleftWord(e));
      } else {
        verdict = Verdict.INCOMPATIBLE;
        worse.add(in + " is " + e.category().label() + ": the derived work must be licensed under "
            + targets + ", which " + outName + " is not");
      }
    }
    if (e.obligations().contains(Obligation.COMPONENT_COPYLEFT) && !satisfied) {
      verdict = Verdict.worst(verdict, Verdict.CONDITIONAL);
      worse.add(in + " is weak copyleft: keep the component under " + in
          + " and publish changes to it; the rest" + " of the project may stay under "
          + (outCategory == LicenseCategory.NO_LICENSE ? "its own terms" : outKey));
    }
    if (e.obligations().contains(Obligation.NON_COMMERCIAL)) {
      switch (outCategory) {
        case NON_COMMERCIAL:
          notes.add("both sides exclude commercial use");
          break;
        case NO_LICENSE:
        case PROPRIETARY:
          verdict = Verdict.worst(verdict, Verdict.CONDITIONAL);
          worse.add(
              in
                  + " forbids commercial use: the project may only be used and shared non-commercially");
          break;
        case UNKNOWN:
          verdict = Verdict.worst(verdict, Verdict.UNKNOWN);
          worse.add(
              "cannot tell whether " + outKey + " keeps " + in + "'s no-commercial-use condition");
          break;
        default:
          verdict = Verdict.INCOMPATIBLE;
          worse.add(in + " forbids commercial use, but " + outName + " grants it to everyone");
      }
    }
    if (e.obligations().contains(Obligation.NO_DERIVATIVES)) {
      verdict = Verdict.worst(verdict, Verdict.CONDITIONAL);
      worse.add(
          in
              + " allows sharing only unmodified copies: fine-tuned or changed weights cannot be distributed");
    }
    if (e.obligations().contains(Obligation.PASS_DOWN_USE_RESTRICTIONS) && !satisfied) {
      if (outCategory == LicenseCategory.STRONG_COPYLEFT
          || outCategory == LicenseCategory.NETWORK_COPYLEFT
          || outCategory == LicenseCategory.SHARE_ALIKE) {
        verdict = Verdict.INCOMPATIBLE;
        worse.add(outKey + " forbids adding further restrictions, but " + in
            + "'s use-based restrictions must be" + " passed on to every user");
      } else if (outUnknown) {
        verdict = Verdict.worst(verdict, Verdict.UNKNOWN);
        worse.add("cannot tell whether " + outKey + " carries " + in + "'s use-based restrictions");
      } else {
        verdict = Verdict.worst(verdict, Verdict.CONDITIONAL);
        worse.add(in + "'s use-based restrictions must be passed on as an enforceable provision; "
            + (outCategory == LicenseCategory.NO_LICENSE
                ? "the project has no license, so any terms it gives" + " must include them"
                : "a plain " + outKey + " license does not carry them"));
      }
    }
    if (e.obligations().contains(Obligation.LLAMA_TERMS)
        || e.obligations().contains(Obligation.NO_TRAINING_OTHER_MODELS)) {
      verdict = Verdict.worst(verdict, Verdict.CONDITIONAL);
      worse.add(e.note());
    }
    List<String> reasons = new ArrayList<>(worse);
    reasons.addAll(notes);
    if (reasons.isEmpty()) {
      reasons.add(in + " fits under " + outKey);
    }
    return new Eval(verdict, obligations, reasons);
  }

  private static String copyleftWord(KnowledgeBase.Entry e) {
    return e.obligations().contains(Obligation.SHARE_ALIKE) ? "share-alike condition" : "copyleft";
  }

  /** Whether the outbound license (ignoring an exception on it) is the inbound license itself. */
  private static boolean sameLicense(KnowledgeBase.Entry e, String outKey, LicenseExpression out) {
    String key = out instanceof WithExpression w ? w.license().toString() : outKey;
    return key.equalsIgnoreCase(e.key());
  }
}
