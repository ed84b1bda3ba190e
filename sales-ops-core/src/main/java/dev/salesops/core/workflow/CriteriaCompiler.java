package dev.salesops.core.workflow;

import dev.salesops.core.definition.DefinitionParams;
import dev.salesops.core.internal.CoreMessages;
import dev.salesops.core.message.Message;
import dev.salesops.core.validation.Problem;
import dev.salesops.core.validation.Problems;
import dev.salesops.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Resolves {@link CriterionSpec}s against a registry, collecting every problem. Not API. */
final class CriteriaCompiler {
  private CriteriaCompiler() {}

  /** The criterion for {@code spec}, or {@code null} when a problem was found (added under {@code path}). */
  static Criterion compile(CriterionSpec spec, CriterionRegistry registry, String path, Problems problems) {
    if (spec instanceof CriterionSpec.Leaf) {
      CriterionSpec.Leaf leaf = (CriterionSpec.Leaf) spec;
      CriterionType type = registry.find(leaf.type()).orElse(null);
      if (type == null) {
        problems.add(path + ".type", "must name a registered criterion type (registered: "
            + String.join(", ", registry.names()) + ")", leaf.type());
        return null;
      }
      try {
        DefinitionParams params = leaf.params().tracking();
        Criterion c = type.create(params);
        if (c == null) {
          problems.add(path + ".type", "created no criterion (the type returned null)", leaf.type());
        }
        Set<String> unknown = params.unread();
        for (String name : unknown) {
          problems.add(dev.salesops.core.internal.json.JsonFields.child(path + ".params", name),
              "is not a parameter of criterion type " + leaf.type());
        }
        return unknown.isEmpty() ? c : null;
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          problems.add(p.under(path));
        }
        return null;
      } catch (RuntimeException e) {
        problems.add(path + ".params", "were refused by criterion type " + leaf.type() + " (" + e.getClass().getSimpleName()
            + ")", leaf.params());
        return null;
      }
    }
    if (spec instanceof CriterionSpec.Not) {
      Criterion inner = compile(((CriterionSpec.Not) spec).spec(), registry, path + ".not", problems);
      return inner == null ? null : new NotCriterion(inner);
    }
    boolean all = spec instanceof CriterionSpec.AllOf;
    List<CriterionSpec> parts = all ? ((CriterionSpec.AllOf) spec).all() : ((CriterionSpec.AnyOf) spec).any();
    String sub = path + (all ? ".allOf" : ".anyOf");
    if (parts.isEmpty()) {
      problems.add(sub, "must not be empty", "[]");
      return null;
    }
    Criterion[] cs = new Criterion[parts.size()];
    boolean ok = true;
    for (int i = 0; i < cs.length; i++) {
      cs[i] = compile(parts.get(i), registry, sub + "[" + i + "]", problems);
      ok &= cs[i] != null;
    }
    if (!ok) {
      return null;
    }
    return all ? new AllOfCriterion(cs) : new AnyOfCriterion(cs);
  }

  static final class AllOfCriterion implements Criterion {
    private final Criterion[] parts;

    AllOfCriterion(Criterion[] parts) {
      this.parts = parts;
    }

    @Override
    public CriterionResult evaluate(GuardContext context) {
      List<Message> met = null;
      List<Message> unmet = null;
      for (Criterion c : parts) {
        CriterionResult r = c.evaluate(context);
        if (r.met()) {
          if (unmet == null) {
            if (met == null) {
              met = new ArrayList<>(parts.length * 2);
            }
            met.addAll(r.messages());
          }
        } else {
          if (unmet == null) {
            unmet = new ArrayList<>(4);
          }
          unmet.addAll(r.messages());
        }
      }
      return unmet != null ? CriterionResult.of(false, unmet) : CriterionResult.of(true, met == null ? List.of() : met);
    }
  }

  static final class AnyOfCriterion implements Criterion {
    private final Criterion[] parts;

    AnyOfCriterion(Criterion[] parts) {
      this.parts = parts;
    }

    @Override
    public CriterionResult evaluate(GuardContext context) {
      List<Message> out = new ArrayList<>(4);
      for (Criterion c : parts) {
        CriterionResult r = c.evaluate(context);
        if (r.met()) {
          return r;
        }
        for (Message u : r.messages()) {
          out.add(CoreMessages.of(CoreMessages.NONE_HOLDS, null, "reason", u));
        }
      }
      return CriterionResult.of(false, out);
    }
  }

  static final class NotCriterion implements Criterion {
    private final Criterion inner;

    NotCriterion(Criterion inner) {
      this.inner = inner;
    }

    @Override
    public CriterionResult evaluate(GuardContext context) {
      CriterionResult r = inner.evaluate(context);
      List<Message> out = new ArrayList<>(r.messages().size());
      for (Message m : r.messages()) {
        out.add(CoreMessages.of(CoreMessages.NOT, null, "reason", m));
      }
      if (out.isEmpty()) {
        out.add(CoreMessages.of(CoreMessages.NOT_HOLDS, null));
      }
      return CriterionResult.of(!r.met(), out);
    }
  }
}
