package com.example.orders.adapters.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Builds the one {@link ObjectMapper} of the API: strict on input, so that a body the OpenAPI
 * document would reject is rejected here too, and predictable on output.
 */
public final class JsonMapping {

  /**
   * Far above anything a valid body holds (an order nests four levels deep, its longest text is
   * 500 characters, its largest number 14 digits), and far below Jackson's defaults (1,000 levels,
   * 20 MB strings, 1,000-digit numbers), so a hostile body is refused after a few bytes of work
   * instead of after many. A body over them is malformed JSON: {@code 400}.
   */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(32)
          .maxStringLength(65_536)
          .maxNumberLength(64)
          .maxNameLength(256)
          .build();

  private JsonMapping() {}

  /**
   * A mapper that rejects unknown properties, duplicate keys, trailing content and every implicit
   * coercion ({@code "5"} for a number, {@code 5} for a string, {@code 1.5} for an integer), and
   * writes times as ISO-8601 strings.
   */
  public static ObjectMapper strict() {
    JsonMapper mapper =
        JsonMapper.builder(sharedBuffers())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    // ALLOW_COERCION_OF_SCALARS covers numbers and booleans; strings need their own rule
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /**
   * A factory whose read and write buffers come from one pool shared by all threads. Jackson's
   * default keeps them per thread, which recycles nothing when every request runs on a new
   * virtual thread: each request allocated its buffers afresh.
   */
  public static JsonFactory sharedBuffers() {
    return JsonFactory.builder()
        .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
        .streamReadConstraints(LIMITS)
        .build();
  }
}
