package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.Miner;
import io.github.peatmoss.dataset.MiningSummary;
import io.github.peatmoss.dataset.ModelQuery;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.github.DiscoveryReport;
import io.github.peatmoss.github.GitHubClient;
import io.github.peatmoss.github.GitHubCodeSearchDiscovery;
import io.github.peatmoss.github.GitHubRateLimit;
import io.github.peatmoss.github.ReuseDiscovery;
import io.github.peatmoss.github.ReuseSignature;
import io.github.peatmoss.github.SourcegraphDiscovery;
import io.github.peatmoss.github.SourcegraphToken;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.reuse.KnownModels;
import io.github.peatmoss.reuse.ReuseDetector;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss github mine --db FILE}: finds the repositories that reuse the database's models and writes
 * them with their license, reuse files, links, issues and pull requests, through {@link Miner} ({@link
 * GithubMining} holds the steps). Each step commits with its checkpoint in the database: rerun the same command
 * after a kill and it continues, ending with the same database as an uninterrupted run.
 */
@Command(
    name = "mine",
    mixinStandardHelpOptions = true,
    description =
        "Mine GitHub for repositories reusing the database's models (resumable: rerun to continue).")
final class GithubMineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  GithubClientOptions client;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      required = true,
      description =
          "PeaTMOSS database to update; its models are the ids kept (mine models first, e.g. hf mine).")
  Path db;

  @Option(
      names = "--signature",
      paramLabel = "LIBRARY.CALL",
      description =
          "Search only these signatures, e.g. timm.create_model (repeatable; default PeaTMOSS's list).")
  List<String> signatures = new ArrayList<>();

  @Option(
      names = "--discovery",
      paramLabel = "SOURCE",
      defaultValue = "github",
      description =
          "Where candidates come from: github (code search) or sourcegraph (default ${DEFAULT-VALUE}).")
  String discoveryName;

  @Option(
      names = "--sourcegraph-endpoint",
      paramLabel = "URL",
      description =
          "Sourcegraph instance (default https://sourcegraph.com); token from SRC_ACCESS_TOKEN.")
  URI sourcegraphEndpoint;

  @Option(
      names = "--no-issues",
      description = "Do not fetch the repositories' issues and pull requests.")
  boolean noIssues;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Issues and pull requests kept per repository, each (default ${DEFAULT-VALUE}, as PeaTMOSS).")
  int maxIssues;

  @Option(
      names = "--restart",
      description = "Ignore the checkpoint in the database and start again from discovery.")
  boolean restart;

  /**
   * The summary {@code --json} prints: counts over the whole mining of this source (resumed runs included, kept
   * in the database with its checkpoint), candidates skipped by reason, and this process's requests and
   * rate-limit units per bucket.
   */
  record Summary(
      String db,
      int signatures,
      long candidates,
      long filesFetched,
      long repositories,
      long reuseFiles,
      long links,
      long issues,
      long pullRequests,
      long unknownModelIds,
      long rejectedCandidates,
      Map<String, Long> skipped,
      List<GitHubRateLimit> rateLimits,
      boolean complete) {}

  @Override
  public Integer call() {
    return mine(UnaryOperator.identity());
  }

  /** Runs the command; {@code decorate} wraps the page writer (the identity, except in the kill test). */
  Integer mine(UnaryOperator<Miner.PageWriter<GithubMining.Step>> decorate) {
    if (maxIssues < 0) {
      throw new UsageException("--max-issues must be >= 0: " + maxIssues);
    }
    List<ReuseSignature> chosen = signatures();
    GitHubClient github = client.client();
    ReuseDiscovery discovery = discovery(github);
    List<ModelId> known = knownModels();
    ReuseDetector detector =
        ReuseDetector.builder().knownModels(KnownModels.of(known)).build();
    PrintWriter err = spec.commandLine().getErr();
    if (known.isEmpty()) {
      err.println("warning: " + db
          + " has no models, so every model id found is unknown and nothing is written;"
          + " mine models first (peatmoss hf mine --db " + db + ")");
    }
    Path oldState = db.resolveSibling(db.getFileName() + ".github-mine");
    if (Files.isDirectory(oldState)) {
      err.println("note: " + oldState + " holds the state of an older peatmoss; github mine now"
          + " keeps its checkpoint in the database, so that folder is ignored and can be deleted");
    }
    err.flush();
    GithubMining mining = new GithubMining(
        github,
        discovery,
        discovery instanceof SourcegraphDiscovery s
            ? s.endpoint().toString()
            : github.endpoint().toString(),
        detector,
        chosen,
        new GithubMining.Options(!noIssues, maxIssues, 1024L * 1024));
    MiningSummary result;
    Map<String, Long> counts;
    try (PeatmossWriter writer = PeatmossWriter.open(db)) {
      result = mining
          .miner(writer, new Progress(err), decorate)
          .restart(restart)
          .build()
          .mine(writer);
      counts = writer.miningCounts(mining.source());
    }
    Map<String, Long> skipped = new TreeMap<>();
    counts.forEach((k, v) -> {
      if (k.startsWith("skipped.")) {
        skipped.put(k.substring("skipped.".length()), v);
      }
    });
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Output.jsonLine(
          out,
          new Summary(
              db.toString(),
              chosen.size(),
              count(counts, "candidates"),
              count(counts, "filesFetched"),
              count(counts, "repositories"),
              count(counts, "reuseFiles"),
              count(counts, "links"),
              count(counts, "issues"),
              count(counts, "pullRequests"),
              count(counts, "unknownModelIds"),
              count(counts, "rejectedCandidates"),
              skipped,
              github.rateLimits(),
              result.complete()));
    } else {
      out.printf(
          "mined %d repositories (%d reuse files, %d links, %d issues, %d pull requests) into %s%n",
          count(counts, "repositories"),
          count(counts, "reuseFiles"),
          count(counts, "links"),
          count(counts, "issues"),
          count(counts, "pullRequests"),
          db);
      out.printf(
          "candidates %d, files fetched %d, unknown model ids %d%n",
          count(counts, "candidates"),
          count(counts, "filesFetched"),
          count(counts, "unknownModelIds"));
      skipped.forEach((reason, n) -> out.printf("skipped (%s): %d%n", reason, n));
      for (GitHubRateLimit limit : github.rateLimits()) {
        out.printf(
            "%s: %d requests, %d rate-limit units%n",
            limit.bucket(), limit.requests(), limit.unitsSpent());
      }
    }
    return Main.OK;
  }

  /** Prints each committed step on stderr. */
  private static final class Progress implements GithubMining.Listener {
    private final PrintWriter err;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void resumed(String token) {
      err.println("resuming from the checkpoint in the database (" + token + ")");
      err.flush();
    }

    @Override
    public void discovered(GithubMining.Discovered step) {
      DiscoveryReport r = step.report();
      err.println("discovery [" + step.index() + "/" + step.total() + "] "
          + r.signature().name()
          + ": " + r.candidates() + " candidates, " + r.requests() + " requests"
          + (r.resumes() > 0 ? ", " + r.resumes() + " resumed" : "")
          + (r.isIncomplete() ? ", may be incomplete: " + String.join("; ", r.alerts()) : ""));
      err.flush();
    }

    @Override
    public void repository(GithubMining.Mined step) {
      err.println(
          "[" + step.index() + "/" + step.total() + "] " + step.requested() + ": " + step.detail());
      err.flush();
    }
  }

  private static long count(Map<String, Long> counts, String name) {
    return counts.getOrDefault(name, 0L);
  }

  private List<ReuseSignature> signatures() {
    if (signatures.isEmpty()) {
      return ReuseSignature.peatmoss();
    }
    List<ReuseSignature> chosen = new ArrayList<>();
    for (String s : signatures) {
      int dot = s.indexOf('.');
      if (dot <= 0 || dot == s.length() - 1) {
        throw new UsageException("--signature must be LIBRARY.CALL, e.g. timm.create_model: " + s);
      }
      chosen.add(ReuseSignature.of(s.substring(0, dot), s.substring(dot + 1)));
    }
    return chosen;
  }

  private ReuseDiscovery discovery(GitHubClient github) {
    switch (discoveryName) {
      case "github":
        return new GitHubCodeSearchDiscovery(github);
      case "sourcegraph":
        SourcegraphDiscovery.Builder b = SourcegraphDiscovery.builder()
            .settings(ClientSettings.builder().userAgentSuffix("peatmoss-cli").build());
        if (sourcegraphEndpoint != null) {
          try {
            b.endpoint(sourcegraphEndpoint);
          } catch (IllegalArgumentException e) {
            throw new UsageException("--sourcegraph-endpoint: " + e.getMessage());
          }
        }
        SourcegraphToken.fromEnvironment().ifPresent(b::token);
        return b.build();
      default:
        throw new UsageException("--discovery must be github or sourcegraph: " + discoveryName);
    }
  }

  private List<ModelId> knownModels() {
    if (!Files.isRegularFile(db)) {
      return List.of();
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(db);
        Stream<ModelId> ids = dataset.streamModels(ModelQuery.all()).map(m -> m.id())) {
      return ids.collect(Collectors.toList());
    }
  }
}
