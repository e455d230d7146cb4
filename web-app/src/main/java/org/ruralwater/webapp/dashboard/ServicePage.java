package org.ruralwater.webapp.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ruralwater.core.region.Region;
import org.ruralwater.store.collection.CollectionRecords;
import org.ruralwater.webapp.demo.Loading;
import org.ruralwater.webapp.page.Frame;

/**
 * What the dashboard's template needs of the service indicators: the figures, the months shown, the regions
 * below, when fees were counted and how far the demo year's loading has come; and their words in the page's
 * language. The chart's data goes into a {@code data-trend} attribute as JSON (numbers and month labels
 * only), read by {@code /assets/dashboard.js}: the Content-Security-Policy allows no inline script.
 */
public record ServicePage(
        List<ServiceFigures> figures,
        List<Region> below,
        YearMonth from,
        YearMonth to,
        Optional<CollectionRecords.Counted> feesCounted,
        Optional<Loading> loading) {

    public ServicePage {
        figures = List.copyOf(figures);
        below = List.copyOf(below);
    }

    /** The months of the trend, January to the current month. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    public String name(Frame frame, ServiceFigures f) {
        return word("NAME_", f).in(frame);
    }

    public String definition(Frame frame, ServiceFigures f) {
        return word("DEFINITION_", f).in(frame);
    }

    public String code(ServiceFigures f) {
        return f.indicator().code();
    }

    /** A figure as the page shows it: a percentage, a count, or a dash for nothing counted. */
    public String value(Frame frame, ServiceFigures f, Tally t) {
        if (t.value().isEmpty()) {
            return "—";
        }
        return f.indicator().isShare()
                ? frame.percent(t.value().get())
                : t.value().get().toPlainString();
    }

    /** The numbers a figure comes from, in words. */
    public String detail(Frame frame, ServiceFigures f, Tally t) {
        return t.value().isEmpty() ? "" : word("DETAIL_", f).in(frame, t.part(), t.whole());
    }

    public Optional<String> target(Frame frame, ServiceFigures f) {
        if (f.target().isEmpty()) {
            return Optional.empty();
        }
        if (!f.indicator().isShare() && f.target().get().signum() == 0) {
            return Optional.of(DashboardWords.TARGET_ZERO.in(frame));
        }
        BigDecimal t = f.target().get();
        return Optional.of(
                DashboardWords.TARGET.in(frame, f.indicator().isShare() ? frame.percent(t) : t.toPlainString()));
    }

    /** For open problems: how many regions below are at zero (动态清零); empty for the others or at a village. */
    public Optional<String> atZero(Frame frame, ServiceFigures f) {
        if (f.indicator().isShare() || below.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                DashboardWords.AT_ZERO.in(frame, Integer.toString(f.atZero()), Integer.toString(below.size())));
    }

    /** Under the fee collection: the day payments were counted to, or that they were not counted yet. */
    public Optional<String> note(Frame frame, ServiceFigures f) {
        if (f.indicator() != ServiceIndicator.FEE_COLLECTION) {
            return Optional.empty();
        }
        return Optional.of(feesCounted
                .map(c -> DashboardWords.FEES_COUNTED.in(frame, c.asOf().toString()))
                .orElse(DashboardWords.FEES_NOT_COUNTED.in(frame)));
    }

    public String span(Frame frame) {
        return DashboardWords.MONTHS.in(frame, Integer.toString(from.getYear()), month(frame, to));
    }

    public String month(Frame frame, YearMonth m) {
        return frame.locale().getLanguage().equals("zh")
                ? m.getMonthValue() + " 月"
                : m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public Tally at(ServiceFigures f, YearMonth m) {
        return f.months().getOrDefault(m, Tally.NONE);
    }

    /** The loading notice, when the demo year is loading. */
    public Optional<String> loadingNotice(Frame frame) {
        return loading.map(l -> {
            if (l.failed()) {
                return DashboardWords.LOADING_FAILED.in(frame);
            }
            String what = switch (l.what()) {
                case YEAR -> DashboardWords.LOADING_STEP_YEAR.in(frame);
                case BILL_RUN ->
                    DashboardWords.LOADING_STEP_BILL_RUN.in(
                            frame,
                            l.month()
                                    .map(m -> m.getYear() + "-" + two(m.getMonthValue()))
                                    .orElse(""));
                case COLLECTION -> DashboardWords.LOADING_STEP_COLLECTION.in(frame);
            };
            return DashboardWords.LOADING.in(frame, Integer.toString(l.step()), Integer.toString(l.steps()), what);
        });
    }

    /**
     * The trend as JSON for the chart script: month labels, values (null for a month without any), the target
     * and whether the values are percentages.
     */
    public String trendJson(Frame frame, ServiceFigures f) {
        StringBuilder b = new StringBuilder("{\"labels\":[");
        List<YearMonth> months = months();
        for (int i = 0; i < months.size(); i++) {
            b.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(month(frame, months.get(i)))
                    .append('"');
        }
        b.append("],\"values\":[");
        for (int i = 0; i < months.size(); i++) {
            BigDecimal v = at(f, months.get(i)).plotted();
            b.append(i == 0 ? "" : ",").append(v == null ? "null" : v.toPlainString());
        }
        b.append("],\"target\":")
                .append(f.target().map(BigDecimal::toPlainString).orElse("null"))
                .append(",\"percent\":")
                .append(f.indicator().isShare())
                .append(",\"name\":\"")
                .append(name(frame, f).replace("\"", ""))
                .append("\"}");
        return b.toString();
    }

    private static DashboardWords word(String prefix, ServiceFigures f) {
        return DashboardWords.valueOf(prefix + f.indicator().name());
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
