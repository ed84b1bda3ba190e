package dev.salesops.jackson2;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;
import dev.salesops.json.JsonCodec;
import dev.salesops.json.SalesOpsCodecs;

/** A serializer for every type {@link SalesOpsCodecs#find} knows (subtypes of a model type included). */
final class CodecSerializers extends Serializers.Base {
  private final SalesOpsCodecs codecs;

  CodecSerializers(SalesOpsCodecs codecs) {
    this.codecs = codecs;
  }

  private JsonSerializer<?> lookup(JavaType type) {
    JsonCodec<?> codec = codecs.find(type.getRawClass());
    return codec == null ? null : new CodecSerializer<>(codec);
  }

  @Override
  public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    return lookup(type);
  }

  @Override
  public JsonSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
      BeanDescription beanDesc, TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }

  @Override
  public JsonSerializer<?> findCollectionLikeSerializer(SerializationConfig config, CollectionLikeType type,
      BeanDescription beanDesc, TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }

  @Override
  public JsonSerializer<?> findMapSerializer(SerializationConfig config, MapType type, BeanDescription beanDesc,
      JsonSerializer<Object> keySerializer, TypeSerializer elementTypeSerializer,
      JsonSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }

  @Override
  public JsonSerializer<?> findMapLikeSerializer(SerializationConfig config, MapLikeType type, BeanDescription beanDesc,
      JsonSerializer<Object> keySerializer, TypeSerializer elementTypeSerializer,
      JsonSerializer<Object> elementValueSerializer) {
    return lookup(type);
  }
}
