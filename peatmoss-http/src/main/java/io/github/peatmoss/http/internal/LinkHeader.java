package io.github.peatmoss.http.internal;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Parses RFC 8288 {@code Link} headers ({@code <url>; rel="next", <url>; rel="last"}), as the Hugging Face Hub
 * and GitHub send them for pagination. Relative targets resolve against the request URL. Thread-safe.
 */
public final class LinkHeader {
  private static final Splitter RELS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  private LinkHeader() {}

  /** Returns the targets by relation type (lower case) of every {@code Link} header, first occurrence wins. */
  public static Map<String, HttpUrl> parse(Headers headers, HttpUrl base) {
    Map<String, HttpUrl> links = new LinkedHashMap<>();
    for (String value : headers.values("Link")) {
      for (Link link : parseValue(value)) {
        HttpUrl target = base.resolve(link.target);
        if (target == null) {
          continue;
        }
        for (String rel : link.rels) {
          links.putIfAbsent(rel, target);
        }
      }
    }
    return links;
  }

  /** Returns the {@code rel="next"} target, if any. */
  public static Optional<HttpUrl> next(Headers headers, HttpUrl base) {
    return Optional.ofNullable(parse(headers, base).get("next"));
  }

  private static final class Link {
    final String target;
    final List<String> rels = new ArrayList<>();

    Link(String target) {
      this.target = target;
    }
  }

  /** Parses one header value: comma-separated link values, commas inside {@code <>} and quotes kept. */
  static List<Link> parseValue(String value) {
    List<Link> links = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      int open = value.indexOf('<', i);
      if (open < 0) {
        break;
      }
      int close = value.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      Link link = new Link(value.substring(open + 1, close).trim());
      i = close + 1;
      // Parameters until the next top-level comma.
      while (i < n) {
        char c = value.charAt(i);
        if (c == ',') {
          i++;
          break;
        }
        if (c != ';') {
          i++;
          continue;
        }
        i++;
        int eq = i;
        while (eq < n
            && value.charAt(eq) != '='
            && value.charAt(eq) != ';'
            && value.charAt(eq) != ',') {
          eq++;
        }
        String name = value.substring(i, eq).trim().toLowerCase(Locale.ROOT);
        String paramValue = "";
        i = eq;
        if (i < n && value.charAt(i) == '=') {
          i++;
          while (i < n && value.charAt(i) == ' ') {
            i++;
          }
          if (i < n && value.charAt(i) == '"') {
            int end = i + 1;
            StringBuilder sb = new StringBuilder();
            while (end < n && value.charAt(end) != '"') {
              if (value.charAt(end) == '\\' && end + 1 < n) {
                end++;
              }
              sb.append(value.charAt(end));
              end++;
            }
            paramValue = sb.toString();
            i = Math.min(n, end + 1);
          } else {
            int end = i;
            while (end < n && value.charAt(end) != ';' && value.charAt(end) != ',') {
              end++;
            }
            paramValue = value.substring(i, end).trim();
            i = end;
          }
        }
        if (name.equals("rel")) {
          for (String rel : RELS.split(paramValue)) {
            link.rels.add(rel.toLowerCase(Locale.ROOT));
          }
        }
      }
      links.add(link);
    }
    return links;
  }
}
