package dev.salesops.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.salesops.jackson2.SalesOpsJackson2Module;

/**
 * The CLI's JSON output: Jackson trees built by the commands, the library's values in them written by the codecs
 * ({@code SalesOpsCodecs}, through {@link SalesOpsJackson2Module}), printed with Jackson's default pretty printer
 * ({@code "name" : value}) as the CLI always has. Decimals stay exactly as written ({@code 1.50}). The CLI reads
 * no JSON with it: its inputs go through the library's own readers. Not API.
 */
public final class CliJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .addModule(new JavaTimeModule())
      .addModule(new SalesOpsJackson2Module())
      .build();

  private CliJson() {}

  /** The CLI's mapper (shared; never reconfigured). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
