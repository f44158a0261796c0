package org.cnms.core.operation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cnms.core.Identified;
import org.cnms.core.internal.Checks;
import org.cnms.core.internal.ListChecks;
import org.immutables.value.Value;

/**
 * The control of an outsourced process (外包过程) that emits greenhouse gases (T/CAS 612 clause
 * 8.1): the supplier who runs it, the duties the organisation set for it and the reduction
 * requirements it placed on the supplier.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOutsourcedProcessControl.class)
public abstract class OutsourcedProcessControl implements Identified,
    WithOutsourcedProcessControl {

  @Override
  public abstract String id();

  /** The outsourced process, e.g. {@code 厂内物流运输}. */
  public abstract String process();

  /** The supplier that runs the process. */
  public abstract String supplier();

  /** The duties and responsibilities assigned for the process. */
  public abstract String duties();

  /** The GHG-reduction requirements placed on the supplier. */
  public abstract String reductionRequirements();

  /** The ids of the GHG sources of the process, if registered; each once. */
  public abstract List<String> sourceIds();

  /** The date the control was last reviewed, if it was. */
  public abstract Optional<LocalDate> reviewedOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OutsourcedProcessControl}; all attributes but {@code sourceIds} and
   * {@code reviewedOn} are required.
   */
  public static final class Builder extends ImmutableOutsourcedProcessControl.Builder {}

  @Value.Check
  protected void check() {
    String t = "OutsourcedProcessControl";
    Checks.requireId(t, "id", id());
    Checks.requireNonBlank(t, "process", process());
    Checks.requireNonBlank(t, "supplier", supplier());
    Checks.requireNonBlank(t, "duties", duties());
    Checks.requireNonBlank(t, "reductionRequirements", reductionRequirements());
    ListChecks.requireIds(t, "sourceIds", sourceIds());
  }
}
