package org.cnms.core.system;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Comparator;
import java.util.List;
import org.cnms.core.inventory.GhgInventory;
import org.cnms.core.organisation.Facility;
import org.cnms.core.organisation.Organisation;
import org.cnms.core.organisation.OrganisationalBoundary;
import org.cnms.core.organisation.ScopeStatement;
import org.immutables.value.Value;

/**
 * The carbon-neutrality management system (碳中和管理体系) of one organisation as one aggregate
 * (T/CAS 612 clauses 3.2 and 4.4): every record of clauses 4 to 10 the organisation keeps.
 *
 * <p>At construction the aggregate checks what holds it together: ids are unique across all
 * records, every reference resolves to a record of the right kind, and every facility named in the
 * boundary exists. Whether the system <em>conforms</em> to the standard is not checked here: the
 * conformity assessment ({@link org.cnms.core.conformity.ConformityAssessment}) judges that.
 *
 * <p>Immutable, thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableManagementSystem.class)
public abstract class ManagementSystem implements WithManagementSystem {

  /** The organisation (4). */
  public abstract Organisation organisation();

  /** Its facilities (4.3). */
  public abstract List<Facility> facilities();

  /** The organisational boundary (4.3). */
  public abstract OrganisationalBoundary boundary();

  /** The scope statement (4.3). */
  public abstract ScopeStatement scope();

  /** The GHG inventories (6.3 c). */
  public abstract List<GhgInventory> inventories();

  /** The inventories in period order. */
  public List<GhgInventory> inventoriesByPeriod() {
    return inventories().stream().sorted(Comparator.comparing(GhgInventory::period)).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ManagementSystem}. */
  public static final class Builder extends ImmutableManagementSystem.Builder {}

  @Value.Check
  protected void check() {
    SystemIndex.of(this).verify();
  }
}
