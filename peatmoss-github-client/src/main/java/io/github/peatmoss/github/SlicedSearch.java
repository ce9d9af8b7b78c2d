package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PageFetcher;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Pages through a search past GitHub's 1,000-result cap. The query is sent whole first; when its {@code
 * total_count} exceeds 1,000 it is cut in two along a dimension (file size for code, creation date for
 * repositories) and each half is searched the same way, until every slice fits. Pages of a fitting slice follow
 * the {@code Link} header, never past result 1,000. The continuation token holds the next page's URL and the
 * slices still to search, so a stored token resumes the whole search. Stateless and thread-safe.
 */
final class SlicedSearch<T> implements PageFetcher<T> {
  static final int CAP = 1000;
  static final int PER_PAGE = 100;

  /** A dimension to cut along, with its qualifier and full range. */
  enum Dimension {
    /** File size in bytes; GitHub indexes files under 384 KB. */
    SIZE("size", 0, 384 * 1024 - 1) {
      @Override
      String format(long value) {
        return Long.toString(value);
      }

      @Override
      long mid(long lo, long hi) {
        // Most files are small: cut sizes geometrically, so each half holds a similar share.
        long geometric = (long) Math.sqrt((double) (lo + 1) * (hi + 1)) - 1;
        return Math.max(lo, Math.min(hi - 1, geometric));
      }
    },
    /** Creation date, as days since 1970-01-01; GitHub opened in 2008. */
    CREATED(
        "created",
        LocalDate.of(2008, 1, 1).toEpochDay(),
        LocalDate.of(2100, 1, 1).toEpochDay()) {
      @Override
      String format(long value) {
        return LocalDate.ofEpochDay(value).toString();
      }

      @Override
      long mid(long lo, long hi) {
        return lo + (hi - lo) / 2;
      }
    };

    final String qualifier;
    final long min;
    final long max;
    private final Pattern present;

    Dimension(String qualifier, long min, long max) {
      this.qualifier = qualifier;
      this.min = min;
      this.max = max;
      this.present = Pattern.compile("(^|\\s)-?" + qualifier + ":");
    }

    abstract String format(long value);

    /** Returns the last value of the lower half of {@code lo..hi} (so {@code lo <= mid < hi}). */
    abstract long mid(long lo, long hi);
  }

  /** One answer of the search endpoint. */
  record Answer(JsonNode body, Optional<HttpUrl> next) {}

  private final HttpUrl endpoint;
  private final String query;
  private final Dimension dimension;
  private final long max;
  private final Function<HttpUrl, Answer> get;
  private final BiFunction<JsonNode, SearchSlice, T> mapper;
  private final Function<String, HttpUrl> continuation;

  /**
   * Creates the search.
   *
   * @param endpoint the search URL without query, for example {@code .../search/code}
   * @param max the upper end of the dimension's range (today, for dates)
   * @param continuation turns a stored page URL back into one of this client's URLs
   */
  SlicedSearch(
      HttpUrl endpoint,
      String query,
      Dimension dimension,
      long max,
      Function<HttpUrl, Answer> get,
      BiFunction<JsonNode, SearchSlice, T> mapper,
      Function<String, HttpUrl> continuation) {
    this.endpoint = endpoint;
    this.query = query.strip();
    this.dimension = dimension;
    this.max = max;
    this.get = get;
    this.mapper = mapper;
    this.continuation = continuation;
  }

  /** A slice: the whole query ({@code lo < 0}) or {@code lo..hi}. */
  private record Range(long lo, long hi) {
    static final Range WHOLE = new Range(-1, -1);

    boolean isWhole() {
      return lo < 0;
    }

    @Override
    public String toString() {
      return isWhole() ? "*" : lo + ".." + hi;
    }

    static Range parse(String text) {
      if (text.equals("*")) {
        return WHOLE;
      }
      int dots = text.indexOf("..");
      if (dots <= 0) {
        throw new IllegalArgumentException(
            "not a search continuation token: bad slice '" + text + "'");
      }
      try {
        return new Range(
            Long.parseLong(text.substring(0, dots)), Long.parseLong(text.substring(dots + 2)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "not a search continuation token: bad slice '" + text + "'", e);
      }
    }
  }

  @Override
  public Page<T> fetch(Optional<String> token) {
    Deque<Range> pending = new ArrayDeque<>();
    Range current = null;
    HttpUrl nextUrl = null;
    if (token.isEmpty()) {
      pending.push(Range.WHOLE);
    } else {
      String[] parts = token.get().split(" ");
      if (parts.length < 2) {
        throw new IllegalArgumentException("not a search continuation token: " + token.get());
      }
      if (!parts[0].equals("-")) {
        nextUrl = continuation.apply(parts[0]);
        current = Range.parse(parts[1]);
      }
      for (int i = parts.length - 1; i >= 2; i--) {
        pending.push(Range.parse(parts[i]));
      }
    }
    while (true) {
      if (nextUrl != null) {
        return page(current, get.apply(nextUrl), pending);
      }
      if (pending.isEmpty()) {
        return Page.of(List.of(), null);
      }
      Range range = pending.pop();
      Answer answer = get.apply(firstPage(range));
      long total = answer.body().path("total_count").asLong(0);
      boolean splittable = splittable(range);
      if (total > CAP && splittable) {
        long lo = range.isWhole() ? dimension.min : range.lo();
        long hi = range.isWhole() ? max : range.hi();
        long mid = dimension.mid(lo, hi);
        pending.push(new Range(mid + 1, hi));
        pending.push(new Range(lo, mid));
        continue;
      }
      return page(range, answer, pending);
    }
  }

  private boolean splittable(Range range) {
    if (range.isWhole()) {
      return !dimension.present.matcher(query).find();
    }
    return range.hi() > range.lo();
  }

  private Page<T> page(Range range, Answer answer, Deque<Range> pending) {
    JsonNode body = answer.body();
    SearchSlice slice = SearchSlice.builder()
        .query(sliceQuery(range))
        .totalCount(body.path("total_count").asLong(0))
        .incompleteResults(body.path("incomplete_results").asBoolean(false))
        .capped(body.path("total_count").asLong(0) > CAP)
        .build();
    List<T> items = new ArrayList<>();
    for (JsonNode item : body.path("items")) {
      items.add(mapper.apply(item, slice));
    }
    Optional<HttpUrl> next = answer.next().filter(SlicedSearch::withinCap);
    StringBuilder token = new StringBuilder();
    if (next.isPresent()) {
      token.append(next.get()).append(' ').append(range);
    } else if (!pending.isEmpty()) {
      token.append("- -");
    } else {
      return Page.of(items, null);
    }
    for (Range r : pending) {
      token.append(' ').append(r);
    }
    return Page.of(items, token.toString());
  }

  /** Returns whether a next-page URL stays within the first 1,000 results (GitHub refuses the rest). */
  static boolean withinCap(HttpUrl url) {
    String page = url.queryParameter("page");
    String perPage = url.queryParameter("per_page");
    try {
      long p = page == null ? 1 : Long.parseLong(page);
      long size = perPage == null ? 30 : Long.parseLong(perPage);
      return p * size <= CAP;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private String sliceQuery(Range range) {
    if (range.isWhole()) {
      return query;
    }
    String values = range.lo() == range.hi()
        ? dimension.format(range.lo())
        : dimension.format(range.lo()) + ".." + dimension.format(range.hi());
    return query + " " + dimension.qualifier + ":" + values;
  }

  private HttpUrl firstPage(Range range) {
    return endpoint
        .newBuilder()
        .addQueryParameter("q", sliceQuery(range))
        .addQueryParameter("per_page", Integer.toString(PER_PAGE))
        .build();
  }
}
