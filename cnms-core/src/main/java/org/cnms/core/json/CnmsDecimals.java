// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.math.BigDecimal;

/**
 * Writes the exact decimals of cnms's own types as plain decimal strings ({@code "12.50"}) and
 * reads them strictly, without touching any other type: an annotation introspector that answers
 * only for properties declared in {@code org.cnms} packages whose type is {@link BigDecimal} or
 * holds one (a list, a map's values, an optional). A host application's own {@code BigDecimal}s
 * keep the host's configuration.
 */
final class CnmsDecimals extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;
  private static final CnmsModule.DecimalSerializer SERIALIZER = new CnmsModule.DecimalSerializer();
  private static final CnmsModule.DecimalDeserializer DESERIALIZER =
      new CnmsModule.DecimalDeserializer();

  @Override
  public Object findSerializer(Annotated a) {
    return ours(a) && isDecimal(type(a)) ? SERIALIZER : null;
  }

  @Override
  public Object findContentSerializer(Annotated a) {
    return ours(a) && holdsDecimal(type(a)) ? SERIALIZER : null;
  }

  @Override
  public Object findDeserializer(Annotated a) {
    return ours(a) && isDecimal(type(a)) ? DESERIALIZER : null;
  }

  @Override
  public Object findContentDeserializer(Annotated a) {
    return ours(a) && holdsDecimal(type(a)) ? DESERIALIZER : null;
  }

  /** Whether the annotated property is declared by a type of cnms. */
  private static boolean ours(Annotated a) {
    if (!(a instanceof AnnotatedMember m)) {
      return false;
    }
    Class<?> owner = m.getDeclaringClass();
    return owner != null && owner.getName().startsWith("org.cnms.");
  }

  /** The property's type: a setter's parameter, else the member's own type. */
  private static JavaType type(Annotated a) {
    if (a instanceof AnnotatedMethod m && m.getParameterCount() == 1) {
      return m.getParameterType(0);
    }
    return a.getType();
  }

  private static boolean isDecimal(JavaType t) {
    return t != null && t.getRawClass() == BigDecimal.class;
  }

  private static boolean holdsDecimal(JavaType t) {
    return t != null && (t.isContainerType() || t.isReferenceType())
        && isDecimal(t.getContentType());
  }
}
