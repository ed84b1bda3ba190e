package dev.salesops.json.contract;

import dev.salesops.jackson2.JsonInputMappingException;
import dev.salesops.jackson3.JsonInputDatabindException;
import dev.salesops.json.SalesOpsCodecs;
import java.util.Map;

/** One way to write and read sales-ops JSON, as the contract test drives it. */
interface JsonStack {

  /** The codecs of the contract: every standard model plus a host's own type. */
  SalesOpsCodecs CODECS = SalesOpsCodecs.standard().with(java.util.List.of(new HostDeal.Codec()));

  String name();

  /** Compact JSON. */
  String write(Object value) throws Exception;

  /** Indented JSON, or null when this stack has no indented form of the library's. */
  String writePretty(Object value) throws Exception;

  /** Reads a document holding one value of {@code type}. */
  <T> T read(String json, Class<T> type) throws Exception;

  /** Reads {@code {"name": value, ...}} of {@code type} values (a host structure around models), or null if unsupported. */
  <T> Map<String, T> readMap(String json, Class<T> type) throws Exception;

  /** The exception type this stack documents for refused input. */
  Class<? extends Throwable> refusal();

  record Jackson2(String name, com.fasterxml.jackson.databind.ObjectMapper mapper,
      com.fasterxml.jackson.databind.ObjectWriter pretty) implements JsonStack {
    @Override
    public String write(Object value) throws Exception {
      return mapper.writeValueAsString(value);
    }

    @Override
    public String writePretty(Object value) throws Exception {
      return pretty == null ? null : pretty.writeValueAsString(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) throws Exception {
      return mapper.readerFor(type).readValue(json);
    }

    @Override
    public <T> Map<String, T> readMap(String json, Class<T> type) throws Exception {
      return mapper.readerFor(mapper.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class, type))
          .readValue(json);
    }

    @Override
    public Class<? extends Throwable> refusal() {
      return JsonInputMappingException.class;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  record Jackson3(String name, tools.jackson.databind.ObjectMapper mapper,
      tools.jackson.databind.ObjectWriter pretty) implements JsonStack {
    @Override
    public String write(Object value) {
      return mapper.writeValueAsString(value);
    }

    @Override
    public String writePretty(Object value) {
      return pretty == null ? null : pretty.writeValueAsString(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      return mapper.readerFor(type).readValue(json);
    }

    @Override
    public <T> Map<String, T> readMap(String json, Class<T> type) {
      return mapper.readerFor(mapper.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class, type))
          .readValue(json);
    }

    @Override
    public Class<? extends Throwable> refusal() {
      return JsonInputDatabindException.class;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
