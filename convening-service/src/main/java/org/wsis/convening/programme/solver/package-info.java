/**
 * The programme as a planning problem for Timefold Solver: each workshop gets a room and a first slot, its
 * length in slots is given; {@link org.wsis.convening.programme.solver.ProgrammeConstraints} says what is
 * forbidden (hard), what should not move once announced (medium) and what is better (soft).
 */
@NullMarked
package org.wsis.convening.programme.solver;

import org.jspecify.annotations.NullMarked;
