package dev.salesops.json.contract;

import dev.salesops.jackson2.SalesOpsJackson2;
import dev.salesops.jackson2.SalesOpsJackson2Module;

/** The Jackson 2 stacks (a class of their own: the Spring Boot 3.5 run has no Jackson 3 to load). */
final class Jackson2Stacks {
  private Jackson2Stacks() {}

  /** The library's immutable Jackson 2 readers and writers (over the contract's codecs). */
  static JsonStack library() {
    com.fasterxml.jackson.databind.json.JsonMapper m = SalesOpsJackson2.newMapper(JsonStack.CODECS);
    return new JsonStack.Jackson2("jackson2", m, m.writer(SalesOpsJackson2.prettyPrinter()));
  }

  /** A host's Jackson 2 mapper with Jackson's defaults (no duplicate detection, Jackson's own bounds) plus the module. */
  static JsonStack host() {
    com.fasterxml.jackson.databind.json.JsonMapper m = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new SalesOpsJackson2Module(JsonStack.CODECS))
        .build();
    return new JsonStack.Jackson2("jackson2-host", m, null);
  }
}
