package com.example.orders.application.job;

import java.util.Objects;

/**
 * What a succeeded job produced.
 *
 * @param mediaType e.g. {@code application/jsonl}
 * @param content the bytes to download
 */
public record JobResult(String mediaType, byte[] content) {

  public JobResult {
    Objects.requireNonNull(mediaType, "mediaType");
    content = Objects.requireNonNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
