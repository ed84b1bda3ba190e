package dev.salesops.jackson3;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import dev.salesops.json.SalesOpsCodecs;
import java.util.Objects;

/**
 * The Jackson 3 module for sales-ops: every model type of a {@link SalesOpsCodecs} (by default
 * {@link SalesOpsCodecs#standard()}) is written and read through its codec, so a host's own {@code ObjectMapper}
 * writes the same bytes as {@link SalesOpsCodecs#write} and the Jackson 3 module.
 *
 * <p>Reading applies the library's input bounds to every sales-ops value whatever the host mapper allows (nesting
 * depth, string, name and number length, size, duplicate names); a refused value is a
 * {@link JsonInputDatabindException} carrying the JSON path and rule.
 *
 * <p>Registered for discovery: {@code JsonMapper.builder().findAndAddModules()} (and {@code ServiceLoader}) find it
 * through {@code META-INF/services/tools.jackson.databind.JacksonModule} and the JPMS {@code provides}. A second
 * registration with the same codecs is ignored; one with other codecs takes precedence over earlier ones.
 */
public final class SalesOpsJackson3Module extends JacksonModule {
  private final SalesOpsCodecs codecs;

  /** The module over {@link SalesOpsCodecs#standard()}. */
  public SalesOpsJackson3Module() {
    this(SalesOpsCodecs.standard());
  }

  /** The module over a host's {@code codecs} (e.g. {@code SalesOpsCodecs.standard().with(...)}). */
  public SalesOpsJackson3Module(SalesOpsCodecs codecs) {
    this.codecs = Objects.requireNonNull(codecs, "codecs");
  }

  /** The codecs this module bridges. */
  public SalesOpsCodecs codecs() {
    return codecs;
  }

  @Override
  public String getModuleName() {
    return "sales-ops";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getRegistrationId() {
    return codecs == SalesOpsCodecs.standard()
        ? SalesOpsJackson3Module.class.getName()
        : SalesOpsJackson3Module.class.getName() + "@" + System.identityHashCode(codecs);
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers(codecs));
    context.addDeserializers(new CodecDeserializers(codecs));
  }
}
