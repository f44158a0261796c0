// SPDX-License-Identifier: Apache-2.0
/**
 * cnms-pact: the PACT API (WBCSD Partnership for Carbon Transparency, Technical Specifications for
 * PCF Data Exchange v3) — a server publishing an organisation's product footprints and a client
 * fetching a supplier's into a workspace (T/CAS 612 clause 6.3, category 4). The HTTP server is
 * Javalin 7 on Jetty 12; the client is the JDK's {@code java.net.http}.
 */
module org.cnms.pact {
  requires transitive org.cnms.quantification;
  requires transitive com.fasterxml.jackson.databind;
  requires java.net.http;
  requires io.javalin;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.util;

  exports org.cnms.pact;
}
