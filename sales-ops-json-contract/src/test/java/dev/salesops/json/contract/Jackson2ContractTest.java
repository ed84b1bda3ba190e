package dev.salesops.json.contract;

/** The JSON contract through the library's Jackson 2 readers and writers. */
class Jackson2ContractTest extends JsonContract {
  private static final JsonStack STACK = Jackson2Stacks.library();

  @Override
  JsonStack stack() {
    return STACK;
  }
}
