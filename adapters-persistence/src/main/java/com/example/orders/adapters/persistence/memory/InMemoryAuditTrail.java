package com.example.orders.adapters.persistence.memory;

import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEntry;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditQuery;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.ChainAnchor;
import com.example.orders.application.audit.ChainLink;
import com.example.orders.application.audit.ChainedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The {@link AuditTrail} port in memory. An entry is stored and chained when its transaction
 * commits, under the store's commit lock: transactions here commit one at a time, so each trail's
 * entries take their places in commit order, and {@link #seal} never has anything to do.
 */
public final class InMemoryAuditTrail implements AuditTrail {

  private final InMemoryStore store;
  // guarded by this
  private final Map<String, List<AuditEntry>> trails = new TreeMap<>();
  private final Map<String, ChainAnchor> anchors = new HashMap<>();
  private long positions;

  public InMemoryAuditTrail(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void append(AuditEvent event) {
    store.onCommit(() -> chain(event));
  }

  @Override
  public int seal(int limit) {
    return 0;
  }

  @Override
  public synchronized List<AuditEntry> find(AuditQuery query) {
    Predicate<AuditEntry> matches = entry -> {
      AuditEvent event = entry.event();
      return query.subject().map(event.actor().subject()::equals).orElse(true)
          && query.action().map(event.action()::equals).orElse(true)
          && query.resourceType().map(event.resourceType()::equals).orElse(true)
          && query.resourceId().map(event.resourceId()::equals).orElse(true)
          && query.from().map(from -> !event.occurredAt().isBefore(from)).orElse(true)
          && query.to().map(to -> event.occurredAt().isBefore(to)).orElse(true)
          && query.before().map(before -> entry.position() < before).orElse(true);
    };
    return entries(query.trail()).reversed().stream()
        .filter(matches)
        .limit(query.limit())
        .toList();
  }

  @Override
  public synchronized List<ChainedEvent> chain(String trail, long afterSeq, int limit) {
    return entries(trail).stream()
        .filter(entry -> entry.link().orElseThrow().seq() > afterSeq)
        .limit(limit)
        .map(entry -> new ChainedEvent(entry.link().orElseThrow(), Optional.of(entry.event())))
        .toList();
  }

  @Override
  public synchronized ChainAnchor anchor(String trail) {
    return anchors.getOrDefault(trail, ChainAnchor.ORIGIN);
  }

  @Override
  public synchronized ChainAnchor head(String trail) {
    List<AuditEntry> entries = entries(trail);
    if (entries.isEmpty()) {
      return anchor(trail);
    }
    ChainLink last = entries.getLast().link().orElseThrow();
    return new ChainAnchor(last.seq(), last.hash());
  }

  @Override
  public long pending(String trail) {
    return 0;
  }

  @Override
  public List<UUID> unchained(String trail, int limit) {
    return List.of();
  }

  @Override
  public synchronized List<String> trails() {
    return List.copyOf(trails.keySet());
  }

  @Override
  public synchronized long purgeBefore(Instant cutoff) {
    long purged = 0;
    for (Map.Entry<String, List<AuditEntry>> trail : trails.entrySet()) {
      List<AuditEntry> entries = trail.getValue();
      ChainLink lastPurged = null;
      // the newest entry stays, so that the head can still be checked
      while (entries.size() > 1 && entries.getFirst().event().occurredAt().isBefore(cutoff)) {
        lastPurged = entries.removeFirst().link().orElseThrow();
        purged++;
      }
      if (lastPurged != null) {
        anchors.put(trail.getKey(), new ChainAnchor(lastPurged.seq(), lastPurged.hash()));
      }
    }
    return purged;
  }

  private synchronized void chain(AuditEvent event) {
    String trail = AuditChain.trail(event.tenant());
    ChainAnchor head = head(trail);
    long seq = head.seq() + 1;
    String hash = AuditChain.link(head.hash(), seq, AuditChain.content(event));
    trails.computeIfAbsent(trail, name -> new ArrayList<>()).add(new AuditEntry(++positions, event,
        Optional.of(new ChainLink(seq, event.id(), head.hash(), hash))));
  }

  private List<AuditEntry> entries(String trail) {
    return trails.getOrDefault(trail, List.of());
  }
}
