package dev.salesops.jackson3;

import dev.salesops.json.JsonCodec;
import dev.salesops.json.SalesOpsCodecs;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionLikeType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapLikeType;
import tools.jackson.databind.type.MapType;

/** A deserializer for every type {@link SalesOpsCodecs#find} knows. */
final class CodecDeserializers extends Deserializers.Base {
  private final SalesOpsCodecs codecs;

  CodecDeserializers(SalesOpsCodecs codecs) {
    this.codecs = codecs;
  }

  private <T> ValueDeserializer<T> lookup(Class<T> raw) {
    JsonCodec<? super T> codec = codecs.find(raw);
    return codec == null ? null : new CodecDeserializer<>(codec, raw);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return codecs.find(valueType) != null;
  }

  @Override
  public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef) {
    return lookup(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef) {
    return lookup(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef, TypeDeserializer elementTypeDeserializer,
      ValueDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findCollectionLikeDeserializer(CollectionLikeType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef, TypeDeserializer elementTypeDeserializer,
      ValueDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef, KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer,
      ValueDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }

  @Override
  public ValueDeserializer<?> findMapLikeDeserializer(MapLikeType type, DeserializationConfig config,
      BeanDescription.Supplier beanDescRef, KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer,
      ValueDeserializer<?> elementDeserializer) {
    return lookup(type.getRawClass());
  }
}
