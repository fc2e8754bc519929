package org.wsis.convening.programme.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint is broken, in words an admin can act on: the workshops concerned (by id) and what is
 * wrong with them (for example "130 expected, 80 seats").
 */
public record Broken(List<String> workshops, String detail) implements ConstraintJustification {

    public Broken {
        workshops = List.copyOf(workshops);
    }
}
