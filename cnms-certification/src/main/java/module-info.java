// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-certification: the certification body's side of T/CAS 612 certification — the ISO/IEC
 * 17021-1 cycle with its timing rules as profiles, the nonconformities of an audit fed by the
 * conformity judge of cnms-core, IAF MD 5 audit time and IAF MD 1 sampling calculated over data
 * tables, impartiality and competence checks, the certificate's states, and ISO 14068-1 claim
 * checks on the neutrality balance of cnms-assets.
 *
 * <p><b>API.</b> Every exported package is API; {@code org.cnms.certification.i18n} is not
 * exported. Guava is read for the generated value classes.
 */
module org.cnms.certification {
  requires static org.immutables.value.annotations;
  requires transitive org.cnms.core;
  requires transitive org.cnms.assets;
  requires com.google.common;

  exports org.cnms.certification;
  exports org.cnms.certification.audit;
  exports org.cnms.certification.calculation;
  exports org.cnms.certification.claim;

  opens org.cnms.certification to com.fasterxml.jackson.databind;
  opens org.cnms.certification.audit to com.fasterxml.jackson.databind;
  opens org.cnms.certification.calculation to com.fasterxml.jackson.databind;
  opens org.cnms.certification.claim to com.fasterxml.jackson.databind;
}
