package org.ruralwater.webapp.register;

import java.util.List;
import java.util.Optional;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.works.SupplyWorks;

/** A register the platform lists and edits: a county file whose records a person keeps up to date. */
public enum RegisterKind implements Coded {
    /** Administrative villages (行政村): names and the point of each. */
    VILLAGES(County.DataFile.VILLAGES, Village.class),
    /** Supply works (供水工程): source, treatment, capacity, people served, villages reached. */
    WORKS(County.DataFile.WORKS, SupplyWorks.class),
    /** Households: village, supplying works, members, connection and meter. */
    HOUSEHOLDS(County.DataFile.HOUSEHOLDS, Household.class);

    private final County.DataFile file;
    private final Class<? extends Record> type;
    private final List<String> columns;

    RegisterKind(County.DataFile file, Class<? extends Record> type) {
        this.file = file;
        this.type = type;
        this.columns = CsvReader.forRecord(type).columns();
    }

    public County.DataFile file() {
        return file;
    }

    public Class<? extends Record> type() {
        return type;
    }

    /** The file's columns, in the record's order; the first is the key. */
    public List<String> columns() {
        return columns;
    }

    /** The kind of record the store and its audit log name it by (the file's name without .csv). */
    public String storeKind() {
        return code();
    }

    /** The key of a record of this register. */
    public String key(Record r) {
        if (r instanceof Village v) {
            return v.code().value();
        }
        if (r instanceof SupplyWorks w) {
            return w.id().value();
        }
        if (r instanceof Household h) {
            return h.id().value();
        }
        throw new IllegalArgumentException("not a record of " + this + ": " + r);
    }

    public static Optional<RegisterKind> of(String code) {
        return Coded.parse(RegisterKind.class, code);
    }
}
