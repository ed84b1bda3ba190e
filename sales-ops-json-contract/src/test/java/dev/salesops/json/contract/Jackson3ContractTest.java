package dev.salesops.json.contract;

/** The JSON contract through the library's Jackson 3 mapper. */
class Jackson3ContractTest extends JsonContract {
  private static final JsonStack STACK = Jackson3Stacks.library();

  @Override
  JsonStack stack() {
    return STACK;
  }
}
