package io.github.peatmoss.core;

import io.github.peatmoss.core.exception.DecodeException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, re-iterable listing. No request is sent until iteration starts, and each page is fetched only when
 * the previous one is used up, so {@code stream().limit(n)} stops fetching early. Every {@link #iterator()}
 * starts again from the first page. The iterable is immutable and may be shared; each iterator is for one
 * thread. Errors while fetching surface as unchecked {@code PeatmossException}s from {@code hasNext()} and
 * {@code next()}; a next page that this iteration already read (a cycle of pages) is a {@link DecodeException}
 * naming it.
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final PageFetcher<T> fetcher;

  private PagedIterable(PageFetcher<T> fetcher) {
    this.fetcher = fetcher;
  }

  /** Returns a listing whose pages come from {@code fetcher}. */
  public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
    return new PagedIterable<>(Objects.requireNonNull(fetcher, "fetcher == null"));
  }

  /** Returns an empty listing. */
  public static <T> PagedIterable<T> empty() {
    return of(token -> Page.of(Collections.emptyList(), null));
  }

  /** Iterates over the items of every page from the first. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = byPage().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Returns a sequential stream over every item; pages are fetched as the stream is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** Returns the pages from the first, fetched as they are iterated. */
  public Iterable<Page<T>> byPage() {
    return () -> new PageIterator<>(fetcher, Optional.empty());
  }

  /**
   * Returns the pages from the one {@code continuationToken} names, for resuming a listing from a stored
   * token.
   */
  public Iterable<Page<T>> byPage(String continuationToken) {
    Objects.requireNonNull(continuationToken, "continuationToken == null");
    return () -> new PageIterator<>(fetcher, Optional.of(continuationToken));
  }

  /** Returns a listing whose items are {@code mapper} applied to these items, page by page. */
  public <R> PagedIterable<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper == null");
    return of(token -> {
      Page<T> page = fetcher.fetch(token);
      return Page.of(
          page.items().stream().map(mapper).collect(Collectors.<R>toList()),
          page.continuationToken().orElse(null));
    });
  }

  /**
   * Returns a listing whose every page is {@code mapper} applied to this listing's page, with the same
   * continuation tokens: for work done a page at a time (one bulk request per page, one item to many).
   */
  public <R> PagedIterable<R> mapPages(Function<? super List<T>, ? extends List<R>> mapper) {
    Objects.requireNonNull(mapper, "mapper == null");
    return of(token -> {
      Page<T> page = fetcher.fetch(token);
      return Page.of(
          List.copyOf(mapper.apply(page.items())), page.continuationToken().orElse(null));
    });
  }

  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final PageFetcher<T> fetcher;
    private final Set<String> seen = new HashSet<>();
    private Optional<String> nextToken;
    private boolean started;

    PageIterator(PageFetcher<T> fetcher, Optional<String> firstToken) {
      this.fetcher = fetcher;
      this.nextToken = firstToken;
    }

    @Override
    public boolean hasNext() {
      return !started || nextToken.isPresent();
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Optional<String> requested = nextToken;
      started = true;
      requested.ifPresent(seen::add);
      Page<T> page = fetcher.fetch(requested);
      Optional<String> following = page.continuationToken();
      if (following.isPresent() && seen.contains(following.get())) {
        // A server whose pages link back to one already read (A -> A, or A -> B -> A) would loop
        // forever.
        throw new DecodeException(
            "the listing's next page is one it already returned (a cycle of pages), "
                + "so it was stopped: " + following.get());
      }
      nextToken = following;
      return page;
    }
  }
}
