package org.wsis.convening.programme.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generated programmes shaped like a WSIS Forum week: a few large plenary halls with interpretation booths,
 * many meeting rooms, small break-out rooms; workshops mostly of one or two slots, some convenors in several
 * workshops, some convenors available only part of the week, themes shared by several workshops.
 */
public final class ProgrammeInstances {

    private ProgrammeInstances() {}

    public static List<Slot> slots(int days, int perDay) {
        List<Slot> slots = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (int period = 0; period < perDay; period++) {
                slots.add(new Slot(slots.size(), day, period, perDay - period));
            }
        }
        return slots;
    }

    public static Programme generate(long seed, int workshops, int rooms, int days, int perDay, int convenors) {
        Random random = new Random(seed);
        List<Room> roomList = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            int kind = r % 10;
            // 1 in 10 a hall (6 booths, streaming), 3 in 10 a large room (2 booths), the rest meeting and break-out
            // rooms
            int capacity = kind == 0
                    ? 300 + random.nextInt(5) * 50
                    : kind <= 3 ? 100 + random.nextInt(6) * 20 : 25 + random.nextInt(8) * 10;
            int booths = kind == 0 ? 6 : kind <= 3 ? 2 : 0;
            boolean streaming = kind <= 5;
            boolean stepFree = kind != 9;
            roomList.add(new Room("room-" + r, "Room " + (r + 1), capacity, booths, streaming, stepFree, Set.of()));
        }
        int themes = Math.max(1, workshops / 8);
        List<ScheduledWorkshop> list = new ArrayList<>();
        for (int w = 0; w < workshops; w++) {
            int people = 2 + random.nextInt(3);
            // every convenor takes part in one at least, and a fifth of them in most: real conflicts
            Set<String> taking =
                    new HashSet<>(Set.of("convenor-" + (2 * w) % convenors, "convenor-" + (2 * w + 1) % convenors));
            while (taking.size() < people) {
                int c = random.nextInt(5) == 0 ? random.nextInt(Math.max(1, convenors / 5)) : random.nextInt(convenors);
                taking.add("convenor-" + c);
            }
            int theme = random.nextInt(themes);
            Set<String> themeKeys = new HashSet<>(Set.of("theme-" + theme));
            if (random.nextInt(4) == 0) {
                themeKeys.add("theme-" + (theme + 1) % themes);
            }
            double size = random.nextDouble();
            int attendance = size < 0.05
                    ? 200 + random.nextInt(150)
                    : size < 0.35 ? 60 + random.nextInt(80) : 15 + random.nextInt(45);
            int length = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
            int booths =
                    attendance >= 200 ? 1 + random.nextInt(5) : random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0;
            boolean streaming = random.nextInt(10) < 4;
            boolean stepFree = random.nextInt(10) < 3;
            Set<Integer> allDays = IntStream.range(0, days).boxed().collect(Collectors.toSet());
            Set<Integer> available = new HashSet<>(allDays);
            if (random.nextInt(10) < 3) {
                int keep = 2 + random.nextInt(Math.max(1, days - 2));
                while (available.size() > keep) {
                    available.remove(random.nextInt(days));
                }
            }
            Set<Integer> preferred = random.nextInt(10) < 3
                    ? Set.of(available.stream().toList().get(random.nextInt(available.size())))
                    : Set.of();
            list.add(new ScheduledWorkshop(
                    "workshop-" + w,
                    "Workshop " + (w + 1),
                    taking,
                    themeKeys,
                    attendance,
                    length,
                    booths,
                    streaming,
                    stepFree,
                    available,
                    preferred));
        }
        return new Programme(slots(days, perDay), roomList, list);
    }
}
