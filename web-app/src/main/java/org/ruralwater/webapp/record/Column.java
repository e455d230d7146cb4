package org.ruralwater.webapp.record;

import java.util.Optional;
import org.ruralwater.core.datafile.Coded;

/**
 * A column of the registers the platform shows and edits (villages, supply works, households), named as
 * the county files name it; its label is the platform's, in the page's language.
 */
public enum Column implements Coded {
    CODE,
    ID,
    NAME,
    LATITUDE,
    LONGITUDE,
    KIND,
    SOURCE,
    DESIGN_CAPACITY,
    PEOPLE_SERVED,
    TREATMENTS,
    DISINFECTION,
    VILLAGES,
    VILLAGE,
    WORKS,
    MEMBERS,
    CONNECTION,
    METER;

    /** The column of a file's column name, if the platform labels it. */
    public static Optional<Column> of(String name) {
        return Coded.parse(Column.class, name);
    }
}
