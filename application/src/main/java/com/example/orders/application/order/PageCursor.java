package com.example.orders.application.order;

import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.shared.InvalidValueException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the next page of a listing starts: after the last order of the previous page. Clients see
 * it only as an opaque string ({@link #encode()}), so its content may change without notice.
 */
public record PageCursor(OrderId after) {

  private static final byte FORMAT_VERSION = 1;

  public PageCursor {
    Objects.requireNonNull(after, "after");
  }

  public String encode() {
    ByteBuffer bytes = ByteBuffer.allocate(17)
        .put(FORMAT_VERSION)
        .putLong(after.value().getMostSignificantBits())
        .putLong(after.value().getLeastSignificantBits());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** Reads a cursor made by {@link #encode()}; anything else is {@code page.cursor-invalid}. */
  public static PageCursor decode(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException malformed) {
      bytes = new byte[0];
    }
    if (bytes.length != 17 || bytes[0] != FORMAT_VERSION) {
      throw new InvalidValueException("page.cursor-invalid", "the cursor is not one this API issued");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, 16);
    return new PageCursor(new OrderId(new UUID(buffer.getLong(), buffer.getLong())));
  }
}
