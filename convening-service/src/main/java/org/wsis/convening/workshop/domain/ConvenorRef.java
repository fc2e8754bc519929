package org.wsis.convening.workshop.domain;

import java.util.List;
import org.wsis.contracts.Recipient;
import org.wsis.contracts.reference.StakeholderType;

/** A public convenor as a workshop needs it: its name and type, and its managers (to write to them). */
public record ConvenorRef(String id, String name, StakeholderType stakeholderType, List<Recipient> managers) {

    public ConvenorRef {
        managers = List.copyOf(managers);
    }
}
