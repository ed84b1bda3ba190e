package dev.salesops.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import dev.salesops.json.SalesOpsCodecs;
import java.util.Objects;

/**
 * The Jackson 2 module for sales-ops: every model type of a {@link SalesOpsCodecs} (by default
 * {@link SalesOpsCodecs#standard()}) is written and read through its codec, so a host's own {@code ObjectMapper}
 * writes the same bytes as {@link SalesOpsCodecs#write} and the Jackson 3 module.
 *
 * <p>Reading applies the library's input bounds to every sales-ops value whatever the host mapper allows (nesting
 * depth, string, name and number length, size, duplicate names); a refused value is a
 * {@link JsonInputMappingException} carrying the JSON path and rule.
 *
 * <p>Registered for discovery: {@code ObjectMapper.findAndRegisterModules()} (and {@code ServiceLoader}) find it
 * through {@code META-INF/services/com.fasterxml.jackson.databind.Module} and the JPMS {@code provides}. A second
 * registration with the same codecs is ignored; one with other codecs takes precedence over earlier ones.
 */
public final class SalesOpsJackson2Module extends Module {
  private final SalesOpsCodecs codecs;

  /** The module over {@link SalesOpsCodecs#standard()}. */
  public SalesOpsJackson2Module() {
    this(SalesOpsCodecs.standard());
  }

  /** The module over a host's {@code codecs} (e.g. {@code SalesOpsCodecs.standard().with(...)}). */
  public SalesOpsJackson2Module(SalesOpsCodecs codecs) {
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
  public Object getTypeId() {
    return codecs == SalesOpsCodecs.standard()
        ? SalesOpsJackson2Module.class.getName()
        : SalesOpsJackson2Module.class.getName() + "@" + System.identityHashCode(codecs);
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new CodecSerializers(codecs));
    context.addDeserializers(new CodecDeserializers(codecs));
  }
}
