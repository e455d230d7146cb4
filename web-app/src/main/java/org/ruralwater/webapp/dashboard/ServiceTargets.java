package org.ruralwater.webapp.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.ruralwater.core.quantity.Decimals;

/**
 * The target lines of the service indicators, as data: {@code service-targets.properties} beside this class,
 * one value per indicator code. No national figure is published for these four as there is for coverage, so
 * the bundled values are the demo county's example targets; an agency changes the file.
 */
final class ServiceTargets {

    private final Map<ServiceIndicator, BigDecimal> targets;

    private ServiceTargets(Map<ServiceIndicator, BigDecimal> targets) {
        this.targets = targets;
    }

    static ServiceTargets bundled() {
        Properties p = new Properties();
        try (InputStream in = ServiceTargets.class.getResourceAsStream("service-targets.properties")) {
            if (in == null) {
                throw new IllegalStateException("service-targets.properties is missing from the web app");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read service-targets.properties", e);
        }
        Map<ServiceIndicator, BigDecimal> out = new EnumMap<>(ServiceIndicator.class);
        for (ServiceIndicator i : ServiceIndicator.values()) {
            String v = p.getProperty(i.code());
            if (v != null && !v.isBlank()) {
                out.put(i, Decimals.parse(v.strip()));
            }
        }
        return new ServiceTargets(out);
    }

    Optional<BigDecimal> of(ServiceIndicator indicator) {
        return Optional.ofNullable(targets.get(indicator));
    }
}
