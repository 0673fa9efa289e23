package com.example.orders.application.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks a trail's chain from its anchor to its head and reports the first link that does not
 * hold: a link missing, an entry deleted, an entry whose content no longer matches its hash, a
 * head that does not end the chain (links cut off at the end), or an entry taken out of the queue
 * before it was chained. Entries still waiting for the sealer are counted, not judged.
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
    long pending = trail.pending(name);
    List<ChainedEvent> page = trail.chain(name, anchor.seq(), PAGE);
    while (!page.isEmpty()) {
      for (ChainedEvent entry : page) {
        Optional<String> broken = brokenLink(entry, expectedSeq, previousHash);
        if (broken.isPresent()) {
          return new Verification(name, checked, pending, Optional.of(
              new BrokenLink(entry.seq(), entry.event().map(AuditEvent::id), broken.get())));
        }
        checked++;
        expectedSeq = entry.seq() + 1;
        previousHash = entry.link().hash();
      }
      page = trail.chain(name, expectedSeq - 1, PAGE);
    }
    ChainAnchor head = trail.head(name);
    if (head.seq() != expectedSeq - 1 || !head.hash().equals(previousHash)) {
      return new Verification(name, checked, pending, Optional.of(new BrokenLink(expectedSeq,
          Optional.empty(), "the chain ends at " + (expectedSeq - 1) + " but its head is at "
              + head.seq() + ": links were removed from its end, or the head was rewritten")));
    }
    List<UUID> unchained = trail.unchained(name, 1);
    if (!unchained.isEmpty()) {
      return new Verification(name, checked, pending, Optional.of(new BrokenLink(expectedSeq,
          Optional.of(unchained.getFirst()), "an entry is neither chained nor waiting to be:"
              + " it was taken out of the sealer's queue")));
    }
    return new Verification(name, checked, pending, Optional.empty());
  }

  private static Optional<String> brokenLink(
      ChainedEvent entry, long expectedSeq, String previousHash) {
    ChainLink link = entry.link();
    if (link.seq() != expectedSeq) {
      return Optional.of("links " + expectedSeq + " to " + (link.seq() - 1) + " are missing");
    }
    if (!link.prevHash().equals(previousHash)) {
      return Optional.of("its link to entry " + (expectedSeq - 1) + " does not match that entry's"
          + " hash: one of them was rewritten");
    }
    if (entry.event().isEmpty()) {
      return Optional.of("the entry it chains was deleted");
    }
    String expected = AuditChain.link(link.prevHash(), link.seq(),
        AuditChain.content(entry.event().get()));
    if (!expected.equals(link.hash())) {
      return Optional.of("its content does not match its hash: it was changed after it was"
          + " written");
    }
    return Optional.empty();
  }

  /** The first link of a chain that does not hold. */
  public record BrokenLink(long seq, Optional<UUID> eventId, String reason) {}

  /**
   * What verifying one trail found.
   *
   * @param checked how many links held before the first broken one (or in all)
   * @param pending how many entries wait to be chained, unjudged
   */
  public record Verification(String trail, long checked, long pending,
      Optional<BrokenLink> broken) {

    public Verification {
      Objects.requireNonNull(trail, "trail");
      Objects.requireNonNull(broken, "broken");
    }

    public boolean intact() {
      return broken.isEmpty();
    }
  }
}
