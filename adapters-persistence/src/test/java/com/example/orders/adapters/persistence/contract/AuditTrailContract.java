package com.example.orders.adapters.persistence.contract;

import static com.example.orders.adapters.persistence.contract.UseCases.line;
import static com.example.orders.adapters.persistence.contract.UseCases.newTenant;
import static com.example.orders.adapters.persistence.contract.UseCases.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEntry;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditQuery;
import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.audit.ChainAnchor;
import com.example.orders.application.audit.ChainVerifier;
import com.example.orders.application.audit.ChainedEvent;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.application.audit.Outcome;
import com.example.orders.domain.order.Order;
import com.example.orders.domain.order.OrderRuleViolation;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} must do: entries for each order change, written with the change
 * or not at all, chained per tenant in a verifiable order also under concurrent appends, found by
 * filter and page, and purged without breaking the chain.
 */
public abstract class AuditTrailContract {

  private UseCases useCases;
  private AuditTrail trail;
  private ChainVerifier verifier;

  protected abstract StorageUnderTest storage();

  @BeforeEach
  void wire() {
    useCases = new UseCases(storage());
    trail = storage().auditTrail();
    verifier = new ChainVerifier(trail);
  }

  @Test
  public void every_order_change_is_recorded_with_what_changed_before_and_after() {
    TenantId tenant = newTenant();
    Order draft = useCases.draft(tenant, line("BOOK-1", 2, 1_500));
    Order withLine = useCases.addLine.addLine(ref(draft), line("PEN-2", 1, 250));
    Order placed = useCases.place.place(ref(withLine));
    Order paid = useCases.pay.pay(ref(placed),
        new com.example.orders.domain.order.PaymentReference("psp-4711"));

    List<AuditEvent> entries = oldestFirst(tenant);

    assertThat(entries).extracting(AuditEvent::action)
        .containsExactly("order.create", "order.add-line", "order.place", "order.pay");
    assertThat(entries).allSatisfy(entry -> {
      assertThat(entry.tenant()).contains(tenant);
      assertThat(entry.actor()).isEqualTo(UseCases.ACTOR);
      assertThat(entry.resourceType()).isEqualTo("order");
      assertThat(entry.resourceId()).isEqualTo(draft.id().toString());
      assertThat(entry.outcome()).isEqualTo(Outcome.SUCCESS);
    });
    assertThat(entries.get(0).changes()).contains(
        FieldChange.of("status", Optional.empty(), Optional.of("DRAFT")),
        FieldChange.of("lines[BOOK-1]", Optional.empty(), Optional.of("2 x 1500 EUR")),
        FieldChange.of("version", Optional.empty(), Optional.of("1")),
        FieldChange.withheld("customer.name"),
        FieldChange.withheld("customer.email"));
    assertThat(entries.get(1).changes()).containsExactly(
        FieldChange.of("lines[PEN-2]", Optional.empty(), Optional.of("1 x 250 EUR")),
        FieldChange.of("version", Optional.of("1"), Optional.of("2")));
    assertThat(entries.get(2).changes()).containsExactly(
        FieldChange.of("status", Optional.of("DRAFT"), Optional.of("PLACED")),
        FieldChange.of("version", Optional.of("2"), Optional.of("3")));
    assertThat(entries.get(3).changes()).containsExactly(
        FieldChange.of("status", Optional.of("PLACED"), Optional.of("PAID")),
        FieldChange.of("paymentReference", Optional.empty(), Optional.of("psp-4711")),
        FieldChange.of("version", Optional.of("3"), Optional.of("4")));
    assertThat(paid.version()).isEqualTo(4);
  }

  @Test
  public void personal_data_never_reaches_the_trail() {
    TenantId tenant = newTenant();
    useCases.cancelled(tenant);

    List<AuditEvent> entries = oldestFirst(tenant);

    assertThat(entries.getLast().action()).isEqualTo("order.cancel");
    assertThat(entries.getLast().changes()).contains(FieldChange.withheld("cancellationReason"));
    assertThat(entries).allSatisfy(entry -> assertThat(AuditChain.content(entry))
        .doesNotContain(UseCases.CUSTOMER.name(), UseCases.CUSTOMER.email(), "changed my mind"));
  }

  @Test
  public void a_change_that_fails_leaves_no_entry() {
    TenantId tenant = newTenant();
    Order empty = useCases.draft(tenant);

    assertThatThrownBy(() -> useCases.place.place(ref(empty)))
        .isInstanceOf(OrderRuleViolation.class);

    assertThat(oldestFirst(tenant)).extracting(AuditEvent::action).containsExactly("order.create");
  }

  @Test
  public void each_tenant_has_a_chain_of_its_own_that_verifies() {
    TenantId one = newTenant();
    TenantId other = newTenant();
    useCases.shipped(one);
    useCases.draft(other);

    sealed();
    assertThat(trail.chain(one.value(), 0, 100)).extracting(ChainedEvent::seq)
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(trail.chain(other.value(), 0, 100)).extracting(ChainedEvent::seq)
        .containsExactly(1L);
    assertThat(trail.chain(one.value(), 0, 100).getFirst().link().prevHash())
        .isEqualTo(AuditChain.GENESIS);
    assertThat(verifier.verify(one.value()).intact()).isTrue();
    assertThat(verifier.verify(one.value()).checked()).isEqualTo(4);
    assertThat(trail.head(one.value()).seq()).isEqualTo(4);
    assertThat(trail.trails()).contains(one.value(), other.value());
  }

  @Test
  public void concurrent_appends_of_one_tenant_form_one_unbroken_chain() throws Exception {
    TenantId tenant = newTenant();
    List<Future<?>> writers = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      for (int writer = 0; writer < 4; writer++) {
        writers.add(threads.submit(() -> {
          for (int i = 0; i < 10; i++) {
            storage().transactions().inTransaction(() -> {
              trail.append(event(Optional.of(tenant), "user-" + Thread.currentThread().getId(),
                  "test.append", Instant.parse("2026-11-25T10:00:00Z")));
              return null;
            });
          }
        }));
      }
      for (int sealer = 0; sealer < 2; sealer++) {
        writers.add(threads.submit(() -> {
          for (int i = 0; i < 20; i++) {
            trail.seal(3);
          }
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    }
    sealed();

    assertThat(trail.chain(tenant.value(), 0, 100)).extracting(ChainedEvent::seq)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed()
            .toList());
    assertThat(verifier.verify(tenant.value()).intact()).isTrue();
  }

  @Test
  public void events_of_no_tenant_have_a_trail_of_their_own() {
    trail.append(event(Optional.empty(), Actor.ANONYMOUS, "test.refused",
        Instant.parse("2026-11-25T10:00:00Z")));
    sealed();

    List<AuditEntry> page = trail.find(AuditQuery.all(AuditChain.NO_TENANT, 1));

    assertThat(page).hasSize(1);
    assertThat(page.getFirst().event().tenant()).isEmpty();
    assertThat(page.getFirst().link()).isPresent();
    assertThat(verifier.verify(AuditChain.NO_TENANT).intact()).isTrue();
  }

  @Test
  public void the_trail_is_found_by_subject_action_resource_and_time_newest_first_a_page_at_a_time() {
    TenantId tenant = newTenant();
    Instant start = Instant.parse("2026-11-20T10:00:00Z");
    for (int i = 0; i < 5; i++) {
      trail.append(new AuditEvent(UUID.randomUUID(), Optional.of(tenant),
          new Actor(i % 2 == 0 ? "alice" : "bob", Optional.empty(), Optional.empty()),
          i < 3 ? "test.early" : "test.late", "test", "resource-" + i, List.of(),
          Outcome.SUCCESS, start.plusSeconds(60L * i)));
    }
    String name = tenant.value();

    List<AuditEntry> first = trail.find(AuditQuery.all(name, 2));
    List<AuditEntry> second = trail.find(AuditQuery.all(name, 2).before(first.getLast().position()));
    List<AuditEntry> last = trail.find(AuditQuery.all(name, 2).before(second.getLast().position()));
    AuditQuery alice = new AuditQuery(name, Optional.of("alice"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        10);
    AuditQuery late = new AuditQuery(name, Optional.empty(), Optional.of("test.late"),
        Optional.of("test"), Optional.of("resource-3"), Optional.empty(), Optional.empty(),
        Optional.empty(), 10);
    AuditQuery window = new AuditQuery(name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(start.plusSeconds(60)), Optional.of(start.plusSeconds(180)),
        Optional.empty(), 10);

    assertThat(resources(first)).containsExactly("resource-4", "resource-3");
    assertThat(resources(second)).containsExactly("resource-2", "resource-1");
    assertThat(resources(last)).containsExactly("resource-0");
    assertThat(resources(trail.find(alice)))
        .containsExactly("resource-4", "resource-2", "resource-0");
    assertThat(resources(trail.find(late))).containsExactly("resource-3");
    assertThat(resources(trail.find(window))).containsExactly("resource-2", "resource-1");
  }

  @Test
  public void a_purge_deletes_old_entries_and_the_rest_still_verifies() {
    TenantId tenant = newTenant();
    Instant old = Instant.parse("2026-01-10T10:00:00Z");
    for (int i = 0; i < 4; i++) {
      trail.append(event(Optional.of(tenant), "alice", "test.old", old.plusSeconds(i)));
    }
    trail.append(event(Optional.of(tenant), "alice", "test.new", old.plusSeconds(86_400 * 30)));
    sealed();
    String third = trail.chain(tenant.value(), 0, 10).get(2).link().hash();

    long purged = trail.purgeBefore(old.plusSeconds(3));

    assertThat(purged).isGreaterThanOrEqualTo(3);
    assertThat(trail.anchor(tenant.value())).isEqualTo(new ChainAnchor(3, third));
    assertThat(trail.chain(tenant.value(), 0, 10)).extracting(ChainedEvent::seq)
        .containsExactly(4L, 5L);
    assertThat(verifier.verify(tenant.value()).intact()).isTrue();
  }

  @Test
  public void a_purge_keeps_each_trail_s_newest_entry() {
    TenantId tenant = newTenant();
    trail.append(event(Optional.of(tenant), "alice", "test.old",
        Instant.parse("2026-01-10T10:00:00Z")));
    sealed();

    trail.purgeBefore(Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(trail.chain(tenant.value(), 0, 10)).hasSize(1);
    assertThat(verifier.verify(tenant.value()).intact()).isTrue();
  }

  private List<AuditEvent> oldestFirst(TenantId tenant) {
    sealed();
    return trail.chain(tenant.value(), 0, 100).stream()
        .map(entry -> entry.event().orElseThrow())
        .toList();
  }

  /** Chains everything committed, as the sealer does in the background. */
  private void sealed() {
    while (trail.seal(100) > 0) {
      // until nothing waits
    }
  }

  private static List<String> resources(List<AuditEntry> entries) {
    return entries.stream().map(entry -> entry.event().resourceId()).toList();
  }

  static AuditEvent event(Optional<TenantId> tenant, String subject, String action, Instant at) {
    return new AuditEvent(UUID.randomUUID(), tenant,
        new Actor(subject, Optional.of("198.51.100.1"), Optional.of("request-" + subject)),
        action, "test", "resource-1",
        List.of(FieldChange.of("state", Optional.of("a"), Optional.of("b"))), Outcome.SUCCESS,
        at);
  }
}
