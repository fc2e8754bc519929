package org.wsis.convening.programme.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Timefold Solver set up for programmes: solving stops at {@code limit}, or sooner once the best programme
 * has not improved for {@code unimproved}. {@link ProgrammeReview} explains a programme's score.
 */
public final class ProgrammeSolver {

    private final SolverFactory<Programme> factory;
    private final SolutionManager<Programme, HardMediumSoftScore> solutions;

    public ProgrammeSolver(Duration limit, Duration unimproved) {
        this.factory = SolverFactory.create(config(limit, unimproved));
        this.solutions = SolutionManager.create(factory);
    }

    public static SolverConfig config(Duration limit, Duration unimproved) {
        return new SolverConfig()
                .withSolutionClass(Programme.class)
                .withEntityClasses(ScheduledWorkshop.class)
                .withConstraintProviderClass(ProgrammeConstraints.class)
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved));
    }

    /** Solves in the calling thread, until the limit. */
    public Programme solve(Programme problem) {
        return solver().solve(problem);
    }

    /** A new solver, to follow its progress while it solves in the calling thread. */
    public Solver<Programme> solver() {
        return factory.buildSolver();
    }

    /** A manager that solves in the background, one programme at a time (the caller closes it). */
    public SolverManager<Programme> manager() {
        return SolverManager.create(factory);
    }

    /** The programme's score as the solver counts it (to check {@link ProgrammeReview} against). */
    public HardMediumSoftScore score(Programme programme) {
        return solutions.update(programme);
    }

    /**
     * {@link #closeRoom} for a programme being solved: the solver takes it into account at once, placing the
     * workshops that lost their place again and keeping the others where they are unless they must move. A
     * room the solver does not know (added to the venue meanwhile) changes nothing: the next solve has it.
     */
    public static ProblemChange<Programme> roomClosure(String roomId, Set<Integer> slots) {
        return (working, director) -> {
            Optional<Room> found = room(working, roomId);
            if (found.isEmpty()) {
                return;
            }
            Room room = found.get();
            director.changeProblemProperty(room, r -> r.closedSlots(slots));
            for (ScheduledWorkshop w : displacedFrom(room, working)) {
                director.changeProblemProperty(w, x -> x.setPinned(false));
                director.changeVariable(w, "room", x -> x.setRoom(null));
                director.changeVariable(w, "start", x -> x.setStart(null));
            }
        };
    }

    /**
     * The room {@code roomId} is closed during {@code slots} (and only those) from now on. The workshops
     * placed in it during one of them lose their place (and their pin: they must move) for the solver to
     * place them again; every other workshop keeps its place, and announced ones cost a medium point if
     * moved. Returns the workshops that lost their place.
     */
    public static List<ScheduledWorkshop> closeRoom(Programme programme, String roomId, Set<Integer> slots) {
        Room room = room(programme, roomId).orElseThrow(() -> new IllegalArgumentException("No room " + roomId));
        room.closedSlots(slots);
        List<ScheduledWorkshop> displaced = displacedFrom(room, programme);
        for (ScheduledWorkshop w : displaced) {
            w.setPinned(false);
            w.setRoom(null);
            w.setStart(null);
        }
        return displaced;
    }

    private static Optional<Room> room(Programme programme, String roomId) {
        return programme.getRooms().stream().filter(r -> r.id().equals(roomId)).findFirst();
    }

    /** The workshops placed in {@code room} during a slot it is now closed. */
    private static List<ScheduledWorkshop> displacedFrom(Room room, Programme programme) {
        return programme.getWorkshops().stream()
                .filter(w -> w.getRoom() == room
                        && w.getStart() != null
                        && room.closedBetween(w.startIndex(), w.endIndex()) > 0)
                .toList();
    }
}
