package com.example.orders.application.audit;

import com.example.orders.domain.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The rules of the hash chain, shared by every store and by the verifier: the canonical content of
 * an entry and how an entry links to the one before it.
 *
 * <p>{@code hash = sha256(prevHash || utf8(seq + "\n" + content))}, where {@code content} lists
 * every field of the entry, each as {@code <length>:<value>\n} ({@code ~\n} for none), so that no
 * two different entries share a content. PostgreSQL computes the same in the insert itself
 * ({@code sha256(prev_hash || convert_to(seq || chr(10) || content, 'UTF8'))}), which keeps an
 * append to one statement.
 */
public final class AuditChain {

  /** The hash before a tenant's first entry: 32 zero bytes, in hex. */
  public static final String GENESIS = "0".repeat(64);

  /** The trail of entries of no known tenant; no tenant id can be {@value}. */
  public static final String NO_TENANT = "-";

  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /** The key of the tenant's trail, {@link #NO_TENANT} for none. */
  public static String trail(Optional<TenantId> tenant) {
    return tenant.map(TenantId::value).orElse(NO_TENANT);
  }

  /** The tenant of a trail key. */
  public static Optional<TenantId> tenantOf(String trail) {
    return trail.equals(NO_TENANT) ? Optional.empty() : Optional.of(new TenantId(trail));
  }

  /** Every field of {@code event}, unambiguously, in a fixed order. */
  public static String content(AuditEvent event) {
    StringBuilder content = new StringBuilder(256);
    field(content, event.id().toString());
    field(content, trail(event.tenant()));
    field(content, event.occurredAt().toString());
    field(content, event.actor().subject());
    field(content, event.actor().clientIp().orElse(null));
    field(content, event.actor().requestId().orElse(null));
    field(content, event.action());
    field(content, event.resourceType());
    field(content, event.resourceId());
    field(content, event.outcome().code());
    field(content, Integer.toString(event.changes().size()));
    for (FieldChange change : event.changes()) {
      field(content, change.field());
      field(content, change.before().orElse(null));
      field(content, change.after().orElse(null));
      field(content, change.withheld() ? "withheld" : "shown");
    }
    return content.toString();
  }

  /** The hash of the entry at {@code seq} with this content, after {@code prevHash} (hex). */
  public static String link(String prevHash, long seq, String content) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(HEX.parseHex(prevHash));
      sha256.update((seq + "\n" + content).getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  private static void field(StringBuilder content, String value) {
    if (value == null) {
      content.append("~\n");
    } else {
      content.append(value.length()).append(':').append(value).append('\n');
    }
  }
}
