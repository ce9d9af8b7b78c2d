package io.github.peatmoss.examples;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.DiscoveryReport;
import io.github.peatmoss.github.GitHubClient;
import io.github.peatmoss.github.GitHubCodeSearchDiscovery;
import io.github.peatmoss.github.GitHubLicense;
import io.github.peatmoss.github.GitHubRepository;
import io.github.peatmoss.github.ReuseDiscovery;
import io.github.peatmoss.github.ReuseSignature;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.reuse.ModelUse;
import io.github.peatmoss.reuse.ReuseDetector;
import java.net.URI;
import java.nio.file.Path;

/**
 * Reads a repository's license from GitHub, then finds files that load models with {@code timm.create_model}:
 * code search discovers candidates, each is read from raw hosting and confirmed by the reuse detector. Usage:
 * {@code MineGitHubReuse [endpoint]} (a GitHub Enterprise server, a mirror or a local server; raw files from
 * {@code <endpoint>/raw/}). Set {@code GITHUB_TOKEN}: code search needs one on github.com. Without network access
 * it says so instead of failing.
 */
public final class MineGitHubReuse {
  private MineGitHubReuse() {}

  /** Runs the example. */
  public static void main(String[] args) {
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "peatmoss-example-github-cache");
    GitHubClient.Builder builder =
        GitHubClient.builder().cacheDirectory(cache); // unchanged answers cost nothing
    GitHubToken.fromEnvironment().ifPresent(builder::token); // GITHUB_TOKEN, if set
    if (args.length > 0) {
      builder.endpoint(URI.create(args[0]));
    }
    GitHubClient github = builder.build();
    try {
      GitHubRepository repo =
          github.getRepository(RepoRef.of("huggingface", "pytorch-image-models"));
      System.out.println(repo.repository() + ": license "
          + repo.license().flatMap(GitHubLicense::spdxId).orElse("none") + ", " + repo.stars()
          + " stars, topics " + repo.topics());

      ReuseDetector detector = ReuseDetector.create(); // offline; add knownModels(..) to verify ids
      ReuseDiscovery discovery =
          new GitHubCodeSearchDiscovery(github); // or SourcegraphDiscovery.create()
      DiscoveryReport report =
          discovery.discover(ReuseSignature.of("timm", "create_model"), candidate -> {
            String source = github.readRawFile(
                candidate.repository(), candidate.ref().orElse("HEAD"), candidate.path(), 1 << 20);
            for (ModelUse use : detector.scan(candidate.path(), source).uses()) {
              System.out.println("  " + candidate.repository() + " " + use.file() + ":" + use.line()
                  + " loads " + use.model() + " (" + use.signature() + ")");
            }
          });
      System.out.println(
          report.candidates() + " candidate files from " + report.requests() + " search requests"
              + (report.isIncomplete() ? "; may be incomplete: " + report.alerts() : ""));
      github
          .rateLimits()
          .forEach(l -> System.out.println(l.bucket() + ": " + l.requests() + " requests, "
              + l.unitsSpent() + " rate-limit units"));
    } catch (PeatmossException e) {
      System.out.println("Could not read GitHub: " + e.getMessage());
      System.out.println(
          "Offline? Pass a mirror or local server as the first argument; set GITHUB_TOKEN for code"
              + " search and higher limits.");
    }
  }
}
