package org.ruralwater.store.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.tariff.Tariff;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.Vendor;

/**
 * The tariffs in use: the versions each run priced with ({@code bill_run_tariff}), each version's content kept
 * once by its hash ({@code tariff_version}).
 */
final class StoredTariffs {

    private StoredTariffs() {}

    /** The versions in force during the month of every tariff the documents name, each with its content. */
    static List<PricedBy> usedBy(long runId, Tariffs tariffs, Period.Month period, List<Bill> documents) {
        Set<String> ids = new TreeSet<>();
        documents.forEach(b -> ids.add(b.tariff()));
        List<PricedBy> out = new ArrayList<>();
        LocalDate first = period.start();
        LocalDate last = first.plusMonths(1).minusDays(1);
        for (String id : ids) {
            if (!tariffs.ids().contains(id)) {
                continue;
            }
            for (Tariff t : tariffs.versions(id)) {
                boolean overlaps = !t.effectiveFrom().isAfter(last)
                        && t.effectiveTo().map(to -> !to.isBefore(first)).orElse(true);
                if (overlaps) {
                    String content = content(t);
                    out.add(new PricedBy(runId, id, t.effectiveFrom(), sha256(content), content));
                }
            }
        }
        return out;
    }

    /** The version as a listing shows it, one line a fact: what its hash identifies. */
    static String content(Tariff t) {
        StringBuilder text = new StringBuilder(512);
        text.append("id: ").append(t.id()).append('\n');
        text.append("title: ").append(t.title()).append('\n');
        text.append("category: ").append(t.category().code()).append('\n');
        text.append("currency: ").append(t.currency().getCurrencyCode()).append('\n');
        text.append("effective_from: ").append(t.effectiveFrom()).append('\n');
        text.append("effective_to: ")
                .append(t.effectiveTo().map(LocalDate::toString).orElse(""))
                .append('\n');
        text.append("source: ").append(t.source()).append('\n');
        text.append("confidence: ").append(t.confidence()).append('\n');
        text.append("rounding: ").append(t.rounding()).append('\n');
        for (Tariff.Charge c : t.charges()) {
            text.append("charge: ")
                    .append(c.name())
                    .append(": ")
                    .append(c.terms())
                    .append('\n');
        }
        return text.toString();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Records the versions a run priced with, storing each content not stored yet. Two runs that bring the same
     * new version at once both keep it: the content is the same, so the later insert is no change.
     */
    static void record(Handle h, Vendor vendor, List<PricedBy> used) {
        if (used.isEmpty()) {
            return;
        }
        Set<String> hashes = new HashSet<>();
        PreparedBatch version = h.prepareBatch(
                vendor == Vendor.POSTGRESQL
                        ? "INSERT INTO tariff_version (content_hash, tariff_id, effective_from, content)"
                                + " VALUES (:hash, :tariff, :from, :content) ON CONFLICT (content_hash) DO NOTHING"
                        : "MERGE INTO tariff_version (content_hash, tariff_id, effective_from, content)"
                                + " KEY (content_hash) VALUES (:hash, :tariff, :from, :content)");
        PreparedBatch run = h.prepareBatch("INSERT INTO bill_run_tariff (run_id, tariff_id, effective_from,"
                + " content_hash) VALUES (:run, :tariff, :from, :hash)");
        for (PricedBy p : used) {
            if (hashes.add(p.contentHash())) {
                version.bind("hash", p.contentHash())
                        .bind("tariff", p.tariff())
                        .bind("from", Date.valueOf(p.effectiveFrom()))
                        .bind("content", p.content())
                        .add();
            }
            run.bind("run", p.run())
                    .bind("tariff", p.tariff())
                    .bind("from", Date.valueOf(p.effectiveFrom()))
                    .bind("hash", p.contentHash())
                    .add();
        }
        version.execute();
        run.execute();
    }

    /** The versions the runs of a month priced with, of the runs with a document within the scope. */
    static List<PricedBy> ofMonth(Handle h, Scope scope, Period.Month period) {
        Query q = h.createQuery("SELECT t.run_id, t.tariff_id, t.effective_from, t.content_hash, v.content"
                        + " FROM bill_run_tariff t JOIN tariff_version v ON v.content_hash = t.content_hash"
                        + " WHERE t.run_id IN (SELECT run_id FROM ledger_document WHERE period_start = :month"
                        + ScopeFilter.and(scope, "region_code") + ")"
                        + " ORDER BY t.run_id, t.tariff_id, t.effective_from")
                .bind("month", Date.valueOf(period.start()));
        return ScopeFilter.bind(q, scope)
                .map((rs, ctx) -> new PricedBy(
                        rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5)))
                .list();
    }
}
