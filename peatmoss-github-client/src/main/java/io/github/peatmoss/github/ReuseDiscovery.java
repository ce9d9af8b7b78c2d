package io.github.peatmoss.github;

import io.github.peatmoss.core.exception.PeatmossException;
import java.util.function.Consumer;

/**
 * Finds candidate files that may load pre-trained models, one query per {@link ReuseSignature}. Candidates
 * are only candidates: the reuse detector confirms each after the file is fetched. Implementations: {@link
 * GitHubCodeSearchDiscovery} (GitHub's code search, sliced by file size past its 1,000-result cap; 10 requests a
 * minute) and {@link SourcegraphDiscovery} (Sourcegraph's streaming search over all of public GitHub, what
 * PeaTMOSS used). Implementations are thread-safe.
 */
public interface ReuseDiscovery {
  /** Returns the discovery's name, recorded on each candidate. */
  String name();

  /**
   * Searches for {@code signature}, handing each distinct candidate to {@code sink} as it arrives.
   *
   * @throws PeatmossException when the search fails beyond the discovery's retries
   */
  DiscoveryReport discover(ReuseSignature signature, Consumer<ReuseCandidate> sink);
}
