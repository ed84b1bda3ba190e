package dev.salesops.json.contract;

/** The JSON contract through a host's Jackson 3 mapper (Jackson's defaults) with the module. */
class Jackson3HostMapperContractTest extends JsonContract {
  private static final JsonStack STACK = Jackson3Stacks.host();

  @Override
  JsonStack stack() {
    return STACK;
  }
}
