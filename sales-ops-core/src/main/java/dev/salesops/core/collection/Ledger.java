package dev.salesops.core.collection;

import dev.salesops.core.contract.Contract;
import dev.salesops.core.contract.ContractId;
import dev.salesops.core.contract.PaymentMilestone;
import dev.salesops.core.model.AccountId;
import dev.salesops.core.money.ExchangeRates;
import dev.salesops.core.money.MoneyBag;
import dev.salesops.core.internal.Checks;
import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The receivables ledger (應收賬款): contracts, invoices, payments and how they were applied, credit notes,
 * write-offs, disputes, promises to pay and follow-up steps done. An immutable value: every {@code with...}
 * returns a new ledger, and a refused change throws a {@link dev.salesops.core.validation.ValidationException}
 * (naming the record, the value and the rule) and leaves the ledger as it was.
 *
 * <p><b>Invariant</b>, per invoice and so per any group, at every date T: {@code Σ invoiced = Σ applied
 * payments + Σ credit notes + Σ write-offs + Σ open}, never a negative open amount.
 *
 * <p><b>Payments.</b> Without allocations, a payment goes to the paying account's invoices that are open,
 * issued on or before the payment date and not under dispute on that date, oldest due date first (then
 * oldest issue date, then invoice id). With allocations, exactly as the host says; an allocation to an unknown
 * invoice or another account's invoice, to an invoice issued after the payment, beyond the invoice's open
 * amount, or allocations adding up to more than the payment are refused. An invoice in another currency
 * needs the host's exchange rate on the payment date: the payment is converted rounding down (the customer is
 * never credited more than was paid), and when the invoice is settled by part of the payment, the part used
 * is the open amount converted back rounding up. What is left is the account's unapplied credit ({@link
 * #unappliedCredit}); it is not applied automatically to later invoices (the host allocates it with a
 * later payment record of its own, or refunds it).
 *
 * <p><b>Contracts.</b> Registering a contract is optional; when an invoice names a registered contract, its
 * account and currency must match the contract's and the invoices of one milestone must not add up to more
 * than the milestone's amount.
 *
 * <p><b>Cost.</b> A change copies the ledger's indexes (O(number of invoices)); queries at a date are
 * O(number of invoices and their facts). Build large ledgers in bulk with {@link #withInvoices}; shard by
 * account for very large books.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ledger {
  private static final Ledger EMPTY = new Ledger(Map.of(), Map.of(), Map.of(), Set.of());

  private final Map<ContractId, Contract> contracts;
  private final Map<InvoiceId, InvoiceRecord> invoices;
  private final Map<PaymentId, PaymentRecord> payments;
  private final Set<CreditNoteId> creditNoteIds;

  private Ledger(Map<ContractId, Contract> contracts, Map<InvoiceId, InvoiceRecord> invoices,
      Map<PaymentId, PaymentRecord> payments, Set<CreditNoteId> creditNoteIds) {
    this.contracts = contracts;
    this.invoices = invoices;
    this.payments = payments;
    this.creditNoteIds = creditNoteIds;
  }

  /** The empty ledger. */
  public static Ledger empty() {
    return EMPTY;
  }

  // ---------------------------------------------------------------- changes

  /** This ledger with {@code contract} registered; a contract id already registered is refused. */
  public Ledger withContract(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    if (contracts.containsKey(contract.id())) {
      throw Checks.fail("contract " + contract.id(), "is already registered", contract.id());
    }
    Map<ContractId, Contract> c = new LinkedHashMap<>(contracts);
    c.put(contract.id(), contract);
    return new Ledger(Collections.unmodifiableMap(c), invoices, payments, creditNoteIds);
  }

  /** This ledger with one more invoice. */
  public Ledger withInvoice(Invoice invoice) {
    return withInvoices(List.of(Objects.requireNonNull(invoice, "invoice")));
  }

  /** This ledger with more invoices, checked all together (every problem is reported at once). */
  public Ledger withInvoices(Collection<Invoice> newInvoices) {
    Objects.requireNonNull(newInvoices, "newInvoices");
    Problems problems = new Problems();
    Map<InvoiceId, InvoiceRecord> map = new LinkedHashMap<>(invoices);
    Map<String, Money> perMilestone = new HashMap<>();
    for (Invoice inv : newInvoices) {
      Objects.requireNonNull(inv, "newInvoices element");
      String p = "invoice " + inv.id();
      if (map.containsKey(inv.id())) {
        problems.add(p + " id", "must be unique in the ledger", inv.id());
        continue;
      }
      if (inv.contractId().isPresent() && contracts.containsKey(inv.contractId().get())) {
        Contract c = contracts.get(inv.contractId().get());
        if (!c.accountId().equals(inv.accountId())) {
          problems.add(p + " accountId", "must be the account of contract " + c.id() + " (" + c.accountId() + ")", inv.accountId());
        }
        if (!c.currency().equals(inv.amount().getCurrencyUnit())) {
          problems.add(p + " amount", "must be in the currency of contract " + c.id() + " (" + c.currency() + ")", inv.amount());
        } else if (inv.milestoneId().isPresent()) {
          Optional<PaymentMilestone> m = c.milestone(inv.milestoneId().get());
          if (m.isEmpty()) {
            problems.add(p + " milestoneId", "must be a milestone of contract " + c.id(), inv.milestoneId().get());
          } else {
            String key = c.id() + "\u0000" + m.get().id();
            Money already = perMilestone.computeIfAbsent(key, k -> invoicedFor(map, c.id(), m.get().id(), c.currency()));
            Money after = already.plus(inv.amount());
            if (after.isGreaterThan(m.get().amount())) {
              problems.add(p + " amount", "must not bring milestone " + m.get().id() + " of contract " + c.id() + " to more than its amount "
                  + m.get().amount() + " invoiced (" + after + ")", inv.amount());
            } else {
              perMilestone.put(key, after);
            }
          }
        }
      }
      map.put(inv.id(), InvoiceRecord.of(inv));
    }
    problems.throwIfAny();
    return new Ledger(contracts, Collections.unmodifiableMap(map), payments, creditNoteIds);
  }

  private static Money invoicedFor(Map<InvoiceId, InvoiceRecord> map, ContractId contract, String milestone, CurrencyUnit currency) {
    Money sum = Money.zero(currency);
    for (InvoiceRecord r : map.values()) {
      Invoice i = r.invoice();
      if (i.contractId().equals(Optional.of(contract)) && i.milestoneId().equals(Optional.of(milestone))) {
        sum = sum.plus(i.amount());
      }
    }
    return sum;
  }

  /** This ledger with a payment received and applied, converting with no exchange rates at all. */
  public Ledger withPayment(Payment payment) {
    return withPayment(payment, ExchangeRates.none());
  }

  /**
   * This ledger with a payment received and applied (see the class comment for the rules).
   *
   * @throws dev.salesops.core.validation.ValidationException when the payment is refused; every problem of
   *     a host allocation is reported at once
   */
  public Ledger withPayment(Payment payment, ExchangeRates rates) {
    return withPayments(List.of(Objects.requireNonNull(payment, "payment")), rates);
  }

  /**
   * This ledger with several payments received and applied in the given order, as if by {@link
   * #withPayment} one after the other, but at the cost of one change. All or nothing: when one payment is
   * refused, none is recorded.
   *
   * @throws dev.salesops.core.validation.ValidationException naming the first refused payment
   */
  public Ledger withPayments(Collection<Payment> newPayments, ExchangeRates rates) {
    Objects.requireNonNull(newPayments, "newPayments");
    Objects.requireNonNull(rates, "rates");
    Map<InvoiceId, InvoiceRecord> map = new LinkedHashMap<>(invoices);
    Map<PaymentId, PaymentRecord> pm = new LinkedHashMap<>(payments);
    Map<AccountId, List<InvoiceId>> byAccount = null;
    if (newPayments.size() > 1) {
      byAccount = new HashMap<>();
      for (InvoiceRecord r : invoices.values()) {
        byAccount.computeIfAbsent(r.accountId(), a -> new ArrayList<>()).add(r.id());
      }
    }
    for (Payment payment : newPayments) {
      Objects.requireNonNull(payment, "newPayments element");
      if (pm.containsKey(payment.id())) {
        throw Checks.fail("payment " + payment.id() + " id", "must be unique in the ledger", payment.id());
      }
      PaymentRecord applied = apply(payment, rates, map, byAccount == null ? null : byAccount.getOrDefault(payment.accountId(), List.of()));
      for (Application a : applied.applications()) {
        map.put(a.invoiceId(), map.get(a.invoiceId()).withApplication(a));
      }
      pm.put(payment.id(), applied);
    }
    return new Ledger(contracts, Collections.unmodifiableMap(map), Collections.unmodifiableMap(pm), creditNoteIds);
  }

  /** Works out how {@code payment} applies to {@code invoices} (read only); {@code accountInvoices} null = scan. */
  private static PaymentRecord apply(Payment payment, ExchangeRates rates, Map<InvoiceId, InvoiceRecord> invoices,
      List<InvoiceId> accountInvoices) {
    String p = "payment " + payment.id();
    CurrencyUnit pc = payment.amount().getCurrencyUnit();
    LocalDate date = payment.receivedOn();
    List<Application> apps = new ArrayList<>();
    long remaining = payment.amount().getAmountMinorLong();
    if (!payment.allocations().isEmpty()) {
      Problems problems = new Problems();
      Money total = Money.zero(pc);
      for (PaymentAllocation a : payment.allocations()) {
        total = total.plus(a.amount());
      }
      if (total.isGreaterThan(payment.amount())) {
        problems.add(p + " allocations", "must not add up to more than the payment amount " + payment.amount(), total);
      }
      Set<InvoiceId> seen = new HashSet<>();
      for (int i = 0; i < payment.allocations().size(); i++) {
        PaymentAllocation a = payment.allocations().get(i);
        String ap = p + " allocations[" + i + "] to invoice " + a.invoiceId();
        InvoiceRecord r = invoices.get(a.invoiceId());
        if (r == null) {
          problems.add(ap, "must name an invoice of the ledger", a.invoiceId());
          continue;
        }
        if (!seen.add(a.invoiceId())) {
          problems.add(ap, "must name each invoice once", a.invoiceId());
          continue;
        }
        if (!r.accountId().equals(payment.accountId())) {
          problems.add(ap, "must name an invoice of the paying account " + payment.accountId(), r.accountId());
          continue;
        }
        if (r.invoice().issuedOn().isAfter(date)) {
          problems.add(ap, "must name an invoice issued on or before the payment date " + date, r.invoice().issuedOn());
          continue;
        }
        CurrencyUnit ic = r.invoice().amount().getCurrencyUnit();
        Money applied;
        if (ic.equals(pc)) {
          applied = a.amount();
        } else {
          Optional<BigDecimal> rate = rates.rate(pc, ic, date);
          if (rate.isEmpty() || rate.get().signum() <= 0) {
            problems.add(ap + " (" + ic + ")", "needs a positive exchange rate " + pc + "->" + ic + " on " + date, a.amount());
            continue;
          }
          applied = a.amount().convertedTo(ic, rate.get(), RoundingMode.DOWN);
        }
        Money open = r.openAmount();
        if (applied.isGreaterThan(open)) {
          problems.add(ap, "must not exceed the invoice's open amount " + open, applied);
          continue;
        }
        apps.add(new Application(payment.id(), a.invoiceId(), applied, a.amount(), date));
        remaining -= a.amount().getAmountMinorLong();
      }
      problems.throwIfAny();
    } else {
      List<InvoiceRecord> candidates = new ArrayList<>();
      Iterable<InvoiceRecord> scope = accountInvoices == null ? invoices.values()
          : accountInvoices.stream().map(invoices::get).toList();
      for (InvoiceRecord r : scope) {
        if (r.accountId().equals(payment.accountId()) && !r.invoice().issuedOn().isAfter(date) && r.openAmount().isPositive()
            && r.disputes().stream().noneMatch(d -> d.isOpenOn(date))) {
          candidates.add(r);
        }
      }
      candidates.sort(Comparator.<InvoiceRecord, LocalDate>comparing(r -> r.invoice().dueOn())
          .thenComparing(r -> r.invoice().issuedOn()).thenComparing(InvoiceRecord::id));
      for (InvoiceRecord r : candidates) {
        if (remaining == 0) {
          break;
        }
        CurrencyUnit ic = r.invoice().amount().getCurrencyUnit();
        long open = r.openAmount().getAmountMinorLong();
        if (ic.equals(pc)) {
          long x = Math.min(open, remaining);
          apps.add(new Application(payment.id(), r.id(), Money.ofMinor(ic, x), Money.ofMinor(pc, x), date));
          remaining -= x;
        } else {
          BigDecimal rate = rates.rate(pc, ic, date).orElseThrow(() -> Checks.fail(p + " to invoice " + r.id() + " (" + ic + ")",
              "needs an exchange rate " + pc + "->" + ic + " on " + date, payment.amount()));
          if (rate.signum() <= 0) {
            throw Checks.fail(p + " rate " + pc + "->" + ic + " on " + date, "must be positive", rate.toPlainString());
          }
          Money rest = Money.ofMinor(pc, remaining);
          Money available = rest.convertedTo(ic, rate, RoundingMode.DOWN);
          Money applied;
          Money consumed;
          if (available.getAmountMinorLong() <= open) {
            applied = available;
            consumed = rest;
          } else {
            applied = Money.ofMinor(ic, open);
            BigDecimal back = applied.getAmount().divide(rate, pc.getDecimalPlaces(), RoundingMode.CEILING);
            consumed = Money.of(pc, back).isGreaterThan(rest) ? rest : Money.of(pc, back);
          }
          if (applied.isPositive()) {
            apps.add(new Application(payment.id(), r.id(), applied, consumed, date));
          }
          remaining -= consumed.getAmountMinorLong();
        }
      }
    }
    return new PaymentRecord(payment, apps, Money.ofMinor(pc, remaining));
  }

  /** This ledger with a credit note against an invoice. */
  public Ledger withCreditNote(CreditNote note) {
    Objects.requireNonNull(note, "note");
    String p = "creditNote " + note.id();
    if (creditNoteIds.contains(note.id())) {
      throw Checks.fail(p + " id", "must be unique in the ledger", note.id());
    }
    InvoiceRecord r = reducing(p, note.invoiceId(), note.amount(), note.issuedOn());
    Set<CreditNoteId> ids = new HashSet<>(creditNoteIds);
    ids.add(note.id());
    return replace(r.withCreditNote(note), Collections.unmodifiableSet(ids));
  }

  /** This ledger with a bad-debt write-off of part or all of an invoice's open amount. */
  public Ledger withWriteOff(WriteOff writeOff) {
    Objects.requireNonNull(writeOff, "writeOff");
    InvoiceRecord r = reducing("writeOff of invoice " + writeOff.invoiceId(), writeOff.invoiceId(), writeOff.amount(), writeOff.writtenOffOn());
    return replace(r.withWriteOff(writeOff), creditNoteIds);
  }

  private InvoiceRecord reducing(String p, InvoiceId id, Money amount, LocalDate on) {
    InvoiceRecord r = record(p, id);
    if (!amount.getCurrencyUnit().equals(r.invoice().amount().getCurrencyUnit())) {
      throw Checks.fail(p + " amount", "must be in the invoice currency " + r.invoice().amount().getCurrencyUnit(), amount);
    }
    if (on.isBefore(r.invoice().issuedOn())) {
      throw Checks.fail(p + " date", "must not be before the invoice date " + r.invoice().issuedOn(), on);
    }
    Money open = r.openAmount();
    if (amount.isGreaterThan(open)) {
      throw Checks.fail(p + " amount", "must not exceed the open amount " + open + " of invoice " + id, amount);
    }
    return r;
  }

  /** This ledger with a dispute opened on an invoice; refused while another dispute of it is open. */
  public Ledger withDisputeOpened(InvoiceId invoiceId, LocalDate openedOn, String reason) {
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(openedOn, "openedOn");
    Objects.requireNonNull(reason, "reason");
    String p = "dispute of invoice " + invoiceId;
    InvoiceRecord r = record(p, invoiceId);
    Dispute d = new Dispute(invoiceId, openedOn, null, reason);
    for (Dispute e : r.disputes()) {
      if (e.resolvedOn().isEmpty()) {
        throw Checks.fail(p, "must not be opened while the dispute opened on " + e.openedOn() + " is unresolved", openedOn);
      }
      if (!openedOn.isAfter(e.resolvedOn().get())) {
        throw Checks.fail(p + " openedOn", "must be after the previous dispute's resolution on " + e.resolvedOn().get(), openedOn);
      }
    }
    List<Dispute> list = new ArrayList<>(r.disputes());
    list.add(d);
    return replace(r.withDisputes(list), creditNoteIds);
  }

  /** This ledger with the open dispute of an invoice resolved. */
  public Ledger withDisputeResolved(InvoiceId invoiceId, LocalDate resolvedOn) {
    Objects.requireNonNull(resolvedOn, "resolvedOn");
    String p = "dispute of invoice " + invoiceId;
    InvoiceRecord r = record(p, invoiceId);
    List<Dispute> list = new ArrayList<>(r.disputes());
    for (int i = 0; i < list.size(); i++) {
      Dispute d = list.get(i);
      if (d.resolvedOn().isEmpty()) {
        list.set(i, new Dispute(invoiceId, d.openedOn(), resolvedOn, d.reason()));
        return replace(r.withDisputes(list), creditNoteIds);
      }
    }
    throw Checks.fail(p, "must be open to be resolved", resolvedOn);
  }

  /** This ledger with a promise to pay an invoice. */
  public Ledger withPromiseToPay(PromiseToPay promise) {
    Objects.requireNonNull(promise, "promise");
    String p = "promise to pay invoice " + promise.invoiceId();
    InvoiceRecord r = record(p, promise.invoiceId());
    if (promise.madeOn().isBefore(r.invoice().issuedOn())) {
      throw Checks.fail(p + " madeOn", "must not be before the invoice date " + r.invoice().issuedOn(), promise.madeOn());
    }
    return replace(r.withPromise(promise), creditNoteIds);
  }

  /** This ledger with a follow-up step recorded as done; a step already recorded for the invoice is refused. */
  public Ledger withStepDone(StepDone step) {
    Objects.requireNonNull(step, "step");
    String p = "step " + step.stepId() + " of invoice " + step.invoiceId();
    InvoiceRecord r = record(p, step.invoiceId());
    for (StepDone s : r.stepsDone()) {
      if (s.stepId().equals(step.stepId())) {
        throw Checks.fail(p, "is already recorded as done on " + s.doneOn(), step.doneOn());
      }
    }
    return replace(r.withStepDone(step), creditNoteIds);
  }

  private InvoiceRecord record(String p, InvoiceId id) {
    Objects.requireNonNull(id, "invoiceId");
    InvoiceRecord r = invoices.get(id);
    if (r == null) {
      throw Checks.fail(p, "must name an invoice of the ledger", id);
    }
    return r;
  }

  private Ledger replace(InvoiceRecord r, Set<CreditNoteId> ids) {
    Map<InvoiceId, InvoiceRecord> map = new LinkedHashMap<>(invoices);
    map.put(r.id(), r);
    return new Ledger(contracts, Collections.unmodifiableMap(map), payments, ids);
  }

  // ---------------------------------------------------------------- restoring (json-codecs, issue 21)

  /**
   * The ledger holding exactly these facts, as a stored ledger is read back (its JSON form lists them this way:
   * see {@code docs/ARCHITECTURE.md}, "JSON: one set of rules"). Every fact is checked as the {@code with...}
   * changes check it: contracts, then invoices (against their contracts), then the payments <b>as applied</b>
   * (each application must name this payment and an invoice of the paying account, in the invoice's currency,
   * dated on the payment date; what a payment consumed plus its unapplied rest must be the payment's amount),
   * then credit notes, write-offs, disputes (in order, per invoice: opened, then resolved when it was), promises
   * and steps done. No invoice may end with a negative open amount.
   *
   * @throws dev.salesops.core.validation.ValidationException naming the first refused fact
   */
  public static Ledger restore(Collection<Contract> contracts, Collection<Invoice> invoices, Collection<PaymentRecord> payments,
      Collection<CreditNote> creditNotes, Collection<WriteOff> writeOffs, Collection<Dispute> disputes, Collection<PromiseToPay> promises,
      Collection<StepDone> stepsDone) {
    Ledger l = EMPTY;
    for (Contract c : Objects.requireNonNull(contracts, "contracts")) {
      l = l.withContract(c);
    }
    l = l.withInvoices(Objects.requireNonNull(invoices, "invoices"));
    Map<InvoiceId, InvoiceRecord> map = new LinkedHashMap<>(l.invoices);
    Map<PaymentId, PaymentRecord> pm = new LinkedHashMap<>();
    for (PaymentRecord p : Objects.requireNonNull(payments, "payments")) {
      Objects.requireNonNull(p, "payments element");
      Payment pay = p.payment();
      String at = "payment " + pay.id();
      if (pm.containsKey(pay.id())) {
        throw Checks.fail(at + " id", "must be unique in the ledger", pay.id());
      }
      CurrencyUnit pc = pay.amount().getCurrencyUnit();
      if (!p.unapplied().getCurrencyUnit().equals(pc) || p.unapplied().isNegative()) {
        throw Checks.fail(at + " unapplied", "must be a non-negative amount in the payment currency " + pc, p.unapplied());
      }
      long consumed = 0;
      for (Application a : p.applications()) {
        String ap = at + " application to invoice " + a.invoiceId();
        InvoiceRecord r = map.get(a.invoiceId());
        if (!a.paymentId().equals(pay.id())) {
          throw Checks.fail(ap + " paymentId", "must be the payment's id", a.paymentId());
        }
        if (r == null) {
          throw Checks.fail(ap, "must name an invoice of the ledger", a.invoiceId());
        }
        if (!r.accountId().equals(pay.accountId())) {
          throw Checks.fail(ap, "must name an invoice of the paying account " + pay.accountId(), r.accountId());
        }
        if (!a.applied().getCurrencyUnit().equals(r.invoice().amount().getCurrencyUnit()) || !a.consumed().getCurrencyUnit().equals(pc)) {
          throw Checks.fail(ap, "must apply in the invoice currency and consume in the payment currency", a.applied());
        }
        if (!a.appliedOn().equals(pay.receivedOn()) || a.appliedOn().isBefore(r.invoice().issuedOn())) {
          throw Checks.fail(ap + " appliedOn", "must be the payment date, on or after the invoice date", a.appliedOn());
        }
        consumed += a.consumed().getAmountMinorLong();
        map.put(r.id(), r.withApplication(a));
      }
      if (consumed + p.unapplied().getAmountMinorLong() != pay.amount().getAmountMinorLong()) {
        throw Checks.fail(at, "applications and unapplied rest must add up to the payment amount", pay.amount());
      }
      pm.put(pay.id(), p);
    }
    for (InvoiceRecord r : map.values()) {
      if (r.openAmount().isNegative()) {
        throw Checks.fail("invoice " + r.id(), "must not be paid beyond its amount", r.openAmount());
      }
    }
    l = new Ledger(l.contracts, Collections.unmodifiableMap(map), Collections.unmodifiableMap(pm), l.creditNoteIds);
    for (CreditNote c : Objects.requireNonNull(creditNotes, "creditNotes")) {
      l = l.withCreditNote(c);
    }
    for (WriteOff w : Objects.requireNonNull(writeOffs, "writeOffs")) {
      l = l.withWriteOff(w);
    }
    for (Dispute d : Objects.requireNonNull(disputes, "disputes")) {
      l = l.withDisputeOpened(d.invoiceId(), d.openedOn(), d.reason());
      if (d.resolvedOn().isPresent()) {
        l = l.withDisputeResolved(d.invoiceId(), d.resolvedOn().get());
      }
    }
    for (PromiseToPay p : Objects.requireNonNull(promises, "promises")) {
      l = l.withPromiseToPay(p);
    }
    for (StepDone s : Objects.requireNonNull(stepsDone, "stepsDone")) {
      l = l.withStepDone(s);
    }
    return l;
  }

  /** Every registered contract, in the order registered (an unmodifiable view). */
  public Collection<Contract> contracts() {
    return contracts.values();
  }

  // ---------------------------------------------------------------- queries

  /** The registered contract with id {@code id}. */
  public Optional<Contract> contract(ContractId id) {
    return Optional.ofNullable(contracts.get(Objects.requireNonNull(id, "id")));
  }

  /** The invoice record with id {@code id}. */
  public Optional<InvoiceRecord> invoice(InvoiceId id) {
    return Optional.ofNullable(invoices.get(Objects.requireNonNull(id, "id")));
  }

  /** Every invoice record, in the order invoices were added (an unmodifiable view). */
  public Collection<InvoiceRecord> records() {
    return invoices.values();
  }

  /** The payment with id {@code id}, as applied. */
  public Optional<PaymentRecord> payment(PaymentId id) {
    return Optional.ofNullable(payments.get(Objects.requireNonNull(id, "id")));
  }

  /** Every payment, in the order received by the ledger (an unmodifiable view). */
  public Collection<PaymentRecord> payments() {
    return payments.values();
  }

  /** The state of invoice {@code id} at the end of {@code asOf}. */
  public Optional<InvoiceState> state(InvoiceId id, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return invoice(id).map(r -> r.stateAt(asOf));
  }

  /** The states at the end of {@code asOf} of every invoice issued on or before it, in ledger order. */
  public List<InvoiceState> states(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<InvoiceState> out = new ArrayList<>();
    for (InvoiceRecord r : invoices.values()) {
      if (!r.invoice().issuedOn().isAfter(asOf)) {
        out.add(r.stateAt(asOf));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The states at {@code asOf} of the invoices with something open, in ledger order. */
  public List<InvoiceState> openStates(LocalDate asOf) {
    return states(asOf).stream().filter(InvoiceState::isOpen).toList();
  }

  /**
   * Open, due and overdue receivables at the end of {@code asOf}, grouped by {@code key} (e.g. {@code
   * InvoiceState::accountId}, {@code InvoiceState::ownerId}, {@code s -> s.teamId()}, {@code
   * InvoiceState::currency}); groups in order of first appearance, settled invoices omitted.
   */
  public <K> Map<K, ReceivableSummary> summarize(LocalDate asOf, Function<? super InvoiceState, ? extends K> key) {
    Objects.requireNonNull(key, "key");
    Map<K, ReceivableSummary> out = new LinkedHashMap<>();
    for (InvoiceState s : openStates(asOf)) {
      out.merge(key.apply(s), ReceivableSummary.empty().plus(s), (a, b) -> a.plus(s));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The unapplied credit (over-payments) of {@code account} from payments received on or before {@code asOf}. */
  public MoneyBag unappliedCredit(AccountId account, LocalDate asOf) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(asOf, "asOf");
    MoneyBag bag = MoneyBag.empty();
    for (PaymentRecord p : payments.values()) {
      if (p.payment().accountId().equals(account) && !p.payment().receivedOn().isAfter(asOf) && p.unapplied().isPositive()) {
        bag = bag.plus(p.unapplied());
      }
    }
    return bag;
  }

  /** Ledgers are equal when they hold the same contracts, invoice records and payments. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ledger l && l.contracts.equals(contracts) && l.invoices.equals(invoices) && l.payments.equals(payments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contracts, invoices, payments);
  }

  @Override
  public String toString() {
    return "Ledger{" + contracts.size() + " contracts, " + invoices.size() + " invoices, " + payments.size() + " payments}";
  }
}
