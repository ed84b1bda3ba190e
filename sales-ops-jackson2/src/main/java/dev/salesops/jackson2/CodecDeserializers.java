package dev.salesops.jackson2;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;
import dev.salesops.json.JsonCodec;
import dev.salesops.json.SalesOpsCodecs;

/** A deserializer for every type {@link SalesOpsCodecs#find} knows. */
final class CodecDeserializers extends Deserializers.Base {
  private final SalesOpsCodecs codecs;

  CodecDeserializers(SalesOpsCodecs codecs) {
    this.codecs = codecs;
  }

  private <T> JsonDeserializer<T> lookup(Class<T> raw) {
    JsonCodec<? super T> codec = codecs.find(raw);
    return codec == null ? null : new CodecDeserializer<>(codec, raw);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return codecs.find(valueType) != null;
  }

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
    return lookup(type.getRawClass());
  }

  @Override
  public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
    return lookup(type);
  }

  @Override
  public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
      BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }

  @Override
  public JsonDeserializer<?> findCollectionLikeDeserializer(CollectionLikeType type, DeserializationConfig config,
      BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }

  @Override
  public JsonDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config, BeanDescription beanDesc,
      KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }

  @Override
  public JsonDeserializer<?> findMapLikeDeserializer(MapLikeType type, DeserializationConfig config,
      BeanDescription beanDesc, KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer,
      JsonDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }
}
