package dev.salesops.json.contract;

import dev.salesops.jackson3.SalesOpsJackson3;
import dev.salesops.jackson3.SalesOpsJackson3Module;

/** The Jackson 3 stacks. */
final class Jackson3Stacks {
  private Jackson3Stacks() {}

  /** The library's Jackson 3 mapper, readers and writers (over the contract's codecs). */
  static JsonStack library() {
    tools.jackson.databind.json.JsonMapper m = SalesOpsJackson3.newMapper(JsonStack.CODECS);
    return new JsonStack.Jackson3("jackson3", m, m.writer().with(SalesOpsJackson3.prettyPrinter()));
  }

  /** A host's Jackson 3 mapper with Jackson's defaults plus the module. */
  static JsonStack host() {
    tools.jackson.databind.json.JsonMapper m = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new SalesOpsJackson3Module(JsonStack.CODECS))
        .build();
    return new JsonStack.Jackson3("jackson3-host", m, null);
  }
}
