package dev.salesops.json;

import static dev.salesops.json.ObjectCodec.Include.NON_EMPTY;

import dev.salesops.core.collection.Application;
import dev.salesops.core.collection.CreditNote;
import dev.salesops.core.collection.Dispute;
import dev.salesops.core.collection.Invoice;
import dev.salesops.core.collection.InvoiceRecord;
import dev.salesops.core.collection.Ledger;
import dev.salesops.core.collection.Payment;
import dev.salesops.core.collection.PaymentRecord;
import dev.salesops.core.collection.PromiseToPay;
import dev.salesops.core.collection.StepDone;
import dev.salesops.core.collection.WriteOff;
import dev.salesops.core.contract.Contract;
import dev.salesops.core.lifecycle.CustomerEvent;
import dev.salesops.core.lifecycle.CustomerEventType;
import dev.salesops.core.lifecycle.LifecycleTimeline;
import dev.salesops.core.lifecycle.StageTransition;
import dev.salesops.core.model.ProductLine;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Codecs of core values that the Jackson mapper could not write (no getters: it failed or wrote a bean dump):
 * the {@link Ledger}, its {@link InvoiceRecord}s, {@link CustomerEvent} and {@link LifecycleTimeline}. Not API.
 */
final class LedgerCodecs {
  private LedgerCodecs() {}

  static List<JsonCodec<?>> all() {
    return List.of(ledger(), invoiceRecord(), customerEvent(), timeline(), problem(), snapshot(), definition(), criterion());
  }

  private static Type list(Class<?> k) {
    return Codecs.param(List.class, k);
  }

  private static <T> List<T> flat(Ledger l, Function<InvoiceRecord, List<T>> facts) {
    List<T> out = new ArrayList<>();
    for (InvoiceRecord r : l.records()) {
      out.addAll(facts.apply(r));
    }
    return out;
  }

  /**
   * The ledger as its facts: {@code {"contracts":[..],"invoices":[..],"payments":[{"payment":..,"applications":
   * [..],"unapplied":..}],"creditNotes":[..],"writeOffs":[..],"disputes":[..],"promises":[..],"stepsDone":[..]}},
   * empty lists left out (the empty ledger is {@code {}}); payments as applied (so a payment in another currency
   * reads back without its exchange rate). Read back through {@link Ledger#restore}, which checks every fact.
   */
  static JsonCodec<Ledger> ledger() {
    return ObjectCodec.of(Ledger.class)
        .member("contracts", list(Contract.class), l -> List.copyOf(l.contracts()))
        .member("invoices", list(Invoice.class), l -> l.records().stream().map(InvoiceRecord::invoice).toList())
        .member("payments", list(PaymentRecord.class), l -> List.copyOf(l.payments()))
        .member("creditNotes", list(CreditNote.class), l -> flat(l, InvoiceRecord::creditNotes))
        .member("writeOffs", list(WriteOff.class), l -> flat(l, InvoiceRecord::writeOffs))
        .member("disputes", list(Dispute.class), l -> flat(l, InvoiceRecord::disputes))
        .member("promises", list(PromiseToPay.class), l -> flat(l, InvoiceRecord::promises))
        .member("stepsDone", list(StepDone.class), l -> flat(l, InvoiceRecord::stepsDone))
        .include(NON_EMPTY)
        .factory(a -> Ledger.restore(CoreCodecs.cast(a[0]), CoreCodecs.cast(a[1]), CoreCodecs.cast(a[2]), CoreCodecs.cast(a[3]),
            CoreCodecs.cast(a[4]), CoreCodecs.cast(a[5]), CoreCodecs.cast(a[6]), CoreCodecs.cast(a[7])))
        .build();
  }

  /**
   * One invoice with its facts: {@code {"invoice":..,"applications":[..],"creditNotes":[..],...}}, empty lists
   * left out. Read back as a one-invoice ledger restores it (each application as a payment of what it consumed).
   */
  static JsonCodec<InvoiceRecord> invoiceRecord() {
    return ObjectCodec.of(InvoiceRecord.class)
        .member("invoice", Invoice.class, InvoiceRecord::invoice)
        .member("applications", list(Application.class), InvoiceRecord::applications)
        .member("creditNotes", list(CreditNote.class), InvoiceRecord::creditNotes)
        .member("writeOffs", list(WriteOff.class), InvoiceRecord::writeOffs)
        .member("disputes", list(Dispute.class), InvoiceRecord::disputes)
        .member("promises", list(PromiseToPay.class), InvoiceRecord::promises)
        .member("stepsDone", list(StepDone.class), InvoiceRecord::stepsDone)
        .include(NON_EMPTY)
        .required("invoice")
        .factory(a -> {
          Invoice inv = (Invoice) a[0];
          List<Application> apps = CoreCodecs.cast(a[1]);
          List<PaymentRecord> payments = new ArrayList<>();
          for (Application x : apps) {
            Payment p = Payment.of(x.paymentId(), inv.accountId(), x.consumed(), x.appliedOn());
            payments.add(new PaymentRecord(p, List.of(x), Money.zero(x.consumed().getCurrencyUnit())));
          }
          Ledger l = Ledger.restore(List.of(), List.of(inv), payments, CoreCodecs.cast(a[2]), CoreCodecs.cast(a[3]),
              CoreCodecs.cast(a[4]), CoreCodecs.cast(a[5]), CoreCodecs.cast(a[6]));
          return l.invoice(inv.id()).orElseThrow();
        })
        .build();
  }

  /** {@code {"type":"ORDER","at":"…","productLine":"CRM","amount":{…}}}, the optional members left out when absent. */
  static JsonCodec<CustomerEvent> customerEvent() {
    return ObjectCodec.of(CustomerEvent.class)
        .member("type", CustomerEventType.class, CustomerEvent::type)
        .member("at", Instant.class, CustomerEvent::at)
        .member("productLine", Codecs.param(Optional.class, ProductLine.class), CustomerEvent::productLine)
        .member("amount", Codecs.param(Optional.class, Money.class), CustomerEvent::amount)
        .include(ObjectCodec.Include.NON_ABSENT)
        .required("type", "at")
        .factory(a -> {
          CustomerEvent e = CustomerEvent.of((CustomerEventType) a[0], (Instant) a[1]);
          Optional<ProductLine> pl = CoreCodecs.cast(a[2]);
          Optional<Money> amount = CoreCodecs.cast(a[3]);
          if (pl.isPresent()) {
            e = e.withProductLine(pl.get());
          }
          if (amount.isPresent()) {
            e = e.withAmount(amount.get());
          }
          return e;
        })
        .build();
  }

  /**
   * A validation {@link dev.salesops.core.validation.Problem}: {@code {"path":"…","rule":"…","value":"…"}}, the
   * value left out when there is none (it is already cut to a short prefix by the problem itself).
   */
  static JsonCodec<dev.salesops.core.validation.Problem> problem() {
    return ObjectCodec.of(dev.salesops.core.validation.Problem.class)
        .member("path", String.class, dev.salesops.core.validation.Problem::path)
        .member("rule", String.class, dev.salesops.core.validation.Problem::rule)
        .member("value", String.class, dev.salesops.core.validation.Problem::value)
        .include(ObjectCodec.Include.NON_NULL)
        .required("path", "rule")
        .factory(a -> new dev.salesops.core.validation.Problem((String) a[0], (String) a[1], (String) a[2]))
        .build();
  }

  /**
   * A workflow snapshot, as {@link dev.salesops.core.workflow.WorkflowJson} writes and reads it (the one place its
   * JSON form is defined).
   */
  static JsonCodec<dev.salesops.core.workflow.Snapshot> snapshot() {
    return new WorkflowCodec<>(dev.salesops.core.workflow.Snapshot.class, dev.salesops.core.workflow.WorkflowJson::write,
        dev.salesops.core.workflow.WorkflowJson::readSnapshot);
  }

  /** A workflow definition, as {@link dev.salesops.core.workflow.WorkflowJson} writes and reads it. */
  static JsonCodec<dev.salesops.core.workflow.WorkflowDefinition> definition() {
    return new WorkflowCodec<>(dev.salesops.core.workflow.WorkflowDefinition.class, dev.salesops.core.workflow.WorkflowJson::write,
        dev.salesops.core.workflow.WorkflowJson::readDefinition);
  }

  /** A transition guard's criterion specification, as {@link dev.salesops.core.workflow.WorkflowJson} writes and reads it. */
  static JsonCodec<dev.salesops.core.workflow.CriterionSpec> criterion() {
    return new WorkflowCodec<>(dev.salesops.core.workflow.CriterionSpec.class, dev.salesops.core.workflow.WorkflowJson::write,
        dev.salesops.core.workflow.WorkflowJson::readCriterion);
  }

  /** Delegates to {@code WorkflowJson}'s text form; its refusals become {@link dev.salesops.core.json.JsonInputException}s. */
  static final class WorkflowCodec<T> implements JsonCodec<T> {
    private final Class<T> type;
    private final Function<T, String> write;
    private final Function<String, T> read;

    WorkflowCodec(Class<T> type, Function<T, String> write, Function<String, T> read) {
      this.type = type;
      this.write = write;
      this.read = read;
    }

    @Override
    public Class<T> type() {
      return type;
    }

    @Override
    public dev.salesops.core.json.JsonValue encode(T value) {
      return dev.salesops.core.json.JsonReader.read(write.apply(value));
    }

    @Override
    public T decode(dev.salesops.core.json.JsonValue json, String path) {
      String name = type.getSimpleName();
      try {
        return read.apply(dev.salesops.core.json.JsonWriter.compact(json));
      } catch (dev.salesops.core.validation.ValidationException e) {
        if (e.problems().isEmpty()) {
          throw Fail.of(name, path, "is not a valid " + name);
        }
        dev.salesops.core.validation.Problem p = e.problems().get(0);
        String at = p.path().equals("$") ? path : p.path().startsWith("$") ? path + p.path().substring(1)
            : p.path().startsWith("[") ? path + p.path() : path + "." + p.path();
        throw Fail.of(name, at, p.rule());
      } catch (RuntimeException e) {
        throw Fail.of(name, path, "is not a valid " + name + " (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /** {@code {"transitions":[…]}}. */
  static JsonCodec<LifecycleTimeline> timeline() {
    return ObjectCodec.of(LifecycleTimeline.class)
        .member("transitions", list(StageTransition.class), LifecycleTimeline::transitions)
        .factory(a -> LifecycleTimeline.of(CoreCodecs.cast(a[0])))
        .build();
  }
}
