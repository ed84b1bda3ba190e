package dev.salesops.json.contract;

/** The JSON contract through a host's Jackson 2 mapper (Jackson's defaults) with the module. */
class Jackson2HostMapperContractTest extends JsonContract {
  private static final JsonStack STACK = Jackson2Stacks.host();

  @Override
  JsonStack stack() {
    return STACK;
  }
}
