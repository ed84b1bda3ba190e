package dev.salesops.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The factory of sales-ops mappers: bytes whose encoding Jackson cannot even detect (an unsupported UCS-4 byte
 * order, say) are refused as input — a {@link JsonInputException} — when the parser is created, before any
 * mapper method could translate the failure. Not API.
 */
final class SalesOpsJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  SalesOpsJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private SalesOpsJsonFactory(SalesOpsJsonFactory src, ObjectCodec codec) {
    super(src, codec);
  }

  @Override
  public JsonFactory copy() {
    return new SalesOpsJsonFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    try {
      return super._createParser(in, ctxt);
    } catch (CharConversionException e) {
      throw undetectable(e);
    }
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    try {
      return super._createParser(data, offset, len, ctxt);
    } catch (CharConversionException e) {
      throw undetectable(e);
    }
  }

  private static JsonInputException undetectable(CharConversionException e) {
    return SalesOpsDeserializationContext.input("input", "$", "must be UTF-8 text: its encoding cannot be detected", null, e);
  }
}
