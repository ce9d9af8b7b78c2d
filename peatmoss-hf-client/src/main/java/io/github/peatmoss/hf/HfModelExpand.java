package io.github.peatmoss.hf;

/**
 * The model properties a listing or model-info request can {@code expand}; only the expanded ones (plus the
 * ids) come back. The Hub answers 400 to any other name.
 */
public enum HfModelExpand {
  AUTHOR("author"),
  BASE_MODELS("baseModels"),
  CARD_DATA("cardData"),
  CHILDREN_MODEL_COUNT("childrenModelCount"),
  CONFIG("config"),
  CREATED_AT("createdAt"),
  DISABLED("disabled"),
  DOWNLOADS("downloads"),
  DOWNLOADS_ALL_TIME("downloadsAllTime"),
  EVAL_RESULTS("evalResults"),
  GATED("gated"),
  GGUF("gguf"),
  INFERENCE("inference"),
  INFERENCE_PROVIDER_MAPPING("inferenceProviderMapping"),
  LAST_MODIFIED("lastModified"),
  LIBRARY_NAME("library_name"),
  LIKES("likes"),
  MASK_TOKEN("mask_token"),
  MODEL_INDEX("model-index"),
  PIPELINE_TAG("pipeline_tag"),
  PRIVATE("private"),
  RESOURCE_GROUP("resourceGroup"),
  SAFETENSORS("safetensors"),
  SHA("sha"),
  SIBLINGS("siblings"),
  SPACES("spaces"),
  TAGS("tags"),
  TRANSFORMERS_INFO("transformersInfo"),
  TRENDING_SCORE("trendingScore"),
  USED_STORAGE("usedStorage"),
  WIDGET_DATA("widgetData");

  private final String wireName;

  HfModelExpand(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the value of the {@code expand} query parameter. */
  public String wireName() {
    return wireName;
  }
}
