package io.github.peatmoss.http.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.peatmoss.core.exception.DecodeException;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One page of a {@code Link}-paginated JSON array, read an item at a time as the body arrives, so a page of any
 * size takes the memory of one item and a reader that stops early stops the download. The next page's URL and
 * the headers are known before the first item. A body cut off mid-way is requested again (as {@link
 * HttpTransport#execute} retries) and read on from the item it broke at. Not thread-safe; close it when done
 * (it closes itself at the end of the array or on an error).
 */
public final class JsonArrayCursor implements Closeable {
  /** Reads one item; the array's next items follow it, so they are no trailing garbage. */
  private static final ObjectReader ITEM = Json.mapper()
      .readerFor(JsonNode.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final HttpTransport transport;
  private final Request request;
  private final String what;
  private final HttpUrl url;
  private final Optional<HttpUrl> next;
  private final Headers headers;
  private Response response;
  private JsonParser parser;
  private long position;
  private int attempt;
  private boolean done;

  JsonArrayCursor(HttpTransport transport, Request request, long skip) {
    this.transport = transport;
    this.request = request;
    this.what = request.method() + " " + request.url().encodedPath();
    this.response = transport.open(request, what);
    this.url = response.request().url();
    this.next = LinkHeader.next(response.headers(), url);
    this.headers = response.headers();
    this.position = skip;
    start(skip);
  }

  /** Returns the URL that answered (after redirects). */
  public HttpUrl url() {
    return url;
  }

  /** Returns the next page, absent on the last. */
  public Optional<HttpUrl> next() {
    return next;
  }

  /** Returns the response headers. */
  public Headers headers() {
    return headers;
  }

  /** Returns how many items of the page come before the next one {@link #nextItem()} returns. */
  public long position() {
    return position;
  }

  /**
   * Returns the next item, or empty at the end of the array.
   *
   * @throws DecodeException when the body is not a JSON array
   * @throws io.github.peatmoss.http.TruncatedBodyException when the body is cut off on every attempt
   * @throws io.github.peatmoss.core.exception.TransportException when the page cannot be read again
   */
  public Optional<JsonNode> nextItem() {
    while (!done) {
      try {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          close();
          return Optional.empty();
        }
        JsonNode item = ITEM.readValue(parser);
        position++;
        return Optional.of(item);
      } catch (IOException e) {
        recover(e);
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }
    return Optional.empty();
  }

  /** Sends the request again after a cut and reads on to the current position; other failures are mapped. */
  private void recover(IOException e) {
    close();
    BodyCut cut = BodyCut.of(e);
    if (cut == null) {
      throw transport.failure(what, e);
    }
    transport.afterCut(request, what, cut, attempt++);
    response = transport.open(request, what);
    done = false;
    start(position);
  }

  /** Opens the parser on the response, checks the array starts, skips {@code skip} items. */
  private void start(long skip) {
    try {
      parser = Json.mapper().createParser(BodyCut.track(response).body().byteStream());
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new DecodeException(what + ": expected a JSON array, got "
            + (first == null
                ? "an empty body"
                : first.asString() == null ? first : first.asString())
            + "; check the endpoint " + transport.baseUrl());
      }
      for (long i = 0; i < skip; i++) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          throw new DecodeException(what + ": the page has fewer than " + skip
              + " items now; the listing changed, start it again");
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      recover(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Releases the connection; idempotent. */
  @Override
  public void close() {
    done = true;
    if (response != null) {
      response.close();
    }
  }
}
