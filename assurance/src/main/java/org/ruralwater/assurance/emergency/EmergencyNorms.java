package org.ruralwater.assurance.emergency;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.suggestion.Suggestions;

/**
 * Emergency-supply norms as data: quantities per person per day, the escalation of an interruption, and the
 * drought levels by the share of rural people short of water, each with its source.
 */
public record EmergencyNorms(
        String id,
        String source,
        List<EmergencyNorms.Norm> quantities,
        int plannedStopNoticeHours,
        int emergencySupplyAfterHours,
        int reportAfterHours,
        String escalationConfidence,
        String escalationSource,
        List<EmergencyNorms.DroughtLevel> droughtLevels,
        String droughtConfidence,
        String droughtSource) {

    private static final JsonReader<EmergencyNorms> READER = JsonReader.forRecord(EmergencyNorms.class);

    /** A named quantity per person per day. */
    public record Norm(String name, BigDecimal litresPerPersonDay, String confidence, String source) {}

    /** A drought level reached when the share of rural people short of water is above the percent. */
    public record DroughtLevel(String level, String name, BigDecimal shareAbovePercent) {}

    /** An action an interruption calls for, and when. */
    public record Action(String what, LocalDateTime due) {}

    public EmergencyNorms {
        requireNonNull(id, "id");
        quantities = List.copyOf(quantities);
        droughtLevels = List.copyOf(droughtLevels);
        for (int i = 1; i < droughtLevels.size(); i++) {
            if (droughtLevels
                            .get(i)
                            .shareAbovePercent()
                            .compareTo(droughtLevels.get(i - 1).shareAbovePercent())
                    >= 0) {
                throw new IllegalArgumentException("drought levels must run from the most severe (highest share) down");
            }
        }
    }

    /** The rural Chinese norms shipped with the library. */
    public static EmergencyNorms china() {
        try (InputStream in = EmergencyNorms.class.getResourceAsStream(
                "/org/ruralwater/assurance/emergency/cn-emergency-norms.json")) {
            return READER.readOne("cn-emergency-norms.json", requireNonNull(in, "cn-emergency-norms.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EmergencyNorms read(Path file) {
        return READER.readOne(file);
    }

    /** The quantity of that name, such as {@code sphere_minimum}. */
    public BigDecimal litres(String name) {
        return quantities.stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .map(Norm::litresPerPersonDay)
                .orElseThrow(() -> new IllegalArgumentException("no emergency quantity " + name
                        + Suggestions.nearest(
                                        name,
                                        quantities.stream().map(Norm::name).toList())
                                .map(s -> "\nMaybe \"" + s + "\"?")
                                .orElse("")));
    }

    /**
     * What an interruption that began at {@code start} calls for by {@code now}: emergency supply once it has
     * lasted more than the set hours, a report once it has lasted more than the longer set hours (DB3308/T
     * 077-2020 §8.2.2: "连续超过24小时…超过72小时", so exactly 24 h is not yet more than 24 h); for a planned stop,
     * whether users were told at least the set hours before ("停止供水前24小时通知").
     */
    public List<Action> escalation(
            LocalDateTime start, Optional<LocalDateTime> noticeGiven, boolean planned, LocalDateTime now) {
        List<Action> out = new ArrayList<>();
        if (planned) {
            LocalDateTime noticeBy = start.minusHours(plannedStopNoticeHours);
            if (noticeGiven.isEmpty() || noticeGiven.get().isAfter(noticeBy)) {
                out.add(new Action(
                        "planned stop notified late: users must be told " + plannedStopNoticeHours + " h before",
                        noticeBy));
            }
        }
        Duration lasted = Duration.between(start, now);
        if (lasted.compareTo(Duration.ofHours(emergencySupplyAfterHours)) > 0) {
            out.add(new Action("start emergency supply", start.plusHours(emergencySupplyAfterHours)));
        }
        if (lasted.compareTo(Duration.ofHours(reportAfterHours)) > 0) {
            out.add(new Action(
                    "report to the township and the county water authority", start.plusHours(reportAfterHours)));
        }
        return out;
    }

    /** The drought level for the share (in percent) of rural people short of water, if any is reached. */
    public Optional<DroughtLevel> droughtLevel(BigDecimal shareShortPercent) {
        for (DroughtLevel l : droughtLevels) {
            if (shareShortPercent.compareTo(l.shareAbovePercent()) > 0) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
