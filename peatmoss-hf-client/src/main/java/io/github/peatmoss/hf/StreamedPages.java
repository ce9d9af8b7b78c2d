package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PageFetcher;
import io.github.peatmoss.http.internal.HttpTransport;
import io.github.peatmoss.http.internal.JsonArrayCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The pages of a {@code Link}-paginated Hub listing, read as a stream: each answer is parsed an item at a time
 * and handed out in pages of at most {@link #MAX_ITEMS}, so an answer of any size takes the memory of one such
 * page and a reader that stops early stops the download. Pages the Hub sends (at most 1000 items) are handed out
 * whole, with the next page's URL as token; a larger answer is split, and its inner tokens are the answer's URL
 * with the fragment {@code #peatmoss-skip=N} (never sent), which resume by reading the answer again past its
 * first N items. While a split answer is being read, its connection stays open for the next piece; it is closed
 * when that piece is taken, another is asked for, or the client is closed. Thread-safe.
 */
final class StreamedPages<T> implements PageFetcher<T> {
  /** The most items one page holds: the Hub's own largest page. */
  static final int MAX_ITEMS = 1000;

  private static final String SKIP = "peatmoss-skip=";

  private final HttpTransport transport;
  private final HttpUrl first;
  private final Function<JsonNode, T> mapper;
  private final int maxItems;
  private final Set<StreamedPages<?>> openListings;
  private Open open; // guarded by this

  /** An answer read part-way: the token of its next piece, the cursor and the item read ahead. */
  private record Open(String token, JsonArrayCursor cursor, JsonNode pending) {}

  /**
   * Creates the pages of the listing that starts at {@code first}.
   *
   * @param openListings where this listing registers while it holds a connection open, for the client to close
   */
  StreamedPages(
      HttpTransport transport,
      HttpUrl first,
      Function<JsonNode, T> mapper,
      int maxItems,
      Set<StreamedPages<?>> openListings) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be >= 1: " + maxItems);
    }
    this.transport = transport;
    this.first = first;
    this.mapper = mapper;
    this.maxItems = maxItems;
    this.openListings = openListings;
  }

  @Override
  public Page<T> fetch(Optional<String> token) {
    Open resumed = take(token);
    JsonArrayCursor cursor;
    String pageUrl;
    long offset;
    List<T> items = new ArrayList<>();
    if (resumed != null) {
      cursor = resumed.cursor();
      pageUrl = withoutFragment(resumed.token());
      offset = skipOf(resumed.token());
      items.add(mapper.apply(resumed.pending()));
    } else {
      String t = token.orElse(null);
      HttpUrl url = t == null ? first : transport.continuation(withoutFragment(t), first);
      offset = t == null ? 0 : skipOf(t);
      cursor = transport.openJsonArray(url, offset);
      pageUrl = url.toString();
    }
    try {
      while (items.size() < maxItems) {
        Optional<JsonNode> item = cursor.nextItem();
        if (item.isEmpty()) {
          return Page.of(items, next(cursor));
        }
        items.add(mapper.apply(item.get()));
      }
      Optional<JsonNode> ahead = cursor.nextItem();
      if (ahead.isEmpty()) {
        return Page.of(items, next(cursor));
      }
      String inner = pageUrl + "#" + SKIP + (offset + maxItems);
      keep(new Open(inner, cursor, ahead.get()));
      return Page.of(items, inner);
    } catch (RuntimeException e) {
      cursor.close();
      throw e;
    }
  }

  /** Closes the connection held open for a next piece, if any. */
  void close() {
    Open o = swap(null);
    if (o != null) {
      o.cursor().close();
    }
  }

  private String next(JsonArrayCursor cursor) {
    return cursor
        .next()
        .map(n -> transport.continuation(n.toString(), first).toString())
        .orElse(null);
  }

  /** Takes the open answer if {@code token} names its next piece; closes it otherwise. */
  private Open take(Optional<String> token) {
    Open o = swap(null);
    if (o == null) {
      return null;
    }
    if (token.isPresent() && token.get().equals(o.token())) {
      return o;
    }
    o.cursor().close();
    return null;
  }

  private void keep(Open o) {
    Open previous = swap(o);
    if (previous != null) {
      previous.cursor().close();
    }
  }

  /** Puts {@code o} (or nothing) in the slot, registered with the client while it holds one; returns the old. */
  private synchronized Open swap(Open o) {
    Open previous = open;
    open = o;
    if (o == null) {
      openListings.remove(this);
    } else {
      openListings.add(this);
    }
    return previous;
  }

  private static String withoutFragment(String token) {
    int hash = token.indexOf('#');
    return hash < 0 ? token : token.substring(0, hash);
  }

  /** Returns the items of the answer a token skips: N of {@code #peatmoss-skip=N}, else 0. */
  static long skipOf(String token) {
    int hash = token.indexOf('#');
    if (hash < 0) {
      return 0;
    }
    String fragment = token.substring(hash + 1);
    if (!fragment.startsWith(SKIP)) {
      return 0;
    }
    try {
      long skip = Long.parseLong(fragment.substring(SKIP.length()));
      if (skip >= 0) {
        return skip;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("continuation token has a bad " + SKIP + " part: " + token);
  }
}
