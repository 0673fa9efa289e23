package com.example.orders.application.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks a trail's chain from its anchor to its head and reports the first link that does not hold:
 * an entry missing, an entry whose content no longer matches its hash, or a head that does not end
 * the chain (entries cut off at the end).
 */
public final class ChainVerifier {

  private static final int PAGE = 500;

  private final AuditTrail trail;

  public ChainVerifier(AuditTrail trail) {
    this.trail = trail;
  }

  /** Verifies every trail there is. */
  public List<Verification> verifyAll() {
    return trail.trails().stream().map(this::verify).toList();
  }

  public Verification verify(String name) {
    ChainAnchor anchor = trail.anchor(name);
    long expectedSeq = anchor.seq() + 1;
    String previousHash = anchor.hash();
    long checked = 0;
    List<ChainedEvent> page = trail.chain(name, anchor.seq(), PAGE);
    while (!page.isEmpty()) {
      for (ChainedEvent entry : page) {
        Optional<String> broken = brokenLink(entry, expectedSeq, previousHash);
        if (broken.isPresent()) {
          return Verification.broken(name, checked,
              new BrokenLink(entry.seq(), Optional.of(entry.event().id()), broken.get()));
        }
        checked++;
        expectedSeq = entry.seq() + 1;
        previousHash = entry.hash();
      }
      page = trail.chain(name, expectedSeq - 1, PAGE);
    }
    ChainAnchor head = trail.head(name);
    if (head.seq() != expectedSeq - 1 || !head.hash().equals(previousHash)) {
      return Verification.broken(name, checked, new BrokenLink(expectedSeq, Optional.empty(),
          "the chain ends at " + (expectedSeq - 1) + " but its head is at " + head.seq()
              + ": entries were removed from its end, or the head was rewritten"));
    }
    return Verification.intact(name, checked);
  }

  private static Optional<String> brokenLink(
      ChainedEvent entry, long expectedSeq, String previousHash) {
    if (entry.seq() != expectedSeq) {
      return Optional.of("entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing");
    }
    if (!entry.prevHash().equals(previousHash)) {
      return Optional.of("its link to entry " + (expectedSeq - 1) + " does not match that entry's"
          + " hash: one of them was rewritten");
    }
    String expected = AuditChain.link(entry.prevHash(), entry.seq(),
        AuditChain.content(entry.event()));
    if (!expected.equals(entry.hash())) {
      return Optional.of("its content does not match its hash: it was changed after it was"
          + " written");
    }
    return Optional.empty();
  }

  /** The first link of a chain that does not hold. */
  public record BrokenLink(long seq, Optional<UUID> eventId, String reason) {}

  /** What verifying one trail found. */
  public record Verification(String trail, long checked, Optional<BrokenLink> broken) {

    public Verification {
      Objects.requireNonNull(trail, "trail");
      Objects.requireNonNull(broken, "broken");
    }

    static Verification intact(String trail, long checked) {
      return new Verification(trail, checked, Optional.empty());
    }

    static Verification broken(String trail, long checked, BrokenLink link) {
      return new Verification(trail, checked, Optional.of(link));
    }

    public boolean intact() {
      return broken.isEmpty();
    }
  }
}
