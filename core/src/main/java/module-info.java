/**
 * The shared domain of ruralwater: regions, works, villages, households, assets, staff, money, quantities,
 * periods, work calendars, strict data-file readers and the demo county.
 */
module org.ruralwater.core {
    requires com.fasterxml.jackson.core;
    requires static org.jspecify;

    uses org.ruralwater.core.datafile.SheetReader;

    exports org.ruralwater.core.apportionment;
    exports org.ruralwater.core.asset;
    exports org.ruralwater.core.calendar;
    exports org.ruralwater.core.county;
    exports org.ruralwater.core.datafile;
    exports org.ruralwater.core.demo;
    exports org.ruralwater.core.household;
    exports org.ruralwater.core.identity;
    exports org.ruralwater.core.money;
    exports org.ruralwater.core.quality;
    exports org.ruralwater.core.quantity;
    exports org.ruralwater.core.range;
    exports org.ruralwater.core.region;
    exports org.ruralwater.core.staff;
    exports org.ruralwater.core.suggestion;
    exports org.ruralwater.core.wording;
    exports org.ruralwater.core.works;
}
