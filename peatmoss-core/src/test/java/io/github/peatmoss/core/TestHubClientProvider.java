package io.github.peatmoss.core;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import java.util.List;
import java.util.Optional;

/** A third hub, registered through META-INF/services in the test resources, that serves two models. */
public final class TestHubClientProvider implements ModelHubClientProvider {
  static final ModelHub HUB =
      ModelHub.builder().name("ExampleHub").url("https://hub.example.test").build();

  @Override
  public String hubName() {
    return HUB.name();
  }

  @Override
  public ModelHubClient create(HubClientConfig config) {
    List<Model> models = List.of(
        Model.builder().id(ModelId.of("acme/one")).hub(HUB).downloads(10).build(),
        Model.builder().id(ModelId.of("acme/two")).hub(HUB).downloads(20).build());
    return new ModelHubClient() {
      @Override
      public ModelHub hub() {
        return HUB;
      }

      @Override
      public PagedIterable<Model> listModels() {
        return PagedIterable.of(token -> token.isEmpty()
            ? Page.of(models.subList(0, 1), "2")
            : Page.of(models.subList(1, 2), null));
      }

      @Override
      public Optional<Model> findModel(ModelId id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
      }

      @Override
      public Optional<String> findModelCard(ModelId id) {
        return findModel(id)
            .map(m -> "# " + m.id() + "\nendpoint="
                + config.endpoint().map(Object::toString).orElse("default"));
      }
    };
  }
}
