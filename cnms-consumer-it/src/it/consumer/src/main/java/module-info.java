// SPDX-License-Identifier: Apache-2.0
/** A host application that embeds cnms: its own types, its own Jackson mapper. */
module com.example.consumer {
  requires org.cnms.quantification;
  requires org.cnms.assets;
  requires org.cnms.report;

  exports com.example.consumer;
  // Jackson reads and writes the host's own types
  opens com.example.consumer to com.fasterxml.jackson.databind;
}
