package dev.salesops.core.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;
import dev.salesops.core.validation.DecimalBounds;
import java.math.BigDecimal;

/**
 * The node factory of sales-ops mappers: a decimal outside {@link DecimalBounds} is refused the moment it is
 * read into a tree, before anything can print or add it. The refusal is turned into a path-carrying input
 * exception by the mapper. Not API.
 */
final class BoundedNodeFactory extends JsonNodeFactory {
  private static final long serialVersionUID = 1L;

  static final BoundedNodeFactory INSTANCE = new BoundedNodeFactory();

  private BoundedNodeFactory() {
    super(true); // keep decimals exactly as written (no trailing-zero stripping)
  }

  @Override
  public ValueNode numberNode(BigDecimal v) {
    if (v != null && !DecimalBounds.within(v)) {
      throw new OutOfBounds(v);
    }
    return super.numberNode(v);
  }

  /** A decimal out of bounds; carries only a brief rendering. */
  static final class OutOfBounds extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String brief;

    OutOfBounds(BigDecimal v) {
      super(DecimalBounds.rule() + ": " + DecimalBounds.brief(v));
      this.brief = DecimalBounds.brief(v);
    }

    String brief() {
      return brief;
    }
  }
}
