package io.github.peatmoss.pytorchhub;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps PyTorch Hub pages to PeaTMOSS values as the PeaTMOSS loader did: {@code context_id} is {@code
 * owner/repo[:ref]/entrypoint} as the load calls name it, {@code repo_url} is {@code github.com/<github-id>} without a
 * scheme, the author comes from the header, and tags are the header's tags plus category and accelerator.
 */
final class PeatmossMapping {
  private PeatmossMapping() {}

  static List<Model> toModels(PytorchHubEntry entry) {
    Map<ModelId, HubLoadCall> byId = new LinkedHashMap<>();
    for (HubLoadCall call : entry.loadCalls()) {
      byId.putIfAbsent(call.modelId(), call);
    }
    Set<String> tags = new LinkedHashSet<>(entry.tags());
    entry.category().ifPresent(tags::add);
    entry.accelerator().ifPresent(tags::add);
    List<Model> models = new ArrayList<>();
    for (HubLoadCall call : byId.values()) {
      String repo = entry.githubId().orElse(call.repository()).fullName();
      Model.Builder model = Model.builder()
          .id(call.modelId())
          .hub(ModelHub.PYTORCH_HUB)
          .repoUrl("github.com/" + repo)
          .tags(tags)
          .addLibrary("pytorch");
      entry.author().ifPresent(model::addAuthor);
      models.add(model.build());
    }
    return models;
  }
}
