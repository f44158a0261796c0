// SPDX-License-Identifier: Apache-2.0
package org.cnms.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: every value type of cnms is generated with it.
 *
 * <p>Generated classes are package-private and hidden behind their abstract type (callers write
 * {@code Baseline.builder()…build()} and never see the generated class); builders are strict (an
 * attribute set twice is an error); {@code withX} copies are generated; collections keep their
 * insertion order so that reports are deterministic. Collection adders take the singular name
 * ({@code addGas}, {@code addMeans} for one element).
 *
 * <p>Apply it to a package in its {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"gas:gases", "means:means", "analysis:analyses", "criterion:criteria"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface CnmsStyle {}
