package dev.salesops.json;

import java.util.ArrayList;
import java.util.List;

/** The codecs of every sales-ops model type, in the order {@link SalesOpsCodecs#types()} lists them. */
final class StandardCodecs {
  private StandardCodecs() {}

  static List<JsonCodec<?>> all() {
    List<JsonCodec<?>> all = new ArrayList<>(CoreCodecs.all());
    all.addAll(LedgerCodecs.all());
    return List.copyOf(all);
  }
}
