package io.github.peatmoss.github;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file read through the contents API. Files up to 1 MB come base64-encoded in the JSON; larger ones (up to
 * 100 MB) are fetched again as raw bytes, as GitHub requires. Immutable.
 */
public final class GitHubContent {
  private final String path;
  private final String sha;
  private final long size;
  private final byte[] bytes;
  private final boolean rawFallback;

  GitHubContent(String path, String sha, long size, byte[] bytes, boolean rawFallback) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.sha = Objects.requireNonNull(sha, "sha == null");
    this.size = size;
    this.bytes = bytes.clone();
    this.rawFallback = rawFallback;
  }

  /** Returns the path. */
  public String path() {
    return path;
  }

  /** Returns the blob sha. */
  public String sha() {
    return sha;
  }

  /** Returns the size GitHub reports. */
  public long size() {
    return size;
  }

  /** Returns a copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Returns the content decoded as UTF-8. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Returns whether the file was over 1 MB and had to be fetched as raw bytes. */
  public boolean isRawFallback() {
    return rawFallback;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GitHubContent
        && ((GitHubContent) o).path.equals(path)
        && ((GitHubContent) o).sha.equals(sha)
        && Arrays.equals(((GitHubContent) o).bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, sha, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "GitHubContent[" + path + ", " + size + " bytes, sha " + sha + "]";
  }
}
