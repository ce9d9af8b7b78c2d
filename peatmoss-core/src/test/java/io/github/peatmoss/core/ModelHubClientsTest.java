package io.github.peatmoss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ModelHubClientsTest {

  @Test
  void create_findsAThirdHubRegisteredWithServiceLoader() {
    ModelHubClient client = ModelHubClients.create(
        "examplehub",
        HubClientConfig.builder().endpoint(URI.create("http://127.0.0.1:1")).build());
    assertThat(client.hub().name()).isEqualTo("ExampleHub");
    assertThat(client.listModels())
        .extracting(Model::id)
        .containsExactly(ModelId.of("acme/one"), ModelId.of("acme/two"));
    assertThat(client.findModelCard(ModelId.of("acme/two")))
        .hasValueSatisfying(card -> assertThat(card).contains("endpoint=http://127.0.0.1:1"));
    assertThat(ModelHubClients.availableHubs()).contains("ExampleHub");
  }

  @Test
  void create_unknownHub_saysWhatIsAvailableAndWhatToAdd() {
    assertThatThrownBy(() -> ModelHubClients.create("Nowhere", HubClientConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no model hub client for 'Nowhere'")
        .hasMessageContaining("ExampleHub")
        .hasMessageContaining("Add the hub's client module");
  }

  @Test
  void hubClientConfig_toStringRedactsTheToken() {
    HubClientConfig config = HubClientConfig.builder().token("hf_secret_value").build();
    assertThat(config.toString()).doesNotContain("hf_secret_value");
    assertThat(config.token()).contains("hf_secret_value");
  }
}
