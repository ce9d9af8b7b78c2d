package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A crawl stopped half way resumes from its stored checkpoint: no listing page twice, no model lost. */
class CrawlResumeTest {
  private static final int MODELS = 1_000;
  private static final int PAGE_SIZE = 50;

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private HfClient newProcess() {
    // Each "process" builds its own client; only the checkpoint string survives between them.
    return HfClient.builder().endpoint(server.url("/").uri()).build();
  }

  @Test
  void crawlStoppedHalfWay_resumesFromCheckpoint_withoutRefetchingOrLosingAnything() {
    FakeHub hub = new FakeHub(MODELS, PAGE_SIZE);
    server.setDispatcher(hub);
    ListModelsOptions options =
        ListModelsOptions.peatmoss().toBuilder().limit(PAGE_SIZE).build();
    List<String> seen = new ArrayList<>();

    // First run: stops (as if killed) after 10 of 20 pages, having stored each page's token after
    // using it.
    Optional<String> checkpoint = Optional.empty();
    int pages = 0;
    for (Page<HfModelInfo> page : newProcess().listModels(options).byPage()) {
      page.items().forEach(m -> seen.add(m.id().value()));
      checkpoint = page.continuationToken();
      if (++pages == 10) {
        break;
      }
    }
    assertThat(seen).hasSize(MODELS / 2);
    assertThat(checkpoint).isPresent();
    int requestsBeforeRestart = hub.requests().size();
    assertThat(requestsBeforeRestart).isEqualTo(10);

    // Second run, new client: resumes from the stored checkpoint until the listing ends.
    for (Page<HfModelInfo> page : newProcess().listModels(options).byPage(checkpoint.get())) {
      page.items().forEach(m -> seen.add(m.id().value()));
      checkpoint = page.continuationToken();
    }
    assertThat(checkpoint).isEmpty();

    List<String> requests = hub.requests();
    assertThat(requests).hasSize(MODELS / PAGE_SIZE);
    assertThat(new HashSet<>(requests))
        .as("no listing page fetched twice")
        .hasSize(requests.size());
    Set<String> expected =
        IntStream.range(0, MODELS).mapToObj(FakeHub::modelId).collect(Collectors.toSet());
    assertThat(seen)
        .as("no model lost, none twice")
        .hasSize(MODELS)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void crawlInterruptedByAFailure_resumesFromTheLastGoodPage() {
    FakeHub hub = new FakeHub(200, 20);
    List<String> failedOnce = new ArrayList<>();
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
        if (hub.requests().size() == 4 && failedOnce.isEmpty()) {
          failedOnce.add(request.getTarget());
          return new mockwebserver3.MockResponse.Builder()
              .code(404)
              .build(); // not retried: the crawl dies here
        }
        return hub.dispatch(request);
      }
    });
    ListModelsOptions options = ListModelsOptions.builder().limit(20).build();
    List<String> seen = new ArrayList<>();
    Optional<String> checkpoint = Optional.empty();
    try {
      for (Page<HfModelInfo> page : newProcess().listModels(options).byPage()) {
        page.items().forEach(m -> seen.add(m.id().value()));
        checkpoint = page.continuationToken();
      }
    } catch (io.github.peatmoss.core.exception.ResourceNotFoundException e) {
      // the crawl stops; the checkpoint holds the last page fully used
    }
    assertThat(seen).hasSize(80);
    for (Page<HfModelInfo> page :
        newProcess().listModels(options).byPage(checkpoint.orElseThrow())) {
      page.items().forEach(m -> seen.add(m.id().value()));
    }
    assertThat(seen).hasSize(200).doesNotHaveDuplicates();
    List<String> served = hub.requests();
    assertThat(new HashSet<>(served))
        .as("each page served once")
        .hasSize(served.size())
        .hasSize(10);
    assertThat(failedOnce).singleElement().isIn(served);
  }
}
