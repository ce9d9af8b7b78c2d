package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.internal.ServerSentEvents;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.internal.HttpTransport;
import io.github.peatmoss.http.internal.Json;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovery through Sourcegraph's streaming search API ({@code GET /.api/search/stream}, {@code
 * text/event-stream}), which searches all of public GitHub without GitHub's 1,000-result cap: one query per
 * signature, as PeaTMOSS ran them ({@code context:global select:file visibility:public count:all lang:Python
 * content:'import timm' AND create_model\(}). {@code matches} events yield candidates (file and content matches on
 * {@code github.com} repositories), {@code progress} and {@code alert} events are recorded, {@code done} ends the
 * search. A stream that drops before {@code done} is opened again and the matches already delivered are skipped
 * (the API has no cursor), up to {@link Builder#maxResumes(int)} times. Immutable and thread-safe.
 */
public final class SourcegraphDiscovery implements ReuseDiscovery {
  /** The public Sourcegraph instance. */
  public static final URI DEFAULT_ENDPOINT = URI.create("https://sourcegraph.com");

  private static final Logger log = LoggerFactory.getLogger(SourcegraphDiscovery.class);

  private final HttpTransport transport;
  private final SourcegraphToken token;
  private final int maxResumes;
  private final URI endpoint;

  private SourcegraphDiscovery(Builder b) {
    this.endpoint = b.endpoint != null ? b.endpoint : b.settings.endpointOr(DEFAULT_ENDPOINT);
    this.token = b.token;
    this.maxResumes = b.maxResumes;
    this.transport = HttpTransport.builder()
        .settings(b.settings)
        .baseUrl(HttpUrl.get(endpoint.toString()))
        .bucketOf(request -> "sourcegraph")
        .requestIdHeaders(List.of("X-Trace", "X-Request-Id"))
        .build();
  }

  /** Returns a discovery of the public instance with the token in {@code SRC_ACCESS_TOKEN}, if set. */
  public static SourcegraphDiscovery create() {
    Builder builder = builder();
    SourcegraphToken.fromEnvironment().ifPresent(builder::token);
    return builder.build();
  }

  /** Returns a builder for the public instance, without a token. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "sourcegraph";
  }

  /** Returns the endpoint searched. */
  public URI endpoint() {
    return endpoint;
  }

  /** Returns the query for {@code signature}, in the form PeaTMOSS used. */
  public static String query(ReuseSignature signature) {
    String call = signature.call().replace(".", "\\.");
    return "context:global select:file visibility:public count:all lang:" + signature.language()
        + " content:'import " + signature.library() + "' AND " + call + "\\(";
  }

  @Override
  public DiscoveryReport discover(ReuseSignature signature, Consumer<ReuseCandidate> sink) {
    Objects.requireNonNull(signature, "signature == null");
    Objects.requireNonNull(sink, "sink == null");
    HttpUrl url = transport
        .baseUrl()
        .newBuilder()
        .addPathSegments(".api/search/stream")
        .addQueryParameter("q", query(signature))
        .addQueryParameter("v", "V3")
        .addQueryParameter("t", "keyword")
        .addQueryParameter("display", "-1")
        .build();
    Request.Builder request = transport.newRequest(url).header("Accept", "text/event-stream");
    if (token != null) {
      request.header("Authorization", "token " + token.value());
    }
    Stream stream = new Stream(signature, sink);
    int resumes = 0;
    long requests = 0;
    while (true) {
      requests++;
      try {
        transport.execute(request.build(), response -> {
          ServerSentEvents.read(response.body().source(), stream::event);
          return null;
        });
      } catch (TransportException e) {
        log.debug("stream dropped [signature={}, error={}]", signature.name(), e.getMessage());
      }
      if (stream.done) {
        break;
      }
      if (resumes == maxResumes) {
        stream.alerts.add("the stream dropped " + (resumes + 1)
            + " times before it was done; results may be" + " missing");
        stream.incomplete = true;
        break;
      }
      resumes++;
    }
    return DiscoveryReport.builder()
        .signature(signature)
        .source(name())
        .requests(requests)
        .candidates(stream.seen.size())
        .resumes(resumes)
        .incomplete(stream.incomplete)
        .alerts(stream.alerts)
        .build();
  }

  /** The state of one signature's search, across resumed streams. */
  private final class Stream {
    final ReuseSignature signature;
    final Consumer<ReuseCandidate> sink;
    final Set<String> seen = new HashSet<>();
    final List<String> alerts = new ArrayList<>();
    boolean done;
    boolean incomplete;

    Stream(ReuseSignature signature, Consumer<ReuseCandidate> sink) {
      this.signature = signature;
      this.sink = sink;
    }

    void event(String name, String data) throws IOException {
      switch (name) {
        case "matches":
          for (JsonNode match : Json.mapper().readTree(data)) {
            candidate(match).ifPresent(c -> {
              if (seen.add(c.repository() + "\n" + c.path())) {
                sink.accept(c);
              }
            });
          }
          break;
        case "progress":
          for (JsonNode skipped : Json.mapper().readTree(data).path("skipped")) {
            String reason = skipped.path("reason").asText("");
            String text = "skipped (" + reason + "): "
                + skipped.path("title").asText(skipped.path("message").asText(""));
            if (!alerts.contains(text)) {
              alerts.add(text);
              // Limits and timeouts drop results; excluded forks and archives are the query's
              // choice.
              incomplete |= !reason.startsWith("excluded") && !reason.equals("repository-fork");
            }
          }
          break;
        case "alert":
          JsonNode alert = Json.mapper().readTree(data);
          alerts.add("alert: " + alert.path("title").asText("")
              + (alert.path("description").isTextual()
                  ? " (" + alert.path("description").asText() + ")"
                  : ""));
          break;
        case "error":
          throw new DecodeException("Sourcegraph search for " + signature.name() + " failed: "
              + Json.mapper().readTree(data).path("message").asText(data));
        case "done":
          done = true;
          break;
        default:
          break; // filters and other events carry nothing discovery needs
      }
    }

    Optional<ReuseCandidate> candidate(JsonNode match) {
      String type = match.path("type").asText("");
      if (!type.equals("content") && !type.equals("path") && !type.equals("symbol")) {
        return Optional.empty();
      }
      String repository = match.path("repository").asText("");
      String path = match.path("path").asText("");
      if (!repository.regionMatches(true, 0, "github.com/", 0, 11) || path.isEmpty()) {
        return Optional.empty();
      }
      RepoRef repo;
      try {
        repo = RepoRef.parse(repository);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      ReuseCandidate.Builder c = ReuseCandidate.builder()
          .repository(repo)
          .path(path)
          .signature(signature)
          .source(name());
      if (match.path("commit").isTextual()) {
        c.ref(match.path("commit").asText());
      }
      return Optional.of(c.build());
    }
  }

  @Override
  public String toString() {
    return "SourcegraphDiscovery[endpoint=" + endpoint + ", token="
        + (token == null ? "none" : "redacted") + "]";
  }

  /** Builds {@link SourcegraphDiscovery}s; not thread-safe. */
  public static final class Builder {
    private ClientSettings settings = ClientSettings.defaults();
    private URI endpoint;
    private SourcegraphToken token;
    private int maxResumes = 3;

    private Builder() {}

    /** Sets the shared client settings (their endpoint, if any, is the Sourcegraph instance). */
    public Builder settings(ClientSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings == null");
      return this;
    }

    /**
     * Sets the Sourcegraph instance; default {@code https://sourcegraph.com}.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URI
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint =
          ClientSettings.checkEndpoint(Objects.requireNonNull(endpoint, "endpoint == null"));
      return this;
    }

    /** Sets the access token (sent as {@code Authorization: token ...} to the endpoint only). */
    public Builder token(SourcegraphToken token) {
      this.token = Objects.requireNonNull(token, "token == null");
      return this;
    }

    /**
     * Sets how often a dropped stream is opened again; default 3.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxResumes(int maxResumes) {
      if (maxResumes < 0) {
        throw new IllegalArgumentException("maxResumes must be >= 0: " + maxResumes);
      }
      this.maxResumes = maxResumes;
      return this;
    }

    /** Builds the discovery. */
    public SourcegraphDiscovery build() {
      return new SourcegraphDiscovery(this);
    }
  }
}
