/**
 * GitHub client for PeaTMOSS reuse mining: {@link io.github.peatmoss.github.GitHubClient} reads repository
 * metadata (with the license GitHub detects), searches repositories and code past the 1,000-result cap by
 * slicing the query, walks git trees, reads files, and lists issues and pull requests as PeaTMOSS stores them.
 * Requests are paced per rate-limit bucket and answered from a persistent ETag cache when unchanged. {@link
 * io.github.peatmoss.github.ReuseDiscovery} finds candidate files that load pre-trained models, through GitHub
 * code search or Sourcegraph's streaming search.
 */
@PeatmossStyle
package io.github.peatmoss.github;

import io.github.peatmoss.core.internal.PeatmossStyle;
