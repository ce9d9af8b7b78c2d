package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link KnownModels} over a collection held in memory. */
final class KnownModelSet implements KnownModels {
  private final Map<String, ModelId> byLowerCase = new HashMap<>();
  /** Names of ids in the organisations legacy models moved to; a name in two of them maps to null (ambiguous). */
  private final Map<String, ModelId> legacyOrgByName = new HashMap<>();
  /** PyTorch Hub ids without their git ref. */
  private final Map<String, ModelId> pytorchWithoutRef = new HashMap<>();

  KnownModelSet(Collection<ModelId> ids) {
    for (ModelId id : ids) {
      byLowerCase.put(id.value().toLowerCase(Locale.ROOT), id);
      if (id.form() == ModelId.Form.HUGGING_FACE
          && LegacyIds.ORGANISATIONS.contains(id.namespace().orElse(""))) {
        String name = id.name().toLowerCase(Locale.ROOT);
        legacyOrgByName.merge(name, id, (a, b) -> a.equals(b) ? a : null);
      }
      if (id.form() == ModelId.Form.PYTORCH_HUB) {
        pytorchWithoutRef.put(withoutRef(id), id);
      }
    }
  }

  @Override
  public Optional<ModelId> resolve(ModelId candidate) {
    ModelId exact = byLowerCase.get(candidate.value().toLowerCase(Locale.ROOT));
    if (exact != null) {
      return Optional.of(exact);
    }
    switch (candidate.form()) {
      case LEGACY: {
        Optional<ModelId> current = LegacyIds.currentName(candidate)
            .map(c -> byLowerCase.get(c.value().toLowerCase(Locale.ROOT)));
        if (current.isPresent()) {
          return current;
        }
        return Optional.ofNullable(legacyOrgByName.get(candidate.value().toLowerCase(Locale.ROOT)));
      }
      case PYTORCH_HUB:
        // The set knows the entrypoint (perhaps at another ref): keep the ref the call named.
        return pytorchWithoutRef.containsKey(withoutRef(candidate))
            ? Optional.of(candidate)
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static String withoutRef(ModelId id) {
    return id.value().replaceFirst(":[^/]*/", "/").toLowerCase(Locale.ROOT);
  }
}
