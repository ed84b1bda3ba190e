package dev.salesops.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.salesops.json.JsonCodec;
import dev.salesops.json.SalesOpsCodecs;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.type.CollectionLikeType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapLikeType;
import tools.jackson.databind.type.MapType;

/** A serializer for every type {@link SalesOpsCodecs#find} knows (subtypes of a model type included). */
final class CodecSerializers extends Serializers.Base {
  private final SalesOpsCodecs codecs;

  CodecSerializers(SalesOpsCodecs codecs) {
    this.codecs = codecs;
  }

  private ValueSerializer<?> lookup(JavaType type) {
    JsonCodec<?> codec = codecs.find(type.getRawClass());
    return codec == null ? null : new CodecSerializer<>(codec);
  }

  @Override
  public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
    return lookup(type);
  }

  @Override
  public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
    return lookup(type);
  }

  @Override
  public ValueSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides, TypeSerializer elementTypeSerializer,
      ValueSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }

  @Override
  public ValueSerializer<?> findCollectionLikeSerializer(SerializationConfig config, CollectionLikeType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides, TypeSerializer elementTypeSerializer,
      ValueSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }

  @Override
  public ValueSerializer<?> findMapSerializer(SerializationConfig config, MapType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides, ValueSerializer<Object> keySerializer,
      TypeSerializer elementTypeSerializer, ValueSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }

  @Override
  public ValueSerializer<?> findMapLikeSerializer(SerializationConfig config, MapLikeType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides, ValueSerializer<Object> keySerializer,
      TypeSerializer elementTypeSerializer, ValueSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }
}
