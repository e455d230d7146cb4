/**
 * Excel workbooks (.xlsx) for ruralwater: a sheet read as strictly as a CSV file by core's readers, and
 * tables written with typed cells. Apache POI is here, so that core and the domain modules stay small.
 */
module org.ruralwater.workbook {
    requires transitive org.ruralwater.core;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires static org.jspecify;

    exports org.ruralwater.workbook.xlsx;

    provides org.ruralwater.core.datafile.SheetReader with
            org.ruralwater.workbook.xlsx.XlsxSheets;
}
