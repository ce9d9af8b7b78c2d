package io.github.peatmoss.licenses;

import io.github.peatmoss.core.model.LicensedReuseLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The paper's example application: a license audit of model-to-repository reuse links. Each link's model
 * licenses (inbound, several joined with AND) and repository licenses (outbound, none meaning {@code NONE}) are
 * normalised and checked with {@link LicenseCompatibility} for the link's {@link LicensedReuseLink#use()}
 * (redistribution unless the link says run time); the summary counts links by verdict, license pair
 * and category pair. Each distinct license list and pair is computed once per run, so a run over the full
 * PeaTMOSS link table is cheap. Immutable and thread-safe; each run keeps its own caches.
 */
public final class LicenseAudit {
  private final LicenseCompatibility compatibility;

  private LicenseAudit(LicenseCompatibility compatibility) {
    this.compatibility = compatibility;
  }

  /** Returns an audit that uses the project's knowledge base. */
  public static LicenseAudit create() {
    return new LicenseAudit(LicenseCompatibility.create());
  }

  /** Returns an audit that uses {@code compatibility} (for example one with an external matrix). */
  public static LicenseAudit using(LicenseCompatibility compatibility) {
    return new LicenseAudit(Objects.requireNonNull(compatibility, "compatibility == null"));
  }

  /** Audits every link and keeps each verdict; for very large inputs prefer the streaming overload. */
  public AuditReport audit(Stream<LicensedReuseLink> links) {
    Objects.requireNonNull(links, "links == null");
    List<LinkVerdict> verdicts = new ArrayList<>();
    AuditSummary summary = audit(links, verdicts::add);
    return AuditReport.builder().links(verdicts).summary(summary).build();
  }

  /** Audits every link and keeps each verdict. */
  public AuditReport audit(Iterable<LicensedReuseLink> links) {
    Objects.requireNonNull(links, "links == null");
    return audit(StreamSupport.stream(links.spliterator(), false));
  }

  /**
   * Audits every link, hands each verdict to {@code perLink} as it is made, and returns the summary. The stream is
   * consumed but not closed: the caller owns it (close it if it holds a database cursor).
   */
  public AuditSummary audit(
      Stream<LicensedReuseLink> links, Consumer<? super LinkVerdict> perLink) {
    Objects.requireNonNull(links, "links == null");
    Objects.requireNonNull(perLink, "perLink == null");
    Run run = new Run();
    links.forEachOrdered(link -> {
      LinkVerdict verdict = run.audit(Objects.requireNonNull(link, "links contains null"));
      perLink.accept(verdict);
    });
    return run.summary();
  }

  /** One audit run: caches and counters, confined to the calling thread. */
  private final class Run {
    private final Map<List<String>, NormalizedLicense> normalized = new HashMap<>();
    private final Map<String, CompatibilityResult> results = new HashMap<>();
    private final EnumMap<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    private final Map<String, Counter> byLicensePair = new HashMap<>();
    private final Map<String, Counter> byCategoryPair = new HashMap<>();
    private final Map<String, Long> unmapped = new HashMap<>();
    private long links;

    LinkVerdict audit(LicensedReuseLink link) {
      NormalizedLicense model = normalize(link.modelLicenses());
      NormalizedLicense repository = normalize(link.repositoryLicenses());
      CompatibilityResult result = results.computeIfAbsent(
          model.spdx() + "\u0000" + repository.spdx() + "\u0000" + link.use(),
          k -> compatibility.check(model, repository, link.use()));
      links++;
      byVerdict.merge(result.verdict(), 1L, Long::sum);
      byLicensePair
          .computeIfAbsent(
              model.spdx() + "\u0000" + repository.spdx(),
              k -> new Counter(model.spdx(), repository.spdx()))
          .add(result.verdict());
      byCategoryPair
          .computeIfAbsent(
              model.category() + "\u0000" + repository.category(),
              k -> new Counter(model.category().label(), repository.category().label()))
          .add(result.verdict());
      countUnmapped(link.modelLicenses());
      countUnmapped(link.repositoryLicenses());
      return LinkVerdict.builder()
          .model(link.model())
          .repository(link.repository())
          .modelLicense(model)
          .repositoryLicense(repository)
          .result(result)
          .build();
    }

    private NormalizedLicense normalize(List<String> licenses) {
      return normalized.computeIfAbsent(
          licenses, l -> compatibility.normalizer().normalizeAll(l));
    }

    private void countUnmapped(List<String> licenses) {
      for (String raw : licenses) {
        NormalizedLicense n = normalized.computeIfAbsent(
            List.of(raw), l -> compatibility.normalizer().normalize(raw));
        if (n.method() == NormalizedLicense.Method.UNMAPPED) {
          unmapped.merge(raw, 1L, Long::sum);
        }
      }
    }

    AuditSummary summary() {
      Map<Verdict, Long> verdicts = new LinkedHashMap<>();
      for (Verdict v : Verdict.values()) {
        verdicts.put(v, byVerdict.getOrDefault(v, 0L));
      }
      Map<String, Long> unmappedSorted = unmapped.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .collect(Collectors.toMap(
              Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
      return AuditSummary.builder()
          .links(links)
          .byVerdict(verdicts)
          .byLicensePair(sorted(byLicensePair))
          .byCategoryPair(sorted(byCategoryPair))
          .unmappedLicenses(unmappedSorted)
          .build();
    }

    private List<PairSummary> sorted(Map<String, Counter> counters) {
      return counters.values().stream()
          .sorted(Comparator.comparingLong((Counter c) -> -c.links)
              .thenComparing(c -> c.inbound)
              .thenComparing(c -> c.outbound))
          .map(Counter::toSummary)
          .collect(Collectors.toList());
    }
  }

  private static final class Counter {
    final String inbound;
    final String outbound;
    final EnumMap<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    long links;

    Counter(String inbound, String outbound) {
      this.inbound = inbound;
      this.outbound = outbound;
    }

    void add(Verdict verdict) {
      links++;
      byVerdict.merge(verdict, 1L, Long::sum);
    }

    PairSummary toSummary() {
      return PairSummary.builder()
          .inbound(inbound)
          .outbound(outbound)
          .links(links)
          .byVerdict(new LinkedHashMap<>(byVerdict))
          .build();
    }
  }
}
