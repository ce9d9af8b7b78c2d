package io.github.peatmoss.examples;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.licenses.AuditSummary;
import io.github.peatmoss.licenses.CompatibilityResult;
import io.github.peatmoss.licenses.LicenseAudit;
import io.github.peatmoss.licenses.LicenseCompatibility;
import io.github.peatmoss.licenses.LicenseExpression;
import io.github.peatmoss.licenses.LicenseNormalizer;
import io.github.peatmoss.licenses.NormalizedLicense;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Licenses end to end: parses an SPDX expression, normalises license strings found in real data, checks a
 * model license against a project license, and audits every reuse link of the bundled sample (or of the
 * database given as the only argument).
 */
public final class CheckLicenses {
  private CheckLicenses() {}

  /** Runs the example. */
  public static void main(String[] args) {
    LicenseExpression e =
        LicenseExpression.parse("mit OR (Apache-2.0 AND GPL-2.0+ WITH Classpath-exception-2.0)");
    System.out.println(e); // MIT OR Apache-2.0 AND GPL-2.0+ WITH Classpath-exception-2.0

    LicenseNormalizer normalizer = LicenseNormalizer.standard();
    for (String raw : new String[] {
      "creativeml-openrail-m", "GPL-2.0", "Apache License, Version 2.0", "see LICENSE"
    }) {
      NormalizedLicense n =
          normalizer.normalize(raw); // HF id, GitHub spdx_id, free text, unmappable
      System.out.println(raw + " -> " + n.spdx() + " (" + n.category().label() + ") "
          + n.reason().orElse(""));
    }

    CompatibilityResult r =
        LicenseCompatibility.create().check("bigscience-bloom-rail-1.0", "Apache-2.0");
    System.out.println(r.verdict() + " " + r.obligations() + ": " + r.reasons());

    try (PeatmossDataset dataset = args.length > 0
            ? PeatmossDataset.open(Path.of(args[0]))
            : PeatmossDataset.openSample();
        Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) {
      AuditSummary summary =
          LicenseAudit.create().audit(links, verdict -> {}); // streaming: no list kept
      System.out.println(summary.links() + " links: " + summary.byVerdict());
      summary.byCategoryPair().stream()
          .limit(5)
          .forEach(p -> System.out.println(
              "  " + p.links() + " " + p.inbound() + " -> " + p.outbound() + " " + p.byVerdict()));
    }
  }
}
