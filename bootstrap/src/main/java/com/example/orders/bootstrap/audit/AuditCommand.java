package com.example.orders.bootstrap.audit;

import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.ChainVerifier;
import com.example.orders.application.audit.ChainVerifier.Verification;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code audit verify [--tenant X]}: chains what waits for the sealer, then walks each trail's
 * hash chain (one tenant's, or every trail there is) and prints one JSON line per
 * trail: how many links verified, how many entries still wait, and the first broken link when
 * there is one. Succeeds only when every chain is intact.
 */
public final class AuditCommand {

  public static final String USAGE = """
        audit verify [--tenant <tenant id>|-]
                  chain the audit entries still waiting, then check the hash chains (needs
                  DATABASE_URL): one JSON line per trail with the first broken link; exits 1
                  when any chain is broken""";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SEAL_BATCH = 1_000;

  private final AuditTrail trail;
  private final PrintStream out;

  public AuditCommand(AuditTrail trail, PrintStream out) {
    this.trail = trail;
    this.out = out;
  }

  /**
   * Runs the sub-command {@code args} (after {@code audit}).
   *
   * @return whether every verified chain is intact
   * @throws IllegalArgumentException with a message for the user when the arguments are wrong
   */
  public boolean run(List<String> args) {
    if (args.isEmpty() || !args.getFirst().equals("verify")) {
      throw new IllegalArgumentException("expected: " + USAGE.strip());
    }
    // what committed but waits for a sealer is chained first, as any instance would
    while (trail.seal(SEAL_BATCH) > 0) {
      // until nothing waits
    }
    ChainVerifier verifier = new ChainVerifier(trail);
    List<Verification> verifications = switch (args.size()) {
      case 1 -> verifier.verifyAll();
      case 3 -> {
        if (!args.get(1).equals("--tenant")) {
          throw new IllegalArgumentException("unknown option '" + args.get(1) + "': --tenant");
        }
        yield List.of(verifier.verify(args.get(2)));
      }
      default -> throw new IllegalArgumentException("expected: " + USAGE.strip());
    };
    verifications.forEach(verification -> out.println(line(verification)));
    if (verifications.isEmpty()) {
      out.println("{\"trails\":0}");
    }
    return verifications.stream().allMatch(Verification::intact);
  }

  private static String line(Verification verification) {
    ObjectNode line = JSON.createObjectNode()
        .put("trail", verification.trail())
        .put("intact", verification.intact())
        .put("checked", verification.checked())
        .put("pending", verification.pending());
    verification.broken().ifPresent(broken -> {
      line.put("brokenAt", broken.seq());
      broken.eventId().ifPresent(id -> line.put("eventId", id.toString()));
      line.put("reason", broken.reason());
    });
    return line.toString();
  }
}
