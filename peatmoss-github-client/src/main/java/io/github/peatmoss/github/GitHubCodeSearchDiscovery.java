package io.github.peatmoss.github;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Discovery through GitHub's code search: one query per signature ({@code "import timm" create_model
 * language:Python}), cut by file size past the 1,000-result cap. GitHub's legacy code search covers default
 * branches only and files under 384 KB, and allows 10 requests a minute with a token; the client paces to that.
 */
public final class GitHubCodeSearchDiscovery implements ReuseDiscovery {
  private final GitHubClient github;

  /** Creates the discovery over {@code github} (which needs a token for code search on github.com). */
  public GitHubCodeSearchDiscovery(GitHubClient github) {
    this.github = Objects.requireNonNull(github, "github == null");
  }

  @Override
  public String name() {
    return "github-code-search";
  }

  /** Returns the code search query for {@code signature}. */
  public static String query(ReuseSignature signature) {
    String call = signature.call().contains(".")
        ? signature.call().substring(signature.call().lastIndexOf('.') + 1)
        : signature.call();
    return "\"import " + signature.library() + "\" " + call + " language:"
        + signature.language().toLowerCase(Locale.ROOT);
  }

  @Override
  public DiscoveryReport discover(ReuseSignature signature, Consumer<ReuseCandidate> sink) {
    long before = searchRequests();
    Set<String> seen = new HashSet<>();
    List<String> alerts = new ArrayList<>();
    boolean incomplete = false;
    Set<String> noted = new HashSet<>();
    for (CodeSearchHit hit : github.searchCode(query(signature))) {
      if (hit.slice().isCapped() && noted.add("capped " + hit.slice().query())) {
        alerts.add("more than 1,000 results for '" + hit.slice().query()
            + "' and it cannot be cut further;" + " only the first 1,000 were read");
        incomplete = true;
      }
      if (hit.slice().incompleteResults()
          && noted.add("incomplete " + hit.slice().query())) {
        alerts.add("GitHub reported incomplete_results for '" + hit.slice().query()
            + "' (the search timed out)");
        incomplete = true;
      }
      if (seen.add(hit.repository() + "\n" + hit.path())) {
        ReuseCandidate.Builder c = ReuseCandidate.builder()
            .repository(hit.repository())
            .path(hit.path())
            .signature(signature)
            .source(name());
        hit.ref().ifPresent(c::ref);
        sink.accept(c.build());
      }
    }
    return DiscoveryReport.builder()
        .signature(signature)
        .source(name())
        .requests(searchRequests() - before)
        .candidates(seen.size())
        .resumes(0)
        .incomplete(incomplete)
        .alerts(alerts)
        .build();
  }

  private long searchRequests() {
    return github.rateLimits().stream()
        .filter(l -> l.bucket().equals("code_search"))
        .mapToLong(GitHubRateLimit::requests)
        .sum();
  }
}
