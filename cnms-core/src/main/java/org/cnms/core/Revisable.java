package org.cnms.core;

import java.util.Optional;

/**
 * A record that can be revised: a restated baseline, a new version of the policy, a re-issued
 * report. Each revision is a new record that names the record it supersedes, so the history of a
 * record can be followed back to its first version (clause 7.5.3, control of documented
 * information).
 */
public interface Revisable extends Identified {

  /** The id of the record this one supersedes; empty for a first version. */
  Optional<String> supersedes();
}
