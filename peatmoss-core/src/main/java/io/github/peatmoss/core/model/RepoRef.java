package io.github.peatmoss.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A GitHub repository, {@code owner/name}. Equality and ordering ignore case, as GitHub does; {@link
 * #toString()} keeps the case it was given.
 */
public final class RepoRef implements Comparable<RepoRef> {
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final String owner;
  private final String name;
  private final String key;

  private RepoRef(String owner, String name) {
    this.owner = owner;
    this.name = name;
    this.key = (owner + "/" + name).toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the repository {@code owner/name}.
   *
   * @throws IllegalArgumentException naming the rule broken when the owner or name is not a valid GitHub one
   */
  public static RepoRef of(String owner, String name) {
    Objects.requireNonNull(owner, "owner == null");
    Objects.requireNonNull(name, "name == null");
    checkOwner(owner, owner + "/" + name);
    checkName(name, owner + "/" + name);
    return new RepoRef(owner, name);
  }

  /**
   * Parses {@code owner/name}, {@code github.com/owner/name} (the PeaTMOSS form) or a {@code https://github.com/...}
   * URL, with an optional {@code .git} suffix or trailing slash.
   *
   * @throws IllegalArgumentException naming the rule broken
   */
  @JsonCreator
  public static RepoRef parse(String text) {
    Objects.requireNonNull(text, "text == null");
    String s = text.trim();
    for (String prefix : new String[] {"https://", "http://", "git@github.com:", "www."}) {
      if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
        s = s.substring(prefix.length());
      }
    }
    if (s.regionMatches(true, 0, "www.", 0, 4)) {
      s = s.substring(4);
    }
    if (s.regionMatches(true, 0, "github.com/", 0, 11)) {
      s = s.substring(11);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith(".git")) {
      s = s.substring(0, s.length() - 4);
    }
    String[] parts = s.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("invalid repository '" + text
          + "': expected owner/name (or a github.com URL), with exactly one '/'");
    }
    checkOwner(parts[0], text);
    checkName(parts[1], text);
    return new RepoRef(parts[0], parts[1]);
  }

  private static void checkOwner(String owner, String input) {
    if (!OWNER.matcher(owner).matches()) {
      throw new IllegalArgumentException("invalid repository '" + input + "': owner '" + owner
          + "' must be 1-39 letters, digits or hyphens and must not start with a hyphen");
    }
  }

  private static void checkName(String name, String input) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid repository '" + input + "': name '" + name
          + "' must be 1-100 letters, digits, '.', '_' or '-'");
    }
    if (name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(
          "invalid repository '" + input + "': name must not be '.' or '..'");
    }
  }

  /** Returns the owner (user or organisation). */
  public String owner() {
    return owner;
  }

  /** Returns the repository name. */
  public String name() {
    return name;
  }

  /** Returns {@code owner/name}. */
  @JsonValue
  public String fullName() {
    return owner + "/" + name;
  }

  /** Returns {@code https://github.com/owner/name}. */
  public URI url() {
    return URI.create("https://github.com/" + fullName());
  }

  @Override
  public int compareTo(RepoRef other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepoRef other && other.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return fullName();
  }
}
