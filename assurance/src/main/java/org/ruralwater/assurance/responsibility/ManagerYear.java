package org.ruralwater.assurance.responsibility;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.staff.PersonId;
import org.ruralwater.core.staff.WaterManager;

/** Holds each water manager's year (training and review) against a county's norms. */
public final class ManagerYear {

    private ManagerYear() {}

    /**
     * One standing per manager, in the given order. A 基本合格 review with a satisfaction result below the
     * norms' floor becomes 不合格; without a result, or without a floor, it stays 基本合格 and the shortfalls
     * say what is missing.
     */
    public static List<ManagerStanding> review(
            ManagerNorms norms, List<WaterManager> managers, List<Training> trainings, List<Review> reviews, int year) {
        requireNonNull(norms, "norms");
        Map<PersonId, int[]> sessions = new HashMap<>();
        Map<PersonId, Boolean> certified = new HashMap<>();
        for (Training t : trainings) {
            if (t.on().getYear() != year) {
                continue;
            }
            int[] c = sessions.computeIfAbsent(t.person(), k -> new int[2]);
            c[t.kind() == Training.Kind.CONCENTRATED ? 0 : 1]++;
            if (t.certified()) {
                certified.put(t.person(), true);
            }
        }
        Map<PersonId, Review> byPerson = new HashMap<>();
        for (Review r : reviews) {
            if (r.year() == year && byPerson.putIfAbsent(r.person(), r) != null) {
                throw new IllegalArgumentException("two reviews of " + r.person() + " for " + year);
            }
        }
        List<ManagerStanding> out = new ArrayList<>();
        for (WaterManager m : managers) {
            int[] c = sessions.getOrDefault(m.id(), new int[2]);
            boolean cert = certified.getOrDefault(m.id(), false);
            List<String> shortfalls = new ArrayList<>();
            if (c[0] < norms.concentratedSessions()) {
                shortfalls.add(c[0] + " of " + norms.concentratedSessions() + " concentrated training sessions");
            }
            if (c[1] < norms.dispersedSessions()) {
                shortfalls.add(c[1] + " of " + norms.dispersedSessions() + " dispersed training sessions");
            }
            if (norms.certificateRequired() && !cert) {
                shortfalls.add("no certificate (上岗证) issued in " + year);
            }
            Optional<ReviewGrade> grade = Optional.empty();
            Review r = byPerson.get(m.id());
            if (r == null) {
                shortfalls.add("no review for " + year);
            } else {
                ReviewGrade g = r.grade();
                if (g == ReviewGrade.BASICALLY_QUALIFIED) {
                    if (r.satisfaction().isEmpty()) {
                        shortfalls.add("基本合格 needs a user-satisfaction survey, and none is recorded");
                    } else if (norms.satisfactionFloor().isEmpty()) {
                        shortfalls.add("the norms set no satisfaction floor to judge the survey by");
                    } else if (r.satisfaction()
                                    .get()
                                    .compareTo(norms.satisfactionFloor().get())
                            < 0) {
                        g = ReviewGrade.UNQUALIFIED;
                        shortfalls.add(
                                "user satisfaction " + r.satisfaction().get().toPlainString() + "% is below the "
                                        + norms.satisfactionFloor().get().toPlainString() + "% floor");
                    }
                }
                grade = Optional.of(g);
            }
            out.add(new ManagerStanding(
                    m.id(),
                    m.name(),
                    c[0],
                    c[1],
                    cert,
                    shortfalls,
                    grade,
                    grade.orElse(null) == ReviewGrade.UNQUALIFIED));
        }
        return out;
    }
}
